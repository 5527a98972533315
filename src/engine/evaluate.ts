import { receiptDateOf } from '../claim/receipt-date';
import type { Decision, Remedy } from '../claim/decision';
import type { Claim } from '../claim/schema';
import { paramsOn, type ParameterSet } from './parameters';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import type { CalendarDay } from '../time/calendar-day';
import type { PeriodLength } from '../time/period-end';
import type { PeriodStart } from '../time/period-start';
import type { DayKind } from '../time/rest-day-calendar';
import { type Facts, factsOf, type Window } from './facts';
import { type Hint, resolve } from './resolve';
import { runChain } from './run';
import { type Attributed, type RemedyType, type Route, type Rule, STRENGTH, type TraceEntry, type Verdict } from './types';
import type { OfferTerm } from './dominance';
import { withFact } from './with-fact';

/** What the engine needs of a profile: its parameters and its rules (never its id). */
export interface Profile {
  readonly parameters: ParameterSet;
  readonly rules: readonly Rule[];
}

/** The windows a decision derives, in the order they are shown. */
export const WINDOW_KEYS = ['refund', 'exchange', 'no-reason', 'free-repair', 'warranty'] as const;
export type WindowKey = (typeof WINDOW_KEYS)[number];

/**
 * How one window's last day came about (I1, I3, I5): the day it counts from, its length, the last
 * day by the length alone, the days in repair added and the day that gave, and the last day after
 * the rest-day roll-over with the rest days passed over.
 */
export interface WindowDerivation {
  readonly key: WindowKey;
  readonly from: CalendarDay;
  readonly length: PeriodLength;
  readonly nominal: CalendarDay;
  readonly repairDays: number;
  readonly extended: CalendarDay;
  readonly last: CalendarDay;
  readonly skipped: readonly DayKind[];
  /**
   * The years the rest-day calendar lacks whose days the roll-over judged by weekends alone: a
   * holiday of theirs could move this last day (I28), which is provisional until they are known.
   */
  readonly unknownHolidays?: readonly number[];
}

/** Where the clocks start and how every window's last day was reached: what a timeline draws. */
export interface Derivation {
  readonly start: PeriodStart;
  readonly windows: readonly WindowDerivation[];
}

/** The derivation of the windows the facts have, in {@link WINDOW_KEYS} order. */
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
    // A copy: the roll-over is cached and shared between decisions, a decision must not alias it.
    skipped: window.rolled.skipped.slice(),
    ...(window.rolled.uncoveredYears.length === 0 ? {} : { unknownHolidays: window.rolled.uncoveredYears.slice() }),
  };
}

/** A finding, and when it comes from only one of two merged runs, the profile whose run it comes from. */
export interface MarkedFinding extends Attributed {
  readonly under?: string;
}

/** A trace entry, marked with the profile whose run it belongs to when two runs were merged. */
export type MarkedTrace = TraceEntry & { readonly under?: string };

/**
 * A remedy the profile alone would have given less of than the statutory floor (MP2001 Arts.
 * 3–4): which remedy, how the profile fell short, the clauses found responsible and the
 * statutory citations that prevail. Structured: the wording is for `explain/`.
 */
export interface FloorShortfall {
  readonly remedy: RemedyType;
  /** A refund's route: which of two refunds fell short. */
  readonly route?: Route;
  readonly profileGives: Verdict;
  readonly profileOffer: 'none' | 'worse';
  /** For an offer on worse terms: the terms on which it fell short (`shortfallsOf`); empty for none offered. */
  readonly terms: readonly OfferTerm[];
  /** The clauses whose reversion to the floor restores the floor's offer (at least one). */
  readonly clauses: readonly string[];
  readonly prevails: readonly string[];
}

/**
 * One evaluation of a claim: everything a decision says, structured, nothing rendered. The
 * engine makes one per profile; the floor check merges two; `explain/` renders the result once.
 */
export interface Evaluation {
  readonly facts: Facts;
  readonly verdict: Verdict;
  readonly status: 'final' | 'provisional';
  readonly remedies: readonly Remedy[];
  /** Whether the verdict is what the consumer asked for; the resolver's own output. */
  readonly requestMet: boolean;
  /** The findings behind the reasons, in order. */
  readonly reasons: readonly MarkedFinding[];
  /** The warning, recourse and obligation findings, each list without repeats. */
  readonly warnings: readonly Attributed[];
  readonly recourse: readonly Attributed[];
  readonly obligations: readonly Attributed[];
  /** The facts the findings named as decisive. */
  readonly hints: readonly Hint[];
  readonly missing: Decision['missing'];
  readonly dates: Decision['dates'];
  readonly shortfalls: readonly FloorShortfall[];
  readonly trace: readonly MarkedTrace[];
  readonly derivation: Derivation;
}

/** Runs one profile's chain on a claim and resolves it. */
function resolveUnder(profile: Profile, claim: Claim, calendar: RestDayCalendar, known?: Facts) {
  const receiptDate = receiptDateOf(claim);
  const { params, cites, keys } = paramsOn(profile.parameters, claim.sale.date, receiptDate);
  const facts = known ?? factsOf(claim, params, calendar);
  const chain = runChain(profile.rules, claim, facts, params, cites, keys, calendar);
  const resolution = resolve(chain.findings, claim.request, params);
  return { facts, chain, verdict: resolution.verdict, status: resolution.status, remedies: resolution.remedies, requestMet: resolution.requestMet, hints: resolution.hints };
}

/**
 * The claim fields the facts do not read: the damage findings and other conditions, the
 * inspection's outcome and the fault's cause, the stock, the request, and a repair's delay cause
 * (`factsOf` reads only its days). Re-evaluating with one of them established reuses the facts
 * and runs only the rules; the parameters do not read them either (they are picked by the sale
 * and delivery dates). test/engine/facts-reuse.test.ts holds `factsOf` to this list.
 */
export const FIELDS_FACTS_DO_NOT_READ = /^(condition\.\w+|fault\.(inspection|cause)|stock\.\w+|request|history\.repairs\[\d+\]\.delayCause)$/;

/**
 * The facts named as decisive that would give a stronger verdict, each worked out by evaluating
 * the claim again with that fact established (one extra evaluation per fact named).
 */
function missingFacts(hints: readonly Hint[], verdict: Verdict, profile: Profile, claim: Claim, calendar: RestDayCalendar, facts: Facts): Decision['missing'] {
  const out: Decision['missing'] = [];
  // Nothing is stronger than a refund: no fact established could give more, so none is worked out.
  if (hints.length === 0 || STRENGTH[verdict] === STRENGTH.refund) return out;
  for (const hint of hints) {
    if (out.some((entry) => entry.fact === hint.fact)) continue;
    const would =
      hint.value === undefined
        ? hint.would
        : resolveUnder(profile, withFact(claim, hint.fact, hint.value), calendar, FIELDS_FACTS_DO_NOT_READ.test(hint.fact) ? facts : undefined).verdict;
    if (would === undefined || STRENGTH[would] <= STRENGTH[verdict]) continue;
    out.push({ fact: hint.fact, would, ...(hint.value === undefined ? {} : { value: hint.value }), rule: hint.rule });
  }
  return out;
}

/** The decision's dates: the period start and the last day of each window that exists. */
function datesOf(claim: Claim, facts: Facts): Decision['dates'] {
  const dates: { -readonly [K in keyof Decision['dates']]: Decision['dates'][K] } = { claimDate: claim.claimDate, periodStart: facts.start.day };
  if (facts.lastExchange !== undefined) dates.lastExchange = facts.lastExchange;
  if (facts.refund !== undefined) dates.refundUntil = facts.refund.last;
  if (facts.exchange !== undefined) dates.exchangeUntil = facts.exchange.last;
  if (facts.warranty !== undefined) dates.warrantyUntil = facts.warranty.last;
  if (facts.noReason !== undefined) dates.noReasonUntil = facts.noReason.last;
  return dates;
}

/**
 * Evaluates a parsed claim under one profile, with no floor comparison: the facts, the findings
 * in chain order, the remedies, the verdict and whether it meets the request, what is missing,
 * the dates and the trace. Never throws on a claim that passed the schema and a profile that
 * passed its checks (a profile's own failing rule is reported as `RuleFailedError`).
 */
export function evaluate(profile: Profile, claim: Claim, calendar: RestDayCalendar, options: { readonly missing?: boolean } = {}): Evaluation {
  const resolution = resolveUnder(profile, claim, calendar);
  const { facts, chain } = resolution;
  const warnings: Attributed[] = [];
  const recourse: Attributed[] = [];
  const obligations: Attributed[] = [];
  for (const entry of chain.findings) {
    const { finding } = entry;
    if (finding.effect === 'warn') warnings.push(entry);
    else if (finding.effect === 'recourse') recourse.push(entry);
    else if (finding.effect === 'note' && finding.obligation !== undefined) obligations.push(entry);
  }
  return {
    facts,
    verdict: resolution.verdict,
    status: resolution.status,
    remedies: resolution.remedies,
    requestMet: resolution.requestMet,
    reasons: chain.findings,
    warnings,
    recourse,
    obligations,
    hints: resolution.hints,
    missing: options.missing === false ? [] : missingFacts(resolution.hints, resolution.verdict, profile, claim, calendar, facts),
    dates: datesOf(claim, facts),
    shortfalls: [],
    trace: chain.trace,
    derivation: derivationOf(facts),
  };
}
