import { inputErrorsFromIssues, type InputError } from './input-error';
import { fastParse } from './fast-parse';
import { type Claim, chronologyIssues, claimSchema } from './schema';
import { parseCopy } from './parse-copy';

/** The outcome of parsing a claim: the claim with its defaults, or every problem found. */
export type ParseResult = { readonly ok: true; readonly claim: Claim } | { readonly ok: false; readonly errors: readonly InputError[] };

/**
 * Parses a claim (a JSON value) against the claim format, filling in the defaults. Never throws,
 * whatever it is given (getters that throw, proxies, revoked proxies): bad input comes back as
 * every problem at once, each with its JSON path in both languages.
 *
 * @example
 * const result = parseClaim({ claimDate: '2025-03-08', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 } });
 * result.ok && result.claim.request //=> 'best'
 */
export function parseClaim(input: unknown): ParseResult {
  try {
    const fast = fastParse(claimSchema, input);
    if (fast !== undefined) return { ok: true, claim: fast as Claim };
  } catch {
    // Reading the input threw: the plain copy below names what could not be read.
  }
  // The slow path, for a claim the fast path did not vouch for (almost always an invalid one).
  return parseCopy(input, parseData);
}

function parseData(input: unknown): ParseResult {
  const result = claimSchema.safeParse(input);
  if (result.success) return { ok: true, claim: result.data };
  const issues = [...result.error.issues];
  // A check aborted on one field (a negative amount) stops zod's cross-field checks: run them here.
  const seen = new Set(issues.map((issue) => issueKey(issue.path, issue.code === 'custom' ? (issue.params as { expected?: string } | undefined)?.expected : undefined)));
  chronologyIssues(input, (issue) => {
    if (seen.has(issueKey(issue.path, issue.params.expected))) return;
    seen.add(issueKey(issue.path, issue.params.expected));
    issues.push({ code: 'custom', path: issue.path, input: issue.input, params: issue.params, message: issue.params.expected });
  });
  return { ok: false, errors: inputErrorsFromIssues(issues, input, claimSchema) };
}

const issueKey = (path: readonly PropertyKey[], expected: string | undefined) => `${path.map(String).join('\u0000')}\u0001${expected ?? ''}`;

/** Thrown by `decide()` when its input is not a valid claim; `errors` lists every problem. */
export class InvalidClaimError extends Error {
  readonly errors: readonly InputError[];
  constructor(errors: readonly InputError[]) {
    super(`invalid claim: ${errors.map((error) => error.message.en).join(' ')}`);
    this.name = 'InvalidClaimError';
    this.errors = errors;
  }
}
