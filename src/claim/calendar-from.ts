import * as z from 'zod/mini';
import { restDayCalendar as builtInYears, type RestDayYear } from '../law/rest-day-calendar';
import { isCalendarDay } from '../time/calendar-day';
import { dayNumber, weekdayOf } from '../time/day-number';
import { daysBetween } from '../time/days-between';
import { type RestDayCalendar, replacedYears, restDayCalendarOf } from '../time/rest-day-calendar';
import { errorCountOf, type InputError, inputError, inputErrorsFromIssues, MAX_ERRORS } from './input-error';
import { calendarDaySchema, labelSchema } from './primitives';
import { parseCopy } from './parse-copy';
import { firstProblems } from './problem';

/**
 * Rest-day calendars from JSON (I28). The State Council publishes a year's holidays around
 * November of the year before; a shop cannot wait for a release of this library, so it loads the
 * year itself: `{ "years": [ { "year": 2027, "notice": { "title": … }, "holidays": [ … ],
 * "makeUpWorkdays": [ … ] } ] }` (docs/calendar.md). The years given are added to the calendar
 * built into `law/`. A year the library carries may be given again only as the library has it;
 * replacing it is refused unless the caller says so (`{ override: true }`, `--calendar-override`),
 * and a decision made with such a calendar names it, with its digest.
 */

/** The most years, holiday spans a year, make-up days a year, and days a span one file may carry. */
export const MOST_YEARS = 100;
export const MOST_SPANS = 20;
export const MOST_MAKE_UP_DAYS = 20;
export const LONGEST_SPAN_DAYS = 15;

const nameSchema = z.strictObject({ 'zh-CN': labelSchema.check(z.minLength(1)), en: labelSchema.check(z.minLength(1)) });

const yearSchema = z.strictObject({
  year: z.number().check(z.int(), z.minimum(1980), z.maximum(2099)),
  notice: z.strictObject({ title: labelSchema.check(z.minLength(1)), number: z.optional(labelSchema), issued: z.optional(calendarDaySchema) }),
  holidays: z.array(z.strictObject({ name: nameSchema, from: calendarDaySchema, to: calendarDaySchema })).check(z.maxLength(MOST_SPANS)),
  makeUpWorkdays: z._default(z.array(calendarDaySchema).check(z.maxLength(MOST_MAKE_UP_DAYS)), []),
});

/** The calendar file's JSON Schema source: `{ years: [...] }`. */
export const calendarFileSchema = z.strictObject({ years: z.array(yearSchema).check(z.minLength(1), z.maxLength(MOST_YEARS)) });

/** What loading a calendar file gives: the calendar with those years, or every problem with it. */
export type CalendarResult =
  | {
      readonly ok: true;
      readonly calendar: RestDayCalendar;
      /** The years the file gives, in ascending order. */
      readonly years: readonly number[];
      /** Those of them the library carries differently, replaced (only with `override`). */
      readonly replaces: readonly number[];
    }
  | {
      readonly ok: false;
      /** Every problem, or the first {@link MAX_ERRORS} of them, as a claim's. */
      readonly errors: readonly InputError[];
      /** How many problems there were beyond those in `errors`; present only when there are others. */
      readonly omittedErrors?: number;
    };

type Path = (string | number)[];
const recordOf = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const dayOf = (value: unknown): string | undefined => (isCalendarDay(value) ? value : undefined);
const isWeekend = (day: string) => {
  const weekday = weekdayOf(dayNumber(day));
  return weekday === 0 || weekday === 6;
};

/**
 * The checks across fields, on whatever values are readable (they run even when other fields are
 * wrong, so that every problem is reported at once): a year given once; each span ends on or after
 * it starts, lasts at most {@link LONGEST_SPAN_DAYS} days and overlaps no other span of its year;
 * every day lies in its notice's year or the weeks next to it; a make-up working day is a Saturday
 * or Sunday outside every span.
 */
function crossChecks(value: unknown): InputError[] {
  const errors: InputError[] = [];
  const seen = new Map<number, number>();
  listOf(recordOf(value).years).forEach((raw, index) => {
    const entry = recordOf(raw);
    const at: Path = ['years', index];
    const year = typeof entry.year === 'number' && Number.isInteger(entry.year) ? entry.year : undefined;
    if (year !== undefined) {
      if (seen.has(year)) errors.push(inputError({ path: [...at, 'year'], code: 'value', expected: 'unique-year', received: year }));
      else seen.set(year, index);
    }
    const bounds = year === undefined || year < 1980 || year > 2099 ? undefined : { from: `${year - 1}-12-01`, to: `${year + 1}-01-31` };
    const inYear = (path: Path, day: string) => {
      if (bounds !== undefined && (day < bounds.from || day > bounds.to)) errors.push(inputError({ path, code: 'range', expected: 'span-in-year', received: day, values: bounds }));
    };
    const spans: { from: string; to: string; index: number }[] = [];
    listOf(entry.holidays).forEach((rawSpan, spanIndex) => {
      const span = recordOf(rawSpan);
      const spanAt: Path = [...at, 'holidays', spanIndex];
      const from = dayOf(span.from);
      const to = dayOf(span.to);
      if (from !== undefined) inYear([...spanAt, 'from'], from);
      if (to !== undefined) inYear([...spanAt, 'to'], to);
      if (from === undefined || to === undefined) return;
      if (to < from) {
        errors.push(inputError({ path: [...spanAt, 'to'], code: 'order', expected: 'date-on-or-after', received: to, values: { other: `years[${index}].holidays[${spanIndex}].from` } }));
        return;
      }
      if (daysBetween(from, to) + 1 > LONGEST_SPAN_DAYS) {
        errors.push(inputError({ path: [...spanAt, 'to'], code: 'range', expected: 'span-length', received: to, values: { n: String(LONGEST_SPAN_DAYS) } }));
        return;
      }
      const other = spans.find((earlier) => earlier.from <= to && from <= earlier.to);
      if (other !== undefined) {
        errors.push(inputError({ path: [...spanAt, 'from'], code: 'value', expected: 'no-overlap', received: from, values: { other: `years[${index}].holidays[${other.index}]` } }));
      }
      spans.push({ from, to, index: spanIndex });
    });
    listOf(entry.makeUpWorkdays).forEach((rawDay, dayIndex) => {
      const day = dayOf(rawDay);
      if (day === undefined) return;
      const path: Path = [...at, 'makeUpWorkdays', dayIndex];
      inYear(path, day);
      if (!isWeekend(day) || spans.some((span) => span.from <= day && day <= span.to)) {
        errors.push(inputError({ path, code: 'value', expected: 'weekend-day', received: day }));
      }
    });
  });
  return errors;
}

/** How a calendar file is loaded. */
export interface CalendarOptions {
  /** Replace years the library carries differently, rather than refuse them. */
  readonly override?: boolean;
}

function load(value: unknown, options: CalendarOptions): CalendarResult {
  const parsed = calendarFileSchema.safeParse(value);
  const errors = parsed.success ? [] : inputErrorsFromIssues(parsed.error.issues, value, calendarFileSchema, MAX_ERRORS);
  const beyond = parsed.success ? 0 : errorCountOf(parsed.error.issues) - errors.length;
  const known = new Set(errors.map((error) => `${error.path}|${error.expected.en}`));
  for (const error of crossChecks(value)) if (!known.has(`${error.path}|${error.expected.en}`)) errors.push(error);
  if (!parsed.success || errors.length > 0) {
    // Capped as a claim's errors are: a file of a million unknown keys gets the first of them and the count of the rest.
    const { listed, omitted } = firstProblems(errors, MAX_ERRORS);
    return beyond + omitted > 0 ? { ok: false, errors: listed, omittedErrors: beyond + omitted } : { ok: false, errors: listed };
  }
  const given: RestDayYear[] = parsed.data.years.map((entry) => ({
    year: entry.year,
    notice: { title: entry.notice.title, ...(entry.notice.number === undefined ? {} : { number: entry.notice.number }), ...(entry.notice.issued === undefined ? {} : { issued: entry.notice.issued }) },
    holidays: entry.holidays.map((span) => ({ name: { 'zh-CN': span.name['zh-CN'], en: span.name.en }, from: span.from, to: span.to })),
    makeUpWorkdays: [...entry.makeUpWorkdays],
  }));
  const givenYears = new Set(given.map((entry) => entry.year));
  const years = [...builtInYears.filter((entry) => !givenYears.has(entry.year)), ...given].sort((a, b) => a.year - b.year);
  const replaces = replacedYears(years);
  if (replaces.length > 0 && options.override !== true) {
    const at = (year: number) => parsed.data.years.findIndex((entry) => entry.year === year);
    return { ok: false, errors: replaces.map((year) => inputError({ path: ['years', at(year), 'year'], code: 'value', expected: 'year-not-in-library', received: year, values: { year: String(year) } })) };
  }
  return { ok: true, calendar: restDayCalendarOf(years, { override: options.override === true }), years: [...givenYears].sort((a, b) => a - b), replaces };
}

/**
 * The built-in rest-day calendar with the years of a calendar file (a JSON value) added, or
 * every problem with the file, each with its JSON path in zh-CN and en (at most {@link MAX_ERRORS},
 * and `omittedErrors`, the count of the others, when there are more). A year the library
 * carries, given differently, is refused unless `options.override` is set; then it replaces the
 * library's, the calendar says which (`calendar.replaces`), and every decision made with it names
 * the calendar and its digest. Never throws, whatever it is given.
 *
 * @example
 * const loaded = calendarFrom({ years: [{ year: 2027, notice: { title: '国务院办公厅关于2027年部分节假日安排的通知' },
 *   holidays: [{ name: { 'zh-CN': '元旦', en: "New Year's Day" }, from: '2027-01-01', to: '2027-01-03' }], makeUpWorkdays: [] }] });
 * loaded.ok && loaded.calendar.kindOf('2027-01-01').kind //=> 'holiday'
 * const bare2024 = { years: [{ year: 2024, notice: { title: '2024' }, holidays: [], makeUpWorkdays: [] }] };
 * calendarFrom(bare2024).ok //=> false
 * const replaced = calendarFrom(bare2024, { override: true });
 * replaced.ok && replaced.replaces //=> [2024]
 */
export function calendarFrom(json: unknown, options: CalendarOptions = {}): CalendarResult {
  const override = options?.override === true;
  const loadIt = (value: unknown) => load(value, { override });
  try {
    return loadIt(json);
  } catch {
    return parseCopy(json, loadIt);
  }
}
