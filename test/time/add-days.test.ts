/**
 * `src/time/add-days.ts`. Expected days are counted by hand on the calendar
 * (Jan 31, Feb 28/29, Mar 31, Apr 30, May 31, Jun 30, Jul 31, Aug 31, Sep 30, Oct 31, Nov 30, Dec 31).
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/time/add-days';
import { daysBetween } from '../../src/time/days-between';

describe('addDays', () => {
  it('matches the TSDoc examples', () => {
    expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
  });

  it('returns the same day for 0 (and -0)', () => {
    expect(addDays('2025-03-01', 0)).toBe('2025-03-01');
    expect(addDays('2025-03-01', -0)).toBe('2025-03-01');
  });

  it('crosses month ends', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01'); // 2025 is common
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-04-30', 1)).toBe('2025-05-01');
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(addDays('2025-07-31', 1)).toBe('2025-08-01');
    expect(addDays('2025-09-30', 1)).toBe('2025-10-01');
    expect(addDays('2025-11-30', 1)).toBe('2025-12-01');
  });

  it('crosses year ends both ways', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-12-20', 15)).toBe('2026-01-04'); // Dec 21–31 is 11 days, Jan 1–4 is 4
    expect(addDays('2099-12-31', 1)).toBe('2100-01-01');
  });

  it('goes back for negative counts', () => {
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-03-08', -7)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -365)).toBe('2024-01-02'); // 2024 has 366 days
  });

  it('applies the century rule (2000 leap, 1900 and 2100 not)', () => {
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-01-01', 366)).toBe('2001-01-01');
    expect(addDays('2100-01-01', 365)).toBe('2101-01-01');
  });

  it('adds a leap year and a common year', () => {
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addDays('2025-01-01', 365)).toBe('2026-01-01');
    expect(addDays('2024-02-29', 365)).toBe('2025-02-28');
    expect(addDays('2024-02-29', 366)).toBe('2025-03-01');
  });

  it('adds long spans', () => {
    // 2025-01-01 + 730 = 2027-01-01; + 270 more: Jan 30, Feb 28, Mar 31, Apr 30, May 31, Jun 30,
    // Jul 31, Aug 31 make 242, and 28 more is 28 September.
    expect(addDays('2025-01-01', 1000)).toBe('2027-09-28');
    // 1980 … 2099 is 120 years with 30 leap years (1980, 1984, …, 2096; 2000 included): 43 830 days.
    expect(addDays('1980-01-01', 43_830)).toBe('2100-01-01');
    expect(addDays('2100-01-01', -43_830)).toBe('1980-01-01');
  });

  it('adds the 90 days of the factory-date fallback', () => {
    // 2025: Jan 11–31 is 21 days, Feb 28 (49), Mar 31 (80), Apr 1–10 (90).
    expect(addDays('2025-01-10', 90)).toBe('2025-04-10');
    // 2024: Feb has 29 days, so one day earlier.
    expect(addDays('2024-01-10', 90)).toBe('2024-04-09');
  });

  it('is not moved by daylight-saving nights', () => {
    // United States 2025: Sunday 9 March (spring forward), Sunday 2 November (fall back).
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDays('2025-03-08', 2)).toBe('2025-03-10');
    expect(addDays('2025-03-10', -1)).toBe('2025-03-09');
    expect(addDays('2025-11-01', 1)).toBe('2025-11-02');
    expect(addDays('2025-11-02', 1)).toBe('2025-11-03');
    expect(addDays('2025-11-03', -2)).toBe('2025-11-01');
    // China 1986–1991. 1988-04-10 (Sunday) per the brief; tzdata starts 1988 DST on Sunday 04-17
    // and ends it on Sunday 09-11. All three are tested.
    expect(addDays('1988-04-09', 1)).toBe('1988-04-10');
    expect(addDays('1988-04-10', 1)).toBe('1988-04-11');
    expect(addDays('1988-04-16', 1)).toBe('1988-04-17');
    expect(addDays('1988-04-17', 1)).toBe('1988-04-18');
    expect(addDays('1988-09-10', 1)).toBe('1988-09-11');
    expect(addDays('1988-09-11', 1)).toBe('1988-09-12');
  });

  it('is undone by the opposite count, and agrees with daysBetween', () => {
    for (const day of ['2024-02-29', '2025-01-31', '2025-03-09', '2025-12-31', '2000-02-29', '2100-02-28']) {
      for (const count of [1, 7, 15, 30, 31, 90, 365, 366, -1, -7, -365, -366]) {
        expect(addDays(addDays(day, count), -count), `${day} ${count}`).toBe(day);
        expect(daysBetween(day, addDays(day, count)), `${day} ${count}`).toBe(count);
      }
    }
  });

  it('handles years before 100 AD (no 19xx mapping)', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0050-06-15', 1)).toBe('0050-06-16');
  });

  it('throws a RangeError for a day that is not a calendar day', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-2-3', 1)).toThrow(RangeError);
    expect(() => addDays('', -1)).toThrow(RangeError);
  });

  it('throws a RangeError for a day that is not a calendar day even when the count is 0', () => {
    expect(() => addDays('2025-02-30', 0)).toThrow(RangeError);
    expect(() => addDays('not a day', 0)).toThrow(RangeError);
  });

  it('never returns a malformed day for a count that is not a number of days', () => {
    expect(() => addDays('2025-03-01', Number.NaN)).toThrow(RangeError);
    expect(() => addDays('2025-03-01', Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
