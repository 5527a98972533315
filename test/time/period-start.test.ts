/** `src/time/period-start.ts`: periodStart (I4), factoryFallbackStart (I7), latestExchange (I6). */
import { describe, expect, it } from 'vitest';
import { factoryFallbackStart, latestExchange, periodStart } from '../../src/time/period-start';

describe('periodStart', () => {
  it('matches the TSDoc examples', () => {
    expect(periodStart({ date: '2024-07-01', deliveredDate: '2024-07-03' }, 'delivery')).toEqual({ day: '2024-07-03', basis: 'delivery' });
    expect(periodStart({ date: '2024-06-30', deliveredDate: '2024-07-03' }, 'sale')).toEqual({ day: '2024-06-30', basis: 'sale' });
  });

  it('falls back to the sale date when no delivery date is known', () => {
    expect(periodStart({ date: '2024-07-01' }, 'delivery')).toEqual({ day: '2024-07-01', basis: 'sale' });
    expect(periodStart({ date: '2024-07-01', deliveredDate: undefined }, 'delivery')).toEqual({ day: '2024-07-01', basis: 'sale' });
  });

  it('says sale when delivery fell on the sale day', () => {
    expect(periodStart({ date: '2024-07-01', deliveredDate: '2024-07-01' }, 'delivery')).toEqual({ day: '2024-07-01', basis: 'sale' });
  });

  it('ignores the delivery date when the sale date starts the clock', () => {
    expect(periodStart({ date: '2024-12-31', deliveredDate: '2025-01-02' }, 'sale')).toEqual({ day: '2024-12-31', basis: 'sale' });
    expect(periodStart({ date: '2025-03-01' }, 'sale')).toEqual({ day: '2025-03-01', basis: 'sale' });
  });

  it('takes the delivery date across month and year ends', () => {
    expect(periodStart({ date: '2024-12-31', deliveredDate: '2025-01-02' }, 'delivery')).toEqual({ day: '2025-01-02', basis: 'delivery' });
    expect(periodStart({ date: '2024-02-28', deliveredDate: '2024-02-29' }, 'delivery')).toEqual({ day: '2024-02-29', basis: 'delivery' });
  });

  it('takes the delivery date under delivery even when it is before the invoice date', () => {
    expect(periodStart({ date: '2025-03-05', deliveredDate: '2025-03-03' }, 'delivery')).toEqual({ day: '2025-03-03', basis: 'delivery' });
  });
});

describe('factoryFallbackStart', () => {
  it('matches the TSDoc example', () => {
    // Jan 11–31 (21), Feb (28) → 49, Mar (31) → 80, Apr 1–10 → 90.
    expect(factoryFallbackStart('2025-01-10', 90)).toEqual({ day: '2025-04-10', basis: 'factory' });
  });

  it('counts 29 February of a leap year', () => {
    // Jan 11–31 (21), Feb (29) → 50, Mar (31) → 81, Apr 1–9 → 90.
    expect(factoryFallbackStart('2024-01-10', 90)).toEqual({ day: '2024-04-09', basis: 'factory' });
    // Dec 16–31 (16), Jan (31) → 47, Feb 2024 (29) → 76, Mar 1–14 → 90.
    expect(factoryFallbackStart('2023-12-15', 90)).toEqual({ day: '2024-03-14', basis: 'factory' });
    // Dec 16–31 (16), Jan (31) → 47, Feb 2025 (28) → 75, Mar 1–15 → 90.
    expect(factoryFallbackStart('2024-12-15', 90)).toEqual({ day: '2025-03-15', basis: 'factory' });
  });

  it('returns the factory date itself for 0 days', () => {
    expect(factoryFallbackStart('2025-01-10', 0)).toEqual({ day: '2025-01-10', basis: 'factory' });
  });

  it('throws a RangeError for a factory date that is not a calendar day', () => {
    expect(() => factoryFallbackStart('2025-02-30', 90)).toThrow(RangeError);
  });
});

describe('latestExchange', () => {
  it('matches the TSDoc examples', () => {
    expect(latestExchange('2025-03-01', [{ date: '2025-03-10' }, { date: '2025-05-02' }], '2025-06-01')).toBe('2025-05-02');
    expect(latestExchange('2025-03-01', [], '2025-06-01')).toBeUndefined();
  });

  it('takes the latest whatever the order of the list', () => {
    expect(latestExchange('2025-03-01', [{ date: '2025-05-02' }, { date: '2025-03-10' }], '2025-06-01')).toBe('2025-05-02');
  });

  it('counts an exchange on the start day and one on the claim day', () => {
    expect(latestExchange('2025-03-01', [{ date: '2025-03-01' }], '2025-06-01')).toBe('2025-03-01');
    expect(latestExchange('2025-03-01', [{ date: '2025-03-10' }, { date: '2025-06-01' }], '2025-06-01')).toBe('2025-06-01');
  });

  it('ignores exchanges before the start and after the claim day', () => {
    expect(latestExchange('2025-03-01', [{ date: '2025-02-28' }], '2025-06-01')).toBeUndefined();
    expect(latestExchange('2025-03-01', [{ date: '2025-06-02' }], '2025-06-01')).toBeUndefined();
    expect(latestExchange('2025-03-01', [{ date: '2025-02-28' }, { date: '2025-04-01' }, { date: '2025-06-02' }], '2025-06-01')).toBe('2025-04-01');
  });

  it('compares across year ends and 29 February', () => {
    expect(latestExchange('2024-12-01', [{ date: '2024-12-31' }, { date: '2025-01-01' }], '2025-01-05')).toBe('2025-01-01');
    expect(latestExchange('2024-02-01', [{ date: '2024-02-28' }, { date: '2024-02-29' }], '2024-03-01')).toBe('2024-02-29');
  });

  it('takes a day listed twice once', () => {
    expect(latestExchange('2025-03-01', [{ date: '2025-04-01' }, { date: '2025-04-01' }], '2025-06-01')).toBe('2025-04-01');
  });
});
