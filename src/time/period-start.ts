import { addDays } from './add-days';
import type { CalendarDay } from './calendar-day';

/** Which date starts the clock (I4). */
export type ClockStart = 'sale' | 'delivery';

/** The day a period starts, and why. */
export interface PeriodStart {
  readonly day: CalendarDay;
  /** `sale`: 售出之日 on the invoice; `delivery`: 交付 / 签收; `factory`: the factory date + N days. */
  readonly basis: 'sale' | 'delivery' | 'factory';
}

/**
 * The day the 三包 clocks start (I4). Under MP2001 the sale date on the invoice (售出之日 /
 * 开具发货票之日); for sales the 2024 实施条例 governs (from 2024-07-01) the delivery date, falling
 * back to the sale date when no delivery date is known. Which of the two applies is a parameter
 * chosen by the sale date, not decided here.
 *
 * @example
 * periodStart({ date: '2024-07-01', deliveredDate: '2024-07-03' }, 'delivery') //=> { day: '2024-07-03', basis: 'delivery' }
 * periodStart({ date: '2024-06-30', deliveredDate: '2024-07-03' }, 'sale')     //=> { day: '2024-06-30', basis: 'sale' }
 */
export function periodStart(
  sale: { readonly date: CalendarDay; readonly deliveredDate?: CalendarDay | undefined },
  clockStart: ClockStart,
): PeriodStart {
  if (clockStart === 'delivery' && sale.deliveredDate !== undefined && sale.deliveredDate !== sale.date) {
    return { day: sale.deliveredDate, basis: 'delivery' };
  }
  return { day: sale.date, basis: 'sale' };
}

/**
 * The start when neither invoice, 三包凭证, stub nor other proof of the date exists, but the IMEI
 * gives a factory date: the period starts `afterDays` (90) days after it (MP2001 lost-proof
 * article, I7).
 *
 * @example
 * factoryFallbackStart('2025-01-10', 90) //=> { day: '2025-04-10', basis: 'factory' }
 */
export function factoryFallbackStart(factoryDate: CalendarDay, afterDays: number): PeriodStart {
  return { day: addDays(factoryDate, afterDays), basis: 'factory' };
}

/**
 * The day the current unit's periods start: the latest 三包 exchange on or after `start` and on
 * or before `claimDate`, or `start` when there was none (I6: after an exchange the exchange
 * window and the repair period run anew from the exchange date).
 *
 * @example
 * latestExchange('2025-03-01', [{ date: '2025-03-10' }, { date: '2025-05-02' }], '2025-06-01') //=> '2025-05-02'
 * latestExchange('2025-03-01', [], '2025-06-01')                                             //=> undefined
 */
export function latestExchange(
  start: CalendarDay,
  exchanges: readonly { readonly date: CalendarDay }[],
  claimDate: CalendarDay,
): CalendarDay | undefined {
  let latest: CalendarDay | undefined;
  for (const exchange of exchanges) {
    if (exchange.date < start || exchange.date > claimDate) continue;
    if (latest === undefined || exchange.date > latest) latest = exchange.date;
  }
  return latest;
}
