import { isWeekend } from 'date-fns/isWeekend';
import type { RestDayYear } from '../law/rest-day-calendar';
import { addDays } from './add-days';
import { type CalendarDay, toNoon } from './calendar-day';

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
  return {
    firstYear: known[0] ?? 0,
    lastYear: known[known.length - 1] ?? -1,
    kindOf(day) {
      const hit = cache.get(day);
      if (hit !== undefined) return hit;
      const isCovered = covered.has(Number(day.slice(0, 4)));
      const holiday = holidays.get(day);
      const makeUp = makeUpWorkdays.has(day);
      const weekend = isWeekend(toNoon(day));
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
