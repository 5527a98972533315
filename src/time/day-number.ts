import { addDays as addDaysToDate } from 'date-fns/addDays';
import { type CalendarDay, fromNoon, splitCalendarDay } from './calendar-day';
import { UtcDate } from './utc-date';

/**
 * Calendar days as whole numbers (days since 1970-01-01), for speed: adding days and counting
 * them become integer arithmetic. The day a number names is worked out once with date-fns and
 * kept, so each distinct day costs one date-fns call however many claims use it.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH = new UtcDate(Date.UTC(1970, 0, 1, 12));

/**
 * The day number of a calendar day (its UTC midnight over a day's milliseconds: no host zone).
 * Throws a `RangeError` on a string that is not a calendar day.
 *
 * @example
 * dayNumber('1970-01-02') //=> 1
 * dayNumber('2024-02-29') //=> 19782
 */
export function dayNumber(day: CalendarDay): number {
  const parts = splitCalendarDay(day);
  if (parts === null) throw new RangeError(`not a calendar day: ${JSON.stringify(day)}`);
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

const names = new Map<number, CalendarDay>();

/**
 * The calendar day a day number names (the inverse of {@link dayNumber}).
 *
 * @example
 * dayOfNumber(19782) //=> '2024-02-29'
 */
export function dayOfNumber(number: number): CalendarDay {
  let name = names.get(number);
  if (name === undefined) {
    name = fromNoon(addDaysToDate(EPOCH, number));
    if (names.size >= 200_000) names.clear();
    names.set(number, name);
  }
  return name;
}

const numbers = new Map<CalendarDay, number>();

/** {@link dayNumber}, remembered for the strings seen before. */
export function numberOf(day: CalendarDay): number {
  let number = numbers.get(day);
  if (number === undefined) {
    number = dayNumber(day);
    if (numbers.size >= 200_000) numbers.clear();
    numbers.set(day, number);
  }
  return number;
}

/** The weekday of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(number: number): number {
  return (((number + 4) % 7) + 7) % 7;
}
