import { type CalendarDay, splitCalendarDay } from '../../src/time/calendar-day';
import { UtcDate } from './utc-date';

/**
 * The bridge to date-fns, kept for the tests that check the engine's integer day arithmetic
 * against it (the engine itself no longer uses `Date`; src/time/day-number.ts).
 */

/**
 * The `Date` that date-fns works on for a calendar day: noon of that day on a {@link UtcDate},
 * whose calendar fields are UTC ones, so no host time zone (not even one that skipped a day) can
 * move it.
 *
 * @example
 * toNoon('2011-12-30').getDate() //=> 30 (under any TZ, Pacific/Apia included)
 */
export function toNoon(day: CalendarDay): Date {
  const parts = splitCalendarDay(day);
  if (parts === null) throw new RangeError(`not a calendar day: ${JSON.stringify(day)}`);
  // `setFullYear` because `Date.UTC(y, …)` reads years 0–99 as 1900–1999.
  const date = new UtcDate(Date.UTC(2000, 0, 1, 12));
  date.setFullYear(parts.year, parts.month - 1, parts.day);
  return date;
}

/**
 * The calendar day of a date from {@link toNoon} or date-fns working on one (read from its
 * fields, UTC ones for a {@link UtcDate}).
 *
 * @example
 * fromNoon(toNoon('2024-12-31')) //=> '2024-12-31'
 */
export function fromNoon(date: Date): CalendarDay {
  if (Number.isNaN(date.getTime())) throw new RangeError('not a valid Date');
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
