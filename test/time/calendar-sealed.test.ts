/**
 * Issue 17, reproduction 3: `defaultCalendar()` and everything calendar-related is deeply frozen.
 * `defaultCalendar().kindOf = …`, directly or from inside one rule of one profile, must not change
 * any later decision, the national floor's included.
 */
import { describe, expect, it } from 'vitest';
import type { RestDayYear } from '../../src/law/rest-day-calendar';
import { RuleFailedError } from '../../src/engine/rule-failed-error';
import { definePolicy } from '../../src/policy/define-policy';
import { restDayCalendarOf } from '../../src/time/rest-day-calendar';
import { shop, shopClause } from '../support/shop';
import { decide, defaultCalendar, defineRule, nationalPolicy, restDayCalendar, SILENT } from '../support/api';

/**
 * Sold Tuesday 2024-09-24, a listed fault, back on 2024-10-08. The 7-day refund window's last day,
 * 2024-10-01, is National Day: it rolls over the holiday (10-01 … 10-07) to Tuesday 10-08 (I3), so
 * the refund stands on the claim day.
 */
const nationalDay = {
  claimDate: '2024-10-08',
  item: { kind: 'handset', imei: '860000000000009' },
  sale: { date: '2024-09-24', priceFen: 399900 },
  fault: { codes: ['no-power-on'] },
};

const working = (day: string) => ({ day, kind: 'working' as const, makeUpWorkday: false, covered: true });

describe('reproduction 3: the rest-day calendar cannot be changed in place', () => {
  it('refuses writes to defaultCalendar(), its functions and its notices, and decides as before', () => {
    const before = decide(nationalDay);
    expect(before.verdict).toBe('refund');
    expect(before.dates.refundUntil).toBe('2024-10-08');
    const calendar = defaultCalendar() as unknown as Record<string, unknown> & { years: RestDayYear[] };
    const writes: (() => void)[] = [
      () => {
        calendar.kindOf = working;
      },
      () => {
        calendar.lastYear = 1990;
      },
      () => {
        (calendar.kindOf as unknown as Record<string, unknown>).call = working;
      },
      () => {
        (calendar.years as unknown[]).length = 0;
      },
      () => {
        (calendar.years[20]!.holidays as unknown[]).length = 0;
      },
      () => {
        (calendar.years[20]!.holidays[0]!.name as { en: string }).en = 'x';
      },
    ];
    for (const write of writes) expect(write).toThrow(TypeError);
    expect(decide(nationalDay)).toEqual(before);
  });

  it('a profile rule that writes into ctx.calendar fails, named, and the next national decision is unchanged', () => {
    const before = decide(nationalDay);
    const rules = defineRule({
      id: 'my-shop.calendar-writer',
      describes: { 'zh-CN': '改写日历', en: 'writes into the calendar' },
      basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: ['policy:my-shop:extra'] }]],
      run: (context) => {
        (context.calendar as unknown as Record<string, unknown>).kindOf = working;
        return SILENT;
      },
    });
    const policy = definePolicy(nationalPolicy, shop({ extra: shopClause('附加', 'extra') }, { rules }));
    expect(() => decide(nationalDay, { policy })).toThrow(RuleFailedError);
    expect(decide(nationalDay)).toEqual(before);
  });

  it('keeps its own frozen copy of the notices it was built from: changing them afterwards changes nothing', () => {
    const years = restDayCalendar.map((year) => ({ ...year, holidays: year.holidays.map((span) => ({ ...span })) }));
    const calendar = restDayCalendarOf(years);
    const kind = calendar.kindOf('2024-10-01');
    years.find((year) => year.year === 2024)!.holidays.length = 0;
    expect(calendar.kindOf('2024-10-02')).toMatchObject({ kind: 'holiday' });
    expect(kind).toMatchObject({ kind: 'holiday' });
    expect(Object.isFrozen(calendar.years)).toBe(true);
    expect(calendar.years).not.toBe(years);
  });
});
