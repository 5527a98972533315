/**
 * `src/time/days-between.ts`: 民法典 Art. 201, the start day is not counted (day 0).
 */
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/time/days-between';

describe('daysBetween', () => {
  it('matches the TSDoc examples', () => {
    expect(daysBetween('2025-03-01', '2025-03-08')).toBe(7);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-08', '2025-03-01')).toBe(-7);
  });

  it('is 0 for the same day (the start day is day 0)', () => {
    expect(daysBetween('2025-03-01', '2025-03-01')).toBe(0);
  });

  it('counts over month ends and 29 February', () => {
    expect(daysBetween('2025-01-31', '2025-02-01')).toBe(1);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-02-29')).toBe(1);
    expect(daysBetween('2024-02-29', '2024-03-01')).toBe(1);
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
    expect(daysBetween('2025-02-01', '2025-03-01')).toBe(28);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
  });

  it('applies the century rule', () => {
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
  });

  it('counts whole years', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2000-01-01', '2001-01-01')).toBe(366);
    expect(daysBetween('2100-01-01', '2101-01-01')).toBe(365);
    expect(daysBetween('2024-02-29', '2025-02-28')).toBe(365);
    // 1980 … 2099: 120 years, 30 of them leap (1980, 1984, …, 2096).
    expect(daysBetween('1980-01-01', '2100-01-01')).toBe(43_830);
    expect(daysBetween('1980-01-01', '2099-12-31')).toBe(43_829);
  });

  it('crosses year ends', () => {
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
    expect(daysBetween('2024-12-30', '2025-01-02')).toBe(3);
  });

  it('is negative when `to` comes first, and antisymmetric', () => {
    const pairs = [
      ['2025-03-01', '2025-03-08'],
      ['2024-02-28', '2024-03-01'],
      ['2025-03-08', '2025-03-10'],
      ['1988-04-01', '1988-10-01'],
      ['2024-12-31', '2026-01-01'],
    ] as const;
    for (const [a, b] of pairs) expect(daysBetween(b, a), `${a} ${b}`).toBe(-daysBetween(a, b));
  });

  it('counts whole days across daylight-saving nights (23- and 25-hour days)', () => {
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2); // US spring forward on Sunday 03-09
    expect(daysBetween('2025-03-09', '2025-03-10')).toBe(1);
    expect(daysBetween('2025-11-01', '2025-11-03')).toBe(2); // US fall back on Sunday 11-02
    expect(daysBetween('2025-10-01', '2025-12-01')).toBe(61); // 31 + 30
    expect(daysBetween('2025-01-01', '2025-12-31')).toBe(364);
    expect(daysBetween('1988-04-09', '1988-04-18')).toBe(9); // China 1988, both candidate dates inside
    expect(daysBetween('1988-09-10', '1988-09-12')).toBe(2);
    expect(daysBetween('1988-04-01', '1988-10-01')).toBe(183); // 30 + 31 + 30 + 31 + 31 + 30
    expect(daysBetween('1988-01-01', '1989-01-01')).toBe(366);
  });

  it('throws a RangeError for either side that is not a calendar day', () => {
    expect(() => daysBetween('2025-02-30', '2025-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2025-03-01', '2025-02-30')).toThrow(RangeError);
    expect(() => daysBetween('2025-03-01', '')).toThrow(RangeError);
  });
});
