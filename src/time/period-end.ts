import { addDays } from './add-days';
import { addMonths } from './add-months';
import type { CalendarDay } from './calendar-day';

/** A period's length: a number of days, or of months (a year is 12 months). */
export type PeriodLength = { readonly days: number } | { readonly months: number };

/**
 * The nominal last day of a period that starts on `start`, before repair days and roll-over.
 * The start day itself is not counted (民法典 Art. 201, I1); a month period ends on the
 * corresponding day or, lacking one, the month's last day (Art. 202, I2).
 *
 * @example
 * periodEnd('2025-03-01', { days: 7 })    //=> '2025-03-08' (days 1–7 are 03-02 … 03-08)
 * periodEnd('2025-03-01', { days: 15 })   //=> '2025-03-16'
 * periodEnd('2024-02-29', { months: 12 }) //=> '2025-02-28'
 */
export function periodEnd(start: CalendarDay, length: PeriodLength): CalendarDay {
  return 'days' in length ? addDays(start, length.days) : addMonths(start, length.months);
}
