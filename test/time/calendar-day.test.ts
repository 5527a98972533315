/**
 * `src/time/calendar-day.ts`: the `YYYY-MM-DD` calendar day; and test/support/noon-date.ts,
 * the bridge to date-fns (noon of the day) the day-arithmetic tests check against.
 *
 * Expected values are worked out from the Gregorian calendar by hand: a year is leap when divisible
 * by 4, except centuries, except every 400th year (2000 leap, 1900 and 2100 not).
 */
import { describe, expect, it } from 'vitest';
import { isCalendarDay, splitCalendarDay } from '../../src/time/calendar-day';
import { fromNoon, toNoon } from '../support/noon-date';

describe('splitCalendarDay', () => {
  it('splits the TSDoc examples', () => {
    expect(splitCalendarDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(splitCalendarDay('2025-02-29')).toBeNull();
    expect(splitCalendarDay('2025-2-1')).toBeNull();
  });

  it('returns numbers, not strings, and drops leading zeros', () => {
    expect(splitCalendarDay('2025-01-05')).toEqual({ year: 2025, month: 1, day: 5 });
    expect(splitCalendarDay('1980-12-31')).toEqual({ year: 1980, month: 12, day: 31 });
  });

  it('accepts the last day of every month of a common year and refuses the day after', () => {
    const lastDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    lastDays.forEach((last, index) => {
      const month = String(index + 1).padStart(2, '0');
      expect(splitCalendarDay(`2025-${month}-${last}`), `2025-${month}-${last}`).toEqual({ year: 2025, month: index + 1, day: last });
      expect(splitCalendarDay(`2025-${month}-${last + 1}`), `2025-${month}-${last + 1}`).toBeNull();
    });
  });

  it('knows 29 February only in leap years (century rule included)', () => {
    expect(splitCalendarDay('2024-02-29')).not.toBeNull(); // divisible by 4
    expect(splitCalendarDay('2000-02-29')).not.toBeNull(); // divisible by 400
    expect(splitCalendarDay('1996-02-29')).not.toBeNull();
    expect(splitCalendarDay('2100-02-29')).toBeNull(); // century, not divisible by 400
    expect(splitCalendarDay('1900-02-29')).toBeNull();
    expect(splitCalendarDay('2023-02-29')).toBeNull();
    expect(splitCalendarDay('2024-02-30')).toBeNull();
  });

  it('refuses month 0, month 13, day 0, day 32, 31 April/June/September/November', () => {
    for (const text of ['2025-00-10', '2025-13-01', '2025-01-00', '2025-01-32', '2025-04-31', '2025-06-31', '2025-09-31', '2025-11-31']) {
      expect(splitCalendarDay(text), text).toBeNull();
    }
  });

  it('refuses every other shape', () => {
    for (const text of [
      '',
      '2025',
      '2025-01',
      '20250101',
      '2025/01/01',
      '2025.01.01',
      '25-01-01',
      '02025-01-01',
      '+2025-01-01',
      '-2025-01-01',
      '2025-001-01',
      '2025-01-001',
      ' 2025-01-01',
      '2025-01-01 ',
      '2025-01-01\n',
      '2025-01-01T00:00:00',
      '2025-01-01T12:00:00Z',
      '2025-01-01Z',
      '２０２５-01-01', // full-width digits
      '2025-0a-01',
      'yyyy-mm-dd',
    ]) {
      expect(splitCalendarDay(text), JSON.stringify(text)).toBeNull();
    }
  });

  it('handles years before 100 AD as themselves (no 19xx mapping)', () => {
    // Year 0000 is divisible by 400, so it is a leap year in the proleptic Gregorian calendar (ISO 8601);
    // a Date built with `new Date(0, …)` would be 1900, which is not.
    expect(splitCalendarDay('0000-02-29')).toEqual({ year: 0, month: 2, day: 29 });
    expect(splitCalendarDay('0004-02-29')).toEqual({ year: 4, month: 2, day: 29 });
    expect(splitCalendarDay('0100-02-29')).toBeNull(); // 100 is a century, not divisible by 400
  });

  it('handles the far future', () => {
    expect(splitCalendarDay('9999-12-31')).toEqual({ year: 9999, month: 12, day: 31 });
    expect(splitCalendarDay('2400-02-29')).toEqual({ year: 2400, month: 2, day: 29 });
  });
});

describe('isCalendarDay', () => {
  it('holds for the TSDoc examples', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-30')).toBe(false);
    expect(isCalendarDay(20250101)).toBe(false);
  });

  it('is false for anything that is not a string', () => {
    for (const value of [undefined, null, true, 0, Number.NaN, {}, [], ['2025-01-01'], new Date(2025, 0, 1), new String('2025-01-01'), Symbol('x'), 20250101n]) {
      expect(isCalendarDay(value), String(typeof value)).toBe(false);
    }
  });

  it('agrees with splitCalendarDay', () => {
    for (const text of ['2025-01-31', '2025-02-29', '2024-02-29', '2025-13-01', 'x']) {
      expect(isCalendarDay(text)).toBe(splitCalendarDay(text) !== null);
    }
  });
});

describe('toNoon', () => {
  it('gives local noon of the day', () => {
    const date = toNoon('2025-03-09');
    expect(date.getFullYear()).toBe(2025);
    expect(date.getMonth()).toBe(2);
    expect(date.getDate()).toBe(9);
    expect(date.getHours()).toBe(12);
    expect(date.getMinutes()).toBe(0);
    expect(date.getSeconds()).toBe(0);
    expect(date.getMilliseconds()).toBe(0);
  });

  it('gives noon on the DST nights (US 2025-03-09 and 2025-11-02, China 1988-04-10 / 1988-04-17 / 1988-09-11)', () => {
    for (const day of ['2025-03-09', '2025-11-02', '1988-04-10', '1988-04-17', '1988-09-11']) {
      const date = toNoon(day);
      expect(date.getHours(), day).toBe(12);
      expect(fromNoon(date), day).toBe(day);
    }
  });

  it('gives noon of 29 February in a leap year, and of year boundaries', () => {
    expect(fromNoon(toNoon('2024-02-29'))).toBe('2024-02-29');
    expect(fromNoon(toNoon('2000-02-29'))).toBe('2000-02-29');
    expect(fromNoon(toNoon('2024-12-31'))).toBe('2024-12-31');
    expect(fromNoon(toNoon('2025-01-01'))).toBe('2025-01-01');
  });

  it('keeps years before 100 AD (no 19xx mapping)', () => {
    expect(toNoon('0050-06-15').getFullYear()).toBe(50);
    expect(fromNoon(toNoon('0050-06-15'))).toBe('0050-06-15');
    expect(fromNoon(toNoon('0099-12-31'))).toBe('0099-12-31');
  });

  it('throws a RangeError naming the input for anything that is not a calendar day', () => {
    expect(() => toNoon('2025-02-30')).toThrow(RangeError);
    expect(() => toNoon('2025-02-30')).toThrow('"2025-02-30"');
    expect(() => toNoon('2025-2-3')).toThrow(RangeError);
    expect(() => toNoon('')).toThrow(RangeError);
    expect(() => toNoon('2100-02-29')).toThrow(RangeError);
    expect(() => toNoon(undefined as unknown as string)).toThrow(RangeError);
  });

  it('returns a new Date each time', () => {
    const a = toNoon('2025-01-01');
    const b = toNoon('2025-01-01');
    expect(a).not.toBe(b);
    expect(a.getTime()).toBe(b.getTime());
  });
});

describe('fromNoon', () => {
  it('inverts toNoon (TSDoc example)', () => {
    expect(fromNoon(toNoon('2024-12-31'))).toBe('2024-12-31');
  });

  it('reads the local calendar fields at any hour of the day', () => {
    expect(fromNoon(new Date(2025, 0, 5, 0, 0, 0, 0))).toBe('2025-01-05');
    expect(fromNoon(new Date(2025, 0, 5, 23, 59, 59, 999))).toBe('2025-01-05');
  });

  it('pads month, day and year with zeros', () => {
    expect(fromNoon(new Date(2025, 0, 1, 12))).toBe('2025-01-01');
    expect(fromNoon(new Date(999, 8, 9, 12))).toBe('0999-09-09');
  });

  it('round-trips every day of a leap year and of a common year', () => {
    for (const [year, length] of [
      [2024, 366],
      [2025, 365],
      [2100, 365],
      [2000, 366],
    ] as const) {
      let count = 0;
      // `new Date(year, 0, n)` rolls day n of January over into the later months.
      for (let n = 1; new Date(year, 0, n, 12).getFullYear() === year; n += 1) {
        const day = fromNoon(new Date(year, 0, n, 12));
        expect(isCalendarDay(day), day).toBe(true);
        expect(fromNoon(toNoon(day))).toBe(day);
        count += 1;
      }
      expect(count, String(year)).toBe(length);
    }
  });

  it('never returns a malformed day for an invalid Date', () => {
    expect(() => fromNoon(new Date(Number.NaN))).toThrow(RangeError);
  });
});
