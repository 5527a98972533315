import { divideRoundHalfUp } from './round-half-up';

/**
 * Art. 19 depreciation: `price × rate × days`, in integer fen rounded half up, never below 0 nor
 * above the price (I14).
 *
 * @example
 * depreciationFen(399_900, { numerator: 5, denominator: 1000 }, 5)   //=> 9998 (399,900 × 0.5% × 5 = 9,997.5)
 * depreciationFen(399_900, { numerator: 5, denominator: 1000 }, 250) //=> 399900 (capped at the price)
 */
export function depreciationFen(
  priceFen: number,
  perDay: { readonly numerator: number; readonly denominator: number },
  days: number,
): number {
  if (days <= 0 || priceFen <= 0) return 0;
  return Math.min(priceFen, divideRoundHalfUp(priceFen * perDay.numerator * days, perDay.denominator));
}
