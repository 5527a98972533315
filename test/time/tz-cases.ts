/**
 * The fixed inputs the time-zone test runs in child processes under several `TZ` values, each with
 * the result worked out by hand from the calendar. Not a test file itself: `tz-probe.ts` runs these
 * cases and prints their results; `time-zones.test.ts` compares them.
 *
 * Zone facts used (tzdata):
 * - America/Los_Angeles: 2025-03-09 (Sunday) springs forward at 02:00; 2025-11-02 (Sunday) falls back at 02:00.
 * - Asia/Shanghai: China's daylight saving 1986–1991; in 1988 tzdata has it from Sunday 04-17 to
 *   Sunday 09-11 (the brief names Sunday 04-10; both are covered).
 * - Pacific/Apia: Samoa skipped Friday 2011-12-30 (Thursday 12-29 23:59 was followed by Saturday
 *   12-31 00:00). The calendar day 2011-12-30 still exists in China, so it must still work.
 */
import { restDayCalendar } from '../../src/law/rest-day-calendar';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInRepair,
  extendByRepairs,
  factoryFallbackStart,
  isCalendarDay,
  periodEnd,
  restDayCalendarOf,
  rollOver,
  splitCalendarDay,
} from '../../src/time/index';
import { fromNoon, toNoon } from '../support/noon-date';

const calendar = restDayCalendarOf(restDayCalendar);

export interface TzCase {
  readonly name: string;
  readonly run: () => unknown;
  /** Worked out by hand. */
  readonly expected: unknown;
}

const c = (name: string, run: () => unknown, expected: unknown): TzCase => ({ name, run, expected });

export const TZ_CASES: readonly TzCase[] = [
  // US daylight saving, 2025.
  c("addDays('2025-03-08', 1)", () => addDays('2025-03-08', 1), '2025-03-09'),
  c("addDays('2025-03-09', 1)", () => addDays('2025-03-09', 1), '2025-03-10'),
  c("addDays('2025-03-10', -2)", () => addDays('2025-03-10', -2), '2025-03-08'),
  c("addDays('2025-11-01', 1)", () => addDays('2025-11-01', 1), '2025-11-02'),
  c("addDays('2025-11-02', 1)", () => addDays('2025-11-02', 1), '2025-11-03'),
  c("daysBetween('2025-03-08', '2025-03-10')", () => daysBetween('2025-03-08', '2025-03-10'), 2),
  c("daysBetween('2025-11-01', '2025-11-03')", () => daysBetween('2025-11-01', '2025-11-03'), 2),
  c("daysBetween('2025-01-01', '2025-12-31')", () => daysBetween('2025-01-01', '2025-12-31'), 364),
  c("addMonths('2025-02-09', 1)", () => addMonths('2025-02-09', 1), '2025-03-09'),
  c("addMonths('2025-10-02', 1)", () => addMonths('2025-10-02', 1), '2025-11-02'),
  c("periodEnd('2025-03-02', { days: 7 })", () => periodEnd('2025-03-02', { days: 7 }), '2025-03-09'),
  c("fromNoon(toNoon('2025-03-09'))", () => fromNoon(toNoon('2025-03-09')), '2025-03-09'),
  c("toNoon('2025-03-09').getHours()", () => toNoon('2025-03-09').getHours(), 12),
  c("kindOf('2025-03-09').kind", () => calendar.kindOf('2025-03-09').kind, 'weekend'), // Sunday
  c("kindOf('2025-11-02').kind", () => calendar.kindOf('2025-11-02').kind, 'weekend'), // Sunday
  c("kindOf('2025-03-10').kind", () => calendar.kindOf('2025-03-10').kind, 'working'), // Monday
  c("rollOver('2025-03-08').day", () => rollOver('2025-03-08', calendar).day, '2025-03-10'), // Saturday → Monday
  c("rollOver('2025-11-01').day", () => rollOver('2025-11-01', calendar).day, '2025-11-03'), // Saturday → Monday
  c("daysInRepair(2025-03-08 → 2025-03-10)", () => daysInRepair({ handedIn: '2025-03-08', returned: '2025-03-10' }, '2025-04-01'), 2),

  // China's daylight saving, 1988.
  c("addDays('1988-04-09', 1)", () => addDays('1988-04-09', 1), '1988-04-10'),
  c("addDays('1988-04-10', 1)", () => addDays('1988-04-10', 1), '1988-04-11'),
  c("addDays('1988-04-16', 1)", () => addDays('1988-04-16', 1), '1988-04-17'),
  c("addDays('1988-04-17', 1)", () => addDays('1988-04-17', 1), '1988-04-18'),
  c("addDays('1988-09-10', 1)", () => addDays('1988-09-10', 1), '1988-09-11'),
  c("addDays('1988-09-11', 1)", () => addDays('1988-09-11', 1), '1988-09-12'),
  c("daysBetween('1988-04-09', '1988-04-18')", () => daysBetween('1988-04-09', '1988-04-18'), 9),
  c("daysBetween('1988-01-01', '1989-01-01')", () => daysBetween('1988-01-01', '1989-01-01'), 366),
  c("addMonths('1988-03-10', 1)", () => addMonths('1988-03-10', 1), '1988-04-10'),
  c("addMonths('1988-03-17', 1)", () => addMonths('1988-03-17', 1), '1988-04-17'),
  c("fromNoon(toNoon('1988-04-17'))", () => fromNoon(toNoon('1988-04-17')), '1988-04-17'),

  // Samoa's skipped day, 2011-12-30 (a Friday in China).
  c("isCalendarDay('2011-12-30')", () => isCalendarDay('2011-12-30'), true),
  c("splitCalendarDay('2011-12-30')", () => splitCalendarDay('2011-12-30'), { year: 2011, month: 12, day: 30 }),
  c("fromNoon(toNoon('2011-12-30'))", () => fromNoon(toNoon('2011-12-30')), '2011-12-30'),
  c("toNoon('2011-12-30').getDate()", () => toNoon('2011-12-30').getDate(), 30),
  c("addDays('2011-12-29', 1)", () => addDays('2011-12-29', 1), '2011-12-30'),
  c("addDays('2011-12-30', 1)", () => addDays('2011-12-30', 1), '2011-12-31'),
  c("addDays('2011-12-29', 2)", () => addDays('2011-12-29', 2), '2011-12-31'),
  c("addDays('2011-12-31', -1)", () => addDays('2011-12-31', -1), '2011-12-30'),
  c("daysBetween('2011-12-29', '2011-12-31')", () => daysBetween('2011-12-29', '2011-12-31'), 2),
  c("daysBetween('2011-12-30', '2011-12-31')", () => daysBetween('2011-12-30', '2011-12-31'), 1),
  c("daysBetween('2011-12-29', '2011-12-30')", () => daysBetween('2011-12-29', '2011-12-30'), 1),
  c("addMonths('2011-11-30', 1)", () => addMonths('2011-11-30', 1), '2011-12-30'),
  c("addMonths('2010-12-30', 12)", () => addMonths('2010-12-30', 12), '2011-12-30'),
  c("periodEnd('2011-12-23', { days: 7 })", () => periodEnd('2011-12-23', { days: 7 }), '2011-12-30'),
  // Friday 2011-12-30: an ordinary working day (the 2012 notice makes Saturday 12-31 a make-up day).
  c("kindOf('2011-12-30').kind", () => calendar.kindOf('2011-12-30').kind, 'working'),
  c("kindOf('2011-12-31')", () => calendar.kindOf('2011-12-31'), { day: '2011-12-31', kind: 'working', makeUpWorkday: true, covered: true }),
  c("rollOver('2011-12-30').day", () => rollOver('2011-12-30', calendar).day, '2011-12-30'),
  // Sunday 2012-01-01 … Tuesday 01-03 New Year; Wednesday 01-04.
  c("rollOver('2012-01-01').day", () => rollOver('2012-01-01', calendar).day, '2012-01-04'),
  c("daysInRepair(2011-12-29 → 2012-01-02)", () => daysInRepair({ handedIn: '2011-12-29', returned: '2012-01-02' }, '2012-01-10'), 4),
  c(
    'extendByRepairs(2011-12-28 + 2 days)',
    () => extendByRepairs('2011-12-28', [{ handedIn: '2011-12-20', returned: '2011-12-22' }], '2011-01-01', '2012-01-10').day,
    '2011-12-30',
  ),

  // Leap days and centuries.
  c("addMonths('2024-02-29', 12)", () => addMonths('2024-02-29', 12), '2025-02-28'),
  c("addMonths('2024-02-29', 48)", () => addMonths('2024-02-29', 48), '2028-02-29'),
  c("addMonths('2025-01-31', 1)", () => addMonths('2025-01-31', 1), '2025-02-28'),
  c("addDays('2100-02-28', 1)", () => addDays('2100-02-28', 1), '2100-03-01'),
  c("addDays('2000-02-28', 1)", () => addDays('2000-02-28', 1), '2000-02-29'),
  c("isCalendarDay('2100-02-29')", () => isCalendarDay('2100-02-29'), false),
  c("factoryFallbackStart('2025-01-10', 90)", () => factoryFallbackStart('2025-01-10', 90), { day: '2025-04-10', basis: 'factory' }),

  // Local mean time (before standard time): Shanghai until 1901, Los Angeles until noon of 1883-11-18.
  c("daysBetween('1899-12-31', '1901-01-01')", () => daysBetween('1899-12-31', '1901-01-01'), 366), // 1900 is common: 365 + 1
  c("addDays('1883-11-17', 1)", () => addDays('1883-11-17', 1), '1883-11-18'),
  c("addDays('1883-11-18', 1)", () => addDays('1883-11-18', 1), '1883-11-19'),

  // National Day 2025 roll-over and make-up day.
  c("rollOver('2025-10-03').day", () => rollOver('2025-10-03', calendar).day, '2025-10-09'),
  c("rollOver('2025-09-28').day", () => rollOver('2025-09-28', calendar).day, '2025-09-28'),
];

/** Runs every case; a throw is recorded as its error name. */
export function runTzCases(): Record<string, unknown> {
  const results: Record<string, unknown> = {};
  for (const entry of TZ_CASES) {
    try {
      results[entry.name] = entry.run();
    } catch (error) {
      results[entry.name] = { threw: error instanceof Error ? error.name : String(error) };
    }
  }
  return results;
}
