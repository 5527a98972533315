import { inputErrorsFromIssues, type InputError } from './input-error';
import { fastParse } from './fast-parse';
import { type Claim, claimSchema } from './schema';

/** The outcome of parsing a claim: the claim with its defaults, or every problem found. */
export type ParseResult = { readonly ok: true; readonly claim: Claim } | { readonly ok: false; readonly errors: readonly InputError[] };

/**
 * Parses a claim (a JSON value) against the claim format, filling in the defaults. Never throws:
 * bad input comes back as every problem at once, each with its JSON path in both languages.
 *
 * @example
 * const result = parseClaim({ claimDate: '2025-03-08', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 } });
 * result.ok && result.claim.request //=> 'best'
 */
export function parseClaim(input: unknown): ParseResult {
  const fast = fastParse(claimSchema, input);
  if (fast !== undefined) return { ok: true, claim: fast as Claim };
  const result = claimSchema.safeParse(input);
  if (result.success) return { ok: true, claim: result.data };
  return { ok: false, errors: inputErrorsFromIssues(result.error.issues, input, claimSchema) };
}

/** Thrown by `decide()` when its input is not a valid claim; `errors` lists every problem. */
export class InvalidClaimError extends Error {
  readonly errors: readonly InputError[];
  constructor(errors: readonly InputError[]) {
    super(`invalid claim: ${errors.map((error) => error.message.en).join(' ')}`);
    this.name = 'InvalidClaimError';
    this.errors = errors;
  }
}
