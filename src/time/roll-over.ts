import { addDays } from './add-days';
import type { CalendarDay } from './calendar-day';
import { dayOfNumber } from './day-number';
import type { DayKind, RestDayCalendar } from './rest-day-calendar';

/** The last day of a period after the rest-day roll-over (I3). */
export interface RolledDay {
  /** The last day before the roll-over. */
  readonly nominal: CalendarDay;
  /** The last day after it: `nominal` itself when that is a working day. */
  readonly day: CalendarDay;
  /** The rest days passed over, in order (empty when nothing moved). */
  readonly skipped: readonly DayKind[];
  /** Years looked at that the calendar has no notice for (weekends only were applied there). */
  readonly uncoveredYears: readonly number[];
}

/** Longer than any run of rest days China has had (the longest is 9 days). */
const MAX_RUN = 31;

/**
 * Moves a period's last day past rest days to the next working day, per 民法典 Art. 203 and the
 * period article of MP2001 (I3). Rest days are Saturdays, Sundays and statutory holidays; a
 * Saturday or Sunday declared a make-up working day (调休) is a working day.
 *
 * @example
 * // 2025-10-01 … 10-08 is the National Day holiday; 10-09 is a Thursday.
 * rollOver('2025-10-03', calendar).day     //=> '2025-10-09'
 * rollOver('2025-09-28', calendar).day     //=> '2025-09-28' (a Sunday worked in lieu)
 * rollOver('2025-03-08', calendar).skipped.map((day) => day.day) //=> ['2025-03-08', '2025-03-09'] (Saturday and Sunday)
 * rollOver('2025-03-08', calendar).day //=> '2025-03-10'
 */
export function rollOver(day: CalendarDay, calendar: RestDayCalendar): RolledDay {
  const skipped: DayKind[] = [];
  const uncovered: number[] = [];
  let current = day;
  for (let step = 0; step < MAX_RUN; step += 1) {
    const kind = calendar.kindOf(current);
    if (!kind.covered) {
      const year = Number(current.slice(0, 4));
      if (!uncovered.includes(year)) uncovered.push(year);
    }
    if (kind.kind === 'working') break;
    skipped.push(kind);
    current = addDays(current, 1);
  }
  return { nominal: day, day: current, skipped, uncoveredYears: uncovered };
}

/**
 * {@link rollOver} of a day given as its number. The day the answer names is
 * `number + skipped.length` (the rest days passed over follow one another).
 *
 * @example
 * rollOverNumber(20155, calendar).day //=> '2025-03-10' (20155 is Saturday 2025-03-08)
 */
export function rollOverNumber(number: number, calendar: RestDayCalendar): RolledDay {
  return rollOver(dayOfNumber(number), calendar);
}
