/**
 * `src/time/roll-over.ts`: a last day that falls on a rest day moves to the next working day
 * (民法典 Art. 203, MP2001 period article, I3). A Saturday or Sunday worked in lieu (调休) is a
 * working day and does not move.
 *
 * Weekdays were read off a printed calendar and are noted beside each date.
 */
import { describe, expect, it } from 'vitest';
import { restDayCalendar } from '../../src/law/rest-day-calendar';
import { restDayCalendarOf, type DayKind, type RestDayCalendar } from '../../src/time/rest-day-calendar';
import { rollOver } from '../../src/time/roll-over';

const calendar = restDayCalendarOf(restDayCalendar);

const days = (kinds: readonly DayKind[]) => kinds.map((kind) => kind.day);
const kinds = (list: readonly DayKind[]) => list.map((kind) => kind.kind);

describe('rollOver', () => {
  it('matches the TSDoc examples', () => {
    expect(rollOver('2025-10-03', calendar).day).toBe('2025-10-09');
    expect(rollOver('2025-09-28', calendar).day).toBe('2025-09-28');
    const weekend = rollOver('2025-03-08', calendar);
    expect(weekend.day).toBe('2025-03-10');
    expect(days(weekend.skipped)).toEqual(['2025-03-08', '2025-03-09']);
  });

  it('does not move a working day', () => {
    // Friday 2025-03-07.
    expect(rollOver('2025-03-07', calendar)).toEqual({ nominal: '2025-03-07', day: '2025-03-07', skipped: [], uncoveredYears: [] });
    // Monday 2025-03-10, Thursday 2024-02-29.
    expect(rollOver('2025-03-10', calendar).day).toBe('2025-03-10');
    expect(rollOver('2024-02-29', calendar).day).toBe('2024-02-29');
  });

  it('moves a Saturday and a Sunday to Monday, listing the weekend days it passed', () => {
    const saturday = rollOver('2025-03-08', calendar); // Saturday
    expect(saturday).toEqual({
      nominal: '2025-03-08',
      day: '2025-03-10', // Monday
      skipped: [
        { day: '2025-03-08', kind: 'weekend', makeUpWorkday: false, covered: true },
        { day: '2025-03-09', kind: 'weekend', makeUpWorkday: false, covered: true },
      ],
      uncoveredYears: [],
    });
    expect(rollOver('2025-03-09', calendar).day).toBe('2025-03-10'); // Sunday → Monday
  });

  it('moves a weekend across a month end', () => {
    expect(rollOver('2025-11-29', calendar).day).toBe('2025-12-01'); // Saturday → Monday
    expect(rollOver('2025-11-30', calendar).day).toBe('2025-12-01'); // Sunday → Monday
  });

  it('moves a day of National Day 2025 (10-01 … 10-08) to Thursday 10-09', () => {
    const first = rollOver('2025-10-01', calendar); // Wednesday
    expect(first.day).toBe('2025-10-09');
    expect(days(first.skipped)).toEqual(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08']);
    expect(kinds(first.skipped)).toEqual(Array(8).fill('holiday'));
    expect(first.skipped[0]?.holiday?.['zh-CN']).toBe('中秋节、国庆节');
    expect(rollOver('2025-10-08', calendar).day).toBe('2025-10-09');
    expect(rollOver('2025-10-04', calendar).day).toBe('2025-10-09'); // a Saturday inside the holiday
  });

  it('does not move a last day on a make-up working day', () => {
    // Sunday 2025-09-28 and Saturday 2025-10-11 were worked in lieu of National Day.
    expect(rollOver('2025-09-28', calendar)).toEqual({ nominal: '2025-09-28', day: '2025-09-28', skipped: [], uncoveredYears: [] });
    expect(rollOver('2025-10-11', calendar)).toEqual({ nominal: '2025-10-11', day: '2025-10-11', skipped: [], uncoveredYears: [] });
  });

  it('moves the Saturday before a make-up Sunday to that Sunday', () => {
    // Saturday 2025-09-27 is a rest day; Sunday 09-28 is worked.
    const result = rollOver('2025-09-27', calendar);
    expect(result.day).toBe('2025-09-28');
    expect(kinds(result.skipped)).toEqual(['weekend']);
  });

  it('moves onto a make-up Sunday at the end of a holiday', () => {
    // New Year 2026: Thursday 01-01 … Saturday 01-03 off, Sunday 01-04 worked.
    expect(rollOver('2026-01-01', calendar).day).toBe('2026-01-04');
    // Spring Festival 2024: Saturday 02-10 … Saturday 02-17 off, Sunday 02-18 worked.
    expect(rollOver('2024-02-10', calendar).day).toBe('2024-02-18');
  });

  it('moves a holiday that ends on a weekend past it', () => {
    // Dragon Boat 2025: Saturday 05-31 … Monday 06-02 off; Tuesday 06-03 is the next working day.
    expect(rollOver('2025-05-31', calendar).day).toBe('2025-06-03');
    // Qingming 2025: Friday 04-04 … Sunday 04-06; Monday 04-07.
    expect(rollOver('2025-04-04', calendar).day).toBe('2025-04-07');
  });

  it('moves Spring Festival 2025 (01-28 … 02-04) to Wednesday 02-05', () => {
    const result = rollOver('2025-01-28', calendar);
    expect(result.day).toBe('2025-02-05');
    expect(result.skipped).toHaveLength(8);
  });

  it('moves through the 10-day Spring Festival of 2020 (extended for COVID-19)', () => {
    // Friday 2020-01-24 … Sunday 2020-02-02 off; Monday 02-03.
    const result = rollOver('2020-01-24', calendar);
    expect(result.day).toBe('2020-02-03');
    expect(result.skipped).toHaveLength(10);
  });

  it('moves across a year end', () => {
    // Saturday 2022-12-31 … Monday 2023-01-02 (New Year 2023, one span); Tuesday 2023-01-03.
    const newYear2023 = rollOver('2022-12-31', calendar);
    expect(newYear2023.day).toBe('2023-01-03');
    expect(kinds(newYear2023.skipped)).toEqual(['holiday', 'holiday', 'holiday']);
    expect(newYear2023.uncoveredYears).toEqual([]);
    // Saturday 2023-12-30, Sunday 12-31, Monday 2024-01-01 (New Year); Tuesday 2024-01-02.
    const newYear2024 = rollOver('2023-12-30', calendar);
    expect(newYear2024.day).toBe('2024-01-02');
    expect(kinds(newYear2024.skipped)).toEqual(['weekend', 'weekend', 'holiday']);
  });

  it('applies weekends only in a year the calendar lacks, and reports it', () => {
    // Saturday 2031-01-04 → Monday 2031-01-06.
    const result = rollOver('2031-01-04', calendar);
    expect(result).toEqual({
      nominal: '2031-01-04',
      day: '2031-01-06',
      skipped: [
        { day: '2031-01-04', kind: 'weekend', makeUpWorkday: false, covered: false },
        { day: '2031-01-05', kind: 'weekend', makeUpWorkday: false, covered: false },
      ],
      uncoveredYears: [2031],
    });
  });

  it('reports an uncovered year even when the day does not move', () => {
    // Wednesday 2031-01-01: no notice, so not known as New Year's Day.
    expect(rollOver('2031-01-01', calendar)).toEqual({ nominal: '2031-01-01', day: '2031-01-01', skipped: [], uncoveredYears: [2031] });
    // Friday 2027-01-01, the year after the last notice.
    expect(rollOver('2027-01-01', calendar).uncoveredYears).toEqual([2027]);
    // Wednesday 2003-10-01, before the first notice.
    expect(rollOver('2003-10-01', calendar).uncoveredYears).toEqual([2003]);
  });

  it('reports only the uncovered years it looked at, once each', () => {
    // Hand-made: a 2030 notice with Saturday 2030-12-28 … Tuesday 12-31 off; 2031 has no notice.
    const built = restDayCalendarOf([
      {
        year: 2030,
        notice: { title: '2030' },
        holidays: [{ name: { 'zh-CN': '测试', en: 'Test' }, from: '2030-12-28', to: '2030-12-31' }],
        makeUpWorkdays: [],
      },
    ]);
    const result = rollOver('2030-12-30', built);
    expect(result.day).toBe('2031-01-01'); // Wednesday, uncovered, so a working day
    expect(days(result.skipped)).toEqual(['2030-12-30', '2030-12-31']);
    expect(result.uncoveredYears).toEqual([2031]);
    // An uncovered weekend spanning two uncovered years: Saturday 2033-12-31, Sunday 2034-01-01 → Monday 01-02.
    const twoYears = rollOver('2033-12-31', built);
    expect(twoYears.day).toBe('2034-01-02');
    expect(twoYears.uncoveredYears).toEqual([2033, 2034]);
  });

  it('keeps the nominal day', () => {
    expect(rollOver('2025-10-03', calendar).nominal).toBe('2025-10-03');
  });

  it('gives up after a bounded run of rest days', () => {
    const restless: RestDayCalendar = {
      firstYear: 2025,
      lastYear: 2025,
      kindOf: (day) => ({ day, kind: 'holiday', makeUpWorkday: false, covered: true }),
    };
    const result = rollOver('2025-01-01', restless);
    expect(result.skipped.length).toBeGreaterThan(10); // longer than any real run
    expect(result.skipped.length).toBeLessThanOrEqual(31);
  });

  it('throws a RangeError for a day that is not a calendar day', () => {
    expect(() => rollOver('2025-02-30', calendar)).toThrow(RangeError);
  });
});
