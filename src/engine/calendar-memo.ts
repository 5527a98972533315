import { SlotCache, slotCache, weakCache } from './caches';
import type { CalendarDay } from '../time/calendar-day';
import { dayNumber, dayOfNumber as nameOf } from '../time/day-number';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import { type RolledDay, rollOverNumber as rolledOn } from '../time/roll-over';

/**
 * The calendar days the rules name, and their rest-day roll-over (`time/roll-over.ts`, I3), as
 * the rules ask for them: the same answers as `src/time/`, kept. The calendar arithmetic below the
 * engine is pure; the windows of claim after claim end on the same few hundred days, so the
 * engine keeps each day's name, and each day's roll-over per calendar, in arrays indexed by day
 * number over the days claims have (1990-01-01 … 2149-12-31). A day outside that span is worked
 * out each time it is asked for.
 */

/** The days whose answers are kept: one array slot each. */
const FIRST = dayNumber('1990-01-01');
const LAST = dayNumber('2149-12-31');

const names = slotCache<CalendarDay>('calendar-memo.day-names', 'the name (YYYY-MM-DD) of each day from 1990 to 2149', LAST - FIRST + 1);

/**
 * The calendar day a day number names (`time/day-number.ts`'s `dayOfNumber`), kept.
 *
 * @example
 * dayOfNumber(19782) //=> '2024-02-29'
 * dayOfNumber(-719468) //=> '0000-03-01'
 */
export function dayOfNumber(number: number): CalendarDay {
  const at = number - FIRST;
  let name = names.get(at);
  if (name === undefined) {
    name = nameOf(number);
    names.set(at, name);
  }
  return name;
}

const rolled = weakCache<RestDayCalendar, SlotCache<RolledDay>>('calendar-memo.roll-over', "a calendar's rest-day roll-over of each day from 1990 to 2149, in one slot a day");

/**
 * {@link rollOver} of a day given as its number. The day the answer names is
 * `number + skipped.length` (the rest days passed over follow one another).
 *
 * @example
 * rollOverNumber(20155, calendar).day //=> '2025-03-10' (20155 is Saturday 2025-03-08)
 * rollOverNumber(20155, calendar) === rollOverNumber(20155, calendar) //=> true
 * Object.isFrozen(rollOverNumber(20155, calendar).skipped) //=> true
 */
export function rollOverNumber(number: number, calendar: RestDayCalendar): RolledDay {
  let days = rolled.get(calendar);
  if (days === undefined) {
    days = new SlotCache<RolledDay>(LAST - FIRST + 1);
    rolled.set(calendar, days);
  }
  const at = number - FIRST;
  let answer = days.get(at);
  if (answer === undefined) {
    answer = frozen(rolledOn(number, calendar));
    days.set(at, answer);
  }
  return answer;
}

/**
 * The last day of a period after the rest-day roll-over (`time/roll-over.ts`), kept as
 * {@link rollOverNumber} keeps it.
 *
 * @example
 * rollOver('2025-10-03', calendar).day //=> '2025-10-09'
 */
export function rollOver(day: CalendarDay, calendar: RestDayCalendar): RolledDay {
  return rollOverNumber(dayNumber(day), calendar);
}

/** Shared between decisions: nothing a decision does may write into it. */
function frozen(day: RolledDay): RolledDay {
  Object.freeze(day.skipped);
  Object.freeze(day.uncoveredYears);
  return Object.freeze(day);
}
