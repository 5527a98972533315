import type { Decision } from '../claim/decision';
import { parseClaim } from '../claim/parse';
import type { Claim, Request } from '../claim/schema';
import { addDays } from '../time/add-days';
import { daysBetween } from '../time/days-between';
import { type EngineParams, type ParameterSetOf, paramsOn } from './parameters';
import { receiptDateOf } from '../claim/receipt-date';
import { STRENGTH, type Verdict } from './types';
import { withFact } from './with-fact';

/** One change to the facts that would change the outcome, and what would then decide it. */
export interface Counterfactual {
  /** The claim field changed, as a dotted path. */
  readonly fact: string;
  readonly from: string | number | boolean | null;
  readonly to: string | number | boolean | null;
  readonly verdict: Verdict;
  readonly direction: 'stronger' | 'weaker';
  /** The rule and citation that would then decide. */
  readonly rule: string;
  readonly cite: string;
}

interface Change {
  readonly fact: string;
  readonly from: string | number | boolean | null;
  readonly to: string | number | boolean | null;
  /** For a later claim date: the rule of the window it passes, which is then what decides. */
  readonly passes?: string;
  /** For a claim date: how many days it lies from the claim date (nearest first). */
  readonly distance?: number;
}

/**
 * The limits of a profile's that an open repair runs up against: days in repair after which the
 * repairer's own delay (Art. 17) or a want of parts (Art. 16) gives an exchange. Those of every
 * evaluation behind the decision (the profile's and, under a profile, the floor's).
 */
export type RepairLimits = Readonly<Pick<EngineParams, 'repairerDelayDays' | 'partsDelayDays'>>;

/**
 * The repair limits in force for this claim under each profile given (its parameters as of the
 * sale and the delivery): what {@link counterfactualsOf} waits for on an open repair.
 */
export function repairLimitsOf(profiles: readonly ({ readonly parameters: ParameterSetOf<EngineParams> } | undefined)[], claim: Claim): RepairLimits[] {
  const receipt = receiptDateOf(claim);
  const out: RepairLimits[] = [];
  for (const profile of profiles) if (profile !== undefined) out.push(paramsOn(profile.parameters, claim.sale.date, receipt).params);
  return out;
}

/** The windows a decision reports whose last day a later claim date can pass. */
const WINDOW_DATES = ['noReasonUntil', 'refundUntil', 'exchangeUntil', 'warrantyUntil'] as const;

/**
 * The rule each reported window comes from: which rule then decides a claim made after it. The
 * rules say (`WINDOW_RULES`, src/rules/window-rules.ts); the engine only passes it on.
 */
export type WindowRules = Readonly<Record<(typeof WINDOW_DATES)[number], string>>;

const REQUESTS: readonly Request[] = ['refund', 'exchange', 'repair', 'no-reason-return', 'best'];

/**
 * The earliest day a claim could have been made with the facts it records: not before the sale
 * or the delivery, and not before anything its history records (a repair handed in or returned,
 * an exchange), since the claim on an earlier day would not have had that history, and not before
 * the fault appeared (`fault.appearedDate`, where the claim gives it): no earlier claim is offered
 * for a fault the history or the claim shows came later.
 */
function earliestClaimDay(claim: Claim): string {
  let day = claim.sale.date;
  const later = (other: string | null | undefined) => {
    if (other !== null && other !== undefined && other > day) day = other;
  };
  later(claim.sale.deliveredDate);
  later(claim.condition.activationDate);
  later(claim.item.factoryDate);
  later(claim.fault.appearedDate);
  for (const repair of claim.history.repairs) {
    later(repair.handedIn);
    later(repair.returned);
  }
  for (const exchange of claim.history.exchanges) later(exchange.date);
  return day;
}

/**
 * The changes worth trying on a claim: only facts that can really differ — when the consumer
 * comes, what proof they present, a finding disputed or confirmed, the inspection's result, the
 * seller's stock, the consumer's choice, a repair's recorded cause. Never the sale date or the
 * price. Claim dates come from the decision's own windows and, for a repair still open, from the
 * profile's limits on days in repair (`limits`), never fixed probe days; none is earlier than the
 * claim's history. Bounded: a few dozen at most.
 */
function candidates(claim: Claim, decision: Decision, windowRules: WindowRules, limits: readonly RepairLimits[]): Change[] {
  const out: Change[] = [];
  const dates: Change[] = [];
  const earliest = earliestClaimDay(claim);
  const onDay = (to: string, passes?: string) => {
    const distance = Math.abs(daysBetween(claim.claimDate, to));
    dates.push(passes === undefined ? { fact: 'claimDate', from: claim.claimDate, to, distance } : { fact: 'claimDate', from: claim.claimDate, to, passes, distance });
  };
  const windows = decision.dates;
  for (const key of WINDOW_DATES) {
    const until = windows[key];
    if (until === undefined) continue;
    if (until < claim.claimDate && until >= earliest) onDay(until);
    if (until >= claim.claimDate) onDay(addDays(until, 1), windowRules[key]);
  }
  claim.history.repairs.forEach((repair, index) => {
    if (repair.returned === null) {
      // Waiting: the first day the open repair is past each limit of the profile (and the floor).
      for (const limit of limits) {
        for (const days of [limit.repairerDelayDays, limit.partsDelayDays]) {
          const day = addDays(repair.handedIn, days + 1);
          if (day > claim.claimDate) onDay(day);
        }
      }
    }
    if (repair.delayCause === 'none') {
      for (const cause of ['repairer', 'parts'] as const) out.push({ fact: `history.repairs[${index}].delayCause`, from: 'none', to: cause });
    }
  });
  // Nearest first, so that of two days giving the same verdict the nearer one is kept.
  dates.sort((a, b) => a.distance! - b.distance! || (String(a.to) < String(b.to) ? -1 : String(a.to) > String(b.to) ? 1 : 0));
  const { proof } = claim;
  if (proof.invoice !== 'original') out.push({ fact: 'proof.invoice', from: proof.invoice, to: 'original' });
  if (proof.invoice === 'none') out.push({ fact: 'proof.invoice', from: 'none', to: 'copy' });
  if (proof.invoiceImei !== undefined && claim.item.imei !== undefined && proof.invoiceImei !== claim.item.imei) {
    out.push({ fact: 'proof.invoiceImei', from: proof.invoiceImei, to: claim.item.imei });
  }
  if (proof.warrantyCard !== 'complete') out.push({ fact: 'proof.warrantyCard', from: proof.warrantyCard, to: 'complete' });
  for (const key of ['liquid', 'impact', 'unauthorizedOpening'] as const) {
    const value = claim.condition[key];
    if (value === 'found') out.push({ fact: `condition.${key}`, from: value, to: 'disputed' });
    if (value === 'disputed') {
      out.push({ fact: `condition.${key}`, from: value, to: 'none' });
      out.push({ fact: `condition.${key}`, from: value, to: 'found' });
    }
  }
  if (claim.fault.inspection === 'pending') {
    out.push({ fact: 'fault.inspection', from: 'pending', to: 'confirmed' }, { fact: 'fault.inspection', from: 'pending', to: 'not-found' });
  }
  if (claim.fault.inspection === 'not-found') out.push({ fact: 'fault.inspection', from: 'not-found', to: 'confirmed' });
  out.push({ fact: 'stock.sameModelAvailable', from: claim.stock.sameModelAvailable, to: !claim.stock.sameModelAvailable });
  if (!claim.stock.sameModelAvailable) out.push({ fact: 'stock.consumerAcceptsOtherModel', from: claim.stock.consumerAcceptsOtherModel, to: !claim.stock.consumerAcceptsOtherModel });
  for (const request of REQUESTS) if (request !== claim.request) out.push({ fact: 'request', from: claim.request, to: request });
  return [...dates, ...out];
}

/**
 * The reason that decides a variant: for a stronger outcome, the grant of its verdict; for a
 * weaker one, a denial the variant adds, else the grant of the old verdict that no longer holds.
 */
function deciding(variant: Decision, original: Decision, direction: 'stronger' | 'weaker'): { rule: string; cite: string } {
  const grantOf = (decision: Decision) => decision.reasons.find((reason) => reason.effect === 'grant' && reason.remedy === decision.verdict);
  if (direction === 'stronger') {
    const grant = grantOf(variant);
    if (grant !== undefined) return { rule: grant.rule, cite: grant.cite.id };
  }
  const before = new Set(original.reasons.map((reason) => `${reason.rule}|${reason.code}`));
  const added = variant.reasons.find((reason) => reason.effect === 'deny' && !before.has(`${reason.rule}|${reason.code}`));
  const lost = grantOf(original);
  const chosen = added ?? lost ?? variant.reasons.find((reason) => !before.has(`${reason.rule}|${reason.code}`));
  return chosen === undefined ? { rule: 'resolve.request', cite: 'mp2001:art11' } : { rule: chosen.rule, cite: chosen.cite.id };
}

/**
 * What would change the outcome: each candidate change re-decided; kept when its verdict differs,
 * the smallest change per fact and verdict (for a claim date, the nearest to the claim date).
 * Stronger outcomes first, each direction nearest first. Every change is the claim with that one
 * fact set, as `parseClaim` accepts it (docs/interpretations.md): a change that would make an
 * impossible claim is not offered. `windowRules` names the rule each window comes from; `limits`
 * are the repair limits of the profile (and of the floor it was checked against); without them,
 * an open repair gives no date to wait for.
 */
export function counterfactualsOf(
  claim: Claim,
  decision: Decision,
  decideAgain: (claim: Claim) => Decision,
  windowRules: WindowRules,
  citeOfRule: (rule: string) => string | undefined,
  limits: readonly RepairLimits[] = [],
): Counterfactual[] {
  const found: (Counterfactual & { readonly distance: number })[] = [];
  const seen = new Set<string>();
  for (const change of candidates(claim, decision, windowRules, limits)) {
    const changed = withFact(claim, change.fact, change.to);
    // A change that makes an impossible claim (a claim before the delivery, repairs out of order) is no answer.
    if (!parseClaim(changed).ok) continue;
    const variant = decideAgain(changed);
    if (variant.verdict === decision.verdict) continue;
    const direction = STRENGTH[variant.verdict] > STRENGTH[decision.verdict] ? 'stronger' : 'weaker';
    // Asking for less is the consumer's to do, not a fact that changes what they are owed.
    if (change.fact === 'request' && direction === 'weaker') continue;
    // A refund of nothing (depreciation at the price, Art. 19) is no better for the consumer.
    if (direction === 'stronger' && variant.remedies.find((remedy) => remedy.type === variant.verdict)?.amountFen === 0) continue;
    const key = `${change.fact}|${variant.verdict}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const passed = change.passes === undefined || direction === 'stronger' ? undefined : citeOfRule(change.passes);
    const decided = passed === undefined ? deciding(variant, decision, direction) : { rule: change.passes!, cite: passed };
    found.push({ fact: change.fact, from: change.from, to: change.to, verdict: variant.verdict, direction, ...decided, distance: change.distance ?? 0 });
  }
  // The candidates came nearest date first; a stable sort by direction keeps that order.
  return found.sort((a, b) => (a.direction === b.direction ? 0 : a.direction === 'stronger' ? -1 : 1)).map(({ distance: _distance, ...counterfactual }) => counterfactual);
}
