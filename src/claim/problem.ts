import type { Lang } from '../law/lang';

/**
 * One problem with a value given to the library (a claim, a shop's decision, a calendar file, a
 * profile): where, what was expected, what came, said in both languages. Claims' errors
 * (`InputError`) and profiles' problems (`PolicyProblem`) are this, each with its own codes.
 */
export interface Problem<Code extends string = string> {
  /** JSONPath of the offending value, e.g. `$.history.repairs[0].returned`. */
  readonly path: string;
  readonly code: Code;
  /** What the value should have been, in words, in both languages. */
  readonly expected: Readonly<Record<Lang, string>>;
  /** The value received, as a short excerpt; `undefined` when the field is missing. */
  readonly received: string;
  readonly message: Readonly<Record<Lang, string>>;
}

/**
 * A list of problems cut to its first `most` (a copy), with the count of those left out: every problem is
 * found at once, and the list stays small enough to read and to serialise.
 *
 * @example
 * firstProblems(['a', 'b', 'c'], 2) //=> { listed: ['a', 'b'], omitted: 1 }
 * firstProblems(['a'], 2) //=> { listed: ['a'], omitted: 0 }
 */
export function firstProblems<P>(problems: readonly P[], most: number): { readonly listed: readonly P[]; readonly omitted: number } {
  const listed = problems.slice(0, most);
  return { listed, omitted: problems.length - listed.length };
}
