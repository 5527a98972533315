import type { z } from 'zod/mini';
import { valueAt } from './value-at';

type Issue = z.core.$ZodIssue;

/**
 * One place zod found wrong, as an error names it: the issue, the path of the value (for an
 * unknown key, the key's own path, the key beside it) and the value found there.
 */
export interface IssueSite {
  readonly issue: Issue;
  readonly path: readonly PropertyKey[];
  readonly received: unknown;
  /** The unknown key, for an issue of unknown keys. */
  readonly key?: string;
}

/**
 * How many sites zod's issues make: one an issue, and one a key for an issue of unknown keys.
 *
 * @example
 * siteCountOf([{ code: 'unrecognized_keys', keys: ['a', 'b'], path: [], message: '', input: {} }]) //=> 2
 */
export function siteCountOf(issues: readonly Issue[]): number {
  let count = 0;
  for (const issue of issues) count += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
  return count;
}

/** How {@link issueSites} walks the issues. */
export interface IssueSiteOptions {
  /** The most sites given: the walk stops there (a million unknown keys make the first few). */
  readonly limit?: number;
  /** An issue's unknown keys in the order to give them when not all fit under the limit. */
  readonly keysFirst?: (issue: Issue & { readonly code: 'unrecognized_keys' }) => readonly string[];
  /** Whether a union's issue is narrowed to its best branch's (see {@link narrowed}). */
  readonly narrowUnions?: boolean;
}

/**
 * A union's issue, narrowed: when one branch fits the value clearly better than the others (the
 * fewest issues), its issues, which point inside the value; otherwise the union's own.
 */
function narrowed(issue: Issue): readonly Issue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const sizes = issue.errors.map((branch) => branch.length);
  const fewest = Math.min(...sizes);
  if (sizes.filter((size) => size === fewest).length > 1) return [issue];
  const branch = issue.errors[sizes.indexOf(fewest)]!;
  return branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue);
}

/**
 * The sites of zod's issues over `input`, in order: every problem at once, or the first
 * `options.limit` of them (the others are {@link siteCountOf} the issues less those given). Claims,
 * shops' decisions, calendar files and profiles all turn zod's issues into their errors from these.
 */
export function* issueSites(issues: readonly Issue[], input: unknown, options: IssueSiteOptions = {}): Generator<IssueSite> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let given = 0;
  for (const outer of issues) {
    for (const issue of options.narrowUnions === true ? narrowed(outer) : [outer]) {
      if (given >= limit) return;
      if (issue.code !== 'unrecognized_keys') {
        given += 1;
        yield { issue, path: issue.path, received: valueAt(input, issue.path) };
        continue;
      }
      // When not all fit under the cap, the keys the caller puts first (those that look like a typo) come first.
      const keys = given + issue.keys.length <= limit || options.keysFirst === undefined ? issue.keys : options.keysFirst(issue);
      for (const key of keys) {
        if (given >= limit) return;
        const path = [...issue.path, key];
        given += 1;
        yield { issue, path, received: valueAt(input, path), key };
      }
    }
  }
}
