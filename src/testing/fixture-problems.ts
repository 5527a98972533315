import type { z } from 'zod/mini';
import type { Mismatch } from './mismatch';

/** The value at a path inside a JSON value, or `undefined`. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A path as `expect.remedies[0].type`. */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join('');
}

/**
 * Why a value is not a fixture (or a decision): one mismatch per problem, at its path, with
 * what the format wants (zod's words) and what the value holds there.
 */
export function fixtureProblems(issues: readonly z.core.$ZodIssue[], input: unknown, whole = '(fixture)'): Mismatch[] {
  return issues.map((issue) => {
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
    return {
      check: 'fixture',
      path: dottedPath(issue.path) || whole,
      expected: issue.message,
      received: unknownKeys ?? valueAt(input, issue.path),
    };
  });
}
