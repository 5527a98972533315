/**
 * Speed lives in the engine (issue 20 item 3): `src/time/` works out a day's name and its
 * rest-day roll-over afresh on every call, and the engine keeps the answers the rules ask for
 * (`src/engine/calendar-memo.ts`). What it keeps must be what `src/time/` says, frozen, and kept
 * per calendar: another calendar gets its own answers.
 */
import { describe, expect, it } from 'vitest';
import { restDayCalendar } from '../../src/law/rest-day-calendar';
import { dayOfNumber as keptName, rollOver as keptRollOver, rollOverNumber as keptRollOverNumber } from '../../src/engine/calendar-memo';
import { dayNumber, dayOfNumber } from '../../src/time/day-number';
import { restDayCalendarOf } from '../../src/time/rest-day-calendar';
import { rollOver, rollOverNumber } from '../../src/time/roll-over';

const library = restDayCalendarOf(restDayCalendar);
/** The library's years less 2025's notice: 2025 then has weekends only (and is not covered). */
const without2025 = restDayCalendarOf(restDayCalendar.filter((year) => year.year !== 2025), { override: true });

const numbersFrom = (first: string, last: string) => {
  const numbers: number[] = [];
  for (let number = dayNumber(first); number <= dayNumber(last); number += 1) numbers.push(number);
  return numbers;
};

describe('the day names and roll-overs the engine keeps', () => {
  it('are what src/time/ works out, for every day of 2018–2032, under two calendars', () => {
    for (const calendar of [library, without2025]) {
      for (const number of numbersFrom('2018-01-01', '2032-12-31')) {
        expect(keptName(number)).toBe(dayOfNumber(number));
        expect(keptRollOverNumber(number, calendar)).toEqual(rollOverNumber(number, calendar));
      }
    }
  });

  it('are worked out, not kept, outside 1990–2149, and still right there', () => {
    for (const day of ['1989-12-30', '2150-01-04', '1800-03-01', '2300-12-31']) {
      expect(keptName(dayNumber(day))).toBe(day);
      expect(keptRollOver(day, library)).toEqual(rollOver(day, library));
    }
    // 1989-12-30 was a Saturday (no notice for 1989: weekends only): Monday 1990-01-01 is next.
    expect(keptRollOver('1989-12-30', library)).toMatchObject({ day: '1990-01-01', uncoveredYears: [1989, 1990] });
  });

  it('keep each calendar apart: National Day 2025 moves under the library’s calendar, not under one without 2025', () => {
    // Friday 2025-10-03 is inside the 2025 National Day holiday (10-01 … 10-08); without the
    // notice it is a working day and does not move.
    expect(keptRollOver('2025-10-03', library).day).toBe('2025-10-09');
    expect(keptRollOver('2025-10-03', without2025).day).toBe('2025-10-03');
    expect(keptRollOver('2025-10-03', without2025).uncoveredYears).toEqual([2025]);
    expect(keptRollOver('2025-10-03', library).day).toBe('2025-10-09');
  });

  it('hand out frozen answers, the same object each time, so that no decision can write into another’s', () => {
    const first = keptRollOver('2025-03-08', library);
    expect(keptRollOver('2025-03-08', library)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.skipped)).toBe(true);
    expect(Object.isFrozen(first.uncoveredYears)).toBe(true);
    expect(() => (first.skipped as unknown[]).push('x')).toThrow(TypeError);
  });
});

describe('src/time/ keeps nothing between calls', () => {
  it('gives a fresh answer each time: writing into one changes no later answer', () => {
    const answer = rollOver('2025-03-08', library);
    (answer.skipped as unknown[]).length = 0;
    (answer.uncoveredYears as number[]).push(1900);
    const again = rollOver('2025-03-08', library);
    expect(again).not.toBe(answer);
    expect(again.skipped.map((kind) => kind.day)).toEqual(['2025-03-08', '2025-03-09']);
    expect(again.uncoveredYears).toEqual([]);
  });
});
