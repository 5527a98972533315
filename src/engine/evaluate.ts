import { receiptDateOf } from '../claim/receipt-date';
import type { Decision, Remedy } from '../claim/decision';
import type { Claim } from '../claim/schema';
import { type EngineParams, type ParameterSetOf, paramsOn } from './parameters';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import type { CalendarDay } from '../time/calendar-day';
import type { PeriodLength } from '../time/period-end';
import type { PeriodStart } from '../time/period-start';
import type { DayKind } from '../time/rest-day-calendar';
import { type Hint, resolve } from './resolve';
import { runChain } from './run';
import { type Attributed, type ChainFacts, type RemedyType, type Route, type Rule, STRENGTH, type TraceEntry, type Verdict } from './types';
import type { OfferTerm } from './dominance';
import type { WindowKey } from '../claim/window-keys';
import { withFact } from './with-fact';

/** What the engine needs of a profile: its parameters and its rules (never its id). */
export interface Profile<P extends EngineParams = EngineParams> {
  readonly parameters: ParameterSetOf<P>;
  readonly rules: readonly Rule[];
}

/**
 * What the engine needs of the facts its rules reason about, given by the rules
 * (`claimFacts`, src/rules/claim-facts.ts): how to derive them from a claim under the parameters
 * in force, and what of them a decision reports (its dates, and how the windows came about).
 */
export interface FactsModel<F extends ChainFacts, P extends EngineParams = EngineParams> {
  factsOf(claim: Claim, params: P, calendar: RestDayCalendar): F;
  datesOf(claim: Claim, facts: F): Decision['dates'];
  derivationOf(facts: F): Derivation;
  /**
   * The claim fields `factsOf` does not read: re-evaluating with one of them established reuses
   * the facts and runs only the rules.
   */
  readonly fieldsNotRead: RegExp;
  /**
   * Whether `factsOf` gives the same facts for this claim under both parameter sets, so that a
   * profile's evaluation may take facts worked out under another's (the floor's). Absent: never.
   */
  factsAgree?(a: P, b: P, claim: Claim): boolean;
}

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
 * A profile's clause the floor set aside on this claim's dates with no shortfall to name it (issue
 * 18): the law's later date stood. The parameter the clause sets, its value and the floor's for
 * this sale, the statutory citations that prevail. Structured: the wording is for `explain/`.
 */
export interface ClauseSetAside {
  readonly clause: string;
  readonly parameter: string;
  readonly profileValue: unknown;
  readonly floorValue: unknown;
  readonly prevails: readonly string[];
}

/**
 * One evaluation of a claim: everything a decision says, structured, nothing rendered. The
 * engine makes one per profile; the floor check merges two; `explain/` renders the result once.
 */
export interface Evaluation<F extends ChainFacts = ChainFacts> {
  readonly facts: F;
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
  /** Under a profile: the clauses set aside on the dates that no shortfall names (absent when none). */
  readonly setAside?: readonly ClauseSetAside[];
  readonly trace: readonly MarkedTrace[];
  readonly derivation: Derivation;
}

/**
 * Facts already worked out for the same claim and calendar under another profile (the floor's),
 * with the parameters they were worked out under: taken as they are where the parameters the
 * facts read agree (`factsAgree`), worked out again otherwise.
 */
export interface KnownFacts<F extends ChainFacts = ChainFacts, P extends EngineParams = EngineParams> {
  readonly facts: F;
  readonly params: P;
}

/** Runs one profile's chain on a claim and resolves it. */
function resolveUnder<F extends ChainFacts, P extends EngineParams>(model: FactsModel<F, P>, profile: Profile<P>, claim: Claim, calendar: RestDayCalendar, known?: F, shared?: KnownFacts<F, P>) {
  const receiptDate = receiptDateOf(claim);
  const { params, cites, keys } = paramsOn(profile.parameters, claim.sale.date, receiptDate);
  const facts = known ?? (shared !== undefined && model.factsAgree?.(shared.params, params, claim) === true ? shared.facts : model.factsOf(claim, params, calendar));
  const chain = runChain(profile.rules, claim, facts, params, cites, keys, calendar);
  const resolution = resolve(chain.findings, claim.request, params);
  return { facts, chain, verdict: resolution.verdict, status: resolution.status, remedies: resolution.remedies, requestMet: resolution.requestMet, hints: resolution.hints };
}

/**
 * The facts named as decisive that would give a stronger verdict, each worked out by evaluating
 * the claim again with that fact established (one extra evaluation per fact named).
 */
function missingFacts<F extends ChainFacts, P extends EngineParams>(
  model: FactsModel<F, P>,
  hints: readonly Hint[],
  verdict: Verdict,
  profile: Profile<P>,
  claim: Claim,
  calendar: RestDayCalendar,
  facts: F,
): Decision['missing'] {
  const out: Decision['missing'] = [];
  // Nothing is stronger than a refund: no fact established could give more, so none is worked out.
  if (hints.length === 0 || STRENGTH[verdict] === STRENGTH.refund) return out;
  for (const hint of hints) {
    if (out.some((entry) => entry.fact === hint.fact)) continue;
    const would =
      hint.value === undefined
        ? hint.would
        : resolveUnder(model, profile, withFact(claim, hint.fact, hint.value), calendar, model.fieldsNotRead.test(hint.fact) ? facts : undefined).verdict;
    if (would === undefined || STRENGTH[would] <= STRENGTH[verdict]) continue;
    out.push({ fact: hint.fact, would, ...(hint.value === undefined ? {} : { value: hint.value }), rule: hint.rule });
  }
  return out;
}

/**
 * Evaluates a parsed claim under one profile, with no floor comparison, on the facts `model` derives: the facts, the findings
 * in chain order, the remedies, the verdict and whether it meets the request, what is missing,
 * the dates and the trace. Never throws on a claim that passed the schema and a profile that
 * passed its checks (a profile's own failing rule is reported as `RuleFailedError`).
 */
export function evaluate<F extends ChainFacts, P extends EngineParams>(
  model: FactsModel<F, P>,
  profile: Profile<P>,
  claim: Claim,
  calendar: RestDayCalendar,
  options: { readonly missing?: boolean; readonly shared?: KnownFacts<F, P> } = {},
): Evaluation<F> {
  const resolution = resolveUnder(model, profile, claim, calendar, undefined, options.shared);
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
    missing: options.missing === false ? [] : missingFacts(model, resolution.hints, resolution.verdict, profile, claim, calendar, facts),
    dates: model.datesOf(claim, facts),
    shortfalls: [],
    trace: chain.trace,
    derivation: model.derivationOf(facts),
  };
}
