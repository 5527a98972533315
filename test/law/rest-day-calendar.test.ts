/**
 * Checks the statutory rest-day calendar (`src/law/rest-day-calendar.ts`), which is written by hand
 * from the State Council General Office notices (国务院办公厅关于YYYY年部分节假日安排的通知):
 *
 * - internal consistency: one entry per year 2004–2026 in order, real `YYYY-MM-DD` dates, spans in
 *   order and not overlapping, make-up workdays on a Saturday or Sunday and outside every span;
 * - an independent check, date by date, against the `chinese-days` data set
 *   (`chinese-days/dist/chinese-days.json`): for each calendar year, the days inside our spans must
 *   equal its `holidays` keys and our make-up workdays its `workdays` keys, except for the
 *   documented differences in {@link KNOWN_DIFFERENCES}.
 *
 * Weekdays are computed in UTC, so the result does not depend on the host time zone.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { restDayCalendar, restDayCalendarLastChecked } from '../../src/law/rest-day-calendar';

const FIRST_YEAR = 2004;
const LAST_YEAR = 2026;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

interface ChineseDaysData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}
const checkSource = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;

type DayStatus = 'holiday' | 'workday' | 'neither';

/**
 * Dates where the check source departs from the notices, each with what the notice makes the date,
 * what `chinese-days` says instead, and why the notice is right. Everything else must match exactly.
 * Each entry is itself checked: if either side changes, the test says so.
 */
const KNOWN_DIFFERENCES: readonly {
  readonly date: string;
  readonly notice: DayStatus;
  readonly checkSource: DayStatus;
  readonly reason: string;
}[] = [
  {
    date: '2005-12-31',
    notice: 'workday',
    checkSource: 'neither',
    reason: '2006 notice (国办发明电〔2005〕35号), New Year: "12月31日（星期六）上班"; chinese-days lacks this make-up day.',
  },
  {
    date: '2011-06-05',
    notice: 'holiday',
    checkSource: 'neither',
    reason: '2011 notice (国办发明电〔2010〕40号): "端午节：6月4日至6日放假公休，共3天"; chinese-days drops the Sunday inside.',
  },
  {
    date: '2012-06-23',
    notice: 'holiday',
    checkSource: 'neither',
    reason:
      '2012 notice (国办发明电〔2011〕45号): "端午节：6月22日至24日放假公休，共3天"; chinese-days drops Saturday 23 June, the festival day itself.',
  },
  {
    date: '2015-06-21',
    notice: 'holiday',
    checkSource: 'neither',
    reason:
      '2015 notice (国办发明电〔2014〕28号): "端午节：6月20日放假，6月22日（星期一）补休"; the Sunday lies inside the span. chinese-days drops it, though it keeps 2014-04-06 for the same wording ("4月5日放假，4月7日补休").',
  },
  {
    date: '2015-09-05',
    notice: 'holiday',
    checkSource: 'neither',
    reason: '国发明电〔2015〕1号: "9月3日至5日调休放假，共3天"; chinese-days drops Saturday 5 September.',
  },
  ...(['2019-04-06', '2019-04-07', '2019-06-08', '2019-06-09', '2019-09-14', '2019-09-15'] as const).map(
    (date) =>
      ({
        date,
        notice: 'neither',
        checkSource: 'holiday',
        reason:
          '2019 notice (国办发明电〔2018〕15号) gives Qingming, Dragon Boat and Mid-Autumn as "X日放假，与周末连休": only day X is set. chinese-days adds the joined weekend for 2019 only; for the same wording in 2014–2018 and 2024 it lists day X alone.',
      }) as const,
  ),
];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC date for a `YYYY-MM-DD` string, or `null` if it is not a real calendar date. */
function parse(date: string): Date | null {
  const m = DATE.exec(date);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = new Date(Date.UTC(y, mo - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === mo - 1 && utc.getUTCDate() === d ? utc : null;
}

function weekday(date: string): number {
  const utc = parse(date);
  if (utc === null) throw new Error(`not a calendar date: ${date}`);
  return utc.getUTCDay();
}

function nextDay(date: string): string {
  const utc = parse(date);
  if (utc === null) throw new Error(`not a calendar date: ${date}`);
  return new Date(utc.getTime() + 86_400_000).toISOString().slice(0, 10);
}

function daysOf(span: { readonly from: string; readonly to: string }): string[] {
  const days: string[] = [];
  for (let day = span.from; day <= span.to; day = nextDay(day)) days.push(day);
  return days;
}

const inYear = (year: number) => (date: string) => date.startsWith(`${year}-`);

/** Dates in `a` and not in `b`, sorted. */
function minus(a: Iterable<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((d) => !b.has(d)).sort();
}

describe('rest-day calendar: internal consistency', () => {
  it('has every year 2004–2026 exactly once, ascending', () => {
    expect(restDayCalendar.map((y) => y.year)).toEqual(YEARS);
  });

  it('has a notice title naming its year, and a well-formed issue date where given', () => {
    for (const entry of restDayCalendar) {
      expect(entry.notice.title, String(entry.year)).toBe(`国务院办公厅关于${entry.year}年部分节假日安排的通知`);
      if (entry.notice.issued !== undefined) {
        expect(parse(entry.notice.issued), `${entry.year} issued`).not.toBeNull();
        expect(entry.notice.issued < `${entry.year}-01-01`, `${entry.year} issued before the year`).toBe(true);
      }
    }
  });

  it('writes every date as a real YYYY-MM-DD calendar date', () => {
    const bad: string[] = [];
    for (const entry of restDayCalendar) {
      for (const span of entry.holidays) for (const d of [span.from, span.to]) if (parse(d) === null) bad.push(d);
      for (const d of entry.makeUpWorkdays) if (parse(d) === null) bad.push(d);
    }
    expect(bad).toEqual([]);
  });

  it('keeps each span in order, near its notice year, and the spans of a year apart', () => {
    for (const entry of restDayCalendar) {
      let previousEnd = '';
      for (const span of entry.holidays) {
        const where = `${entry.year} ${span.name['zh-CN']} ${span.from}..${span.to}`;
        expect(span.from <= span.to, where).toBe(true);
        expect(daysOf(span).length, where).toBeLessThanOrEqual(10);
        expect(span.from > `${entry.year - 1}-12-01` && span.to < `${entry.year + 1}-01-01`, where).toBe(true);
        expect(span.from > previousEnd, `${where} overlaps or precedes the span before it`).toBe(true);
        expect(span.name['zh-CN'].length > 0 && span.name.en.length > 0, where).toBe(true);
        previousEnd = span.to;
      }
    }
  });

  it('never puts one date in two spans, across all years', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const entry of restDayCalendar) {
      for (const span of entry.holidays) {
        for (const d of daysOf(span)) {
          const where = `${entry.year} ${span.name['zh-CN']}`;
          const before = seen.get(d);
          if (before !== undefined) twice.push(`${d} (${before}; ${where})`);
          seen.set(d, where);
        }
      }
    }
    expect(twice).toEqual([]);
  });

  it('puts every make-up workday on a Saturday or Sunday, outside every holiday span, once', () => {
    const allHolidays = new Set(restDayCalendar.flatMap((e) => e.holidays.flatMap(daysOf)));
    const seen = new Set<string>();
    for (const entry of restDayCalendar) {
      expect([...entry.makeUpWorkdays], `${entry.year} sorted`).toEqual([...entry.makeUpWorkdays].sort());
      for (const d of entry.makeUpWorkdays) {
        expect([0, 6], `${entry.year}: ${d} is not a weekend day`).toContain(weekday(d));
        expect(allHolidays.has(d), `${entry.year}: ${d} is also a holiday`).toBe(false);
        expect(seen.has(d), `${d} listed twice`).toBe(false);
        expect(d > `${entry.year - 1}-12-01` && d < `${entry.year + 1}-02-01`, `${entry.year}: ${d}`).toBe(true);
        seen.add(d);
      }
    }
  });

  it('records when it was last checked', () => {
    expect(parse(restDayCalendarLastChecked)).not.toBeNull();
  });
});

describe('rest-day calendar: independent check against chinese-days', () => {
  const ourHolidays = new Set(restDayCalendar.flatMap((e) => e.holidays.flatMap(daysOf)));
  const ourWorkdays = new Set(restDayCalendar.flatMap((e) => e.makeUpWorkdays));
  const statusIn = (holidays: ReadonlySet<string>, workdays: ReadonlySet<string>, date: string): DayStatus =>
    holidays.has(date) ? 'holiday' : workdays.has(date) ? 'workday' : 'neither';

  /** The check source with its known differences set to what the notices say. */
  const sourceHolidays = new Set(Object.keys(checkSource.holidays));
  const sourceWorkdays = new Set(Object.keys(checkSource.workdays));
  const rawSourceHolidays = new Set(sourceHolidays);
  const rawSourceWorkdays = new Set(sourceWorkdays);
  for (const k of KNOWN_DIFFERENCES) {
    sourceHolidays.delete(k.date);
    sourceWorkdays.delete(k.date);
    if (k.notice === 'holiday') sourceHolidays.add(k.date);
    if (k.notice === 'workday') sourceWorkdays.add(k.date);
  }

  it('lists each known difference once, and each still holds on both sides', () => {
    const dates = KNOWN_DIFFERENCES.map((k) => k.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const k of KNOWN_DIFFERENCES) {
      expect(k.notice, `${k.date}: a known difference must differ`).not.toBe(k.checkSource);
      expect(statusIn(ourHolidays, ourWorkdays, k.date), `${k.date}: our data no longer says ${k.notice}`).toBe(
        k.notice,
      );
      expect(
        statusIn(rawSourceHolidays, rawSourceWorkdays, k.date),
        `${k.date}: chinese-days no longer says ${k.checkSource}; update KNOWN_DIFFERENCES`,
      ).toBe(k.checkSource);
      expect(k.reason.length, k.date).toBeGreaterThan(0);
    }
  });

  it.each(YEARS)('%i: holiday dates match', (year) => {
    const ours = [...ourHolidays].filter(inYear(year));
    const theirs = [...sourceHolidays].filter(inYear(year));
    const onlyOurs = minus(ours, new Set(theirs));
    const onlyTheirs = minus(theirs, new Set(ours));
    expect(
      { onlyOurs, onlyTheirs },
      `${year} holidays differ: only in our data [${onlyOurs.join(', ')}], only in chinese-days [${onlyTheirs.join(', ')}]`,
    ).toEqual({ onlyOurs: [], onlyTheirs: [] });
    expect(ours.length).toBeGreaterThan(0);
  });

  it.each(YEARS)('%i: make-up workdays match', (year) => {
    const ours = [...ourWorkdays].filter(inYear(year));
    const theirs = [...sourceWorkdays].filter(inYear(year));
    const onlyOurs = minus(ours, new Set(theirs));
    const onlyTheirs = minus(theirs, new Set(ours));
    expect(
      { onlyOurs, onlyTheirs },
      `${year} make-up workdays differ: only in our data [${onlyOurs.join(', ')}], only in chinese-days [${onlyTheirs.join(', ')}]`,
    ).toEqual({ onlyOurs: [], onlyTheirs: [] });
  });
});
