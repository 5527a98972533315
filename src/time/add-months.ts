import type { CalendarDay } from './calendar-day';
import { dayNumber, dayOfNumber, numberOfParts } from './day-number';

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;

/**
 * The day that ends a period of `count` months that starts on `day`, per 民法典 Art. 202: the
 * corresponding day of the last month, or that month's last day when it has no such day. Worked
 * out on the year, month and day (what date-fns `addMonths` does), with no `Date`, so the host's
 * time zone never changes it.
 *
 * @example
 * addMonths('2025-03-01', 12) //=> '2026-03-01'
 * addMonths('2024-02-29', 12) //=> '2025-02-28' (I2: no 29 February in 2025)
 * addMonths('2025-08-31', 6)  //=> '2026-02-28'
 * addMonths('2025-03-31', -1) //=> '2025-02-28'
 */
export function addMonths(day: CalendarDay, count: number): CalendarDay {
  const number = monthsLaterNumber(day, count);
  return count === 0 ? day : dayOfNumber(number);
}

/**
 * {@link addMonths} as a day number, for the engine's window arithmetic, which goes on with
 * numbers (no string is made for a day it only compares or counts from).
 *
 * @example
 * monthsLaterNumber('2024-02-29', 12) //=> 20147 (2025-02-28)
 */
export function monthsLaterNumber(day: CalendarDay, count: number): number {
  if (!Number.isInteger(count)) throw new RangeError(`not a whole number of months: ${count}`);
  const start = dayNumber(day); // throws a RangeError on a string that is not a calendar day
  if (count === 0) return start;
  const months = (digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3)) * 12 + (digit(day, 5) * 10 + digit(day, 6) - 1) + count;
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  const date = Math.min(digit(day, 8) * 10 + digit(day, 9), daysInMonth(year, month));
  return numberOfParts(year, month, date);
}
