import { restDayCalendar as libraryYears, type RestDayYear } from '../law/rest-day-calendar';
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
 * Build one with {@link restDayCalendarOf}; the engine's default is built from `law/`. A calendar
 * built so is data: frozen through, with the notices it was built from and the library's years it
 * gives differently (a decision made with one that does names it, with its digest).
 */
export interface RestDayCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  kindOf(day: CalendarDay): DayKind;
  /**
   * The longest run of rest days inside the years covered (at least 2, a weekend), when the
   * calendar knows it (one built by {@link restDayCalendarOf} works it out as it is built);
   * otherwise it is found day by day (see `longestRestRun`).
   */
  longestRestRun?(): number;
  /** The notices the calendar is built from, one a year, in ascending order (frozen copies). */
  readonly years?: readonly RestDayYear[];
  /**
   * The years of the library's own calendar (`law/`) this one gives differently or leaves out, in
   * ascending order: none for the library's own and for one that only adds years.
   */
  readonly replaces?: readonly number[];
  /** Whether whoever built it said that replacing the library's years was meant (`override`). */
  readonly override?: boolean;
}

/** The calendars {@link restDayCalendarOf} built: data, frozen, with their notices. */
const built = new WeakSet<RestDayCalendar>();

/**
 * Whether a calendar was built by {@link restDayCalendarOf} (so it is data, with its notices),
 * rather than written by hand as an object with a `kindOf` function.
 *
 * @example
 * isCalendarData(restDayCalendarOf([])) //=> true
 * isCalendarData({ firstYear: 0, lastYear: -1, kindOf: (day) => ({ day, kind: 'working', makeUpWorkday: false, covered: false }) }) //=> false
 */
export function isCalendarData(calendar: RestDayCalendar): boolean {
  return built.has(calendar);
}

/** A notice copied field by field into fresh frozen objects: what it was built from cannot change it. */
function frozenYear(year: RestDayYear): RestDayYear {
  const { title, number, issued } = year.notice;
  return Object.freeze({
    year: year.year,
    notice: Object.freeze({ title, ...(number === undefined ? {} : { number }), ...(issued === undefined ? {} : { issued }) }),
    holidays: Object.freeze(year.holidays.map((span) => Object.freeze({ name: Object.freeze({ 'zh-CN': span.name['zh-CN'], en: span.name.en }), from: span.from, to: span.to }))),
    makeUpWorkdays: Object.freeze([...year.makeUpWorkdays]),
  });
}

/** A notice's content in one canonical text, to tell whether two give the same days. */
const yearText = (year: RestDayYear) =>
  JSON.stringify([year.notice.title, year.notice.number ?? null, year.notice.issued ?? null, year.holidays.map((span) => [span.name['zh-CN'], span.name.en, span.from, span.to]), year.makeUpWorkdays]);

/**
 * The library's years (`law/`) that `years` leave out or give differently, in ascending order.
 *
 * @example
 * replacedYears(restDayCalendar) //=> []
 * replacedYears(restDayCalendar.filter((entry) => entry.year !== 2024)) //=> [2024]
 */
export function replacedYears(years: readonly RestDayYear[]): number[] {
  if (years === libraryYears) return [];
  const given = new Map(years.map((year) => [year.year, year]));
  const replaced: number[] = [];
  for (const library of libraryYears) {
    const entry = given.get(library.year);
    if (entry === undefined || yearText(entry) !== yearText(library)) replaced.push(library.year);
  }
  return replaced.sort((a, b) => a - b);
}

/**
 * Builds a {@link RestDayCalendar} from the notices' data (one entry a year). The calendar is
 * frozen, functions included, and keeps a frozen copy of the notices: nothing anyone writes,
 * into it or into the data it came from, changes a later decision. `override` records that
 * replacing the library's years was meant (a decision refuses a calendar that replaces them
 * without it).
 *
 * @example
 * const calendar = restDayCalendarOf(restDayCalendar);
 * calendar.kindOf('2025-10-01').kind          //=> 'holiday'
 * calendar.kindOf('2025-09-28').makeUpWorkday //=> true (a Sunday worked for National Day)
 * calendar.kindOf('2031-01-04').covered       //=> false (no notice: weekends only)
 * Object.isFrozen(calendar) //=> true
 */
export function restDayCalendarOf(years: readonly RestDayYear[], options: { readonly override?: boolean } = {}): RestDayCalendar {
  const notices = Object.freeze([...years].sort((a, b) => a.year - b.year).map(frozenYear));
  const holidays = new Map<CalendarDay, HolidayName>();
  const makeUpWorkdays = new Set<CalendarDay>();
  const covered = new Set<number>();
  for (const year of notices) {
    covered.add(year.year);
    for (const span of year.holidays) {
      // Frozen: the day kinds are shared by every decision that reads them.
      const name: HolidayName = span.name;
      for (let day = span.from; day <= span.to; day = addDays(day, 1)) holidays.set(day, name);
    }
    for (const day of year.makeUpWorkdays) makeUpWorkdays.add(day);
  }
  const known = [...covered].sort((a, b) => a - b);
  const longest = longestRunOf(holidays, makeUpWorkdays, known);
  const calendar: RestDayCalendar = Object.freeze({
    firstYear: known[0] ?? 0,
    lastYear: known[known.length - 1] ?? -1,
    years: notices,
    replaces: Object.freeze(replacedYears(years === libraryYears ? libraryYears : notices)),
    override: options.override === true,
    longestRestRun: Object.freeze(function longestRestRun() {
      return longest;
    }),
    kindOf: Object.freeze(function kindOf(day: CalendarDay) {
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
      return kind;
    }),
  });
  built.add(calendar);
  return calendar;
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
