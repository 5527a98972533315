/** `src/time/latest-day.ts`. */
import { describe, expect, it } from 'vitest';
import { latestDay } from '../../src/time/latest-day';

describe('latestDay', () => {
  it('matches the TSDoc example', () => {
    expect(latestDay('2025-03-01', '2025-02-28')).toBe('2025-03-01');
  });

  it('does not depend on argument order', () => {
    expect(latestDay('2025-02-28', '2025-03-01')).toBe('2025-03-01');
    expect(latestDay('2025-03-01', '2025-02-28')).toBe('2025-03-01');
  });

  it('returns the day for two equal days', () => {
    expect(latestDay('2024-02-29', '2024-02-29')).toBe('2024-02-29');
  });

  it('compares across year, month and day boundaries', () => {
    expect(latestDay('2024-12-31', '2025-01-01')).toBe('2025-01-01');
    expect(latestDay('2025-01-31', '2025-02-01')).toBe('2025-02-01');
    expect(latestDay('2025-10-09', '2025-10-10')).toBe('2025-10-10');
    expect(latestDay('1999-12-31', '2000-01-01')).toBe('2000-01-01');
    expect(latestDay('2099-12-31', '2100-01-01')).toBe('2100-01-01');
  });
});
