import { inspect } from 'node:util';
import type { Example } from './collect';
import { compileExample } from './compile';
import { matches } from './expected';

/** What running one example found. */
export interface ExampleRun {
  /** How many `//=>` checks the example has. */
  readonly checks: number;
  /** Why the example cannot run as written (syntax errors, a foreign import). */
  readonly errors: readonly string[];
  /** One text per check that failed, with the line, the expression, and both values. */
  readonly failures: readonly string[];
}

/** A value as a reader would write it. */
const show = (value: unknown) => inspect(value, { depth: Number.POSITIVE_INFINITY, breakLength: 120 });

/**
 * Compiles an example and runs it in `scope` (names to values; `pkg` maps each entry of the
 * package, `sanbao` and its subpaths, to what `import … from` it reads). Setup runs in order; each check evaluates its expression and compares it with
 * the expected value. A check that throws, or an expected value that is not a literal, is a failure;
 * setup that throws rejects the promise.
 */
export async function runExample(example: Example, scope: Readonly<Record<string, unknown>>, pkg: Readonly<Record<string, unknown>>): Promise<ExampleRun> {
  const compiled = compileExample(example, Object.keys(scope));
  if (compiled.errors.length > 0) return { checks: compiled.checks.length, errors: compiled.errors, failures: [] };
  const failures: string[] = [];
  type Check = (index: number, evaluate: () => unknown) => void;
  const check: Check = (index, evaluate) => {
    const { line, expression, expected } = compiled.checks[index]!;
    const where = `${example.file}:${line}: ${expression}`;
    if ('error' in expected) {
      failures.push(`${where}\n  ${expected.error}`);
      return;
    }
    let actual: unknown;
    try {
      actual = evaluate();
    } catch (error) {
      failures.push(`${where}\n  threw ${show(error)}`);
      return;
    }
    if (!matches(actual, expected.value)) failures.push(`${where}\n  expected ${show(expected.value)}\n  received ${show(actual)}`);
  };
  // Indirect eval: the example sees only the scope it is handed, not this module's variables.
  const program = (0, eval)(compiled.javascript) as (check: Check, scope: unknown, pkg: Readonly<Record<string, unknown>>) => Promise<void>;
  await program(check, scope, pkg);
  return { checks: compiled.checks.length, errors: [], failures };
}
