/**
 * `src/time/rest-day-calendar.ts`: the kind of each day (working, weekend, holiday), over the
 * notices' data in `src/law/rest-day-calendar.ts` and over small hand-made calendars.
 *
 * Weekdays were read off a printed calendar; they are noted where they matter.
 */
import { describe, expect, it } from 'vitest';
import { type RestDayYear, restDayCalendar } from '../../src/law/rest-day-calendar';
import { addDays } from '../../src/time/add-days';
import { restDayCalendarOf } from '../../src/time/rest-day-calendar';

const calendar = restDayCalendarOf(restDayCalendar);

const MID_AUTUMN_NATIONAL_DAY = { 'zh-CN': '中秋节、国庆节', en: 'Mid-Autumn Festival and National Day' };
const NEW_YEAR = { 'zh-CN': '元旦', en: "New Year's Day" };

describe('restDayCalendarOf over the notices (2004–2026)', () => {
  it('matches the TSDoc examples', () => {
    expect(calendar.kindOf('2025-10-01').kind).toBe('holiday');
    expect(calendar.kindOf('2025-09-28').makeUpWorkday).toBe(true); // a Sunday worked for National Day
    expect(calendar.kindOf('2031-01-04').covered).toBe(false); // no notice: weekends only
  });

  it('covers 2004 to 2026', () => {
    expect(calendar.firstYear).toBe(2004);
    expect(calendar.lastYear).toBe(2026);
  });

  it('describes a holiday fully', () => {
    expect(calendar.kindOf('2025-10-01')).toEqual({
      day: '2025-10-01',
      kind: 'holiday',
      holiday: MID_AUTUMN_NATIONAL_DAY,
      makeUpWorkday: false,
      covered: true,
    });
  });

  it('makes every day of 2025-10-01 … 10-08 a holiday, the weekend inside included', () => {
    for (let day = '2025-10-01'; day <= '2025-10-08'; day = addDays(day, 1)) {
      expect(calendar.kindOf(day).kind, day).toBe('holiday');
      expect(calendar.kindOf(day).holiday, day).toEqual(MID_AUTUMN_NATIONAL_DAY);
    }
    // Saturday 10-04 and Sunday 10-05 are holidays, not weekend days.
    expect(calendar.kindOf('2025-10-04').kind).toBe('holiday');
    expect(calendar.kindOf('2025-10-05').kind).toBe('holiday');
  });

  it('describes the days around National Day 2025', () => {
    // Saturday 09-27: weekend. Sunday 09-28: worked in lieu.
    expect(calendar.kindOf('2025-09-27')).toEqual({ day: '2025-09-27', kind: 'weekend', makeUpWorkday: false, covered: true });
    expect(calendar.kindOf('2025-09-28')).toEqual({ day: '2025-09-28', kind: 'working', makeUpWorkday: true, covered: true });
    // Tuesday 09-30: an ordinary working day.
    expect(calendar.kindOf('2025-09-30')).toEqual({ day: '2025-09-30', kind: 'working', makeUpWorkday: false, covered: true });
    // Thursday 10-09: working. Saturday 10-11: worked in lieu. Sunday 10-12: weekend.
    expect(calendar.kindOf('2025-10-09').kind).toBe('working');
    expect(calendar.kindOf('2025-10-11')).toEqual({ day: '2025-10-11', kind: 'working', makeUpWorkday: true, covered: true });
    expect(calendar.kindOf('2025-10-12').kind).toBe('weekend');
  });

  it('knows weekdays and weekends of an ordinary week', () => {
    // March 2025: Monday 3 … Friday 7 working, Saturday 8 and Sunday 9 weekend.
    for (const day of ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07']) {
      expect(calendar.kindOf(day).kind, day).toBe('working');
    }
    expect(calendar.kindOf('2025-03-08').kind).toBe('weekend');
    expect(calendar.kindOf('2025-03-09').kind).toBe('weekend');
    expect(calendar.kindOf('2024-02-29').kind).toBe('working'); // a Thursday
  });

  it('knows the 2025 Spring Festival and its make-up days', () => {
    for (let day = '2025-01-28'; day <= '2025-02-04'; day = addDays(day, 1)) {
      expect(calendar.kindOf(day).kind, day).toBe('holiday');
      expect(calendar.kindOf(day).holiday?.en, day).toBe('Spring Festival');
    }
    expect(calendar.kindOf('2025-01-26').makeUpWorkday).toBe(true); // Sunday
    expect(calendar.kindOf('2025-02-08').makeUpWorkday).toBe(true); // Saturday
    expect(calendar.kindOf('2025-02-05').kind).toBe('working'); // Wednesday
  });

  it('counts the 2020 Spring Festival extension: Saturday 2020-02-01 is a holiday, not a make-up day', () => {
    expect(calendar.kindOf('2020-02-01')).toEqual({
      day: '2020-02-01',
      kind: 'holiday',
      holiday: { 'zh-CN': '春节', en: 'Spring Festival' },
      makeUpWorkday: false,
      covered: true,
    });
  });

  it('counts a span that starts in the previous calendar year (New Year 2023 from Saturday 2022-12-31)', () => {
    expect(calendar.kindOf('2022-12-31')).toEqual({ day: '2022-12-31', kind: 'holiday', holiday: NEW_YEAR, makeUpWorkday: false, covered: true });
    expect(calendar.kindOf('2023-01-02').kind).toBe('holiday');
    expect(calendar.kindOf('2023-01-03').kind).toBe('working'); // Tuesday
  });

  it('counts a make-up day in the previous calendar year (2005-12-31, Saturday, for New Year 2006)', () => {
    expect(calendar.kindOf('2005-12-31')).toEqual({ day: '2005-12-31', kind: 'working', makeUpWorkday: true, covered: true });
  });

  it('knows the first and last covered years at their edges', () => {
    expect(calendar.kindOf('2004-01-01').kind).toBe('holiday');
    expect(calendar.kindOf('2004-01-01').covered).toBe(true);
    expect(calendar.kindOf('2026-12-31').covered).toBe(true); // Thursday
    expect(calendar.kindOf('2026-12-31').kind).toBe('working');
    expect(calendar.kindOf('2003-12-31').covered).toBe(false);
    expect(calendar.kindOf('2027-01-01').covered).toBe(false);
  });

  it('applies weekends only to a year without a notice', () => {
    // January 2031: Wednesday 1 (New Year's Day, but no notice: a working day here), Saturday 4, Sunday 5.
    expect(calendar.kindOf('2031-01-01')).toEqual({ day: '2031-01-01', kind: 'working', makeUpWorkday: false, covered: false });
    expect(calendar.kindOf('2031-01-04')).toEqual({ day: '2031-01-04', kind: 'weekend', makeUpWorkday: false, covered: false });
    expect(calendar.kindOf('2031-01-05').kind).toBe('weekend');
    expect(calendar.kindOf('2031-01-06').kind).toBe('working');
    // Wednesday 2003-10-01, before the first notice.
    expect(calendar.kindOf('2003-10-01')).toEqual({ day: '2003-10-01', kind: 'working', makeUpWorkday: false, covered: false });
  });

  it('answers the same after many lookups (its cache is bounded and stays right)', () => {
    const first = calendar.kindOf('2025-10-01');
    let day = '1900-01-01';
    for (let i = 0; i < 60_000; i += 1) {
      calendar.kindOf(day);
      day = addDays(day, 1);
    }
    expect(calendar.kindOf('2025-10-01')).toEqual(first);
    expect(calendar.kindOf('2025-09-28')).toEqual({ day: '2025-09-28', kind: 'working', makeUpWorkday: true, covered: true });
    expect(calendar.kindOf('2025-03-08').kind).toBe('weekend');
  });

  it('throws a RangeError for a day that is not a calendar day', () => {
    expect(() => calendar.kindOf('2025-02-30')).toThrow(RangeError);
    expect(() => calendar.kindOf('2025-2-1')).toThrow(RangeError);
  });
});

describe('restDayCalendarOf over hand-made data', () => {
  const name = { 'zh-CN': '测试假日', en: 'Test Holiday' };

  it('covers nothing when built from no notices', () => {
    const empty = restDayCalendarOf([]);
    expect(empty.firstYear).toBe(0);
    expect(empty.lastYear).toBe(-1);
    expect(empty.kindOf('2025-10-01')).toEqual({ day: '2025-10-01', kind: 'working', makeUpWorkday: false, covered: false }); // Wednesday
    expect(empty.kindOf('2025-09-28')).toEqual({ day: '2025-09-28', kind: 'weekend', makeUpWorkday: false, covered: false }); // Sunday
  });

  it('sorts the covered years whatever the order of the notices', () => {
    const years: RestDayYear[] = [2030, 2028, 2029].map((year) => ({ year, notice: { title: `${year}` }, holidays: [], makeUpWorkdays: [] }));
    const built = restDayCalendarOf(years);
    expect(built.firstYear).toBe(2028);
    expect(built.lastYear).toBe(2030);
  });

  it("judges coverage by the day's own calendar year, not by the notice that sets it", () => {
    // A 2030 notice whose span starts on Monday 2029-12-31, with Saturday 2029-12-29 worked.
    const built = restDayCalendarOf([
      { year: 2030, notice: { title: '2030' }, holidays: [{ name, from: '2029-12-31', to: '2030-01-01' }], makeUpWorkdays: ['2029-12-29'] },
    ]);
    expect(built.kindOf('2029-12-31')).toEqual({ day: '2029-12-31', kind: 'holiday', holiday: name, makeUpWorkday: false, covered: false });
    expect(built.kindOf('2029-12-29')).toEqual({ day: '2029-12-29', kind: 'working', makeUpWorkday: true, covered: false });
    expect(built.kindOf('2030-01-01')).toEqual({ day: '2030-01-01', kind: 'holiday', holiday: name, makeUpWorkday: false, covered: true });
  });

  it('makes every day of a span across a month end and 29 February a holiday', () => {
    const built = restDayCalendarOf([{ year: 2028, notice: { title: '2028' }, holidays: [{ name, from: '2028-02-27', to: '2028-03-02' }], makeUpWorkdays: [] }]);
    for (const day of ['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01', '2028-03-02']) {
      expect(built.kindOf(day).kind, day).toBe('holiday');
    }
    expect(built.kindOf('2028-02-26').kind).toBe('weekend'); // Saturday
    expect(built.kindOf('2028-03-03').kind).toBe('working'); // Friday
  });

  it('makes a one-day span (from = to) a holiday', () => {
    const built = restDayCalendarOf([{ year: 2030, notice: { title: '2030' }, holidays: [{ name, from: '2030-06-05', to: '2030-06-05' }], makeUpWorkdays: [] }]);
    expect(built.kindOf('2030-06-05').kind).toBe('holiday');
    expect(built.kindOf('2030-06-04').kind).toBe('working');
    expect(built.kindOf('2030-06-06').kind).toBe('working');
  });
});
