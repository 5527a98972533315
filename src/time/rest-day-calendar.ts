import type { RestDayYear } from '../law/rest-day-calendar';
import { addDays } from './add-days';
import type { CalendarDay } from './calendar-day';
import { dayNumber, weekdayOf } from './day-number';

/** A statutory holiday's name in both languages, as the notices give it. */
export interface HolidayName {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** What kind of day a calendar day is for the rest-day roll-over (I3). */
export interface DayKind {
  readonly day: CalendarDay;
  /** `working`: a working day; `weekend`: a Saturday or Sunday; `holiday`: a statutory holiday. */
  readonly kind: 'working' | 'weekend' | 'holiday';
  /** The holiday, when `kind` is `holiday`. */
  readonly holiday?: HolidayName;
  /** A Saturday or Sunday made a working day (调休). */
  readonly makeUpWorkday: boolean;
  /** Whether the calendar has the notice for this day's year; if not, only weekends count. */
  readonly covered: boolean;
}

/**
 * The rest-day calendar: statutory holidays and make-up working days of the years it covers.
 * Build one with {@link restDayCalendarOf}; the engine's default is built from `law/`.
 */
export interface RestDayCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  kindOf(day: CalendarDay): DayKind;
  /**
   * The longest run of rest days inside the years covered (at least 2, a weekend), when the
   * calendar can tell it cheaply; otherwise it is found day by day (see `longestRestRun`).
   */
  longestRestRun?(): number;
}

/**
 * Builds a {@link RestDayCalendar} from the notices' data (one entry a year).
 *
 * @example
 * const calendar = restDayCalendarOf(restDayCalendar);
 * calendar.kindOf('2025-10-01').kind          //=> 'holiday'
 * calendar.kindOf('2025-09-28').makeUpWorkday //=> true (a Sunday worked for National Day)
 * calendar.kindOf('2031-01-04').covered       //=> false (no notice: weekends only)
 */
export function restDayCalendarOf(years: readonly RestDayYear[]): RestDayCalendar {
  const holidays = new Map<CalendarDay, HolidayName>();
  const makeUpWorkdays = new Set<CalendarDay>();
  const covered = new Set<number>();
  for (const year of years) {
    covered.add(year.year);
    for (const span of year.holidays) {
      // A copy, frozen: the day kinds are shared by every decision that reads them.
      const name: HolidayName = Object.freeze({ 'zh-CN': span.name['zh-CN'], en: span.name.en });
      for (let day = span.from; day <= span.to; day = addDays(day, 1)) holidays.set(day, name);
    }
    for (const day of year.makeUpWorkdays) makeUpWorkdays.add(day);
  }
  const known = [...covered].sort((a, b) => a - b);
  const cache = new Map<CalendarDay, DayKind>();
  let longest: number | undefined;
  return {
    firstYear: known[0] ?? 0,
    lastYear: known[known.length - 1] ?? -1,
    longestRestRun() {
      longest ??= longestRunOf(holidays, makeUpWorkdays, known);
      return longest;
    },
    kindOf(day) {
      const hit = cache.get(day);
      if (hit !== undefined) return hit;
      const isCovered = covered.has(Number(day.slice(0, 4)));
      const holiday = holidays.get(day);
      const makeUp = makeUpWorkdays.has(day);
      // Saturday or Sunday, by integer arithmetic on the day number: no Date, no host zone.
      const weekday = weekdayOf(dayNumber(day));
      const weekend = weekday === 0 || weekday === 6;
      const kind: DayKind = Object.freeze(
        holiday !== undefined
          ? { day, kind: 'holiday' as const, holiday, makeUpWorkday: false, covered: isCovered }
          : { day, kind: weekend && !makeUp ? ('weekend' as const) : ('working' as const), makeUpWorkday: makeUp, covered: isCovered },
      );
      if (cache.size > 50_000) cache.clear();
      cache.set(day, kind);
      return kind;
    },
  };
}

/**
 * The longest run of rest days in the covered years. Only a run that holds a holiday can be
 * longer than a weekend, so each holiday's run is walked once, by day number (integer arithmetic,
 * no Date), clipped to the covered years.
 */
function longestRunOf(holidays: ReadonlyMap<CalendarDay, HolidayName>, makeUpWorkdays: ReadonlySet<CalendarDay>, known: readonly number[]): number {
  if (known.length === 0) return 2;
  const first = dayNumber(`${String(known[0]).padStart(4, '0')}-01-01`);
  const last = dayNumber(`${String(known[known.length - 1]).padStart(4, '0')}-12-31`);
  const holidayNumbers = new Set([...holidays.keys()].map(dayNumber));
  const workedWeekends = new Set([...makeUpWorkdays].map(dayNumber));
  const rest = (number: number) => {
    if (number < first || number > last) return false;
    if (holidayNumbers.has(number)) return true;
    const weekday = weekdayOf(number);
    return (weekday === 0 || weekday === 6) && !workedWeekends.has(number);
  };
  let longest = 2;
  for (const holiday of holidayNumbers) {
    if (holiday < first || holiday > last || rest(holiday - 1)) continue;
    let length = 0;
    while (rest(holiday + length)) length += 1;
    if (length > longest) longest = length;
  }
  // A run may also start with a weekend before its holiday: walk those from their first day too.
  for (const holiday of holidayNumbers) {
    if (!rest(holiday - 1)) continue;
    let start = holiday;
    while (rest(start - 1)) start -= 1;
    if (holidayNumbers.has(start)) continue;
    let length = 0;
    while (rest(start + length)) length += 1;
    if (length > longest) longest = length;
  }
  return longest;
}
