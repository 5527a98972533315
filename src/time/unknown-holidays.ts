import { addDays } from './add-days';
import type { CalendarDay } from './calendar-day';
import { dayNumber, dayOfNumber } from './day-number';
import type { RestDayCalendar } from './rest-day-calendar';

/**
 * The longest run of consecutive rest days (weekends and holidays, less make-up working days) in
 * the years a calendar covers: how far, at most, a year's notice has moved a last day. For the
 * built-in calendar it is 10 (the 2020 Spring Festival, extended). A calendar built by
 * `restDayCalendarOf` knows it; one written by hand is walked day by day.
 *
 * @example
 * longestRestRun(restDayCalendarOf(restDayCalendar)) //=> 10
 */
export function longestRestRun(calendar: RestDayCalendar): number {
  const told = calendar.longestRestRun?.();
  if (told !== undefined) return told;
  let longest = 2;
  let current = 0;
  if (calendar.lastYear >= calendar.firstYear) {
    const last = `${String(calendar.lastYear).padStart(4, '0')}-12-31`;
    for (let day = `${String(calendar.firstYear).padStart(4, '0')}-01-01`; day <= last; day = addDays(day, 1)) {
      current = calendar.kindOf(day).kind === 'working' ? 0 : current + 1;
      if (current > longest) longest = current;
    }
  }
  return longest;
}

/**
 * The years whose unknown holidays could move a last day past `claimDate` (I28). A last day
 * rolled over weekends only, in a year the calendar lacks, is `nominal` or the first working day
 * after it; a notice not yet known could make every working day from `nominal` to `claimDate` a
 * holiday only if each of them lies in a year the calendar lacks and the run of rest days that
 * makes is no longer than any run a notice has set ({@link longestRestRun}). Empty when no
 * possible holiday could bring the claim date inside: a day the calendar knows to be a working
 * day stands in the way, or the stretch is too long.
 *
 * @example
 * // 2027 is not covered: Friday 2027-01-08 could be a holiday, so a claim on it might still be in time.
 * yearsThatCouldExtend('2027-01-08', '2027-01-08', calendar) //=> [2027]
 * yearsThatCouldExtend('2026-12-30', '2027-01-04', calendar) //=> [] (Wednesday 2026-12-30 is a known working day)
 */
export function yearsThatCouldExtend(nominal: CalendarDay, claimDate: CalendarDay, calendar: RestDayCalendar): readonly number[] {
  return yearsThatCouldExtendNumber(dayNumber(nominal), dayNumber(claimDate), calendar);
}

const NONE: readonly number[] = Object.freeze([]);

/** {@link yearsThatCouldExtend} of days given as their numbers; none is one frozen empty list. */
export function yearsThatCouldExtendNumber(nominal: number, claimDate: number, calendar: RestDayCalendar): readonly number[] {
  if (claimDate < nominal || claimDate - nominal + 1 > longestRestRun(calendar)) return NONE;
  const years: number[] = [];
  for (let number = nominal; number <= claimDate; number += 1) {
    const day = dayOfNumber(number);
    const kind = calendar.kindOf(day);
    if (kind.kind !== 'working') continue;
    if (kind.covered) return NONE;
    const year = Number(day.slice(0, 4));
    if (!years.includes(year)) years.push(year);
  }
  return years;
}
