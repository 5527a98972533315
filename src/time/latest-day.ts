import type { CalendarDay } from './calendar-day';

/**
 * The later of two calendar days (`YYYY-MM-DD` strings sort in date order).
 *
 * @example
 * latestDay('2025-03-01', '2025-02-28') //=> '2025-03-01'
 */
export function latestDay(a: CalendarDay, b: CalendarDay): CalendarDay {
  return a < b ? b : a;
}
