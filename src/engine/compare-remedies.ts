/** The fields that make one offer of the same remedy better than another for the consumer. */
export interface Comparable {
  readonly conditions?: readonly string[] | undefined;
  readonly otherModel?: boolean | undefined;
  readonly shippingPaidBy?: string | undefined;
  readonly shippingCapFen?: number | undefined;
  readonly amountFen?: number | undefined;
}

const conditional = (remedy: Comparable) => remedy.conditions !== undefined && remedy.conditions.length > 0;

/**
 * Compares two offers of the same remedy: positive when `a` is better for the consumer, negative
 * when worse, 0 when neither is. In order: without conditions beats with; the same model beats
 * another model; the seller paying the transport beats the consumer paying it, and without a cap
 * beats with one; then the larger amount.
 *
 * @example
 * compareOffers({ amountFen: 399900 }, { amountFen: 389902, conditions: ['consumer-declines-exchange'] }) //=> 1
 */
export function compareOffers(a: Comparable, b: Comparable): number {
  if (conditional(a) !== conditional(b)) return conditional(a) ? -1 : 1;
  if ((a.otherModel === true) !== (b.otherModel === true)) return a.otherModel === true ? -1 : 1;
  const sellerPays = (remedy: Comparable) => (remedy.shippingPaidBy === 'seller' ? 1 : 0);
  if (sellerPays(a) !== sellerPays(b)) return sellerPays(a) - sellerPays(b);
  const cap = (remedy: Comparable) => remedy.shippingCapFen ?? Number.POSITIVE_INFINITY;
  if (cap(a) !== cap(b)) return cap(a) > cap(b) ? 1 : -1;
  return (a.amountFen ?? 0) - (b.amountFen ?? 0);
}
