/**
 * Dominance between two offers of the same remedy (design.md I29): an offer may take the place of
 * the law's only when it is at least as good for the consumer on every term. There is no ranking
 * of one term above another: an offer better on one term and worse on another does not dominate.
 */

/** The terms of an offer on which it can fall short of another. */
export type OfferTerm = 'amount' | 'conditions' | 'shipping' | 'shipping-cap' | 'performer' | 'model';

/** Every term, in the order a shortfall lists them. */
export const OFFER_TERMS: readonly OfferTerm[] = Object.freeze(['amount', 'conditions', 'shipping', 'shipping-cap', 'performer', 'model'] as const);

/**
 * The fields of a remedy that make one offer of it better than another for the consumer. Every
 * field is read defensively: a value of the wrong kind (from a hand-written rule) is the worst value
 * the term can have, never a better one.
 */
export interface Offer {
  /** Money the consumer receives; more is better. */
  readonly amountFen?: number | undefined;
  /** What the remedy hangs on; fewer is better (a subset of the other's). */
  readonly conditions?: readonly string[] | undefined;
  /** Who pays the transport: the seller or repairer (the operator, 消保法 Art. 24) is better than the consumer. */
  readonly shippingPaidBy?: string | undefined;
  /** A cap on the transport the operator bears; none is best, a higher one better than a lower one. */
  readonly shippingCapFen?: number | undefined;
  /** Who performs the remedy: it must be the party the other offer names (MP2001 Art. 3). */
  readonly performedBy?: string | undefined;
  /** An exchange for another model (Art. 18) is worse than one for the same model. */
  readonly otherModel?: boolean | undefined;
}

const NONE: readonly OfferTerm[] = Object.freeze([]);

/** An amount as compared: a finite number, or the worst there is (missing, NaN, infinite, not a number). */
const amountOf = (offer: Offer) => (typeof offer.amountFen === 'number' && Number.isFinite(offer.amountFen) ? offer.amountFen : Number.NEGATIVE_INFINITY);

/** A cap as compared: none is the best there is; one that is not a finite number is below every real cap. */
const capOf = (offer: Offer) =>
  offer.shippingCapFen === undefined ? Number.POSITIVE_INFINITY : typeof offer.shippingCapFen === 'number' && Number.isFinite(offer.shippingCapFen) ? offer.shippingCapFen : Number.NEGATIVE_INFINITY;

/**
 * Who bears the transport, as compared: an operator (seller or repairer) 2, unstated 1 (the offer
 * does not say the operator pays), the consumer or anything else 0.
 */
const payerOf = (offer: Offer) => (offer.shippingPaidBy === 'seller' || offer.shippingPaidBy === 'repairer' ? 2 : offer.shippingPaidBy === undefined ? 1 : 0);

/** Whether every condition of the offer is one of the floor's (no conditions: none to check). */
function conditionsWithin(offer: Offer, floor: Offer): boolean {
  const mine: unknown = offer.conditions;
  if (mine === undefined) return true;
  if (!Array.isArray(mine)) return false;
  if (mine.length === 0) return true;
  const theirs: unknown = floor.conditions;
  const allowed = Array.isArray(theirs) ? theirs : [];
  for (const condition of mine) if (typeof condition !== 'string' || !allowed.includes(condition)) return false;
  return true;
}

/** Whether an offer is for another model (anything but `undefined` or `false` counts as such). */
const otherModel = (offer: Offer) => offer.otherModel !== undefined && offer.otherModel !== false;

/**
 * The terms on which `offer` is worse for the consumer than `floor`, in the order of
 * `OFFER_TERMS`: empty when it is at least as good on every term (it dominates). On each term:
 * `amount`, at least the floor's (a missing, NaN or infinite amount is the worst there is); `conditions`,
 * each one also a condition of the floor's; `shipping`, the transport not moved from the operator
 * towards the consumer; `shipping-cap`, where the floor has the operator pay the transport, no cap, or one at least the floor's; `performer`, the
 * party the floor names (when it names one); `model`, the same model unless the floor's is also
 * another model.
 *
 * @example
 * shortfallsOf({ amountFen: 1 }, { amountFen: 379_905, conditions: ['consumer-declines-exchange'] }) //=> ['amount']
 * shortfallsOf({ amountFen: 1, shippingPaidBy: 'seller' }, { amountFen: 399_900, shippingPaidBy: 'consumer' }) //=> ['amount']
 * shortfallsOf({ amountFen: 399_900, performedBy: 'repairer' }, { amountFen: 379_905, performedBy: 'seller' }) //=> ['performer']
 * shortfallsOf({ shippingPaidBy: 'seller', shippingCapFen: 1_500 }, { shippingPaidBy: 'seller' }) //=> ['shipping-cap']
 * shortfallsOf({ amountFen: Number.NaN, otherModel: true }, { amountFen: 0 }) //=> ['amount', 'model']
 * shortfallsOf({ amountFen: 399_900 }, { amountFen: 379_905, conditions: ['consumer-declines-exchange'] }) //=> []
 */
export function shortfallsOf(offer: Offer, floor: Offer): readonly OfferTerm[] {
  // No closure made per call: this runs for every remedy of every decision under a profile.
  let out: OfferTerm[] | undefined;
  if (amountOf(offer) < amountOf(floor)) out = ['amount'];
  if (!conditionsWithin(offer, floor)) (out ??= []).push('conditions');
  if (payerOf(offer) < payerOf(floor)) (out ??= []).push('shipping');
  // A cap matters only against a floor whose operator pays the transport: against one that puts
  // it on the consumer, or says nothing, an operator paying up to a cap is no worse.
  if (payerOf(floor) === 2 && capOf(offer) < capOf(floor)) (out ??= []).push('shipping-cap');
  if (floor.performedBy !== undefined && offer.performedBy !== floor.performedBy) (out ??= []).push('performer');
  if (otherModel(offer) && !otherModel(floor)) (out ??= []).push('model');
  return out === undefined ? NONE : Object.freeze(out);
}

/**
 * Whether `offer` is at least as good for the consumer as `floor` on every term (see
 * `shortfallsOf`), and so may take its place. Neither of two offers need dominate the other: then
 * both stand and the consumer chooses.
 *
 * @example
 * dominates({ amountFen: 399_900 }, { amountFen: 399_900 }) //=> true
 * dominates({ amountFen: 1, conditions: [] }, { amountFen: 379_905, conditions: ['consumer-declines-exchange'] }) //=> false
 * dominates({ amountFen: 379_905, conditions: ['consumer-declines-exchange'] }, { amountFen: 1 }) //=> false
 */
export function dominates(offer: Offer, floor: Offer): boolean {
  return shortfallsOf(offer, floor).length === 0;
}
