import { receiptDateOf } from '../claim/receipt-date';
import type { Decision, Reason } from '../claim/decision';
import type { Claim } from '../claim/schema';
import type { Evaluation, MarkedFinding } from '../engine/evaluate';
import type { Attributed, MessageParams } from '../engine/types';
import { catalogue } from '../law/catalogue';
import { citationBasis, isStatuteCitationId } from '../law/citations';
import { sources } from '../law/sources';
import type { Policy } from '../policy/policy';
import { requestCite } from '../rules/request-cite';
import { citationText } from './citation-text';
import { type HeldValues, heldValues, paramsHeld } from './held-values';
import { bilingual, findingMessage, reasonLocales } from './messages';
import { fillTemplate } from '../claim/fill-template';
import { setAsideReasons } from './set-aside';

/** What a denial must take away to deny each request. */
const DENYING: Readonly<Record<Claim['request'], readonly string[]>> = {
  best: [],
  refund: ['refund', 'all-free', 'all-sanbao', 'all'],
  exchange: ['exchange', 'same-model-exchange', 'all-free', 'all-sanbao', 'all'],
  repair: ['free-repair', 'all-free', 'all-sanbao', 'all'],
  'no-reason-return': ['no-reason', 'all'],
};

/**
 * The notes that say why a request is not met when no denial does, most telling first: a repair
 * delay not yet over its limit, too few repairs, the window closed.
 */
const CLOSING: Readonly<Record<Claim['request'], readonly string[]>> = {
  best: [],
  refund: ['window.refund-closed', 'window.exchange-closed', 'accessory.standalone-price-missing'],
  exchange: [
    'repairs.delay-not-yet',
    'repairs.delay-cause-unknown',
    'repairs.delay-lapsed',
    'repairs.exchange-discretionary',
    'repairs.fewer-than-needed',
    'window.exchange-closed',
  ],
  repair: [],
  'no-reason-return': [],
};

/**
 * The citation of the ground that actually denied a request (design.md §5: a failed request cites
 * the ground that denied it): the first denial that takes the requested remedy away (an expired
 * period cites the exclusions, a card naming another phone the exclusions, damage its article);
 * else the note that says why it is not open (a repair delay not yet over its limit cites Art. 17,
 * a closed window its article); else, for an accessory asked to be exchanged or refunded, Art. 14;
 * else the article that gives the remedy asked for.
 */
export function requestGround(evaluation: Evaluation, claim: Claim): string {
  const denying = DENYING[claim.request];
  for (const { finding } of evaluation.reasons) {
    if (finding.effect === 'deny' && finding.targets.some((target) => denying.includes(target))) return finding.cite;
  }
  const closing = CLOSING[claim.request];
  let best: string | undefined;
  let rank = closing.length;
  for (const { finding } of evaluation.reasons) {
    const at = closing.indexOf(finding.code);
    if (at !== -1 && at < rank) {
      rank = at;
      best = finding.cite;
    }
  }
  if (best !== undefined) return best;
  if (catalogue[claim.item.kind].class === 'accessory' && (claim.request === 'exchange' || claim.request === 'refund')) return 'mp2001:art14';
  return requestCite(claim.request, claim.sale.date);
}

const citeRefs = new WeakMap<Policy, Map<string, Reason['cite']>>();
/** The profile asked about last and its references: a decision asks about one profile many times. */
let lastPolicy: Policy | undefined;
let lastRefs: Map<string, Reason['cite']> | undefined;

/**
 * The citation as a decision shows it: a statutory article from the registry, or a clause of the
 * profile (`policy:…`), whose "article" is the clause's label and which counts as verified only
 * when the source is official (confidence A).
 */
export function citeRef(id: string, policy: Policy): Reason['cite'] {
  let refs = policy === lastPolicy ? lastRefs : citeRefs.get(policy);
  if (refs === undefined) {
    refs = new Map();
    citeRefs.set(policy, refs);
  }
  lastPolicy = policy;
  lastRefs = refs;
  let ref = refs.get(id);
  if (ref === undefined) {
    ref = Object.freeze(buildCiteRef(id, policy));
    refs.set(id, ref);
  }
  return ref;
}

function buildCiteRef(id: string, policy: Policy): Reason['cite'] {
  const clause = policy.clauses[id];
  if (clause !== undefined) {
    return { id, document: policy.title['zh-CN'], article: clause.label['zh-CN'], verified: clause.confidence === 'A' };
  }
  if (!isStatuteCitationId(id)) return { id, document: policy.title['zh-CN'], article: id, verified: false };
  const entry = citationBasis(id);
  return {
    id,
    document: sources[entry.source].title['zh-CN'],
    article: entry.article?.['zh-CN'] ?? '',
    verified: entry.verified,
  };
}

function reasonOf({ rule, version, finding, under }: MarkedFinding, policy: Policy, ends: ProvisionalEnds | undefined): Reason {
  // Field by field: a reason's keys come in the order they are set, which its JSON keeps.
  const reason: Partial<{ -readonly [K in keyof Reason]: Reason[K] }> = { rule, version, effect: finding.effect };
  if (finding.effect === 'grant') {
    const first = finding.grants[0];
    if (first !== undefined) reason.remedy = first.type;
    if (first?.route !== undefined) reason.route = first.route;
  } else if (finding.effect === 'deny') {
    if (finding.targets[0] !== undefined) reason.remedy = finding.targets[0];
    reason.denies = [...finding.targets];
  }
  reason.code = finding.code;
  reason.cite = citeRef(finding.cite, policy);
  reason.message = findingMessage(finding.code, markedProvisional(finding.params, ends, finding.code), policy.messages);
  if (under !== undefined) reason.under = under;
  return reason as Reason;
}

/** The basis of the clocks each start reason states. */
const START_BASIS: Readonly<Record<string, 'sale' | 'delivery' | 'factory'>> = {
  'period.start-sale': 'sale',
  'period.start-sale-profile': 'sale',
  'period.start-delivery': 'delivery',
  'period.start-delivery-profile': 'delivery',
  'period.start-factory': 'factory',
};

/**
 * The reasons a decision tells (issue 18, items 1 and 2): one story. A reason about a route not
 * granted (gifts charged on a no-reason return the decision does not give) is left out. In a
 * decision checked against the floor, a reason only one of the two runs gave belongs to the
 * story of that run, and is told only where the decision holds what it states: the windows, the
 * start of the clocks and the amounts of the run that did not prevail are not told a second time
 * (the floor conflict, or else a `floor.set-aside` reason, says once which clause was set aside).
 * Of two reasons with the same words, the law's is told, in the place of the first, as a reason of
 * both runs.
 */
function toldReasons(evaluation: Evaluation, claim: Claim, floor: Policy | undefined): readonly MarkedFinding[] {
  const all = evaluation.reasons;
  let giftsGiven: boolean | undefined;
  let marked = false;
  for (const entry of all) {
    if (entry.under !== undefined) marked = true;
    if (entry.finding.code === 'no-reason.gifts-charged') giftsGiven = evaluation.remedies.some((remedy) => remedy.route === 'no-reason' && remedy.giftsFen !== undefined);
  }
  if (giftsGiven !== false && (floor === undefined || !marked)) return all;
  const checked = floor !== undefined && marked;
  // What the decision holds, gathered once and only when a reason of one run has parameters to check.
  let held: HeldValues | undefined;
  // Of two reasons with the same words, the one told is the law's (its citation is the law's).
  const byWords = new Map<string, number>();
  const out: MarkedFinding[] = [];
  for (const entry of all) {
    const { finding } = entry;
    if (finding.code === 'no-reason.gifts-charged' && giftsGiven === false) continue;
    if (checked && entry.under !== undefined) {
      const basis = START_BASIS[finding.code];
      if (basis !== undefined && basis !== evaluation.derivation.start.basis) continue;
      if (finding.params !== undefined && !paramsHeld(finding.params, (held ??= heldValues(evaluation, claim)))) continue;
      const message = bilingual(finding.code, finding.params);
      const words = `${message['zh-CN']}\n${message.en}`;
      const at = byWords.get(words);
      if (at !== undefined) {
        // Both runs say it: the law's citation, and no longer a reason of one run only.
        const { under: _both, ...said } = out[at]!.under === floor!.id ? out[at]! : entry;
        out[at] = said;
        continue;
      }
      byWords.set(words, out.length);
    }
    out.push(entry);
  }
  return out;
}

/**
 * The warnings a decision gives: under a profile, those of both runs, less any that states a date
 * or an amount the decision does not hold (the run that did not prevail: a profile's refund that
 * depreciation consumed, where the law's refund prevails and pays more).
 */
function toldWarnings(evaluation: Evaluation, claim: Claim, floor: Policy | undefined): readonly Attributed[] {
  if (floor === undefined) return evaluation.warnings;
  let held: HeldValues | undefined;
  return evaluation.warnings.filter(({ finding }) => finding.params === undefined || paramsHeld(finding.params, (held ??= heldValues(evaluation, claim))));
}

/**
 * Whether the decision gives the remedy a grant reason is about, on its route: a reason that
 * grants what another reason ruled out (a no-reason return on a damaged phone, a free repair once
 * damage is found) is not given here.
 */
function given(reason: Reason, remedies: Evaluation['remedies']): boolean {
  for (const remedy of remedies) if (remedy.type === reason.remedy && (reason.route === undefined || (remedy.route ?? 'sanbao') === reason.route)) return true;
  return false;
}

/**
 * Marks the reasons about a remedy the decision does not give (issue 18, item 2): `notGiven`,
 * and words that say so after the message, in both languages. Decided here once; the reports,
 * the desk and `check` show the message as it is.
 */
function markNotGiven(reasons: Reason[], remedies: Evaluation['remedies']): void {
  for (let index = 0; index < reasons.length; index += 1) {
    const reason = reasons[index]!;
    if (reason.effect !== 'grant' || reason.remedy === undefined || given(reason, remedies)) continue;
    const words = reason.route === 'no-reason' ? bilingual('reason.not-given-no-reason', undefined) : bilingual('reason.not-given', { remedy: reason.remedy });
    reasons[index] = { ...reason, notGiven: true, message: { 'zh-CN': reason.message['zh-CN'] + words['zh-CN'], en: reason.message.en + words.en } };
  }
}

/**
 * Where both runs still tell a reason of the same rule, each different, each is labelled with
 * whose it is: the law's or the profile's.
 */
function labelStories(reasons: Reason[], policy: Policy, floor: Policy): void {
  const runsByRule = new Map<string, Set<string>>();
  for (const reason of reasons) if (reason.under !== undefined) (runsByRule.get(reason.rule) ?? runsByRule.set(reason.rule, new Set()).get(reason.rule)!).add(reason.under);
  for (let index = 0; index < reasons.length; index += 1) {
    const reason = reasons[index]!;
    if (reason.under === undefined || (runsByRule.get(reason.rule)?.size ?? 0) < 2) continue;
    const whose = reason.under === floor.id ? 'floor' : 'profile';
    const label = (lang: 'zh-CN' | 'en') => fillTemplate(reasonLocales[lang].terms.story![whose]!, { profile: policy.title[lang] });
    reasons[index] = { ...reason, message: { 'zh-CN': label('zh-CN') + reason.message['zh-CN'], en: label('en') + reason.message.en } };
  }
}

/** The dates a reason states that are not a window's last day, each as the field of the decision that holds it. */
const STATED_DATES: readonly { readonly code: string; readonly param: string; readonly field: 'sellerProvesUntil' | 'delayExchangeFrom' }[] = [
  { code: 'damage.seller-must-prove', param: 'until', field: 'sellerProvesUntil' },
  { code: 'repairs.delay-not-yet', param: 'due', field: 'delayExchangeFrom' },
];

/**
 * The decision's dates with those the told reasons rest on besides the windows (issue 18, item
 * 1): the last day the seller must prove a disputed damage, the day an exchange for a repair's
 * delay falls due. The rule worked each out when it decided; the decision holds it as a field.
 */
function datesStated(dates: Decision['dates'], told: readonly MarkedFinding[]): Decision['dates'] {
  let out: Decision['dates'] | undefined;
  for (const { finding } of told) {
    for (const { code, param, field } of STATED_DATES) {
      const value = finding.code === code ? finding.params?.[param] : undefined;
      if (typeof value === 'string') out = { ...(out ?? dates), [field]: value };
    }
  }
  return out ?? dates;
}

const messageOf = ({ finding }: Attributed, policy: Policy, ends?: ProvisionalEnds) => findingMessage(finding.code, markedProvisional(finding.params, ends, finding.code), policy.messages);

/** The last days of the windows a year's unknown holidays could still move (I28), each with those years. */
type ProvisionalEnds = ReadonlyMap<string, readonly number[]>;

/** The decision's window ends that `derivation` marks provisional (`unknownHolidays`); none for most decisions. */
function provisionalEnds(derivation: Evaluation['derivation']): ProvisionalEnds | undefined {
  let out: Map<string, readonly number[]> | undefined;
  for (const window of derivation.windows) if (window.unknownHolidays !== undefined) (out ??= new Map()).set(window.last, window.unknownHolidays);
  return out;
}

/** The message parameters that state a window's last day. */
const WINDOW_END_PARAMS: readonly string[] = ['until', 'last', 'freeUntil', 'refundUntil', 'exchangeUntil', 'warrantyUntil'];

/**
 * The calendar codes whose words already say the date is provisional and why (I28): their dates
 * are not marked a second time.
 */
const SAYS_PROVISIONAL: ReadonlySet<string> = new Set(['calendar.unknown-year', 'calendar.not-covered']);

/**
 * A finding's parameters with every window end it states that a year's unknown holidays could
 * still move (issue 18, item 5: a reference to a window of `derivation` that carries
 * `unknownHolidays`) said as provisional, on the date itself, in both languages: "2027-03-02
 * (provisional: the 2027 holiday calendar is not known yet)". Nothing is worked out again: the
 * date is matched to the window end the decision holds.
 */
function markedProvisional(params: MessageParams | undefined, ends: ProvisionalEnds | undefined, code: string): MessageParams | undefined {
  if (params === undefined || ends === undefined || SAYS_PROVISIONAL.has(code)) return params;
  let out: Record<string, MessageParams[string]> | undefined;
  for (const name of WINDOW_END_PARAMS) {
    const value = params[name];
    const years = typeof value === 'string' ? ends.get(value) : undefined;
    if (years === undefined) continue;
    const words = bilingual(years.length === 1 ? 'reason.date-provisional' : 'reason.date-provisional-years', { date: value as string, years: years.map(String) });
    out ??= { ...params };
    out[`${name}:zh-CN`] = words['zh-CN'];
    out[`${name}:en`] = words.en;
  }
  return out ?? params;
}

/**
 * A decision, worded: the one rendering of an evaluation (design.md §5: one evaluation,
 * rendered once). Reasons, warnings, recourse, obligations and floor conflicts get their
 * messages in zh-CN and en and their citations as documents and articles; nothing is worked out
 * again. `floor` is the profile the evaluation was checked against, if any; `engine` the stamp of
 * the engine that made it.
 */
export function renderDecision(evaluation: Evaluation, policy: Policy, claim: Claim, floor?: Policy, engine?: Decision['engine']): Decision {
  const told = toldReasons(evaluation, claim, floor);
  const ends = provisionalEnds(evaluation.derivation);
  const reasons: Reason[] = new Array<Reason>(told.length);
  for (let index = 0; index < reasons.length; index += 1) reasons[index] = reasonOf(told[index]!, policy, ends);
  if (floor !== undefined && told.some((entry) => entry.under !== undefined)) labelStories(reasons, policy, floor);
  markNotGiven(reasons, evaluation.remedies);
  reasons.push(...setAsideReasons(evaluation, policy, (id) => citeRef(id, policy)));
  if (!evaluation.requestMet) {
    reasons.push({
      rule: 'resolve.request',
      version: '1',
      effect: 'note',
      code: 'request.not-met',
      cite: citeRef(requestGround(evaluation, claim), policy),
      message: bilingual('request.not-met', { request: claim.request, verdict: evaluation.verdict }),
    });
  }
  return {
    formatVersion: 1,
    verdict: evaluation.verdict,
    status: evaluation.status,
    remedies: evaluation.remedies as Decision['remedies'],
    reasons,
    dates: datesStated(evaluation.dates, told),
    missing: evaluation.missing,
    warnings: evaluation.warnings.length === 0 ? [] : toldWarnings(evaluation, claim, floor).map((entry) => ({ rule: entry.rule, code: entry.finding.code, cite: entry.finding.cite, message: messageOf(entry, policy, ends) })),
    floorConflicts: evaluation.shortfalls.length === 0 ? [] : evaluation.shortfalls.map((shortfall) => {
      const clause = shortfall.clauses[0]!;
      return {
        remedy: shortfall.remedy,
        profileGives: shortfall.profileGives,
        profileOffer: shortfall.profileOffer,
        ...(shortfall.route === undefined ? {} : { route: shortfall.route }),
        ...(shortfall.terms.length === 0 ? {} : { terms: [...shortfall.terms] }),
        clause,
        clauses: [...shortfall.clauses],
        prevails: [...shortfall.prevails],
        message: bilingual(shortfall.profileOffer === 'none' ? 'floor.remedy-missing' : 'floor.remedy-worse', {
          remedy: shortfall.remedy,
          'profile:zh-CN': policy.title['zh-CN'],
          'profile:en': policy.title.en,
          verdict: shortfall.profileGives,
          terms: shortfall.terms,
          'clause:zh-CN': shortfall.clauses.map((id) => citationText(id, 'zh-CN', policy)),
          'clause:en': shortfall.clauses.map((id) => citationText(id, 'en', policy)),
          'prevails:zh-CN': shortfall.prevails.map((id) => citationText(id, 'zh-CN')),
          'prevails:en': shortfall.prevails.map((id) => citationText(id, 'en')),
        }),
      };
    }),
    recourse: evaluation.recourse.length === 0 ? [] : evaluation.recourse.map((entry) => ({
      rule: entry.rule,
      requirement: entry.finding.effect === 'recourse' ? entry.finding.requirement : '',
      cite: entry.finding.cite,
      message: messageOf(entry, policy, ends),
    })),
    obligations: evaluation.obligations.length === 0 ? [] : evaluation.obligations.map((entry) => {
      const obligation = entry.finding.effect === 'note' ? entry.finding.obligation! : undefined!;
      return {
        type: obligation.type,
        owedBy: obligation.owedBy,
        since: obligation.since,
        ...(obligation.amountFen === undefined ? {} : { amountFen: obligation.amountFen }),
        ...(obligation.consumerFen === undefined ? {} : { consumerFen: obligation.consumerFen }),
        cite: entry.finding.cite,
        message: messageOf(entry, policy, ends),
      };
    }),
    policy: floor === undefined ? { id: policy.id, asOf: policy.asOf } : { id: policy.id, asOf: policy.asOf, floor: floor.id },
    law: { date: claim.sale.date, receiptDate: receiptDateOf(claim) },
    ...(engine === undefined ? {} : { engine }),
    derivation: evaluation.derivation as Decision['derivation'],
    trace: evaluation.trace as Decision['trace'],
  };
}
