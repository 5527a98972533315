/**
 * `numerator / denominator` rounded half up to a whole number, in integer arithmetic (money is
 * integer fen; no floating-point money). Both must be non-negative integers, `denominator > 0`.
 *
 * @example
 * divideRoundHalfUp(19_995, 2) //=> 9998 (9997.5 rounds up)
 * divideRoundHalfUp(19_994, 2) //=> 9997
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
