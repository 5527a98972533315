import type { RestDayCalendar } from '../time/rest-day-calendar';
import type { Decision, Remedy } from '../claim/decision';
import type { Claim } from '../claim/schema';
import { compareOffers } from '../engine/compare-remedies';
import { decideClaim } from '../facade/decide';
import { type RemedyType, STRENGTH, type Verdict } from '../engine/types';
import type { Text } from '../law/sources';
import { nationalPolicy } from '../policy/national';
import type { Policy } from '../policy/policy';
import { type EngineStamp, engineStamp, sameEngine } from '../stamp/stamp';
import { disputeMessage } from './messages';
import type { ShopDecision, ShopRemedy } from './shop-decision';

/** Where the shop gave less than was owed: a remedy not offered at all, or offered on worse terms. */
export interface Shortfall {
  readonly remedy: RemedyType;
  readonly kind: 'not-offered' | 'amount' | 'shipping' | 'condition' | 'other-model';
  /** The remedy as the law (or the profile, never below the law) owes it. */
  readonly owed: Remedy;
  /** The shop's offer of that remedy, for a shortfall in its terms. */
  readonly offered?: ShopRemedy;
  /** The articles it is owed under: the owed remedy's citations. */
  readonly cites: readonly string[];
  readonly message: Text;
}

/** Where the shop gave more than was owed: allowed (MP2001 Art. 4), noted. */
export interface Surplus {
  readonly remedy: RemedyType;
  readonly kind: 'stronger' | 'not-owed' | 'amount' | 'shipping';
  readonly message: Text;
}

export interface CheckResult {
  readonly id?: string | number;
  /** Whether the shop's decision gives the consumer at least what was owed. */
  readonly meetsFloor: boolean;
  readonly message: Text;
  /** What was owed: the decision of this engine on the claim (under `policy`). */
  readonly owed: { readonly verdict: Verdict; readonly status: Decision['status']; readonly remedies: readonly Remedy[] };
  readonly offered: { readonly verdict: Verdict; readonly remedies: readonly ShopRemedy[] };
  readonly shortfalls: readonly Shortfall[];
  readonly more: readonly Surplus[];
  /** The profile the owed decision was made under (the national floor by default). */
  readonly policy: string;
  /** The engine of this check, the one the shop's record names (if any), and whether they are the same. */
  readonly engine: { readonly current: EngineStamp; readonly recorded?: EngineStamp; readonly same?: boolean; readonly message?: Text };
  /** The full decision of this engine, for a reader who wants every reason. */
  readonly decision: Decision;
}

const routeOf = (remedy: { readonly type: string; readonly route?: string | undefined }) => (remedy.type === 'refund' ? (remedy.route ?? 'sanbao') : undefined);
const unconditional = (remedy: { readonly conditions?: readonly string[] | undefined }) => (remedy.conditions ?? []).length === 0;

/**
 * The shop's offer as {@link compareOffers} reads it, with the terms the shop did not state taken
 * as the owed offer's: a ledger that records no amount is not found short on the amount.
 */
function asComparable(offer: ShopRemedy, owed: Remedy) {
  return {
    conditions: offer.conditions,
    otherModel: offer.otherModel ?? owed.otherModel,
    shippingPaidBy: offer.shippingPaidBy ?? owed.shippingPaidBy,
    shippingCapFen: owed.shippingCapFen,
    amountFen: offer.type === 'refund' ? (offer.amountFen ?? owed.amountFen) : owed.amountFen,
  };
}

/** The best owed offer of a type (and route, when the shop named one), unconditional first. */
function owedOf(owed: readonly Remedy[], type: RemedyType, route?: string): Remedy | undefined {
  const same = owed.filter((remedy) => remedy.type === type && (route === undefined || routeOf(remedy) === route));
  return [...same].sort((a, b) => compareOffers(b, a))[0];
}

/** The shop's offers: the remedies it listed, and its verdict among them. */
function offersOf(shop: ShopDecision): ShopRemedy[] {
  const listed = [...(shop.remedies ?? [])];
  if (shop.verdict !== 'no-remedy' && !listed.some((remedy) => remedy.type === shop.verdict)) listed.unshift({ type: shop.verdict });
  return listed;
}

/** How an offer of the owed remedy falls short, term by term. */
function termShortfalls(offer: ShopRemedy, owed: Remedy, policy: Policy): Shortfall[] {
  const out: Shortfall[] = [];
  const cite = { cites: owed.cites };
  const remedy = { verdict: owed.type };
  const add = (kind: Shortfall['kind'], message: Text) => out.push({ remedy: owed.type, kind, owed, offered: offer, cites: owed.cites, message });
  if (!unconditional(offer) && unconditional(owed)) add('condition', disputeMessage('shortfall.condition', { remedy, cite }, policy));
  if (offer.otherModel === true && owed.otherModel !== true) add('other-model', disputeMessage('shortfall.other-model', { remedy, cite }, policy));
  if (owed.shippingPaidBy !== undefined && owed.shippingPaidBy !== 'consumer' && offer.shippingPaidBy === 'consumer') {
    add('shipping', disputeMessage('shortfall.shipping', { remedy, cite, owedParty: { party: owed.shippingPaidBy }, offeredParty: { party: 'consumer' } }, policy));
  }
  if (owed.type === 'refund' && owed.amountFen !== undefined && offer.amountFen !== undefined && offer.amountFen < owed.amountFen) {
    add(
      'amount',
      disputeMessage('shortfall.amount', { remedy, cite, owedFen: { fen: owed.amountFen }, offeredFen: { fen: offer.amountFen }, shortFen: { fen: owed.amountFen - offer.amountFen } }, policy),
    );
  }
  return out;
}

/**
 * Whether an offer stronger than the verdict gives at least the law's own terms for that remedy
 * (if the law offers it). Where the law offers it only on a condition the consumer has not met
 * (a refund less depreciation if the consumer declines the exchange, Art. 19), the shop cannot
 * put it in place of the owed remedy unless it pays without the deduction.
 */
function strongerAndAsGood(offer: ShopRemedy, verdict: Verdict, owed: readonly Remedy[]): boolean {
  if (STRENGTH[offer.type] <= STRENGTH[verdict] || !unconditional(offer)) return false;
  const law = owedOf(owed, offer.type, offer.type === 'refund' ? offer.route : undefined);
  if (law === undefined) return true;
  if (!unconditional(law)) {
    const whole = (law.amountFen ?? 0) + (law.depreciationFen ?? 0);
    return offer.amountFen !== undefined && offer.amountFen >= whole;
  }
  return compareOffers(asComparable(offer, law), law) >= 0;
}

/** Where the shop gave more than was owed. */
function surplusOf(offers: readonly ShopRemedy[], decision: Decision, policy: Policy): Surplus[] {
  const out: Surplus[] = [];
  for (const offer of offers) {
    const remedy = { verdict: offer.type };
    const law = owedOf(decision.remedies, offer.type, offer.type === 'refund' ? offer.route : undefined);
    if (STRENGTH[offer.type] > STRENGTH[decision.verdict]) {
      out.push({ remedy: offer.type, kind: 'stronger', message: disputeMessage('more.stronger', { remedy, owed: { verdict: decision.verdict } }, policy) });
      continue;
    }
    if (law === undefined) {
      out.push({ remedy: offer.type, kind: 'not-owed', message: disputeMessage('more.not-owed', { remedy }, policy) });
      continue;
    }
    if (offer.type === 'refund' && offer.amountFen !== undefined && law.amountFen !== undefined && offer.amountFen > law.amountFen) {
      out.push({ remedy: offer.type, kind: 'amount', message: disputeMessage('more.amount', { remedy, owedFen: { fen: law.amountFen }, offeredFen: { fen: offer.amountFen } }, policy) });
    }
    if (offer.shippingPaidBy === 'seller' && law.shippingPaidBy === 'consumer') {
      out.push({ remedy: offer.type, kind: 'shipping', message: disputeMessage('more.shipping', { remedy }, policy) });
    }
  }
  return out;
}

/**
 * Holds a shop's recorded decision against what was owed on the claim: this engine's decision
 * under `policy` (the national floor by default; a profile's decision is never below the floor).
 * The shop meets the floor when it offered the owed verdict on terms at least as good (a refund
 * of at least the owed amount, transport not put on the consumer, no condition, the same model),
 * or, unconditionally, a stronger remedy on at least the law's terms for it. Otherwise every
 * owed remedy stronger than the shop's best offer, or the owed verdict's terms it cut, is a
 * shortfall with its articles. Terms the shop did not record are not held against it.
 *
 * @example
 * const claim = parseClaim({ claimDate: '2025-03-12', item: { kind: 'handset' },
 *   sale: { date: '2025-03-07', priceFen: 399900 }, fault: { codes: ['no-power-on'] } });
 * const result = claim.ok && checkShopDecision(claim.claim, { verdict: 'paid-repair' });
 * result && result.meetsFloor //=> false
 * result && result.shortfalls[0]?.cites //=> ['mp2001:art11']
 */
export function checkShopDecision(
  claim: Claim,
  shop: ShopDecision,
  options: { readonly policy?: Policy; readonly id?: string | number; readonly calendar?: RestDayCalendar } = {},
): CheckResult {
  const policy = options.policy ?? nationalPolicy;
  const decision = decideClaim(claim, { policy, ...(options.calendar === undefined ? {} : { calendar: options.calendar }) });
  const offers = offersOf(shop);
  const verdict = decision.verdict;
  const shortfalls: Shortfall[] = [];
  let meets = verdict === 'no-remedy';
  if (!meets) {
    // The verdict's own conditions are met (the consumer's request chose it): its terms are the amount, transport and model.
    const owedTop = owedOf(decision.remedies, verdict as RemedyType)!;
    const top: Remedy = unconditional(owedTop) ? owedTop : { ...owedTop, conditions: undefined };
    const same = offers.filter((offer) => offer.type === verdict);
    const asGood = same.some((offer) => compareOffers(asComparable(offer, top), top) >= 0);
    meets = asGood || offers.some((offer) => strongerAndAsGood(offer, verdict, decision.remedies));
    if (!meets && same.length > 0) {
      const best = [...same].sort((a, b) => compareOffers(asComparable(b, top), asComparable(a, top)))[0]!;
      shortfalls.push(...termShortfalls(best, top, policy));
    } else if (!meets) {
      // An offer counts for what it is only where the law gives that remedy as of right (not a
      // refund less depreciation the consumer never chose); a paid repair is no entitlement to miss.
      const counts = (offer: ShopRemedy) =>
        decision.remedies.some((remedy) => remedy.type === offer.type && unconditional(remedy) && (offer.route === undefined || routeOf(remedy) === offer.route)) ||
        strongerAndAsGood(offer, verdict, decision.remedies);
      const strongest = Math.max(0, ...offers.filter(counts).map((offer) => STRENGTH[offer.type]));
      const owedTypes = new Set<RemedyType>();
      for (const remedy of decision.remedies) {
        if (STRENGTH[remedy.type] > strongest && unconditional(remedy) && remedy.type !== 'paid-repair') owedTypes.add(remedy.type);
      }
      for (const type of owedTypes) {
        const owed = owedOf(decision.remedies.filter(unconditional), type)!;
        shortfalls.push({
          remedy: type,
          kind: 'not-offered',
          owed,
          cites: owed.cites,
          message: disputeMessage('shortfall.not-offered', { remedy: { verdict: type }, cite: { cites: owed.cites } }, policy),
        });
      }
    }
  }
  const current = engineStamp(policy);
  const recorded = shop.engine;
  const same = sameEngine(current, recorded);
  const engineMessage =
    recorded === undefined
      ? undefined
      : disputeMessage(same === true ? 'engine.same' : 'engine.different', { current: stampText(current), recorded: stampText(recorded) }, policy);
  const owedVerdicts = { verdicts: [verdict === 'no-remedy' ? 'no-remedy' : verdict] as const };
  const offeredVerdicts = { verdicts: offers.map((offer) => offer.type) };
  return {
    ...(options.id === undefined ? {} : { id: options.id }),
    meetsFloor: meets,
    message: disputeMessage(meets ? 'check.meets' : 'check.below', { owed: owedVerdicts, offered: offeredVerdicts }, policy),
    owed: { verdict, status: decision.status, remedies: decision.remedies },
    offered: { verdict: shop.verdict, remedies: offers },
    shortfalls,
    more: surplusOf(offers, decision, policy),
    policy: policy.id,
    engine: { current, ...(recorded === undefined ? {} : { recorded, same: same === true, ...(engineMessage === undefined ? {} : { message: engineMessage }) }) },
    decision,
  };
}

/** A stamp as text: version and the digest's first 12 hex digits (enough to tell engines apart by eye). */
export function stampText(stamp: EngineStamp): string {
  return `${stamp.version} ${stamp.digest.slice(0, 12)}`;
}
