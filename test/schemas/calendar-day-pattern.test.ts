import { describe, expect, it } from 'vitest';
import { calendarDaySchema } from '../../src/claim/primitives';
import { CALENDAR_DAY_PATTERN } from '../../src/schemas/calendar-day-pattern';

describe('the calendar-day pattern of the published schemas', () => {
  it('accepts exactly the days the library accepts, on every YYYY-MM-DD from 1979 to 2100 (months 00–13, days 00–32)', () => {
    const pattern = new RegExp(CALENDAR_DAY_PATTERN, 'u');
    let accepted = 0;
    const disagree: string[] = [];
    for (let year = 1979; year <= 2100; year += 1) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const library = calendarDaySchema.safeParse(text).success;
          if (library) accepted += 1;
          if (pattern.test(text) !== library) disagree.push(text);
        }
      }
    }
    expect(disagree).toEqual([]);
    // 1980-01-01 to 2099-12-31: 120 years, 30 of them leap years.
    expect(accepted).toBe(120 * 365 + 30);
  });

  it('refuses what is not a bare date', () => {
    const pattern = new RegExp(CALENDAR_DAY_PATTERN, 'u');
    for (const text of ['2025-3-8', '2025-03-08T00:00:00Z', ' 2025-03-08', '2025-03-08\n', '２０２５-03-08', '20250308', '']) expect(pattern.test(text), text).toBe(false);
  });
});
