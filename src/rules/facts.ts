import { receiptDateOf } from '../claim/receipt-date';
import type { Claim } from '../claim/schema';
import { catalogue } from '../law/catalogue';
import { classifyFault } from './fault';
import { mp2001Governs } from './law-in-force';
import { proofOf } from './proof';
import type { Facts, Window, WindowName } from './facts-types';
import type { Params } from './national-parameters';
import type { CalendarDay } from '../time/calendar-day';
import { monthsLaterNumber } from '../time/add-months';
import { dayNumber } from '../time/day-number';
import type { PeriodLength } from '../time/period-end';
import { factoryFallbackStart, latestExchange, periodStart } from '../time/period-start';
import { extendByRepairs } from '../time/repair-days';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import { dayOfNumber, rollOverNumber } from '../engine/calendar-memo';
import type { RolledDay } from '../time/roll-over';
import { yearsThatCouldExtendNumber } from '../time/unknown-holidays';

/**
 * The facts of a claim ({@link Facts}): the legal tests the facts need (what the documents prove,
 * which faults the table lists, whether MP2001 governs the sale) are the rules' own, named and
 * cited beside their rules in this folder; this file only applies them and the parameters.
 */

const NONE: readonly number[] = [];
const NO_REPAIRS: Claim['history']['repairs'] = [];

/**
 * One window, worked out on day numbers: `from` is given both ways, `claimDayNumber` is the claim
 * date's number.
 */
function windowFrom(
  from: CalendarDay,
  fromNumber: number,
  length: PeriodLength,
  extend: boolean,
  claim: Claim,
  claimDayNumber: number,
  params: Params,
  calendar: RestDayCalendar,
): Window {
  const nominalNumber = 'days' in length ? fromNumber + wholeDays(length.days) : monthsLaterNumber(from, length.months);
  const extended = extendByRepairs(dayOfNumber(nominalNumber), extend ? claim.history.repairs : NO_REPAIRS, from, claim.claimDate);
  // `extendByRepairs` moves the end by exactly the days it counts.
  const extendedNumber = nominalNumber + extended.repairDays;
  if (!params.restDayRollOver) {
    const rolled: RolledDay = { nominal: extended.day, day: extended.day, skipped: [], uncoveredYears: [] };
    return { from, length, extended, rolled, last: extended.day, couldExtend: NONE };
  }
  const rolled = rollOverNumber(extendedNumber, calendar);
  // The rest days passed over follow one another from the extended end.
  const couldExtend = claimDayNumber > extendedNumber + rolled.skipped.length ? yearsThatCouldExtendNumber(extendedNumber, claimDayNumber, calendar) : NONE;
  return { from, length, extended, rolled, last: rolled.day, couldExtend };
}

/** A period's length in days, checked as `addDays` checks it. */
function wholeDays(days: number): number {
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return days;
}

/**
 * Derives the {@link Facts} of a claim under the parameters in force.
 *
 * @example
 * const facts = factsOf(claim, params, calendar);
 * facts.refund?.last //=> '2025-03-14' (sold Friday 2025-03-07: day 7 is Friday 03-14, a working day)
 */
export function factsOf(claim: Claim, params: Params, calendar: RestDayCalendar): Facts {
  const entry = catalogue[claim.item.kind];
  const periodMonths =
    claim.item.kind === 'battery' && claim.item.builtIn && params.builtInBatteryMonths !== null
      ? params.builtInBatteryMonths
      : params.periodMonths[claim.item.kind];
  const proof = proofOf(claim);
  const receiptDate = receiptDateOf(claim);
  const start =
    proof.level === 'factory' && claim.item.factoryDate !== undefined
      ? factoryFallbackStart(claim.item.factoryDate, params.factoryFallbackDays)
      : periodStart(claim.sale, params.clockStart);
  const lastExchange = params.exchangeRestartsPeriods ? latestExchange(start.day, claim.history.exchanges, claim.claimDate) : undefined;
  const unitStart = lastExchange ?? start.day;
  const itemClass = entry.class === 'not-listed' && periodMonths !== null ? 'accessory' : entry.class;
  // Before MP2001 no 三包 window or period existed: none is worked out, so none is reported.
  const lawExists = mp2001Governs(claim.sale.date);
  const windowed = lawExists && (itemClass === 'main-unit' || (itemClass === 'accessory' && params.accessoriesGetWindows));
  const extendWindows = params.repairDaysExtendWindows;
  // Each day read once as a number; the windows are worked out on numbers.
  const claimDayNumber = dayNumber(claim.claimDate);
  const startNumber = dayNumber(start.day);
  const unitStartNumber = unitStart === start.day ? startNumber : dayNumber(unitStart);
  const refund = windowed ? windowFrom(start.day, startNumber, params.refundWindow, extendWindows, claim, claimDayNumber, params, calendar) : undefined;
  const exchange = windowed ? windowFrom(unitStart, unitStartNumber, params.exchangeWindow, extendWindows, claim, claimDayNumber, params, calendar) : undefined;
  const warranty =
    periodMonths === null || !lawExists ? undefined : windowFrom(unitStart, unitStartNumber, { months: periodMonths }, true, claim, claimDayNumber, params, calendar);
  const freeMonths = params.freeRepairMonths;
  const freeRepair =
    warranty !== undefined && periodMonths !== null && freeMonths !== null && freeMonths < periodMonths
      ? windowFrom(unitStart, unitStartNumber, { months: freeMonths }, true, claim, claimDayNumber, params, calendar)
      : undefined;
  const terms = params.noReason;
  const noReason =
    lawExists && terms !== null && terms.channels.includes(claim.sale.channel)
      ? windowFrom(receiptDate, dayNumber(receiptDate), terms.length, false, claim, claimDayNumber, params, calendar)
      : undefined;
  const paid = claim.sale.paidFen;
  const byPaid = params.refundAtPaidPrice && paid !== undefined && paid !== claim.sale.priceFen;
  const amountFen = byPaid ? paid : claim.sale.priceFen;
  const subsidyFen = params.subsidyToProgramme ? Math.min(claim.sale.subsidyFen ?? 0, amountFen) : 0;
  const refundBase = { amountFen, basis: byPaid ? ('paid' as const) : ('invoice' as const), subsidyFen, consumerFen: amountFen - subsidyFen };
  const windows: [WindowName, Window][] = [];
  if (refund !== undefined) windows.push(['refund', refund]);
  if (exchange !== undefined) windows.push(['exchange', exchange]);
  if (warranty !== undefined) windows.push(['warranty', warranty]);
  if (noReason !== undefined) windows.push(['no-reason', noReason]);
  return {
    lawDate: claim.sale.date,
    receiptDate,
    item: { kind: entry.kind, class: itemClass, periodMonths },
    proof,
    start,
    lastExchange,
    unitStart,
    daysSinceStart: claimDayNumber - startNumber,
    daysSinceUnitStart: claimDayNumber - unitStartNumber,
    refund,
    exchange,
    warranty,
    freeRepair,
    noReason,
    windows,
    fault: classifyFault(claim, params, periodMonths !== null),
    refundBase,
    lawExists,
  };
}
