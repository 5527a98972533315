/**
 * `src/time/period-end.ts`: the nominal last day of a period (民法典 Art. 201: the start day is not
 * counted; Art. 202: a month period ends on the corresponding day or the month's last day).
 */
import { describe, expect, it } from 'vitest';
import { periodEnd } from '../../src/time/period-end';

describe('periodEnd', () => {
  it('matches the TSDoc examples', () => {
    expect(periodEnd('2025-03-01', { days: 7 })).toBe('2025-03-08'); // days 1–7 are 03-02 … 03-08
    expect(periodEnd('2025-03-01', { days: 15 })).toBe('2025-03-16');
    expect(periodEnd('2024-02-29', { months: 12 })).toBe('2025-02-28');
  });

  it('ends a 7-day period across a month end', () => {
    expect(periodEnd('2025-02-25', { days: 7 })).toBe('2025-03-04'); // 02-26, 27, 28, 03-01, 02, 03, 04
    expect(periodEnd('2024-02-25', { days: 7 })).toBe('2024-03-03'); // 02-26, 27, 28, 29, 03-01, 02, 03
  });

  it('ends a 15-day period across a year end', () => {
    expect(periodEnd('2025-12-20', { days: 15 })).toBe('2026-01-04'); // Dec 21–31 (11) + Jan 1–4 (4)
  });

  it('ends month periods per Art. 202', () => {
    expect(periodEnd('2025-03-01', { months: 12 })).toBe('2026-03-01');
    expect(periodEnd('2025-01-31', { months: 12 })).toBe('2026-01-31');
    expect(periodEnd('2025-08-31', { months: 6 })).toBe('2026-02-28');
    expect(periodEnd('2023-08-31', { months: 6 })).toBe('2024-02-29');
    expect(periodEnd('2025-11-30', { months: 3 })).toBe('2026-02-28');
    expect(periodEnd('2025-01-31', { months: 1 })).toBe('2025-02-28');
    expect(periodEnd('2024-02-29', { months: 48 })).toBe('2028-02-29');
    expect(periodEnd('2096-02-29', { months: 48 })).toBe('2100-02-28');
  });

  it('tells days from months even for the same number', () => {
    expect(periodEnd('2025-01-31', { days: 1 })).toBe('2025-02-01');
    expect(periodEnd('2025-01-31', { months: 1 })).toBe('2025-02-28');
    expect(periodEnd('2025-02-01', { days: 12 })).toBe('2025-02-13');
    expect(periodEnd('2025-02-01', { months: 12 })).toBe('2026-02-01');
  });

  it('returns the start for a zero-length period', () => {
    expect(periodEnd('2025-03-01', { days: 0 })).toBe('2025-03-01');
    expect(periodEnd('2025-03-01', { months: 0 })).toBe('2025-03-01');
  });

  it('is not moved by daylight-saving nights', () => {
    expect(periodEnd('2025-03-02', { days: 7 })).toBe('2025-03-09');
    expect(periodEnd('2025-10-26', { days: 7 })).toBe('2025-11-02');
    expect(periodEnd('1988-04-03', { days: 7 })).toBe('1988-04-10');
    expect(periodEnd('1988-04-10', { days: 7 })).toBe('1988-04-17');
  });

  it('throws a RangeError for a start that is not a calendar day', () => {
    expect(() => periodEnd('2025-02-30', { days: 7 })).toThrow(RangeError);
    expect(() => periodEnd('2025-02-30', { months: 12 })).toThrow(RangeError);
  });
});
