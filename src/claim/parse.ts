import { errorCountOf, inputErrorsFromIssues, type InputError, MAX_ERRORS } from './input-error';
import { fastParse } from './fast-parse';
import { firstProblems } from './problem';
import { type Claim, chronologyIssues, claimSchema } from './schema';
import { keysOfSchema } from './schema-keys';
import { parseCopy } from './parse-copy';
import { privateCopy } from './private-schema';

/**
 * The outcome of parsing a claim: the claim with its defaults, or every problem found: at most
 * {@link MAX_ERRORS} of them in `errors`, and then `omittedErrors`, the count of the others
 * (present only when there are others).
 */
export type ParseResult = { readonly ok: true; readonly claim: Claim } | { readonly ok: false; readonly errors: readonly InputError[]; readonly omittedErrors?: number };

/**
 * The claim schema the library parses with: a private copy made as this module loads, before any
 * caller's code runs, so that writing into the exported `claimSchema` changes no decision.
 */
const schema = privateCopy(claimSchema);

/** Every key name the claim format has, at any depth: kept when a huge object is copied in part. */
const CLAIM_KEYS = keysOfSchema(schema);
const keepKey = (key: string) => CLAIM_KEYS.has(key);

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
    const fast = fastParse(schema, input);
    if (fast !== undefined) return { ok: true, claim: fast as Claim };
  } catch {
    // Reading the input threw: the plain copy below names what could not be read.
  }
  // A claim the compiled parser did not vouch for (almost always an invalid one): the schema reads a plain copy and names every problem.
  return capped(parseCopy(input, parseData, { keepKey }));
}

/** A result's errors cut to {@link MAX_ERRORS}, those cut added to the count of the others. */
function capped(result: ParseResult): ParseResult {
  if (result.ok || result.errors.length <= MAX_ERRORS) return result;
  const { listed, omitted } = firstProblems(result.errors, MAX_ERRORS);
  return { ok: false, errors: listed, omittedErrors: (result.omittedErrors ?? 0) + omitted };
}

function parseData(input: unknown): ParseResult {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, claim: result.data };
  const issues = [...result.error.issues];
  // A check aborted on one field (a negative amount) stops zod's cross-field checks: run them here.
  const seen = new Set(issues.map((issue) => issueKey(issue.path, issue.code === 'custom' ? (issue.params as { expected?: string } | undefined)?.expected : undefined)));
  chronologyIssues(input, (issue) => {
    if (seen.has(issueKey(issue.path, issue.params.expected))) return;
    seen.add(issueKey(issue.path, issue.params.expected));
    issues.push({ code: 'custom', path: issue.path, input: issue.input, params: issue.params, message: issue.params.expected });
  });
  // The walk stops at the cap: past it, errors are only counted.
  const errors = inputErrorsFromIssues(issues, input, schema, MAX_ERRORS);
  const omittedErrors = errorCountOf(issues) - errors.length;
  return omittedErrors > 0 ? { ok: false, errors, omittedErrors } : { ok: false, errors };
}

const issueKey = (path: readonly PropertyKey[], expected: string | undefined) => `${path.map(String).join('\u0000')}\u0001${expected ?? ''}`;

/** Thrown by `decide()` when its input is not a valid claim; `errors` lists every problem. */
export class InvalidClaimError extends Error {
  // The class's own name, which a minified build would otherwise rename (`err.constructor.name`).
  static {
    Object.defineProperty(this, 'name', { value: 'InvalidClaimError' });
  }
  readonly errors: readonly InputError[];
  /** How many problems there were beyond those in `errors` (which holds at most {@link MAX_ERRORS}); 0 for none. */
  readonly omittedErrors: number;
  constructor(errors: readonly InputError[], omittedErrors = 0) {
    super(`invalid claim: ${errors.map((error) => error.message.en).join(' ')}${omittedErrors > 0 ? ` (and ${omittedErrors} more)` : ''}`);
    this.name = 'InvalidClaimError';
    this.errors = errors;
    this.omittedErrors = omittedErrors;
  }
}
