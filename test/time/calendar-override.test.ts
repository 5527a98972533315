/**
 * Issue 17, reproduction 10 (the library's side; the command line's is in
 * test/cli/calendar-override.test.ts): a loaded calendar may add years the library lacks;
 * replacing a year the library carries is refused unless the caller says so (`{ override: true }`),
 * and then the decision names the calendar and its digest, and `engine.digest` changes.
 */
import { describe, expect, it } from 'vitest';
import { calendarFrom } from '../../src/claim/calendar-from';
import { InvalidOptionsError } from '../../src/facade/decide-options';
import { restDayCalendarOf } from '../../src/time/rest-day-calendar';
import { calendarDigest } from '../../src/stamp/stamp';
import { decide, decisionSchema, defaultCalendar, restDayCalendar, safeDecide } from '../support/api';

/** Sold 2024-09-24, a listed fault, back on 2024-10-08: a refund only because National Day rolls the window's last day (2024-10-01) to 10-08. */
const nationalDay = {
  claimDate: '2024-10-08',
  item: { kind: 'handset', imei: '860000000000009' },
  sale: { date: '2024-09-24', priceFen: 399900 },
  fault: { codes: ['no-power-on'] },
};

const NOTICE = '2024年节假日（无假日的替换文件）';
/** A file giving 2024 with no holidays at all: with it, 2024-10-01 is an ordinary Tuesday. */
const bare2024 = { years: [{ year: 2024, notice: { title: NOTICE }, holidays: [], makeUpWorkdays: [] }] };
/** A file giving 2027, which the library lacks. */
const only2027 = { years: [{ year: 2027, notice: { title: '2027' }, holidays: [{ name: { 'zh-CN': '元旦', en: "New Year's Day" }, from: '2027-01-01', to: '2027-01-03' }], makeUpWorkdays: [] }] };

describe('reproduction 10: a loaded calendar replaces a year the library carries only when told to', () => {
  it('refuses a file that replaces 2024, at the year’s path, in both languages', () => {
    const loaded = calendarFrom(bare2024);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]).toMatchObject({ path: '$.years[0].year', code: 'value', received: '2024' });
    expect(loaded.errors[0]!.message.en).toContain('--calendar-override');
    expect(loaded.errors[0]!.message['zh-CN']).toContain('2024');
  });

  it('with override: the decision is the calendar’s, names the calendar and its digest, and the engine digest changes', () => {
    const national = decide(nationalDay);
    expect(national.verdict).toBe('refund');
    expect(national.calendar).toBeUndefined();
    const loaded = calendarFrom(bare2024, { override: true });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.replaces).toEqual([2024]);
    const decision = decide(nationalDay, { calendar: loaded.calendar });
    // Without the holiday the window ends Tuesday 2024-10-01: on 10-08 an exchange (day 14 of 15).
    expect(decision.verdict).toBe('exchange');
    expect(decision.dates.refundUntil).toBe('2024-10-01');
    const digest = calendarDigest(loaded.calendar)!;
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).not.toBe(calendarDigest(defaultCalendar()));
    expect(decision.calendar).toEqual({ digest, replaces: [{ year: 2024, notice: NOTICE }] });
    expect(decision.engine?.digest).not.toBe(national.engine?.digest);
    expect(decisionSchema.safeParse(decision).success).toBe(true);
    // The same under a profile: its stamp changes too.
    const huawei = decide(nationalDay, { policy: 'huawei', calendar: loaded.calendar });
    expect(huawei.calendar).toEqual(decision.calendar);
    expect(huawei.engine?.digest).not.toBe(decide(nationalDay, { policy: 'huawei' }).engine?.digest);
  });

  it('a file giving 2024 exactly as the library has it replaces nothing: no field, the same digest', () => {
    const same = { years: [restDayCalendar.find((year) => year.year === 2024)!] };
    const loaded = calendarFrom(JSON.parse(JSON.stringify(same)));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.replaces).toEqual([]);
    const decision = decide(nationalDay, { calendar: loaded.calendar });
    expect(decision).toEqual(decide(nationalDay));
  });

  it('a file adding 2027 is taken without override and changes no digest', () => {
    const loaded = calendarFrom(only2027);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.replaces).toEqual([]);
    const decision = decide(nationalDay, { calendar: loaded.calendar });
    expect(decision.calendar).toBeUndefined();
    expect(decision.engine).toEqual(decide(nationalDay).engine);
  });

  it('decide refuses a calendar built to replace library years without override, and one written by hand', () => {
    const withoutYear = restDayCalendarOf(restDayCalendar.filter((year) => year.year !== 2024));
    expect(withoutYear.replaces).toEqual([2024]);
    expect(() => decide(nationalDay, { calendar: withoutYear })).toThrow(InvalidOptionsError);
    expect(() => decide(nationalDay, { calendar: withoutYear })).toThrow(TypeError);
    const result = safeDecide(nationalDay, { calendar: withoutYear });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: 'options.calendar', code: 'type' });
    const overridden = restDayCalendarOf(
      restDayCalendar.filter((year) => year.year !== 2024),
      { override: true },
    );
    expect(decide(nationalDay, { calendar: overridden }).calendar?.replaces).toEqual([{ year: 2024 }]);
    const byHand = { firstYear: 2004, lastYear: 2026, kindOf: (day: string) => ({ day, kind: 'working' as const, makeUpWorkday: false, covered: true }) };
    expect(() => decide(nationalDay, { calendar: byHand })).toThrow(/built by calendarFrom or restDayCalendarOf/);
  });
});
