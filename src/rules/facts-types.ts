import type { ChainFacts } from '../engine/types';
import type { ItemClass, ItemKind } from '../law/catalogue';
import type { FaultCode, FaultRow } from '../law/performance-faults';
import type { CalendarDay } from '../time/calendar-day';
import type { PeriodLength } from '../time/period-end';
import type { PeriodStart } from '../time/period-start';
import type { ExtendedEnd } from '../time/repair-days';
import type { RolledDay } from '../time/roll-over';

/**
 * Facts: what the rules reason about, derived once from the claim and the parameters in force
 * (`factsOf`, src/rules/facts.ts). Dates here are final (start chosen, repair days added, rest
 * days rolled over); the rules only compare the claim date with them. The engine runs on any
 * facts that name the two dates picking a rule's version (`ChainFacts`); these are the national
 * rules' own, handed to the engine by `claimFacts` (src/rules/claim-facts.ts).
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

export interface Facts extends ChainFacts {
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
  /** How many days the claim date lies after the start: the claim's day of the period (day 1 is the day after the start, I1). */
  readonly daysSinceStart: number;
  /** How many days the claim date lies after {@link Facts.unitStart}: its day of the current unit's windows. */
  readonly daysSinceUnitStart: number;
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
