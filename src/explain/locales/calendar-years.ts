/**
 * The words for a missing year's rest-day calendar (`calendar.2027`, I28), one entry per year a
 * claim can fall in (1980–2099), so that a report names the year in its own language.
 *
 * @example
 * calendarYears((year) => `${year}年的节假日安排`)['calendar.2027'] //=> '2027年的节假日安排'
 */
export function calendarYears(say: (year: number) => string): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (let year = 1980; year <= 2099; year += 1) out[`calendar.${year}`] = say(year);
  return out;
}
