import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/time/add-months';
import { fromNoon, toNoon } from '../support/noon-date';
import { dayNumber, dayOfNumber } from '../../src/time/day-number';

/**
 * The engine's day arithmetic is integer arithmetic on day numbers (issue 9, item 8), written by
 * hand for speed. These check it against `Date` and date-fns, which it replaced on the hot path,
 * day by day over five centuries and at the edges of the four-digit years.
 */
const MS_PER_DAY = 86_400_000;
/** The day number `Date` gives (UTC midnight over a day's milliseconds). */
function byDate(day: string): number {
  const date = new Date(0);
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round(date.getTime() / MS_PER_DAY);
}

describe('day numbers', () => {
  it('agree with Date on every day from 1800 to 2300, and name the same day back', () => {
    const first = Date.UTC(1800, 0, 1) / MS_PER_DAY;
    const last = Date.UTC(2300, 11, 31) / MS_PER_DAY;
    let checked = 0;
    for (let number = first; number <= last; number += 1) {
      const day = new Date(number * MS_PER_DAY).toISOString().slice(0, 10);
      if (dayNumber(day) !== number || dayOfNumber(number) !== day) throw new Error(`${day}: ${dayNumber(day)} / ${dayOfNumber(number)}, want ${number}`);
      checked += 1;
    }
    expect(checked).toBe(182_986);
  });

  it('agree with Date at the ends of the four-digit years', () => {
    for (const day of ['0000-01-01', '0000-02-29', '0000-03-01', '0001-01-01', '0099-12-31', '0100-03-01', '1582-10-10', '9999-12-31']) {
      expect(dayNumber(day), day).toBe(byDate(day));
      expect(dayOfNumber(dayNumber(day)), day).toBe(day);
    }
  });

  it('refuse what is not a calendar day', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '', '2025-00-10']) expect(() => dayNumber(bad), bad).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('agrees with date-fns addMonths (民法典 Art. 202) for every start day of 1999–2028 and lengths up to 36 months', () => {
    let checked = 0;
    for (let number = dayNumber('1999-01-01'); number <= dayNumber('2028-12-31'); number += 1) {
      const day = dayOfNumber(number);
      for (const count of [-1, 1, 2, 3, 6, 12, 13, 24, 36]) {
        const want = fromNoon(addMonthsFns(toNoon(day), count));
        if (addMonths(day, count) !== want) throw new Error(`${day} + ${count} months: ${addMonths(day, count)}, want ${want}`);
        checked += 1;
      }
    }
    expect(checked).toBe(10_958 * 9);
  });

  it('refuses a fraction of a month and a string that is not a day', () => {
    expect(() => addMonths('2025-01-31', 1.5)).toThrow(RangeError);
    expect(() => addMonths('2025-02-30', 1)).toThrow(RangeError);
  });
});
