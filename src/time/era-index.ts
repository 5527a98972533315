/**
 * Which era a day falls in, given the days on which eras begin (ascending): the number of those
 * days on or before it. 0 is the time before the first; two days with the same index fall between
 * the same two boundaries, so whatever is in force on one is in force on the other. Days compare
 * as `YYYY-MM-DD` strings or as day numbers, whichever the boundaries are.
 *
 * @example
 * eraIndex(['2014-03-15', '2024-07-01'], '2001-11-15') //=> 0
 * eraIndex(['2014-03-15', '2024-07-01'], '2014-03-15') //=> 1
 * eraIndex(['2014-03-15', '2024-07-01'], '2025-01-01') //=> 2
 */
export function eraIndex<Day extends string | number>(bounds: readonly Day[], day: Day): number {
  let index = 0;
  while (index < bounds.length && bounds[index]! <= day) index += 1;
  return index;
}
