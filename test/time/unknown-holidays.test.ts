/**
 * Whether a year's holidays the calendar does not know could move a last day past the claim date
 * (I28), and the bound on how far one notice can move it.
 */
import { describe, expect, it } from 'vitest';
import { restDayCalendar } from '../../src/law/rest-day-calendar';
import { addDays } from '../../src/time/add-days';
import { type RestDayCalendar, restDayCalendarOf } from '../../src/time/rest-day-calendar';
import { longestRestRun, yearsThatCouldExtend } from '../../src/time/unknown-holidays';

const calendar = restDayCalendarOf(restDayCalendar);

describe('longestRestRun', () => {
  it('is 10 for the built-in calendar: the 2020 Spring Festival, extended to Sunday 2020-02-02', () => {
    // 2020-01-24 (Friday) … 2020-02-02 (Sunday): 10 days off in a row, no longer run in 2004–2026.
    expect(longestRestRun(calendar)).toBe(10);
    for (let day = 24; day <= 31; day += 1) expect(calendar.kindOf(`2020-01-${day}`).kind).not.toBe('working');
    expect(calendar.kindOf('2020-02-02').kind).not.toBe('working');
    expect(calendar.kindOf('2020-02-03').kind).toBe('working');
  });

  it('is at least a weekend for a calendar with no years', () => {
    expect(longestRestRun(restDayCalendarOf([]))).toBe(2);
  });
});

describe('yearsThatCouldExtend', () => {
  it('names the uncovered year when every working day up to the claim lies in it', () => {
    // Wednesday 2027-01-06 … Thursday 2027-01-07: two working days by weekends only, 2027 unknown.
    expect(yearsThatCouldExtend('2027-01-06', '2027-01-07', calendar)).toEqual([2027]);
    // Friday 2027-01-08 … Monday 2027-01-11 across a weekend: four days.
    expect(yearsThatCouldExtend('2027-01-08', '2027-01-11', calendar)).toEqual([2027]);
  });

  it('is empty when a known working day stands in the way', () => {
    // Wednesday 2026-12-30 is a working day in the 2026 calendar.
    expect(yearsThatCouldExtend('2026-12-30', '2027-01-04', calendar)).toEqual([]);
  });

  it('is empty when the stretch is longer than any run a notice has set', () => {
    // 2027-01-06 … 2027-01-15 is 10 days: still possible; … 01-16 is 11: not.
    expect(yearsThatCouldExtend('2027-01-06', '2027-01-15', calendar)).toEqual([2027]);
    expect(yearsThatCouldExtend('2027-01-06', '2027-01-16', calendar)).toEqual([]);
  });

  it('is empty for a claim before the last day', () => {
    expect(yearsThatCouldExtend('2027-01-06', '2027-01-05', calendar)).toEqual([]);
  });
});

describe('the longest rest run, told by the calendar itself', () => {
  /** The run found day by day through kindOf, as for a calendar that cannot tell it. */
  function scanned(calendar: RestDayCalendar): number {
    let longest = 2;
    let current = 0;
    for (let day = `${calendar.firstYear}-01-01`; day <= `${calendar.lastYear}-12-31`; day = addDays(day, 1)) {
      current = calendar.kindOf(day).kind === 'working' ? 0 : current + 1;
      if (current > longest) longest = current;
    }
    return longest;
  }

  it('agrees with the day-by-day scan on the built-in calendar (the 2020 Spring Festival: 10 days)', () => {
    const calendar = restDayCalendarOf(restDayCalendar);
    expect(calendar.longestRestRun?.()).toBe(scanned(calendar));
    expect(calendar.longestRestRun?.()).toBe(10);
  });

  it('counts a run that starts with a weekend before its holiday, and stops at a worked weekend', () => {
    // 2033-01-01 is a Saturday: Sat 01-01, Sun 01-02, holiday Mon 01-03 … Wed 01-05 = 5 days;
    // Saturday 01-08 is worked in lieu, so the next weekend is a single Sunday.
    const calendar = restDayCalendarOf([{ year: 2033, notice: { title: '试例' }, holidays: [{ name: { 'zh-CN': '元旦', en: "New Year's Day" }, from: '2033-01-03', to: '2033-01-05' }], makeUpWorkdays: ['2033-01-08'] }] as never);
    expect(calendar.longestRestRun?.()).toBe(5);
    expect(scanned(calendar)).toBe(5);
    expect(longestRestRun(calendar)).toBe(5);
  });

  it('falls back to the scan for a calendar that cannot tell it', () => {
    const full = restDayCalendarOf(restDayCalendar);
    const plain: RestDayCalendar = { firstYear: full.firstYear, lastYear: full.lastYear, kindOf: (day) => full.kindOf(day) };
    expect(longestRestRun(plain)).toBe(10);
  });
});
