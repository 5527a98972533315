/**
 * `src/time/add-months.ts`, 民法典 Art. 202: a month or year period ends on the corresponding day of
 * the last month; when that month has no such day, on its last day.
 */
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/time/add-months';

describe('addMonths', () => {
  it('matches the TSDoc examples', () => {
    expect(addMonths('2025-03-01', 12)).toBe('2026-03-01');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('returns the same day for 0', () => {
    expect(addMonths('2025-01-31', 0)).toBe('2025-01-31');
  });

  it('ends on the corresponding day when the last month has it', () => {
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
    expect(addMonths('2025-02-28', 1)).toBe('2025-03-28'); // 28 March exists: not the month end
    expect(addMonths('2024-02-29', 1)).toBe('2024-03-29');
    expect(addMonths('2025-04-30', 1)).toBe('2025-05-30'); // not 31 May
    expect(addMonths('2025-01-31', 12)).toBe('2026-01-31');
    expect(addMonths('2025-03-31', 2)).toBe('2025-05-31');
  });

  it("ends on the last month's last day when it lacks the corresponding day", () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-01-30', 1)).toBe('2025-02-28');
    expect(addMonths('2025-01-29', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29'); // leap year
    expect(addMonths('2024-01-30', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-05-31', 1)).toBe('2025-06-30');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths('2025-10-31', 1)).toBe('2025-11-30');
  });

  it('counts from the start day, not month by month', () => {
    expect(addMonths('2025-01-31', 2)).toBe('2025-03-31');
    // Chaining loses the 31st: 31 Jan → 28 Feb → 28 Mar.
    expect(addMonths(addMonths('2025-01-31', 1), 1)).toBe('2025-03-28');
  });

  it('handles 29 February over several years', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2023-02-28', 12)).toBe('2024-02-28'); // not moved to the 29th
  });

  it('applies the century rule (2000 leap, 2100 not, 2400 leap)', () => {
    expect(addMonths('1996-02-29', 48)).toBe('2000-02-29');
    expect(addMonths('2096-02-29', 48)).toBe('2100-02-28');
    expect(addMonths('2000-02-29', 1200)).toBe('2100-02-28');
    expect(addMonths('2000-02-29', 4800)).toBe('2400-02-29');
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
  });

  it('crosses year ends', () => {
    expect(addMonths('2025-12-31', 1)).toBe('2026-01-31');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2025-11-30', 1)).toBe('2025-12-30');
    expect(addMonths('2025-10-31', 3)).toBe('2026-01-31');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28'); // a 3-month headset period
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29'); // a 6-month battery period, leap February
    expect(addMonths('2025-12-31', 12)).toBe('2026-12-31');
  });

  it('goes back for negative counts, with the same month-end rule', () => {
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2025-02-28', -12)).toBe('2024-02-28');
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2026-03-01', -12)).toBe('2025-03-01');
  });

  it('is not moved by daylight-saving nights', () => {
    expect(addMonths('2025-02-09', 1)).toBe('2025-03-09'); // US spring forward
    expect(addMonths('2025-10-02', 1)).toBe('2025-11-02'); // US fall back
    expect(addMonths('1988-03-10', 1)).toBe('1988-04-10'); // China 1988 (brief's date)
    expect(addMonths('1988-03-17', 1)).toBe('1988-04-17'); // China 1988 (tzdata's date)
    expect(addMonths('1988-08-11', 1)).toBe('1988-09-11');
  });

  it('handles years before 100 AD (no 19xx mapping)', () => {
    expect(addMonths('0099-12-31', 1)).toBe('0100-01-31');
  });

  it('throws a RangeError for a day that is not a calendar day', () => {
    expect(() => addMonths('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2025-02', 12)).toThrow(RangeError);
  });

  it('throws a RangeError for a day that is not a calendar day even when the count is 0', () => {
    expect(() => addMonths('2025-02-30', 0)).toThrow(RangeError);
  });

  it('never returns a malformed day for a count that is not a number of months', () => {
    expect(() => addMonths('2025-03-01', Number.NaN)).toThrow(RangeError);
  });
});
