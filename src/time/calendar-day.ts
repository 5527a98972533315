import { getDaysInMonth } from 'date-fns';

/**
 * A calendar date in China, written `YYYY-MM-DD`.
 *
 * Every date in a claim and a decision is a plain calendar day: no time, no zone. Strings of this
 * shape sort in date order, so `a < b` compares two days.
 */
export type CalendarDay = string;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  const match = SHAPE.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > getDaysInMonth(new Date(year, month - 1, 1, 12))) return null;
  return { year, month, day };
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDay('2024-02-29') //=> true
 * isCalendarDay('2025-02-30') //=> false
 * isCalendarDay(20250101)     //=> false
 */
export function isCalendarDay(value: unknown): value is CalendarDay {
  return typeof value === 'string' && splitCalendarDay(value) !== null;
}

/**
 * The `Date` that date-fns works on for a calendar day: local noon of that day.
 *
 * Why noon: every date-fns helper used here reads and writes local calendar fields, and noon
 * exists on every day in every zone (a daylight-saving jump never crosses it), so the calendar
 * day survives whatever `TZ` the host runs under.
 *
 * @example
 * toNoon('2025-03-09').getDate() //=> 9, under TZ=UTC, Asia/Shanghai or America/Los_Angeles
 */
export function toNoon(day: CalendarDay): Date {
  const parts = splitCalendarDay(day);
  if (parts === null) throw new RangeError(`not a calendar day: ${JSON.stringify(day)}`);
  return new Date(parts.year, parts.month - 1, parts.day, 12);
}

/**
 * The calendar day of a `Date`, read from its local fields (the inverse of {@link toNoon}).
 *
 * @example
 * fromNoon(toNoon('2024-12-31')) //=> '2024-12-31'
 */
export function fromNoon(date: Date): CalendarDay {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
