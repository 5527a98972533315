import type { Decision, FloorConflict, Reason, Remedy } from '../claim/decision';
import type { Claim } from '../claim/schema';
import { compareOffers } from '../engine/compare-remedies';
import { denies } from '../engine/remedy-match';
import { sortRemedies, verdictOf } from '../engine/resolve';
import { type DenyTarget, type RemedyGrant, STRENGTH } from '../engine/types';
import { citationText } from '../explain/citation-text';
import { bilingual, LIST } from '../explain/messages';
import { IN_FORCE } from '../law/key-dates';
import { paramsOn } from './parameters';
import type { Policy } from './policy';

const keyOf = (remedy: Remedy) => (remedy.type === 'refund' ? `refund:${remedy.route ?? 'sanbao'}` : remedy.type);
const reasonKey = (reason: Reason) => `${reason.rule}|${reason.code}|${reason.cite.id}|${reason.message.en}`;

/**
 * The profile clause behind a shortfall in one remedy, in order: a denial of the profile's that
 * takes that remedy away; for an offer on worse terms, the clause that worsened it (a transport
 * cap, or the offer's own clause); a clause of a parameter the profile set differently from the
 * floor that the profile's run cited; any such parameter's clause; the profile as a whole.
 */
function clauseBehind(remedy: Remedy, theirs: Remedy | undefined, under: Decision, policy: Policy, floor: Policy, claim: Claim): string {
  const grant: RemedyGrant = { type: remedy.type, ...(remedy.route === undefined ? {} : { route: remedy.route }) };
  const denial = under.reasons.find(
    (reason) => reason.effect === 'deny' && reason.cite.id.startsWith('policy:') && (reason.denies ?? []).some((target) => denies(target as DenyTarget, grant)),
  );
  if (denial !== undefined) return denial.cite.id;
  const receipt = claim.sale.deliveredDate ?? claim.sale.date;
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
    .filter((id): id is string => id !== undefined);
  const cited = new Set(under.reasons.map((reason) => reason.cite.id));
  return differing.find((id) => cited.has(id)) ?? differing[0] ?? `policy:${policy.id}`;
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
 * decision under a profile and under its floor, the consumer gets, remedy by remedy, the better
 * of the two offers; where the law gives as much, the law's offer (and citation) stands. Every
 * remedy the profile alone would have given less of is a `floorConflicts` entry naming the
 * remedy, the profile's clause and the statutory citations that prevail. Reasons from only one
 * of the two runs are marked with the profile they come from.
 */
export function checkAgainstFloor(under: Decision, floorDecision: Decision, policy: Policy, claim: Claim): Decision {
  const floor = policy.floor!;
  const offers = new Map<string, Remedy>();
  for (const remedy of under.remedies) offers.set(keyOf(remedy), remedy);
  const conflicts: FloorConflict[] = [];
  for (const remedy of floorDecision.remedies) {
    const theirs = offers.get(keyOf(remedy));
    const order = theirs === undefined ? 1 : compareOffers(remedy, theirs);
    if (order >= 0) offers.set(keyOf(remedy), remedy);
    if (order > 0) {
      const clause = clauseBehind(remedy, theirs, under, policy, floor, claim);
      const prevails = prevailing(remedy, claim);
      conflicts.push({
        remedy: remedy.type,
        profileGives: under.verdict,
        profileOffer: theirs === undefined ? 'none' : 'worse',
        clause,
        prevails,
        message: bilingual(theirs === undefined ? 'floor.remedy-missing' : 'floor.remedy-worse', {
          remedy: remedy.type,
          'profile:zh-CN': policy.title['zh-CN'],
          'profile:en': policy.title.en,
          verdict: under.verdict,
          'clause:zh-CN': citationText(clause, 'zh-CN', policy),
          'clause:en': citationText(clause, 'en', policy),
          'prevails:zh-CN': prevails.map((id) => citationText(id, 'zh-CN')).join(LIST),
          'prevails:en': prevails.map((id) => citationText(id, 'en')).join(LIST),
        }),
      });
    }
  }
  const remedies = sortRemedies([...offers.values()]);
  const { verdict, requestMet } = verdictOf(remedies, claim.request);

  const floorKeys = new Set(floorDecision.reasons.map(reasonKey));
  const underKeys = new Set(under.reasons.map(reasonKey));
  const ownReasons = under.reasons
    .filter((reason) => reason.rule !== 'resolve.request')
    .map((reason) => (floorKeys.has(reasonKey(reason)) ? reason : { ...reason, under: policy.id }));
  const floorReasons = floorDecision.reasons
    .filter((reason) => reason.rule !== 'resolve.request' && !underKeys.has(reasonKey(reason)))
    .map((reason) => ({ ...reason, under: floor.id }));
  const request = [...under.reasons, ...floorDecision.reasons].find((reason) => reason.rule === 'resolve.request');
  const requestReasons =
    requestMet || request === undefined
      ? []
      : [{ ...request, message: bilingual('request.not-met', { request: claim.request, verdict }) }];

  const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a >= b ? a : b);
  const dates = { ...under.dates };
  for (const key of Object.keys(floorDecision.dates) as (keyof Decision['dates'])[]) {
    const value = later(under.dates[key], floorDecision.dates[key]);
    if (value !== undefined) dates[key] = value;
  }

  return {
    ...under,
    verdict,
    status: under.status === 'provisional' || floorDecision.status === 'provisional' ? 'provisional' : 'final',
    remedies,
    reasons: [...ownReasons, ...floorReasons, ...requestReasons],
    dates,
    missing: union(under.missing, floorDecision.missing, (entry) => entry.fact).filter((entry) => STRENGTH[entry.would] > STRENGTH[verdict]),
    warnings: union(under.warnings, floorDecision.warnings, (entry) => `${entry.rule}|${entry.code}`),
    floorConflicts: conflicts,
    recourse: union(under.recourse, floorDecision.recourse, (entry) => `${entry.rule}|${entry.requirement}`),
    obligations: union(under.obligations, floorDecision.obligations, (entry) => `${entry.type}|${entry.since}`),
    policy: { id: policy.id, asOf: policy.asOf, floor: floor.id },
    trace: [...under.trace, ...floorDecision.trace.map((entry) => ({ ...entry, under: floor.id }))],
  };
}
