import type { Decision } from '../claim/decision';
import type { Claim } from '../claim/schema';
import type { WindowKey } from '../claim/window-keys';
import type { Derivation, FactsModel, WindowDerivation } from '../engine/evaluate';
import { factsOf } from './facts';
import { factsAgree } from './shared-facts';
import type { Facts, Window } from './facts-types';

/**
 * The claim fields the facts do not read: the damage findings and other conditions, the
 * inspection's outcome and the fault's cause, the stock, the request, and a repair's delay cause
 * (`factsOf` reads only its days). Re-evaluating with one of them established reuses the facts
 * and runs only the rules; the parameters do not read them either (they are picked by the sale
 * and delivery dates). test/engine/facts-reuse.test.ts holds `factsOf` to this list.
 */
export const FIELDS_FACTS_DO_NOT_READ = /^(condition\.\w+|fault\.(inspection|cause)|stock\.\w+|request|history\.repairs\[\d+\]\.delayCause)$/;

/** The derivation of the windows the facts have, in `WINDOW_KEYS` order. */
export function derivationOf(facts: Facts): Derivation {
  const windows: WindowDerivation[] = [];
  if (facts.refund !== undefined) windows.push(windowDerivation('refund', facts.refund));
  if (facts.exchange !== undefined) windows.push(windowDerivation('exchange', facts.exchange));
  if (facts.noReason !== undefined) windows.push(windowDerivation('no-reason', facts.noReason));
  if (facts.freeRepair !== undefined) windows.push(windowDerivation('free-repair', facts.freeRepair));
  if (facts.warranty !== undefined) windows.push(windowDerivation('warranty', facts.warranty));
  return { start: facts.start, windows };
}

function windowDerivation(key: WindowKey, window: Window): WindowDerivation {
  return {
    key,
    from: window.from,
    length: window.length,
    nominal: window.extended.nominal,
    repairDays: window.extended.repairDays,
    extended: window.extended.day,
    last: window.last,
    // A copy: the window's days are shared between decisions, and a decision is its caller's to change.
    skipped: [...window.rolled.skipped],
    ...(window.rolled.uncoveredYears.length === 0 ? {} : { unknownHolidays: [...window.rolled.uncoveredYears] }),
  };
}

/** The decision's dates: the period start and the last day of each window that exists. */
export function datesOf(claim: Claim, facts: Facts): Decision['dates'] {
  const dates: { -readonly [K in keyof Decision['dates']]: Decision['dates'][K] } = { claimDate: claim.claimDate, periodStart: facts.start.day };
  if (facts.lastExchange !== undefined) dates.lastExchange = facts.lastExchange;
  if (facts.refund !== undefined) dates.refundUntil = facts.refund.last;
  if (facts.exchange !== undefined) dates.exchangeUntil = facts.exchange.last;
  if (facts.warranty !== undefined) dates.warrantyUntil = facts.warranty.last;
  if (facts.noReason !== undefined) dates.noReasonUntil = facts.noReason.last;
  return dates;
}

/**
 * The facts of a 三包 claim as the engine takes them (`evaluate(claimFacts, profile, claim, …)`):
 * derived by {@link factsOf}, reported as the decision's dates and derivation.
 */
export const claimFacts: FactsModel<Facts> = Object.freeze({ factsOf, datesOf, derivationOf, fieldsNotRead: FIELDS_FACTS_DO_NOT_READ, factsAgree });
