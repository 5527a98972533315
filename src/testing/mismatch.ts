import type { FixtureExpect } from './fixture';

/**
 * Which part of a fixture a mismatch is about: one of the expectations, or the fixture itself
 * (`fixture`: not in the fixture format; `policy`: names no known profile; `claim`: not a valid
 * claim; `decision`: a decision given to `checkDecision` is not in the decision format), for
 * which there is no decision to compare.
 */
export type MismatchCheck = keyof FixtureExpect | 'fixture' | 'policy' | 'claim' | 'decision';

/**
 * One way a decision differs from what its fixture expects, as data: a test runner or a report
 * words it (see {@link describeMismatch}). `undefined` stands for "absent".
 */
export interface Mismatch {
  readonly check: MismatchCheck;
  /** Where: `verdict`, `remedies[1].amountFen`, `fires["window.refund"]`, `dates.refundUntil`, `claim.sale.date`, … */
  readonly path: string;
  readonly expected: unknown;
  readonly received: unknown;
}
