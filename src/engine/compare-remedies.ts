/** The fields that make one offer of the same remedy better than another for the consumer. */
export interface Comparable {
  readonly conditions?: readonly string[] | undefined;
  readonly otherModel?: boolean | undefined;
  readonly shippingPaidBy?: string | undefined;
  readonly shippingCapFen?: number | undefined;
  readonly amountFen?: number | undefined;
}

const conditional = (remedy: Comparable) => remedy.conditions !== undefined && remedy.conditions.length > 0;

/** A number the comparison can trust: finite, or the worst possible value. */
const orWorst = (value: number | undefined, worst: number) => (typeof value === 'number' && Number.isFinite(value) ? value : worst);

const sellerPays = (remedy: Comparable) => (remedy.shippingPaidBy === 'seller' ? 1 : 0);
/** A transport cap as compared: none is the best there is, one that is not a number the worst. */
const cap = (remedy: Comparable) => (remedy.shippingCapFen === undefined ? Number.POSITIVE_INFINITY : orWorst(remedy.shippingCapFen, -1));

/** -1, 0 or 1 as `a` is below, equal to or above `b` (never NaN). */
const order = (a: number, b: number) => (a > b ? 1 : a < b ? -1 : 0);

/**
 * Compares two offers of the same remedy: 1 when `a` is better for the consumer, -1 when worse,
 * 0 when neither is. In order: without conditions beats with; the same model beats another model;
 * the seller paying the transport beats the consumer paying it, and without a cap beats with one;
 * then the larger amount. It is a total order that cannot be fooled: a missing, NaN or infinite
 * amount (or cap) counts as the worst there is, so it is never better than a real one, and two
 * such amounts are equal (the floor's offer then stands).
 *
 * @example
 * compareOffers({ amountFen: 399900 }, { amountFen: 389902, conditions: ['consumer-declines-exchange'] }) //=> 1
 * compareOffers({ amountFen: 399900 }, { amountFen: Number.NaN }) //=> 1
 * compareOffers({ amountFen: Number.POSITIVE_INFINITY }, { amountFen: 1 }) //=> -1
 */
export function compareOffers(a: Comparable, b: Comparable): number {
  if (conditional(a) !== conditional(b)) return conditional(a) ? -1 : 1;
  if ((a.otherModel === true) !== (b.otherModel === true)) return a.otherModel === true ? -1 : 1;
  if (sellerPays(a) !== sellerPays(b)) return order(sellerPays(a), sellerPays(b));
  const byCap = order(cap(a), cap(b));
  if (byCap !== 0) return byCap;
  return order(orWorst(a.amountFen, Number.NEGATIVE_INFINITY), orWorst(b.amountFen, Number.NEGATIVE_INFINITY));
}
