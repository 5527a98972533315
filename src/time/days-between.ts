import type { CalendarDay } from './calendar-day';
import { numberOf } from './day-number';

/**
 * Calendar days from `from` to `to`, not counting `from` itself (民法典 Art. 201): the day number
 * of `to` when `from` is day 0. Negative when `to` comes first.
 *
 * @example
 * daysBetween('2025-03-01', '2025-03-08') //=> 7 (the 8th is day 7 of a sale on the 1st)
 * daysBetween('2024-02-28', '2024-03-01') //=> 2
 * daysBetween('2025-03-08', '2025-03-01') //=> -7
 */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return numberOf(to) - numberOf(from);
}
