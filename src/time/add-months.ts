import { addMonths as addMonthsToDate } from 'date-fns/addMonths';
import { type CalendarDay, fromNoon, toNoon } from './calendar-day';
import { memoize } from './memo';

/**
 * The day that ends a period of `count` months that starts on `day`, per 民法典 Art. 202: the
 * corresponding day of the last month, or that month's last day when it has no such day.
 *
 * @example
 * addMonths('2025-03-01', 12) //=> '2026-03-01'
 * addMonths('2024-02-29', 12) //=> '2025-02-28' (I2: no 29 February in 2025)
 * addMonths('2025-08-31', 6)  //=> '2026-02-28'
 */
export function addMonths(day: CalendarDay, count: number): CalendarDay {
  return cached(day, count);
}

const cached = memoize((day: CalendarDay, count: number): CalendarDay => {
  if (!Number.isInteger(count)) throw new RangeError(`not a whole number of months: ${count}`);
  const date = toNoon(day);
  return count === 0 ? day : fromNoon(addMonthsToDate(date, count));
});
