import { receiptDateOf } from '../claim/receipt-date';
import type { Claim } from '../claim/schema';
import { catalogue, type ItemClass, type ItemKind } from '../law/catalogue';
import type { FaultCode, FaultRow } from '../law/performance-faults';
import { classifyFault } from '../rules/fault';
import { mp2001Governs } from '../rules/law-in-force';
import { proofOf } from '../rules/proof';
import type { Params } from './parameters';
import type { CalendarDay } from '../time/calendar-day';
import { monthsLaterNumber } from '../time/add-months';
import { dayNumber, dayOfNumber } from '../time/day-number';
import type { PeriodLength } from '../time/period-end';
import { factoryFallbackStart, latestExchange, type PeriodStart, periodStart } from '../time/period-start';
import { type ExtendedEnd, extendByRepairs } from '../time/repair-days';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import { type RolledDay, rollOverNumber } from '../time/roll-over';
import { yearsThatCouldExtendNumber } from '../time/unknown-holidays';

/**
 * Facts: what the rules reason about, derived once from the claim and the parameters in force.
 * Dates here are final (start chosen, repair days added, rest days rolled over); the rules only
 * compare the claim date with them. The legal tests the facts need (what the documents prove,
 * which faults the table lists, whether MP2001 governs the sale) are the rules' own, named and
 * cited in src/rules; this file only applies them and the parameters.
 */

/** The windows a decision reports. */
export type WindowName = 'refund' | 'exchange' | 'warranty' | 'no-reason';

/** A window or period as the claim date is compared with it. */
export interface Window {
  /** The day it counts from (not itself counted, I1). */
  readonly from: CalendarDay;
  readonly length: PeriodLength;
  /** After the days in repair (I5). */
  readonly extended: ExtendedEnd;
  /** After the rest-day roll-over (I3). */
  readonly rolled: RolledDay;
  /** The last day on which a claim is in time. */
  readonly last: CalendarDay;
  /**
   * For a claim after {@link Window.last}: the years the calendar lacks whose holidays could move
   * the last day past the claim date (I28); empty when none could.
   */
  readonly couldExtend: readonly number[];
}

/** What the documents prove (I7, I8): decided by `proofOf` (src/rules/proof.ts). */
export interface ProofFacts {
  /**
   * `documents`: a valid invoice or 三包凭证; `secondary`: only an invoice copy or other proof of
   * the date; `factory`: only the IMEI's factory date; `none`: nothing.
   */
  readonly level: 'documents' | 'secondary' | 'factory' | 'none';
  /** The invoice names another IMEI than the phone's (it proves nothing for this phone). */
  readonly invoiceImeiMismatch: boolean;
  /** The card names another IMEI than the phone's. */
  readonly cardImeiMismatch: boolean;
  readonly cardAltered: boolean;
}

/** The fault as the performance-fault table classes it (I10, I17): decided by `classifyFault` (src/rules/fault.ts). */
export interface FaultFacts {
  /** The table row for this item; `null` for an item the table lacks. */
  readonly row: FaultRow | null;
  /** Codes listed in this item's row. */
  readonly listed: readonly FaultCode[];
  /** Codes not in this item's row that are product defects (`other`, or another row's code). */
  readonly unlisted: readonly FaultCode[];
  readonly cosmetic: boolean;
  /** Battery capacity measured below the threshold (I17). */
  readonly batteryCapacityLow: boolean | undefined;
  /** Whether there is a listed fault, counting a low battery capacity on a battery claim. */
  readonly hasListed: boolean;
  /** Nothing reported that could be a fault at all. */
  readonly none: boolean;
}

export interface Facts {
  /** The date that picks the law's version: the sale date. */
  readonly lawDate: CalendarDay;
  /** The day the consumer received the phone: the delivery date, else the sale date. */
  readonly receiptDate: CalendarDay;
  readonly item: { readonly kind: ItemKind; readonly class: ItemClass; readonly periodMonths: number | null };
  readonly proof: ProofFacts;
  /** When the clocks start (I4, and I7's factory fallback). */
  readonly start: PeriodStart;
  /** The latest 三包 exchange, if any (I6). */
  readonly lastExchange: CalendarDay | undefined;
  /** The day the current unit's exchange window and period count from. */
  readonly unitStart: CalendarDay;
  /** The claim's day number counted from the start (day 1 is the day after it). */
  readonly claimDay: number;
  /** The claim's day number counted from {@link Facts.unitStart}. */
  readonly unitDay: number;
  /** Main units: the Art. 11 window. */
  readonly refund: Window | undefined;
  /** Main units: the Art. 12 window (restarted by an exchange). */
  readonly exchange: Window | undefined;
  /** The 三包 period of the item (main unit or accessory); absent for an item without one. */
  readonly warranty: Window | undefined;
  /** The part of the period with free repair, where a profile limits it (the law does not). */
  readonly freeRepair: Window | undefined;
  /** Distance sales under a law that has one: the no-reason window. */
  readonly noReason: Window | undefined;
  /** The windows above that exist, by name, in that order. */
  readonly windows: readonly (readonly [name: WindowName, window: Window])[];
  readonly fault: FaultFacts;
  /**
   * What a full refund pays back (I15), and of it what goes to the consumer: less the part a
   * government subsidy paid, which goes back through the programme (I27).
   */
  readonly refundBase: {
    readonly amountFen: number;
    readonly basis: 'invoice' | 'paid';
    /** The subsidy returned to the programme rather than to the consumer (0 when none, or when a profile refunds it to the consumer). */
    readonly subsidyFen: number;
    /** `amountFen` less `subsidyFen`: what the consumer paid and gets back. */
    readonly consumerFen: number;
  };
  /** Whether the law the claim falls under existed: MP2001 for sales from 2001-11-15; before, no window existed. */
  readonly lawExists: boolean;
}

const NONE: readonly number[] = [];
const NO_REPAIRS: Claim['history']['repairs'] = [];

/**
 * One window, worked out on day numbers (the strings of the days it names come from
 * `dayOfNumber`, made once per day): `from` is given both ways, `claimDay` is the claim date's
 * number.
 */
function windowFrom(
  from: CalendarDay,
  fromNumber: number,
  length: PeriodLength,
  extend: boolean,
  claim: Claim,
  claimDay: number,
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
  const couldExtend = claimDay > extendedNumber + rolled.skipped.length ? yearsThatCouldExtendNumber(extendedNumber, claimDay, calendar) : NONE;
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
  const claimDay = dayNumber(claim.claimDate);
  const startDay = dayNumber(start.day);
  const unitDay = unitStart === start.day ? startDay : dayNumber(unitStart);
  const refund = windowed ? windowFrom(start.day, startDay, params.refundWindow, extendWindows, claim, claimDay, params, calendar) : undefined;
  const exchange = windowed ? windowFrom(unitStart, unitDay, params.exchangeWindow, extendWindows, claim, claimDay, params, calendar) : undefined;
  const warranty =
    periodMonths === null || !lawExists ? undefined : windowFrom(unitStart, unitDay, { months: periodMonths }, true, claim, claimDay, params, calendar);
  const freeMonths = params.freeRepairMonths;
  const freeRepair =
    warranty !== undefined && periodMonths !== null && freeMonths !== null && freeMonths < periodMonths
      ? windowFrom(unitStart, unitDay, { months: freeMonths }, true, claim, claimDay, params, calendar)
      : undefined;
  const terms = params.noReason;
  const noReason =
    lawExists && terms !== null && terms.channels.includes(claim.sale.channel)
      ? windowFrom(receiptDate, dayNumber(receiptDate), terms.length, false, claim, claimDay, params, calendar)
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
    claimDay: claimDay - startDay,
    unitDay: claimDay - unitDay,
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
