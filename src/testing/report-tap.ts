import { tapDescription as description, tapYaml as yaml } from '../explain/escape/tap';
import type { Mismatch } from './mismatch';
import { caseName, type FixtureOutcome } from './outcome';

function diagnostics(mismatches: readonly Mismatch[]): string[] {
  return [
    '  ---',
    '  mismatches:',
    ...mismatches.flatMap((mismatch) => [
      `    - check: ${yaml(mismatch.check)}`,
      `      path: ${yaml(mismatch.path)}`,
      ...(mismatch.expected === undefined ? [] : [`      expected: ${yaml(mismatch.expected)}`]),
      ...(mismatch.received === undefined ? [] : [`      received: ${yaml(mismatch.received)}`]),
    ]),
    '  ...',
  ];
}

/**
 * The report as TAP version 14: a plan, one test point a fixture, and for a failure a YAML block
 * listing its mismatches (a value left out is absent).
 *
 * @example
 * reportTap([{ name: 'a.json', check: { passed: true, mismatches: [] } }]) //=> 'TAP version 14\n1..1\nok 1 - a.json\n'
 */
export function reportTap(outcomes: readonly FixtureOutcome[]): string {
  const lines = ['TAP version 14', `1..${outcomes.length}`];
  outcomes.forEach((outcome, index) => {
    const point = `${index + 1} - ${description(caseName(outcome))}`;
    if (outcome.check.passed) lines.push(`ok ${point}`);
    else lines.push(`not ok ${point}`, ...diagnostics(outcome.check.mismatches));
  });
  return `${lines.join('\n')}\n`;
}
