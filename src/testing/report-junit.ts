import { describeMismatch, isBroken } from './describe-mismatch';
import { type FixtureOutcome, tally } from './outcome';
import { xmlAttribute as attr, xmlText as text } from '../explain/escape/xml';

/** A fixture's folder (its suite) and file name: `policies/huawei` and `x.json`. */
function placeOf(name: string): { readonly suite: string; readonly file: string } {
  const slash = name.lastIndexOf('/');
  return slash === -1 ? { suite: '.', file: name } : { suite: name.slice(0, slash), file: name.slice(slash + 1) };
}

function testcase(outcome: FixtureOutcome, suite: string, file: string): string[] {
  const name = outcome.title === undefined ? file : `${file}: ${outcome.title}`;
  const open = `    <testcase name="${attr(name)}" classname="${attr(suite)}"`;
  if (outcome.check.passed) return [`${open}/>`];
  const { mismatches } = outcome.check;
  // A fixture that could not be decided (not a fixture, unknown profile, invalid claim) is an error, not a failure.
  const broken = mismatches.find(isBroken);
  const element = broken === undefined ? 'failure' : 'error';
  const message = `${mismatches.length} mismatch${mismatches.length === 1 ? '' : 'es'}: ${mismatches.map((m) => m.path).join(', ')}`;
  const body = mismatches.map(describeMismatch).join('\n');
  return [`${open}>`, `      <${element} message="${attr(message)}" type="${broken === undefined ? 'mismatch' : `invalid-${broken.check}`}">${text(body)}</${element}>`, '    </testcase>'];
}

/**
 * The report as JUnit XML, the form CI systems (Jenkins, GitLab, GitHub Actions' reporters,
 * Azure) read: one `testsuite` a fixture folder, one `testcase` a fixture, a `failure` listing
 * the mismatches, an `error` for a fixture that could not be decided.
 *
 * @example
 * reportJunit([{ name: 'national/a.json', check: { passed: true, mismatches: [] } }]).split('\n')[2]
 * //=> '  <testsuite name="national" tests="1" failures="0" errors="0" skipped="0">'
 */
export function reportJunit(outcomes: readonly FixtureOutcome[], name = 'sanbao test'): string {
  const suites = new Map<string, FixtureOutcome[]>();
  for (const outcome of outcomes) {
    const { suite } = placeOf(outcome.name);
    suites.set(suite, [...(suites.get(suite) ?? []), outcome]);
  }
  const count = (list: readonly FixtureOutcome[]) => {
    const errors = list.filter((o) => !o.check.passed && o.check.mismatches.some(isBroken)).length;
    return `tests="${list.length}" failures="${tally(list).failed - errors}" errors="${errors}"`;
  };
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${attr(name)}" ${count(outcomes)}>`];
  for (const [suite, list] of suites) {
    lines.push(`  <testsuite name="${attr(suite)}" ${count(list)} skipped="0">`);
    for (const outcome of list) lines.push(...testcase(outcome, suite, placeOf(outcome.name).file));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
