import * as z from 'zod/mini';
import { errorCountOf, inputErrorsFromIssues, type InputError, MAX_ERRORS } from '../claim/input-error';
import { fenSchema } from '../claim/primitives';
import { type Claim, claimSchema } from '../claim/schema';
import { REMEDY_TYPES } from '../engine/types';

/**
 * The decision a shop recorded for a claim, as `sanbao check` takes it: the verdict it gave and
 * the remedies it offered, with their amounts where it named them. Only what a shop's ledger
 * holds is asked for; everything but `verdict` may be left out. Like the claim, unknown keys are
 * rejected, so that a misspelt field is reported rather than ignored.
 */
export const shopRemedySchema = z.strictObject({
  type: z.enum(REMEDY_TYPES),
  /** For a refund: the 三包 fault refund (default) or the no-reason return. */
  route: z.optional(z.enum(['sanbao', 'no-reason'])),
  /** For a refund, the money paid back; for a paid repair, what the consumer was charged. */
  amountFen: z.optional(fenSchema),
  shippingPaidBy: z.optional(z.enum(['seller', 'repairer', 'consumer'])),
  /** For an exchange: a different model. */
  otherModel: z.optional(z.boolean()),
  conditions: z.optional(z.array(z.enum(['consumer-declines-exchange'])).check(z.maxLength(1))),
});

/** The stamp of the engine a recorded decision came from, when the shop decided with sanbao. */
export const engineStampSchema = z.strictObject({
  version: z.string().check(z.maxLength(64)),
  digest: z.string().check(z.maxLength(128)),
});

export const shopDecisionSchema = z.strictObject({
  verdict: z.enum([...REMEDY_TYPES, 'no-remedy']),
  /** The remedies offered; absent: the verdict alone (nothing for `no-remedy`). */
  remedies: z.optional(z.array(shopRemedySchema).check(z.maxLength(REMEDY_TYPES.length + 1))),
  engine: z.optional(engineStampSchema),
});

/** One thing to check: a claim and what the shop decided on it, with an optional reference. */
export const checkInputSchema = z.strictObject({
  /** The shop's own reference for the case (a ticket number), echoed in the result. */
  id: z.optional(z.union([z.string().check(z.maxLength(200)), z.number().check(z.int())])),
  claim: claimSchema,
  shop: shopDecisionSchema,
});

export type ShopRemedy = z.output<typeof shopRemedySchema>;
export type ShopDecision = z.output<typeof shopDecisionSchema>;
export type CheckInput = z.output<typeof checkInputSchema>;
export type CheckInputJson = z.input<typeof checkInputSchema>;

/** The input parsed, or every problem with it at once (JSON path, expected, received; zh-CN and en). */
export type CheckInputResult =
  | { readonly ok: true; readonly input: CheckInput & { readonly claim: Claim } }
  | { readonly ok: false; readonly errors: readonly InputError[]; readonly omittedErrors?: number };

/**
 * Parses one `check` input. Never throws.
 *
 * @example
 * const result = parseCheckInput({ claim: { claimDate: '2025-03-12', item: { kind: 'handset' },
 *   sale: { date: '2025-03-07', priceFen: 399900 } }, shop: { verdict: 'repiar' } });
 * result.ok === false && result.errors.map((error) => error.path) //=> ['$.shop.verdict']
 */
export function parseCheckInput(value: unknown): CheckInputResult {
  const result = checkInputSchema.safeParse(value);
  if (result.success) return { ok: true, input: result.data };
  // Capped as a claim's errors are (MAX_ERRORS listed, the count of the rest beside them).
  const errors = inputErrorsFromIssues(result.error.issues, value, checkInputSchema, MAX_ERRORS);
  const omittedErrors = errorCountOf(result.error.issues) - errors.length;
  return omittedErrors > 0 ? { ok: false, errors, omittedErrors } : { ok: false, errors };
}
