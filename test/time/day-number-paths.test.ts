/**
 * The number-based paths the engine works its windows out on (`monthsLaterNumber`,
 * `rollOverNumber`, `yearsThatCouldExtendNumber`) and the day names `dayOfNumber` keeps: each
 * must give what the calendar-day functions give, for every day claims have. `factsOf` also
 * relies on one invariant checked here: a rolled-over last day is its start plus the rest days
 * passed over.
 */
import { addMonths as dateFnsAddMonths } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { restDayCalendar } from '../../src/law/rest-day-calendar';
import { monthsLaterNumber } from '../../src/time/add-months';
import { dayNumber, dayOfNumber } from '../../src/time/day-number';
import { restDayCalendarOf } from '../../src/time/rest-day-calendar';
import { rollOver, rollOverNumber } from '../../src/time/roll-over';
import { yearsThatCouldExtend, yearsThatCouldExtendNumber } from '../../src/time/unknown-holidays';
import { fromNoon, toNoon } from '../support/noon-date';

const calendar = restDayCalendarOf(restDayCalendar);

/** The day a day number names by `Date` (UTC, so no host zone matters). */
const dayByDate = (number: number) => new Date(number * 86_400_000).toISOString().slice(0, 10);

/** Every day number from 1949-12-25 to 2200-01-05: across both ends of the kept day names. */
const FIRST = dayNumber('1949-12-25');
const LAST = dayNumber('2200-01-05');

describe('dayOfNumber', () => {
  it('names every day as `Date` does, the same string when asked twice', () => {
    for (let number = FIRST; number <= LAST; number += 1) {
      const name = dayByDate(number);
      expect(dayOfNumber(number)).toBe(name);
      expect(dayOfNumber(number)).toBe(name);
    }
  });
});

describe('monthsLaterNumber', () => {
  it('is the day number of what date-fns addMonths gives (I2: clamped to the month end)', () => {
    for (let number = dayNumber('1999-01-01'); number <= dayNumber('2031-12-31'); number += 1) {
      const day = dayOfNumber(number);
      for (const months of [1, 6, 12, 24, -1]) {
        expect(monthsLaterNumber(day, months), `${day} + ${months} months`).toBe(dayNumber(fromNoon(dateFnsAddMonths(toNoon(day), months))));
      }
      expect(monthsLaterNumber(day, 0)).toBe(number);
    }
  });

  it('throws on a fractional count or a string that is not a day, as addMonths does', () => {
    expect(() => monthsLaterNumber('2025-03-01', 1.5)).toThrow(RangeError);
    expect(() => monthsLaterNumber('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('rollOverNumber', () => {
  it('gives what rollOver gives, and its day is the start plus the rest days passed over', () => {
    for (let number = dayNumber('1999-01-01'); number <= dayNumber('2031-12-31'); number += 1) {
      const byNumber = rollOverNumber(number, calendar);
      const day = dayOfNumber(number);
      expect(byNumber).toEqual(rollOver(day, calendar));
      expect(byNumber.nominal).toBe(day);
      expect(dayNumber(byNumber.day)).toBe(number + byNumber.skipped.length);
    }
  });

  it('works outside the days kept in an array, too', () => {
    // Saturday 1980-03-08 moves to Monday 03-10 (no calendar for 1980: weekends only).
    const rolled = rollOverNumber(dayNumber('1980-03-08'), calendar);
    expect(rolled.day).toBe('1980-03-10');
    expect(rolled.uncoveredYears).toEqual([1980]);
  });
});

describe('yearsThatCouldExtendNumber', () => {
  it('gives what yearsThatCouldExtend gives for every last day and claim up to 12 days later', () => {
    for (let number = dayNumber('2024-11-01'); number <= dayNumber('2028-02-28'); number += 1) {
      for (let late = -1; late <= 12; late += 1) {
        const expected = yearsThatCouldExtend(dayOfNumber(number), dayOfNumber(number + late), calendar);
        expect(yearsThatCouldExtendNumber(number, number + late, calendar)).toEqual(expected);
      }
    }
  });

  it('names the uncovered year when a claim is a day past a last day in it', () => {
    // 2027 is not covered: Friday 2027-01-08 could be a holiday.
    expect(yearsThatCouldExtendNumber(dayNumber('2027-01-08'), dayNumber('2027-01-08'), calendar)).toEqual([2027]);
    // Wednesday 2026-12-30 is a known working day in the way.
    expect(yearsThatCouldExtendNumber(dayNumber('2026-12-30'), dayNumber('2027-01-04'), calendar)).toEqual([]);
  });
});
