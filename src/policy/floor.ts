import { receiptDateOf } from '../claim/receipt-date';
import type { CitationId } from '../law/citations';
import type { Remedy } from '../claim/decision';
import type { Claim } from '../claim/schema';
import { compareOffers } from '../engine/compare-remedies';
import { type Derivation, type Evaluation, type FloorShortfall, type MarkedFinding, WINDOW_KEYS, type WindowDerivation, type WindowKey } from '../engine/evaluate';
import { denies } from '../engine/remedy-match';
import { sortRemedies, verdictOf } from '../engine/resolve';
import { runChain } from '../engine/run';
import { type Attributed, type RemedyGrant, type Rule, STRENGTH } from '../engine/types';
import { factsOf } from '../engine/facts';
import { IN_FORCE } from '../law/key-dates';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import { type Params, paramsOn } from '../engine/parameters';
import type { Policy } from './policy';

const keyOf = (remedy: Remedy) => (remedy.type === 'refund' ? `refund:${remedy.route ?? 'sanbao'}` : remedy.type);
/** Two findings are the same reason when the same rule concluded the same thing on the same citation. */
const findingKey = ({ rule, finding }: Attributed) => `${rule}|${finding.code}|${finding.cite}|${finding.params === undefined ? '' : JSON.stringify(finding.params)}`;

/**
 * The profile clause behind a shortfall in one remedy, in order: a denial of the profile's that
 * takes that remedy away; for an offer on worse terms, the clause that worsened it (a transport
 * cap, or the offer's own clause); a clause of a parameter the profile set differently from the
 * floor that the profile's run cited; any such parameter's clause; the profile as a whole.
 */
function clauseBehind(remedy: Remedy, theirs: Remedy | undefined, under: Evaluation, policy: Policy, floor: Policy, claim: Claim): string {
  const grant: RemedyGrant = { type: remedy.type, ...(remedy.route === undefined ? {} : { route: remedy.route }) };
  const denial = under.reasons.find(
    ({ finding }) => finding.effect === 'deny' && finding.cite.startsWith('policy:') && finding.targets.some((target) => denies(target, grant)),
  );
  if (denial !== undefined) return denial.finding.cite;
  const receipt = receiptDateOf(claim);
  const mine = paramsOn(policy.parameters, claim.sale.date, receipt);
  const clauseOf = (name: keyof typeof mine.params) => mine.cites[name].find((id) => id.startsWith('policy:'));
  if (theirs !== undefined) {
    if (theirs.shippingCapFen !== undefined && remedy.shippingCapFen === undefined) {
      const cap = clauseOf('transportCapFen');
      if (cap !== undefined) return cap;
    }
    const own = theirs.cites.find((id) => id.startsWith('policy:'));
    if (own !== undefined) return own;
  }
  const theirsParams = paramsOn(floor.parameters, claim.sale.date, receipt).params;
  const differing = (Object.keys(mine.params) as (keyof typeof mine.params)[])
    .filter((name) => JSON.stringify(mine.params[name]) !== JSON.stringify(theirsParams[name]))
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
function suspectsOf(policy: Policy, floor: Policy, claim: Claim): Suspect[] {
  const receipt = receiptDateOf(claim);
  const mine = paramsOn(policy.parameters, claim.sale.date, receipt);
  const theirs = paramsOn(floor.parameters, claim.sale.date, receipt).params;
  const byClause = new Map<string, { parameters: (keyof Params)[]; rules: Rule[] }>();
  const entry = (clause: string) => {
    let found = byClause.get(clause);
    if (found === undefined) byClause.set(clause, (found = { parameters: [], rules: [] }));
    return found;
  };
  for (const name of Object.keys(mine.params) as (keyof Params)[]) {
    if (JSON.stringify(mine.params[name]) === JSON.stringify(theirs[name])) continue;
    const clauses = mine.cites[name].filter((id) => id.startsWith('policy:'));
    for (const clause of clauses.length > 0 ? clauses : [`policy:${policy.id}`]) entry(clause).parameters.push(name);
  }
  const floorRules = new Set(floor.rules);
  for (const rule of policy.rules) {
    if (floorRules.has(rule)) continue;
    const clauses = [...rule.cites, ...(rule.lowersFloor === undefined ? [] : [rule.lowersFloor.clause])].filter((id) => id.startsWith('policy:'));
    for (const clause of new Set(clauses.length > 0 ? clauses : [`policy:${policy.id}`])) entry(clause).rules.push(rule);
  }
  return [...byClause].map(([clause, { parameters, rules }]) => ({ clause, parameters, rules }));
}

/** The profile with some of its clauses put back to the floor: their parameters the floor's, their rules gone. */
function reverted(policy: Policy, floor: Policy, suspects: readonly Suspect[]): Policy {
  const parameters: Record<string, unknown> = { ...policy.parameters };
  const removed = new Set<Rule>();
  for (const suspect of suspects) {
    for (const name of suspect.parameters) parameters[name] = floor.parameters[name];
    for (const rule of suspect.rules) removed.add(rule);
  }
  return {
    ...policy,
    parameters: parameters as unknown as Policy['parameters'],
    rules: removed.size === 0 ? policy.rules : policy.rules.filter((rule) => !removed.has(rule)),
  };
}

/**
 * The clauses responsible for the profile giving less of `remedy` than the floor, found by
 * evidence (issue: the floor holds by construction): each differing clause is put back to the
 * floor alone and the claim decided again; those whose reversion restores the floor's offer are
 * responsible. When no single clause does, all of them together are tried, and if that restores
 * it they are named together. Empty when even that does not (the caller then falls back).
 */
function responsibleClauses(remedy: Remedy, suspects: readonly Suspect[], policy: Policy, floor: Policy, reevaluate: (variant: Policy) => Evaluation): string[] {
  const restores = (variant: Policy) => {
    const offer = reevaluate(variant).remedies.find((candidate) => keyOf(candidate) === keyOf(remedy));
    return offer !== undefined && compareOffers(offer, remedy) >= 0;
  };
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
export const FLOOR_CITES = ['mp2001:art3', 'mp2001:art4', 'cplr2024:art18', 'cplr2024:art19'] as const;

/** The statutory citations that prevail over a profile giving less than the law, on one claim. */
function prevailing(remedy: Remedy, claim: Claim): string[] {
  const out = remedy.cites.filter((id) => !id.startsWith('policy:'));
  out.push(FLOOR_CITES[0], FLOOR_CITES[1]);
  if (claim.sale.date >= IN_FORCE.cplr2024) out.push(remedy.route === 'no-reason' ? FLOOR_CITES[3] : FLOOR_CITES[2]);
  return [...new Set(out)];
}

function union<T>(first: readonly T[], second: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((item) => !seen.has(key(item)))];
}

/**
 * The statutory floor, on one claim (design.md §1; MP2001 Arts. 3–4; 实施条例 Art. 18). Given the
 * evaluation under a profile and under the floor, the consumer gets, remedy by remedy, the better
 * of the two offers (by a total order: a missing or non-finite amount is never better than the
 * floor's); where the law gives as much, the law's offer (and citation) stands. Every remedy the
 * profile alone would have given less of is a shortfall naming the clauses found responsible by
 * reverting them to the floor (`reevaluate` evaluates the claim under such a reverted profile)
 * and the statutory citations that prevail. Findings from only one of the two runs are marked
 * with the profile they come from. Merges structured evaluations: nothing here is worded.
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
  const offers = new Map<string, Remedy>();
  for (const remedy of under.remedies) offers.set(keyOf(remedy), remedy);
  const shortfalls: FloorShortfall[] = [];
  for (const remedy of floorEvaluation.remedies) {
    const theirs = offers.get(keyOf(remedy));
    const order = theirs === undefined ? 1 : compareOffers(remedy, theirs);
    if (order >= 0) offers.set(keyOf(remedy), remedy);
    if (order > 0) {
      suspects ??= suspectsOf(policy, floor, claim);
      const responsible = responsibleClauses(remedy, suspects, policy, floor, reevaluate);
      shortfalls.push({
        remedy: remedy.type,
        profileGives: under.verdict,
        profileOffer: theirs === undefined ? 'none' : 'worse',
        clauses: responsible.length > 0 ? responsible : [clauseBehind(remedy, theirs, under, policy, floor, claim)],
        prevails: prevailing(remedy, claim),
      });
    }
  }
  const remedies = sortRemedies([...offers.values()]);
  const { verdict, requestMet } = verdictOf(remedies, claim.request);

  const floorKeys = new Set(floorEvaluation.reasons.map(findingKey));
  const underKeys = new Set(under.reasons.map(findingKey));
  const reasons: MarkedFinding[] = [
    ...under.reasons.map((entry) => (floorKeys.has(findingKey(entry)) ? entry : { ...entry, under: policy.id })),
    ...floorEvaluation.reasons.filter((entry) => !underKeys.has(findingKey(entry))).map((entry) => ({ ...entry, under: floor.id })),
  ];

  const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a >= b ? a : b);
  const dates = { ...under.dates };
  for (const key of Object.keys(floorEvaluation.dates) as (keyof Evaluation['dates'])[]) {
    const value = later(under.dates[key], floorEvaluation.dates[key]);
    if (value !== undefined) dates[key] = value;
  }
  const obligationKey = ({ finding }: Attributed) => (finding.effect === 'note' && finding.obligation !== undefined ? `${finding.obligation.type}|${finding.obligation.since}` : '');
  const recourseKey = ({ rule, finding }: Attributed) => `${rule}|${finding.effect === 'recourse' ? finding.requirement : ''}`;

  return {
    facts: under.facts,
    verdict,
    status: under.status === 'provisional' || floorEvaluation.status === 'provisional' ? 'provisional' : 'final',
    remedies,
    requestMet,
    reasons,
    warnings: union(under.warnings, floorEvaluation.warnings, ({ rule, finding }) => `${rule}|${finding.code}`),
    recourse: union(under.recourse, floorEvaluation.recourse, recourseKey),
    obligations: union(under.obligations, floorEvaluation.obligations, obligationKey),
    hints: [...under.hints, ...floorEvaluation.hints],
    missing: union(under.missing, floorEvaluation.missing, (entry) => entry.fact).filter((entry) => STRENGTH[entry.would] > STRENGTH[verdict]),
    dates,
    shortfalls,
    trace: [...under.trace, ...floorEvaluation.trace.map((entry) => ({ ...entry, under: floor.id }))],
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
  const facts = factsOf(claim, params, calendar);
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
