import { describeMismatch } from './describe-mismatch';
import { caseName, type FixtureOutcome, tally } from './outcome';

/** A report line's text, on one line whatever a title holds (a fixture cannot forge a report line). */
const oneLine = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

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
