/**
 * A calendar date in China, written `YYYY-MM-DD`.
 *
 * Every date in a claim and a decision is a plain calendar day: no time, no zone. Strings of this
 * shape sort in date order, so `a < b` compares two days.
 */
export type CalendarDay = string;

/** Days in a month of the proleptic Gregorian calendar (leap years: every 4th, not every 100th, but every 400th). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Splits a `YYYY-MM-DD` string into year, month and day, or returns `null` when the string is
 * not a real calendar date (wrong shape, month 13, 30 February, 29 February of a common year).
 *
 * @example
 * splitCalendarDay('2024-02-29') //=> { year: 2024, month: 2, day: 29 }
 * splitCalendarDay('2025-02-29') //=> null
 * splitCalendarDay('2025-2-1')   //=> null
 */
export function splitCalendarDay(
  text: string,
): { year: number; month: number; day: number } | null {
  const year = fields(text);
  if (year < 0) return null;
  return { year, month: digit(text, 5) * 10 + digit(text, 6), day: digit(text, 8) * 10 + digit(text, 9) };
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;

/** The year of a `YYYY-MM-DD` string that names a real day, or -1; read from its character codes. */
function fields(text: string): number {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  for (const at of DIGITS) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return -1;
  }
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year;
}

const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDay('2024-02-29') //=> true
 * isCalendarDay('2025-02-30') //=> false
 * isCalendarDay(20250101)     //=> false
 */
export function isCalendarDay(value: unknown): value is CalendarDay {
  return typeof value === 'string' && fields(value) >= 0;
}
