import { type Decision, decisionSchema } from '../claim/decision';
import { decideClaim } from '../facade/decide';
import { RuleFailedError } from '../engine/rule-failed-error';
import { InvalidPolicyError } from '../policy/invalid-policy-error';
import { parseClaim } from '../claim/parse';
import type { Policy } from '../policy/policy';
import { policyById, shippedPolicies } from '../policy/registry';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import { compareCitations } from './compare-citations';
import { compareOutcome } from './compare-outcome';
import { compareDates, compareReported } from './compare-reported';
import { compareRemedies } from './compare-remedies';
import { compareTrace } from './compare-trace';
import { type Fixture, type FixtureExpect, fixtureSchema } from './fixture';
import { fixtureProblems } from './fixture-problems';
import type { Mismatch } from './mismatch';
import en from 'zod/v4/locales/en.js';

/**
 * zod's issues worded in English for the fixture and decision checks, whose mismatches quote them.
 * Given to each parse, not set with `z.config`: zod is the program's (a peer dependency), and its
 * global settings are the program's to choose, not a side effect of importing this library.
 */
const IN_ENGLISH = { error: en().localeError };

export interface CheckFixtureOptions {
  /**
   * The profile for a fixture that names none (a shipped profile's id, or a profile of your own);
   * the national floor by default. A fixture that names a profile is decided under that one: the
   * profile given here when its id is the one named, the shipped profile of that id otherwise.
   */
  readonly policy?: Policy | string;
  /** The rest-day calendar; the library's own by default. */
  readonly calendar?: RestDayCalendar;
}

/** The outcome of checking one fixture: passed when there is no mismatch. */
export interface FixtureCheck {
  readonly passed: boolean;
  readonly mismatches: readonly Mismatch[];
  /** The decision compared, when the fixture and its claim were valid. */
  readonly decision?: Decision;
}

const failed = (mismatches: Mismatch[]): FixtureCheck => ({ passed: false, mismatches });

/** The profile a fixture is decided under, or the id that names none. */
function policyFor(named: string | undefined, given: Policy | string | undefined): Policy | { readonly unknown: string } {
  const wanted = named ?? given ?? shippedPolicies[0]!;
  if (typeof wanted !== 'string') return wanted;
  if (typeof given === 'object' && given.id === wanted) return given;
  return policyById(wanted) ?? { unknown: wanted };
}

/**
 * A profile of one's own the engine cannot use, or one of its own rules failing, as `policy`
 * mismatches; anything else thrown is the engine's fault, and is not hidden.
 */
function profileProblems(error: unknown): Mismatch[] {
  if (error instanceof InvalidPolicyError) {
    return error.problems.map((problem) => ({ check: 'policy', path: `policy:${problem.path}`, expected: problem.expected.en, received: problem.received }));
  }
  if (error instanceof RuleFailedError) {
    return [{ check: 'policy', path: `rule:${error.rule}@${error.version}`, expected: 'the rule to return findings', received: error.text.en }];
  }
  throw error;
}

/** The comparisons, expectation by expectation, in the order a report lists them. */
function compare(want: FixtureExpect, decision: Decision): Mismatch[] {
  return [
    ...compareOutcome(want, decision),
    ...compareRemedies(want, decision),
    ...compareCitations(want, decision),
    ...compareTrace(want, decision),
    ...compareDates(want, decision),
    ...compareReported(want, decision),
  ];
}

/**
 * Decides a fixture's claim and compares the decision with what the fixture expects, field by
 * field: verdict, status, remedies (in order, with amounts), citations that must and must not
 * appear, rules that must fire and stay silent, rule versions, dates, missing facts, warnings,
 * recourse, obligations and floor conflicts. Never throws on what it is given: a value that is
 * not a fixture, an unknown profile, a profile of one's own the engine cannot use (or whose own
 * rule fails) and an invalid claim come back as mismatches too.
 *
 * @example
 * checkFixture({ title: 'refund on day 7', claim: { claimDate: '2025-03-14', item: { kind: 'handset' },
 *   sale: { date: '2025-03-07', priceFen: 399900 }, fault: { codes: ['no-power-on'] } },
 *   expect: { verdict: 'exchange' } }).mismatches
 * //=> [ { check: 'verdict', path: 'verdict', expected: 'exchange', received: 'refund' } ]
 */
export function checkFixture(fixture: Fixture, options: CheckFixtureOptions = {}): FixtureCheck {
  const parsed = fixtureSchema.safeParse(fixture, IN_ENGLISH);
  if (!parsed.success) return failed(fixtureProblems(parsed.error.issues, fixture));
  const { claim, expect: want } = parsed.data;
  const policy = policyFor(parsed.data.policy, options.policy);
  if ('unknown' in policy) {
    return failed([{ check: 'policy', path: 'policy', expected: shippedPolicies.map((p) => p.id), received: policy.unknown }]);
  }
  const claimParsed = parseClaim(claim);
  if (!claimParsed.ok) {
    return failed(claimParsed.errors.map((error) => ({ check: 'claim', path: `claim${error.path.slice(1)}`, expected: error.expected.en, received: error.received })));
  }
  let decision: Decision;
  try {
    decision = decideClaim(claimParsed.claim, { policy, ...(options.calendar === undefined ? {} : { calendar: options.calendar }) });
  } catch (error) {
    return failed(profileProblems(error));
  }
  const mismatches = compare(want, decision);
  return { passed: mismatches.length === 0, mismatches, decision };
}

/**
 * Compares a decision made elsewhere (another implementation's, read from its JSON) with what a
 * fixture expects, by the same rules as {@link checkFixture}: the conformance check for a port
 * of the engine to another language (docs/conformance.md). A decision not in the decision format
 * comes back as `decision` mismatches.
 *
 * @example
 * checkDecision({ title: 't', claim: {}, expect: { verdict: 'refund' } }, { verdict: 'refund' }).mismatches[0].check //=> 'decision'
 */
export function checkDecision(fixture: Fixture, decision: unknown): FixtureCheck {
  const parsed = fixtureSchema.safeParse(fixture, IN_ENGLISH);
  if (!parsed.success) return failed(fixtureProblems(parsed.error.issues, fixture));
  const read = decisionSchema.safeParse(decision, IN_ENGLISH);
  if (!read.success) return failed(fixtureProblems(read.error.issues, decision, '(decision)').map((m) => ({ ...m, check: 'decision' })));
  const mismatches = compare(parsed.data.expect, read.data);
  return { passed: mismatches.length === 0, mismatches, decision: read.data };
}
