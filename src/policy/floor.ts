import { receiptDateOf } from '../claim/receipt-date';
import type { CitationId } from '../law/citations';
import type { Remedy } from '../claim/decision';
import type { Claim } from '../claim/schema';
import { dominates, type Offer, OFFER_TERMS, type OfferTerm, shortfallsOf } from '../engine/dominance';
import { type Derivation, type Evaluation, type FloorShortfall, type MarkedFinding, type MarkedTrace, type WindowDerivation } from '../engine/evaluate';
import { WINDOW_KEYS, type WindowKey } from '../claim/window-keys';
import { remedyKey } from '../engine/remedy-key';
import { denies } from '../engine/remedy-match';
import { sortRemedies, verdictOf } from '../engine/resolve';
import { runChain } from '../engine/run';
import { type Attributed, type MessageParams, type RemedyGrant, type Rule, STRENGTH, type TraceEntry } from '../engine/types';
import { IN_FORCE } from '../law/key-dates';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import { paramsOn } from '../engine/parameters';
import type { ParamCites, Params } from '../rules/national-parameters';
import type { Policy } from './policy';
import { weakCache } from '../engine/caches';
import { sameData } from '../engine/same-data';
import { withClausesSetAside } from './set-aside';

/** Two values of a message parameter alike: the same string or number, or lists of the same items. */
function sameParam(a: MessageParams[string], b: MessageParams[string]): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/** Whether two findings' message parameters are the same (compared one by one). */
function sameParams(a: MessageParams | undefined, b: MessageParams | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  let count = 0;
  for (const key in a) {
    if (!Object.hasOwn(b, key) || !sameParam(a[key]!, b[key]!)) return false;
    count += 1;
  }
  for (const key in b) if (Object.hasOwn(b, key)) count -= 1;
  return count === 0;
}

/** Two findings are the same reason when the same rule concluded the same thing on the same citation. */
const sameReason = (a: Attributed, b: Attributed) =>
  a.rule === b.rule && a.finding.code === b.finding.code && a.finding.cite === b.finding.cite && sameParams(a.finding.params, b.finding.params);

/**
 * Where `list` holds the same reason as `entry`, looked for from `from` on and then before it
 * (the two runs walk their rule families in the same order, so the match is nearly always at
 * `from`): its index, or -1.
 */
function reasonAt(list: readonly Attributed[], entry: Attributed, from: number): number {
  for (let index = from; index < list.length; index += 1) if (sameReason(list[index]!, entry)) return index;
  for (let index = 0; index < from && index < list.length; index += 1) if (sameReason(list[index]!, entry)) return index;
  return -1;
}

/**
 * The reasons of two merged runs: the profile's in order, each marked with the profile unless the
 * floor's run holds the same reason; then the floor's that the profile's run does not hold, marked
 * with the floor.
 */
function mergedReasons(under: readonly Attributed[], floor: readonly Attributed[], policyId: string, floorId: string): MarkedFinding[] {
  const reasons: MarkedFinding[] = [];
  const matched = new Uint8Array(floor.length);
  let cursor = 0;
  for (let index = 0; index < under.length; index += 1) {
    const entry = under[index]!;
    const at = reasonAt(floor, entry, cursor);
    if (at < 0) reasons.push({ ...entry, under: policyId });
    else {
      reasons.push(entry);
      matched[at] = 1;
      cursor = at + 1;
    }
  }
  for (let index = 0; index < floor.length; index += 1) {
    const entry = floor[index]!;
    // A floor reason not matched above may still repeat one the profile's run holds.
    if (matched[index] === 0 && reasonAt(under, entry, 0) < 0) reasons.push({ ...entry, under: floorId });
  }
  return reasons;
}

/** The parameter whose clause made an offer fall short on a term, when one term is one parameter's doing. */
const PARAMETER_OF_TERM: Partial<Readonly<Record<OfferTerm, keyof Params>>> = {
  'shipping-cap': 'transportCapFen',
  shipping: 'qualityTransportBySeller',
  performer: 'performers',
};

/**
 * The profile clause behind a shortfall in one remedy, in order: a denial of the profile's that
 * takes that remedy away; for an offer on worse terms, the clause of the parameter that set the
 * term it fell short on (a transport cap, who performs), or the offer's own clause; a clause of a
 * parameter the profile set differently from the floor that the profile's run cited; any such
 * parameter's clause; the profile as a whole.
 */
function clauseBehind(remedy: Remedy, theirs: Remedy | undefined, terms: readonly OfferTerm[], under: Evaluation, policy: Policy, floor: Policy, claim: Claim): string {
  const grant: RemedyGrant = { type: remedy.type, ...(remedy.route === undefined ? {} : { route: remedy.route }) };
  const denial = under.reasons.find(
    ({ finding }) => finding.effect === 'deny' && finding.cite.startsWith('policy:') && finding.targets.some((target) => denies(target, grant)),
  );
  if (denial !== undefined) return denial.finding.cite;
  const receipt = receiptDateOf(claim);
  const mine = paramsOn(policy.parameters, claim.sale.date, receipt);
  const clauseOf = (name: keyof typeof mine.params) => mine.cites[name].find((id) => id.startsWith('policy:'));
  if (theirs !== undefined) {
    for (const term of terms) {
      const parameter = PARAMETER_OF_TERM[term];
      const clause = parameter === undefined ? undefined : clauseOf(parameter);
      if (clause !== undefined) return clause;
    }
    const own = theirs.cites.find((id) => id.startsWith('policy:'));
    if (own !== undefined) return own;
  }
  const theirsParams = paramsOn(floor.parameters, claim.sale.date, receipt).params;
  const differing = (Object.keys(mine.params) as (keyof typeof mine.params)[])
    .filter((name) => !sameData(mine.params[name], theirsParams[name]))
    .map(clauseOf)
    .filter((id): id is CitationId => id !== undefined);
  const cited = new Set(under.reasons.map(({ finding }) => finding.cite));
  return differing.find((id) => cited.has(id)) ?? differing[0] ?? `policy:${policy.id}`;
}

/** A clause of the profile that differs from the floor on this claim: the parameters it sets and the rules it adds. */
interface Suspect {
  readonly clause: string;
  readonly parameters: readonly (keyof Params)[];
  readonly rules: readonly Rule[];
}

/**
 * The profile's clauses that could make it give less than the floor on this claim: every clause
 * behind a parameter whose value differs from the floor's for this sale, and every clause cited
 * by a rule the profile adds to the floor's.
 */
function suspectsOf(policy: Policy, floor: Policy, claim: Claim): readonly Suspect[] {
  const receipt = receiptDateOf(claim);
  const mine = paramsOn(policy.parameters, claim.sale.date, receipt);
  const theirs = paramsOn(floor.parameters, claim.sale.date, receipt).params;
  // The answer depends on the claim only through the two parameter sets in force (each cached
  // per era): worked out once per profile and pair of sets.
  let byMine = suspectsMade.get(policy);
  if (byMine === undefined) suspectsMade.set(policy, (byMine = new WeakMap()));
  let byTheirs = byMine.get(mine.params);
  if (byTheirs === undefined) byMine.set(mine.params, (byTheirs = new WeakMap()));
  const hit = byTheirs.get(theirs);
  if (hit !== undefined) return hit;
  const byClause = new Map<string, { parameters: (keyof Params)[]; rules: Rule[] }>();
  const entry = (clause: string) => {
    let found = byClause.get(clause);
    if (found === undefined) byClause.set(clause, (found = { parameters: [], rules: [] }));
    return found;
  };
  for (const name of Object.keys(mine.params) as (keyof Params)[]) {
    if (sameData(mine.params[name], theirs[name])) continue;
    const clauses = mine.cites[name].filter((id) => id.startsWith('policy:'));
    for (const clause of clauses.length > 0 ? clauses : [`policy:${policy.id}`]) entry(clause).parameters.push(name);
  }
  const floorRules = new Set(floor.rules);
  for (const rule of policy.rules) {
    if (floorRules.has(rule)) continue;
    const clauses = [...rule.cites, ...(rule.lowersFloor === undefined ? [] : [rule.lowersFloor.clause])].filter((id) => id.startsWith('policy:'));
    for (const clause of new Set(clauses.length > 0 ? clauses : [`policy:${policy.id}`])) entry(clause).rules.push(rule);
  }
  const made = Object.freeze([...byClause].map(([clause, { parameters, rules }]) => Object.freeze({ clause, parameters: Object.freeze(parameters), rules: Object.freeze(rules) })));
  byTheirs.set(theirs, made);
  return made;
}

/** The suspects of a profile, per pair of parameter sets in force (see `suspectsOf`). */
const suspectsMade = weakCache<Policy, WeakMap<Params, WeakMap<Params, readonly Suspect[]>>>('floor.suspects', "a profile's clauses that differ from the floor, per pair of parameter sets in force");

/**
 * Reverted profiles already made, per profile and set of clauses: the same reverted profile
 * object every time, so that its parameters and its chain are worked out once, not per claim.
 */
const revertedProfiles = weakCache<Policy, Map<string, Policy>>('floor.reverted-profiles', 'a profile with some of its clauses put back to the floor, per profile and set of clauses');

/** The profile with some of its clauses put back to the floor: their parameters the floor's, their rules gone. */
function reverted(policy: Policy, floor: Policy, suspects: readonly Suspect[]): Policy {
  let made = revertedProfiles.get(policy);
  if (made === undefined) revertedProfiles.set(policy, (made = new Map()));
  const key = suspects.map((suspect) => `${suspect.clause}=${suspect.parameters.join(',')}/${suspect.rules.length}`).join('|');
  const hit = made.get(key);
  if (hit !== undefined) return hit;
  const parameters: Record<string, unknown> = { ...policy.parameters };
  const removed = new Set<Rule>();
  for (const suspect of suspects) {
    for (const name of suspect.parameters) parameters[name] = floor.parameters[name];
    for (const rule of suspect.rules) removed.add(rule);
  }
  const variant: Policy = Object.freeze({
    ...policy,
    parameters: Object.freeze(parameters) as unknown as Policy['parameters'],
    rules: removed.size === 0 ? policy.rules : Object.freeze(policy.rules.filter((rule) => !removed.has(rule))),
  });
  made.set(key, variant);
  return variant;
}

/** Whether an evaluation holds an offer of this remedy that dominates it. */
function holdsDominating(evaluation: Evaluation, remedy: Remedy): boolean {
  const key = remedyKey(remedy);
  for (const candidate of evaluation.remedies) if (remedyKey(candidate) === key && dominates(candidate, remedy)) return true;
  return false;
}

const keepsRules = weakCache<Policy, boolean>('floor.keeps-rules', "whether a profile runs every rule of the floor");

/** Whether a profile runs every rule of the floor (it may add its own; it removes none). */
function keepsFloorRules(policy: Policy, floor: Policy): boolean {
  let keeps = keepsRules.get(policy);
  if (keeps === undefined) {
    const mine = new Set(policy.rules);
    keeps = floor.rules.every((rule) => mine.has(rule));
    keepsRules.set(policy, keeps);
  }
  return keeps;
}

/**
 * The clauses responsible for the profile giving less of `remedy` than the floor, found by
 * evidence (issue: the floor holds by construction): each differing clause is put back to the
 * floor alone and the claim decided again; those whose reversion restores an offer that
 * dominates the floor's are responsible. When no single clause does, all of them together are
 * tried, and if that restores it they are named together. Empty when even that does not (the
 * caller then falls back).
 */
function responsibleClauses(remedy: Remedy, suspects: readonly Suspect[], policy: Policy, floor: Policy, reevaluate: (variant: Policy) => Evaluation): string[] {
  // One clause differing from the floor on this claim: reverting it gives the floor's own profile
  // back (its parameters the floor's, its rules gone), which restores the floor's offer by
  // definition; no evaluation is needed to know it.
  if (suspects.length === 1 && keepsFloorRules(policy, floor)) return [suspects[0]!.clause];
  const restores = (variant: Policy) => holdsDominating(reevaluate(variant), remedy);
  const alone = suspects.filter((suspect) => restores(reverted(policy, floor, [suspect]))).map((suspect) => suspect.clause);
  if (alone.length > 0) return alone;
  if (suspects.length > 1 && restores(reverted(policy, floor, suspects))) return suspects.map((suspect) => suspect.clause);
  return [];
}

/**
 * The articles that make the law a floor: contracts cannot waive 三包 (MP2001 Art. 3), the rule
 * is the minimum (Art. 4), agreed periods may not be shorter (实施条例 Art. 18), distance sellers
 * may not widen what is excluded from no-reason returns (实施条例 Art. 19).
 */
export const FLOOR_CITES = Object.freeze(['mp2001:art3', 'mp2001:art4', 'cplr2024:art18', 'cplr2024:art19'] as const);

/** The statutory citations that prevail over a profile giving less than the law, on one claim. */
function prevailing(remedy: Pick<Remedy, 'route' | 'cites'>, claim: Claim, extra: readonly string[] = []): string[] {
  const out = remedy.cites.filter((id) => !id.startsWith('policy:'));
  out.push(...extra, FLOOR_CITES[0], FLOOR_CITES[1]);
  if (claim.sale.date >= IN_FORCE.cplr2024) out.push(remedy.route === 'no-reason' ? FLOOR_CITES[3] : FLOOR_CITES[2]);
  return [...new Set(out)];
}

function union<T>(first: readonly T[], second: readonly T[], key: (item: T) => string): T[] {
  if (second.length === 0) return first as T[];
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((item) => !seen.has(key(item)))];
}

/**
 * The law's terms for a remedy of this kind on this claim, where the floor itself gives no such
 * remedy (design.md I30): who performs it (MP2001 Art. 3: the seller refunds and exchanges, the
 * repairer repairs), and for a quality remedy (not a paid repair, not a no-reason return) the
 * operator bearing the necessary transport with no cap (消保法 Art. 24, from 2014-03-15). With
 * each term, the statutory citations it rests on.
 */
function lawTermsOf(remedy: Remedy, floorParams: Params, floorCites: ParamCites): { offer: Offer; stated: readonly OfferTerm[]; cites: Partial<Record<OfferTerm, readonly string[]>> } {
  const performedBy = floorParams.performers[remedy.type] === 'repairer' ? 'repairer' : 'seller';
  const quality = remedy.type !== 'paid-repair' && remedy.route !== 'no-reason' && floorParams.qualityTransportBySeller;
  if (!quality) return { offer: { performedBy }, stated: ['performer'], cites: { performer: floorCites.performers } };
  return {
    offer: { performedBy, shippingPaidBy: 'seller' },
    stated: ['shipping', 'shipping-cap', 'performer'],
    cites: { performer: floorCites.performers, shipping: floorCites.qualityTransportBySeller, 'shipping-cap': floorCites.qualityTransportBySeller },
  };
}

/** An offer with the terms it fell short on put to the law's (I30): the cap set aside, the law's payer and performer. */
function onLawTerms(offer: Remedy, law: Offer, terms: readonly OfferTerm[], cites: readonly string[]): Remedy {
  const out: { -readonly [K in keyof Remedy]?: Remedy[K] } = { ...offer };
  if (terms.includes('shipping')) out.shippingPaidBy = law.shippingPaidBy as Remedy['shippingPaidBy'];
  if (terms.includes('shipping-cap')) delete out.shippingCapFen;
  if (terms.includes('performer')) out.performedBy = law.performedBy as Remedy['performedBy'];
  out.cites = [...new Set([...offer.cites, ...cites])];
  return out as Remedy;
}

/**
 * The shortfall of an offer whose terms were put to the law's (I30): the terms set aside, the
 * clause of the parameter that set each (a transport cap, who performs), and the articles of the
 * law's terms.
 */
function termShortfall(remedy: Remedy, entry: { readonly offer: Remedy; readonly fixed: readonly OfferTerm[]; readonly cites: readonly string[] }, under: Evaluation, policy: Policy, floor: Policy, claim: Claim): FloorShortfall {
  return {
    remedy: remedy.type,
    ...(remedy.type === 'refund' ? { route: remedy.route ?? 'sanbao' } : {}),
    profileGives: under.verdict,
    profileOffer: 'worse',
    terms: entry.fixed,
    clauses: [clauseBehind(remedy, entry.offer, entry.fixed, under, policy, floor, claim)],
    prevails: prevailing({ route: remedy.route, cites: [] }, claim, entry.cites),
  };
}

/**
 * The trace entries of the floor's run, marked as the floor's: made once per entry (the entries
 * are shared, frozen values, and the floor is the national profile, whose id a marked entry holds).
 */
const markedEntries = weakCache<TraceEntry, MarkedTrace>('floor.marked-trace', "a trace entry of the floor's run, marked with the floor's id");

function markedTrace(entry: TraceEntry, floor: Policy): MarkedTrace {
  const marked = markedEntries.get(entry);
  if (marked !== undefined && marked.under === floor.id) return marked;
  const made: MarkedTrace = Object.freeze({ ...entry, under: floor.id });
  markedEntries.set(entry, made);
  return made;
}

/** The later of two days, either of which may be missing. */
const laterDay = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a >= b ? a : b);
const warningKey = ({ rule, finding }: Attributed) => `${rule}|${finding.code}`;
const obligationKey = ({ finding }: Attributed) => (finding.effect === 'note' && finding.obligation !== undefined ? `${finding.obligation.type}|${finding.obligation.since}` : '');
const recourseKey = ({ rule, finding }: Attributed) => `${rule}|${finding.effect === 'recourse' ? finding.requirement : ''}`;
const factKey = (entry: Evaluation['missing'][number]) => entry.fact;

/**
 * The statutory floor, on one claim (design.md §1, I29, I30; MP2001 Arts. 3–4; 实施条例 Art. 18).
 * Given the evaluation under a profile and under the floor, remedy by remedy: a profile's offer
 * takes the place of the floor's remedy of the same type and route only when it dominates it
 * (at least as good on every term, `shortfallsOf`); where the two are as good as each other the
 * law's offer (and citation) stands; where the floor's dominates the profile's, the floor's alone
 * stands; where neither dominates the other, both stand and the consumer chooses. Every remedy
 * the profile alone would have given less of is a shortfall naming the terms it fell short on, the
 * clauses found responsible by reverting them to the floor (`reevaluate` evaluates the claim under
 * such a reverted profile) and the statutory citations that prevail. A remedy the floor does not
 * give is held to the law's terms for remedies of its kind (I30): a transport cap, the consumer
 * made to pay the transport of a quality remedy, or another performer is set aside, with a
 * shortfall. Findings from only one of the two runs are marked with the profile they come from.
 * Merges structured evaluations: nothing here is worded.
 */
export function mergeWithFloor(
  under: Evaluation,
  floorEvaluation: Evaluation,
  policy: Policy,
  floor: Policy,
  claim: Claim,
  reevaluate: (variant: Policy) => Evaluation,
): Evaluation {
  let suspects: readonly Suspect[] | undefined;
  const shortfalls: FloorShortfall[] = [];
  const kept: Remedy[] = [];
  // Every offer of the profile first carries the law's terms for remedies of its kind (I30): a
  // transport cap, the consumer paying a quality remedy's transport, or another performer is set
  // aside whether or not the floor gives the remedy. What was set aside is remembered per offer.
  const theirsByKey = new Map<string, { offer: Remedy; fixed: readonly OfferTerm[]; cites: readonly string[] }>();
  let floorTerms: { params: Params; cites: ParamCites } | undefined;
  // Whether a clause of the profile takes the transport of quality remedies off the operator,
  // where the law puts it on them: then an offer silent on the transport is silent by that
  // clause, and the clause is set aside with a conflict naming it (I30).
  let transportTaken = false;
  for (const offer of under.remedies) {
    const key = remedyKey(offer);
    if (theirsByKey.has(key)) continue;
    if (floorTerms === undefined) {
      const receipt = receiptDateOf(claim);
      floorTerms = paramsOn(floor.parameters, claim.sale.date, receipt);
      transportTaken = floorTerms.params.qualityTransportBySeller && !paramsOn(policy.parameters, claim.sale.date, receipt).params.qualityTransportBySeller;
    }
    const law = lawTermsOf(offer, floorTerms.params, floorTerms.cites);
    const short = shortfallsOf(offer, law.offer);
    const applied = short.length === 0 ? short : short.filter((term) => law.stated.includes(term));
    if (applied.length === 0) theirsByKey.set(key, { offer, fixed: applied, cites: [] });
    else {
      // An offer silent on who pays the transport gets the law's answer without a conflict: it
      // did not put the cost on the consumer, unless a clause of the profile did.
      const fixed = offer.shippingPaidBy === undefined && !transportTaken ? applied.filter((term) => term !== 'shipping') : applied;
      const cites = [...new Set(applied.flatMap((term) => law.cites[term] ?? []))];
      theirsByKey.set(key, { offer: onLawTerms(offer, law.offer, applied, cites), fixed, cites: fixed.length === 0 ? [] : cites });
    }
  }
  const placed = new Set<string>();
  for (const remedy of floorEvaluation.remedies) {
    const key = remedyKey(remedy);
    const entry = theirsByKey.get(key);
    placed.add(key);
    const theirs = entry?.offer;
    const short = theirs === undefined ? undefined : shortfallsOf(theirs, remedy);
    if (theirs !== undefined && short!.length === 0) {
      // The profile's offer (on the law's terms) is at least as good on every term: it stands,
      // unless the law's is as good too. A term set aside on it is still a shortfall.
      kept.push(dominates(remedy, theirs) ? remedy : theirs);
      if (entry!.fixed.length > 0) shortfalls.push(termShortfall(remedy, entry!, under, policy, floor, claim));
      continue;
    }
    kept.push(remedy);
    // Neither dominates the other: both stand, the consumer chooses. A profile's offer that the
    // floor's dominates is set aside (the consumer would never choose it).
    if (theirs !== undefined && !dominates(remedy, theirs)) kept.push(theirs);
    const terms = theirs === undefined ? [] : OFFER_TERMS.filter((term) => short!.includes(term) || entry!.fixed.includes(term));
    suspects ??= suspectsOf(policy, floor, claim);
    const responsible = responsibleClauses(remedy, suspects, policy, floor, reevaluate);
    shortfalls.push({
      remedy: remedy.type,
      ...(remedy.type === 'refund' ? { route: remedy.route ?? 'sanbao' } : {}),
      profileGives: under.verdict,
      profileOffer: theirs === undefined ? 'none' : 'worse',
      terms,
      clauses: responsible.length > 0 ? responsible : [clauseBehind(remedy, entry?.offer, terms, under, policy, floor, claim)],
      prevails: prevailing(remedy, claim, entry?.cites),
    });
  }
  // The profile's own remedies the floor does not give: on the law's terms for their kind (I30).
  for (const [key, entry] of theirsByKey) {
    if (placed.has(key)) continue;
    kept.push(entry.offer);
    if (entry.fixed.length > 0) shortfalls.push(termShortfall(entry.offer, entry, under, policy, floor, claim));
  }
  const remedies = sortRemedies(kept);
  const { verdict, requestMet } = verdictOf(remedies, claim.request);

  const reasons = mergedReasons(under.reasons, floorEvaluation.reasons, policy.id, floor.id);

  const dates = { ...under.dates };
  for (const key of Object.keys(floorEvaluation.dates) as (keyof Evaluation['dates'])[]) {
    const value = laterDay(under.dates[key], floorEvaluation.dates[key]);
    if (value !== undefined) dates[key] = value;
  }
  const trace = new Array<MarkedTrace>(under.trace.length + floorEvaluation.trace.length);
  for (let index = 0; index < under.trace.length; index += 1) trace[index] = under.trace[index]!;
  for (let index = 0; index < floorEvaluation.trace.length; index += 1) trace[under.trace.length + index] = markedTrace(floorEvaluation.trace[index]!, floor);
  const missing: Evaluation['missing'][number][] = [];
  for (const entry of union(under.missing, floorEvaluation.missing, factKey)) if (STRENGTH[entry.would] > STRENGTH[verdict]) missing.push(entry);

  return {
    facts: under.facts,
    verdict,
    status: under.status === 'provisional' || floorEvaluation.status === 'provisional' ? 'provisional' : 'final',
    remedies,
    requestMet,
    reasons,
    warnings: union(under.warnings, floorEvaluation.warnings, warningKey),
    recourse: union(under.recourse, floorEvaluation.recourse, recourseKey),
    obligations: union(under.obligations, floorEvaluation.obligations, obligationKey),
    hints: under.hints.length === 0 ? floorEvaluation.hints : floorEvaluation.hints.length === 0 ? under.hints : [...under.hints, ...floorEvaluation.hints],
    missing,
    dates,
    shortfalls,
    ...withClausesSetAside(under.dates, dates, shortfalls, policy, floor, claim, (cites, route) => prevailing({ route, cites: [] }, claim, cites)),
    trace,
    derivation: mergedDerivation(under.derivation, floorEvaluation.derivation, dates),
  };
}

const DATE_OF_WINDOW: Readonly<Record<WindowKey, keyof Evaluation['dates'] | undefined>> = {
  refund: 'refundUntil',
  exchange: 'exchangeUntil',
  'no-reason': 'noReasonUntil',
  'free-repair': undefined,
  warranty: 'warrantyUntil',
};

/**
 * The derivation behind the merged dates: for each window the run (the profile's first) whose
 * last day the merged decision reports; the free-repair limit is the profile's own term.
 */
function mergedDerivation(under: Derivation, floor: Derivation, dates: Evaluation['dates']): Derivation {
  const windows: WindowDerivation[] = [];
  for (const key of WINDOW_KEYS) {
    const own = under.windows.find((window) => window.key === key);
    const dateKey = DATE_OF_WINDOW[key];
    if (dateKey === undefined) {
      if (own !== undefined) windows.push(own);
      continue;
    }
    const theirs = floor.windows.find((window) => window.key === key);
    const chosen = [own, theirs].find((window) => window !== undefined && window.last === dates[dateKey]) ?? own ?? theirs;
    if (chosen !== undefined) windows.push(chosen);
  }
  const start = under.start.day === dates.periodStart ? under.start : floor.start.day === dates.periodStart ? floor.start : under.start;
  return { start, windows };
}

/**
 * Recourse for what the floor restored: the profile's own rules (a dealer's requirements) ran on
 * what the profile itself gave; where the floor gave more, the seller performs that too and the
 * same requirements decide whether it is reimbursed. They are run again against the remedies
 * the consumer gets, and only their new recourse findings are kept (marked as the profile's).
 */
export function withRestoredRecourse(merged: Evaluation, policy: Policy, floor: Policy, claim: Claim, calendar: RestDayCalendar): Evaluation {
  if (merged.shortfalls.length === 0) return merged;
  const own = policy.rules.filter((rule) => !floor.rules.includes(rule));
  if (own.length === 0) return merged;
  const receiptDate = receiptDateOf(claim);
  const { params, cites, keys } = paramsOn(policy.parameters, claim.sale.date, receiptDate);
  // The profile's own facts: the same parameters on the same claim and calendar.
  const facts = merged.facts;
  const open = (type: string, route: string | undefined) =>
    merged.remedies.some((remedy) => remedy.type === type && remedy.conditions === undefined && (route === undefined || (remedy.route ?? 'sanbao') === route));
  const chain = runChain(own, claim, facts, params, cites, keys, calendar, open);
  const known = new Set(merged.recourse.map(({ rule, finding }) => `${rule}|${finding.effect === 'recourse' ? finding.requirement : ''}`));
  const added = chain.findings.filter((entry) => entry.finding.effect === 'recourse' && !known.has(`${entry.rule}|${entry.finding.requirement}`));
  if (added.length === 0) return merged;
  return {
    ...merged,
    reasons: [...merged.reasons, ...added.map((entry) => ({ ...entry, under: policy.id }))],
    recourse: [...merged.recourse, ...added],
  };
}
