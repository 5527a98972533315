import { terminalText as oneLine } from '../explain/escape/terminal';
import { describeMismatch } from './describe-mismatch';
import { caseName, type FixtureOutcome, tally } from './outcome';

/**
 * The plain report: one line a fixture, each failure followed by its mismatches, and a closing
 * line `N passed, N failed`.
 *
 * @example
 * reportText([{ name: 'a.json', check: { passed: true, mismatches: [] } }]) //=> 'ok      a.json\n\n1 passed, 0 failed\n'
 */
export function reportText(outcomes: readonly FixtureOutcome[]): string {
  const lines = outcomes.flatMap((outcome) =>
    outcome.check.passed
      ? [`ok      ${oneLine(caseName(outcome))}`]
      : [`FAILED  ${oneLine(caseName(outcome))}`, ...outcome.check.mismatches.map((mismatch) => `        ${oneLine(describeMismatch(mismatch))}`)],
  );
  const { passed, failed } = tally(outcomes);
  return `${lines.join('\n')}\n\n${passed} passed, ${failed} failed\n`;
}
