import type { Decision, Reason } from '../claim/decision';
import { InvalidClaimError, parseClaim } from '../claim/parse';
import type { Claim, Request } from '../claim/schema';
import type { InputError } from '../claim/input-error';
import { bilingual } from '../explain/messages';
import { citation } from '../law/citations';
import { IN_FORCE } from '../law/key-dates';
import { restDayCalendar } from '../law/rest-day-calendar';
import { sources } from '../law/sources';
import { nationalPolicy } from '../policy/national';
import { paramsOn } from '../policy/parameters';
import type { Policy } from '../policy/policy';
import { type RestDayCalendar, restDayCalendarOf } from '../time/rest-day-calendar';
import { checkAgainstFloor } from '../policy/floor';
import { factsOf } from './facts';
import { counterfactualMessage } from '../explain/counterfactual-message';
import { counterfactualsOf } from './counterfactuals';
import { type Hint, resolve } from './resolve';
import { withFact } from './with-fact';
import { runChain } from './run';
import { type Attributed, type Finding, STRENGTH, type Verdict } from './types';

export interface DecideOptions {
  /** The profile to decide under; the national floor (`cn-national`) by default. */
  readonly policy?: Policy;
  /** The rest-day calendar; the one built from `law/` by default. */
  readonly calendar?: RestDayCalendar;
  /** Also work out what would change the outcome (`counterfactuals`): a few dozen more decisions. */
  readonly counterfactuals?: boolean;
}

let builtIn: RestDayCalendar | undefined;
/** The calendar of China's statutory holidays kept in `law/`, built on first use. */
export function defaultCalendar(): RestDayCalendar {
  builtIn ??= restDayCalendarOf(restDayCalendar);
  return builtIn;
}

/** The citation a failed request's reason rests on: the article that gives that remedy. */
export function requestCite(request: Request, saleDate: string): string {
  switch (request) {
    case 'exchange':
      return 'mp2001:art12';
    case 'repair':
      return 'mp2001:period';
    case 'no-reason-return':
      return saleDate >= IN_FORCE.cpl2013 ? 'cpl2013:art25' : 'mp2001:art11';
    default:
      return 'mp2001:art11';
  }
}

/**
 * The citation as a decision shows it: a statutory article from the registry, or a clause of the
 * profile (`policy:…`), whose "article" is the clause's label and which counts as verified only
 * when the source is official (confidence A).
 */
export function citeRef(id: string, policy: Policy): Reason['cite'] {
  let refs = citeRefs.get(policy);
  if (refs === undefined) {
    refs = new Map();
    citeRefs.set(policy, refs);
  }
  let ref = refs.get(id);
  if (ref === undefined) {
    ref = Object.freeze(buildCiteRef(id, policy));
    refs.set(id, ref);
  }
  return ref;
}

const citeRefs = new WeakMap<Policy, Map<string, Reason['cite']>>();

function buildCiteRef(id: string, policy: Policy): Reason['cite'] {
  const clause = policy.clauses[id];
  if (clause !== undefined) {
    return { id, document: policy.title['zh-CN'], article: clause.label['zh-CN'], verified: clause.confidence === 'A' };
  }
  const entry = citation(id);
  return {
    id,
    document: sources[entry.source].title['zh-CN'],
    article: entry.article?.['zh-CN'] ?? '',
    verified: entry.verified,
  };
}

function reasonOf({ rule, version, finding }: Attributed, policy: Policy): Reason {
  // Field by field: a reason is built for every finding of every claim.
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
  reason.message = bilingual(finding.code, finding.params);
  return reason as Reason;
}

/**
 * The facts named as decisive that would give a stronger verdict, each worked out by deciding the
 * claim again with that fact established (one extra decision per fact named).
 */
function missingFacts(hints: readonly Hint[], verdict: Verdict, policy: Policy, claim: Claim, calendar: RestDayCalendar): Decision['missing'] {
  const out: Decision['missing'] = [];
  for (const hint of hints) {
    if (out.some((entry) => entry.fact === hint.fact)) continue;
    const would = hint.value === undefined ? hint.would : resolveUnder(policy, withFact(claim, hint.fact, hint.value), calendar).verdict;
    if (would === undefined || STRENGTH[would] <= STRENGTH[verdict]) continue;
    out.push({ fact: hint.fact, would, ...(hint.value === undefined ? {} : { value: hint.value }), rule: hint.rule });
  }
  return out;
}

/**
 * Recourse for what the floor restored: the profile's own rules (a dealer's requirements) ran on
 * what the profile itself gave; where the floor gave more, the seller performs that too and the
 * same requirements decide whether it is reimbursed. They are run again against the remedies
 * the consumer gets, and only their recourse findings are kept.
 */
function withRestoredRecourse(decision: Decision, policy: Policy, claim: Claim, calendar: RestDayCalendar): Decision {
  const floor = policy.floor;
  if (floor === undefined || decision.floorConflicts.length === 0) return decision;
  const own = policy.rules.filter((rule) => !floor.rules.includes(rule));
  if (own.length === 0) return decision;
  const receiptDate = claim.sale.deliveredDate ?? claim.sale.date;
  const { params, cites, keys } = paramsOn(policy.parameters, claim.sale.date, receiptDate);
  const facts = factsOf(claim, params, calendar);
  const open = (type: string, route: string | undefined) =>
    decision.remedies.some((remedy) => remedy.type === type && remedy.conditions === undefined && (route === undefined || (remedy.route ?? 'sanbao') === route));
  const chain = runChain(own, claim, facts, params, cites, keys, calendar, open);
  const known = new Set(decision.recourse.map((entry) => `${entry.rule}|${entry.requirement}`));
  const added = chain.findings.filter(
    (entry) => entry.finding.effect === 'recourse' && !known.has(`${entry.rule}|${entry.finding.requirement}`),
  );
  if (added.length === 0) return decision;
  const reasons = added.map((entry) => ({ ...reasonOf(entry, policy), under: policy.id }));
  return {
    ...decision,
    reasons: [...decision.reasons, ...reasons],
    recourse: [
      ...decision.recourse,
      ...added.map((entry, index) => ({
        rule: entry.rule,
        requirement: entry.finding.effect === 'recourse' ? entry.finding.requirement : '',
        cite: entry.finding.cite,
        message: reasons[index]!.message,
      })),
    ],
  };
}

/** Runs one profile's chain on a claim and resolves it: the substance of a decision, without its wording. */
function resolveUnder(policy: Policy, claim: Claim, calendar: RestDayCalendar) {
  const receiptDate = claim.sale.deliveredDate ?? claim.sale.date;
  const { params, cites, keys } = paramsOn(policy.parameters, claim.sale.date, receiptDate);
  const facts = factsOf(claim, params, calendar);
  const chain = runChain(policy.rules, claim, facts, params, cites, keys, calendar);
  return { facts, chain, ...resolve(chain.findings, claim.request, params) };
}

/**
 * Decides a parsed claim under one profile, with no floor comparison: the building block of
 * {@link decideClaim}. Never throws on a claim that passed the schema.
 */
export function decideUnder(
  policy: Policy,
  claim: Claim,
  calendar: RestDayCalendar = defaultCalendar(),
  options: { readonly missing?: boolean } = {},
): Decision {
  const receiptDate = claim.sale.deliveredDate ?? claim.sale.date;
  const resolution = resolveUnder(policy, claim, calendar);
  const { facts, chain } = resolution;
  const attributed: Attributed[] = chain.findings as Attributed[];
  if (!resolution.requestMet) {
    const finding: Finding = {
      effect: 'note',
      code: 'request.not-met',
      cite: requestCite(claim.request, claim.sale.date),
      params: { request: claim.request, verdict: resolution.verdict },
    };
    attributed.push({ rule: 'resolve.request', version: '1', finding });
  }
  const reasons: Reason[] = [];
  const warnings: Decision['warnings'] = [];
  const recourse: Decision['recourse'] = [];
  const obligations: Decision['obligations'] = [];
  for (const entry of attributed) {
    const reason = reasonOf(entry, policy);
    reasons.push(reason);
    const { rule, finding } = entry;
    if (finding.effect === 'warn') warnings.push({ rule, code: finding.code, cite: finding.cite, message: reason.message });
    else if (finding.effect === 'recourse') recourse.push({ rule, requirement: finding.requirement, cite: finding.cite, message: reason.message });
    else if (finding.effect === 'note' && finding.obligation !== undefined) {
      const { type, owedBy, since } = finding.obligation;
      obligations.push({ type, owedBy, since, cite: finding.cite, message: reason.message });
    }
  }
  const dates: { -readonly [K in keyof Decision['dates']]: Decision['dates'][K] } = { claimDate: claim.claimDate, periodStart: facts.start.day };
  if (facts.lastExchange !== undefined) dates.lastExchange = facts.lastExchange;
  if (facts.refund !== undefined) dates.refundUntil = facts.refund.last;
  if (facts.exchange !== undefined) dates.exchangeUntil = facts.exchange.last;
  if (facts.warranty !== undefined) dates.warrantyUntil = facts.warranty.last;
  if (facts.noReason !== undefined) dates.noReasonUntil = facts.noReason.last;
  return {
    formatVersion: 1,
    verdict: resolution.verdict,
    status: resolution.status,
    remedies: resolution.remedies as Decision['remedies'],
    reasons,
    dates,
    missing: options.missing === false ? [] : missingFacts(resolution.hints, resolution.verdict, policy, claim, calendar),
    warnings,
    floorConflicts: [],
    recourse,
    obligations,
    policy: { id: policy.id, asOf: policy.asOf },
    law: { date: claim.sale.date, receiptDate },
    trace: chain.trace as Decision['trace'],
  };
}

/**
 * Decides a claim that has already been parsed (see `parseClaim`). Under a profile other than
 * the national floor, the claim is decided under both and the consumer gets the better of them.
 */
export function decideClaim(claim: Claim, options: DecideOptions = {}): Decision {
  const policy = options.policy ?? nationalPolicy;
  const calendar = options.calendar ?? defaultCalendar();
  const once = (variant: Claim, missing: boolean): Decision => {
    const decision = decideUnder(policy, variant, calendar, { missing });
    return policy.floor === undefined ? decision : checkAgainstFloor(decision, decideUnder(policy.floor, variant, calendar, { missing }), policy, variant);
  };
  const decision = withRestoredRecourse(once(claim, true), policy, claim, calendar);
  if (options.counterfactuals !== true) return decision;
  const citeOfRule = (id: string) => {
    const version = decision.trace.find((entry) => entry.rule === id && entry.under === undefined)?.version;
    return policy.rules.find((rule) => rule.id === id && rule.version === version)?.cites[0];
  };
  const found = counterfactualsOf(claim, decision, (variant) => once(variant, false), citeOfRule);
  return { ...decision, counterfactuals: found.map((counterfactual) => ({ ...counterfactual, message: counterfactualMessage(counterfactual, policy) })) };
}

/**
 * Decides a claim given as a JSON value: parses it (defaults filled in), then decides it.
 * Throws {@link InvalidClaimError}, listing every problem, when the input is not a valid claim.
 *
 * @example
 * decide({ claimDate: '2025-03-08', item: { kind: 'handset' },
 *          sale: { date: '2025-03-01', priceFen: 399900 }, fault: { codes: ['no-power-on'] } }).verdict
 * //=> 'refund'
 */
export function decide(input: unknown, options: DecideOptions = {}): Decision {
  const parsed = parseClaim(input);
  if (!parsed.ok) throw new InvalidClaimError(parsed.errors);
  return decideClaim(parsed.claim, options);
}

/** Like {@link decide}, but returns the input errors instead of throwing. */
export function safeDecide(
  input: unknown,
  options: DecideOptions = {},
): { readonly ok: true; readonly decision: Decision } | { readonly ok: false; readonly errors: readonly InputError[] } {
  const parsed = parseClaim(input);
  if (!parsed.ok) return parsed;
  return { ok: true, decision: decideClaim(parsed.claim, options) };
}
