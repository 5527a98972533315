import type { CalendarDay } from './calendar-day';
import { dayOfNumber, numberOf } from './day-number';

/**
 * The calendar day `count` days after `day` (before it when `count` is negative).
 *
 * @example
 * addDays('2025-02-27', 2) //=> '2025-03-01'
 * addDays('2024-02-28', 1) //=> '2024-02-29'
 * addDays('2025-03-09', 1) //=> '2025-03-10' (the US daylight-saving night changes nothing)
 */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  if (!Number.isInteger(count)) throw new RangeError(`not a whole number of days: ${count}`);
  return dayOfNumber(numberOf(day) + count);
}
