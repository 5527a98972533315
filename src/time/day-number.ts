import type { CalendarDay } from './calendar-day';

/**
 * Calendar days as whole numbers (days since 1970-01-01): adding days and counting them become
 * integer arithmetic, with no `Date` and so no host time zone. A string's number is read from its
 * characters; the day a number names is worked out by the inverse arithmetic. Both directions
 * are checked against `Date` for every day of 1800–2300 (test/engine/day-arithmetic.test.ts and
 * test/time/day-number-paths.test.ts).
 */

/**
 * The day number of a year, month and day of the proleptic Gregorian calendar (the calendar
 * `Date` uses): the count of days from 0000-03-01 by 400-year eras (146,097 days each), shifted to
 * 1970-01-01. Integer arithmetic only, so no host zone and no `Date` object.
 */
function civilNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The value of the digit at `at`, or -1 when it is not a digit. */
function digitAt(text: string, at: number): number {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : -1;
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number of a calendar day, read and checked in one pass over its characters.
 * Throws a `RangeError` on a value that is not a calendar day.
 *
 * @example
 * dayNumber('1970-01-02') //=> 1
 * dayNumber('2024-02-29') //=> 19782
 * dayNumber('0000-03-01') //=> -719468
 */
export function dayNumber(day: CalendarDay): number {
  if (typeof day === 'string' && day.length === 10 && day.charCodeAt(4) === 45 && day.charCodeAt(7) === 45) {
    const y0 = digitAt(day, 0);
    const y1 = digitAt(day, 1);
    const y2 = digitAt(day, 2);
    const y3 = digitAt(day, 3);
    const m0 = digitAt(day, 5);
    const m1 = digitAt(day, 6);
    const d0 = digitAt(day, 8);
    const d1 = digitAt(day, 9);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >= 0) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m0 * 10 + m1;
      const date = d0 * 10 + d1;
      if (month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month)) return civilNumber(year, month, date);
    }
  }
  throw new RangeError(`not a calendar day: ${JSON.stringify(day)}`);
}

/** The day number of a year, month and day that exist (the caller has checked them). */
export function numberOfParts(year: number, month: number, day: number): number {
  return civilNumber(year, month, day);
}

const two = (value: number) => (value < 10 ? `0${value}` : String(value));

/**
 * The calendar day a day number names (the inverse of {@link dayNumber}), by the inverse of
 * {@link civilNumber}'s arithmetic (400-year eras of 146,097 days): integer arithmetic only, no
 * Date, no host zone.
 *
 * @example
 * dayOfNumber(19782) //=> '2024-02-29'
 * dayOfNumber(-719468) //=> '0000-03-01'
 */
export function dayOfNumber(number: number): CalendarDay {
  const shifted = number + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}

/** {@link dayNumber}: kept as the name the time functions use. */
export const numberOf = dayNumber;

/** The weekday of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(number: number): number {
  return (((number + 4) % 7) + 7) % 7;
}
