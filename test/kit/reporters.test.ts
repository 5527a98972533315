import { describe, expect, it } from 'vitest';
import { type FixtureOutcome, reportJunit, reportTap, reportText } from '../../src/testing/index';
import { expectJunitStructure, parseJunit } from './junit-xml';

/** Outcomes made by hand: one passed, one failed on two fields, one that could not be decided. */
const outcomes: FixtureOutcome[] = [
  { name: 'national/a.json', title: 'Refund on day 7', check: { passed: true, mismatches: [] } },
  {
    name: 'national/b.json',
    title: 'Exchange on day 8',
    check: {
      passed: false,
      mismatches: [
        { check: 'verdict', path: 'verdict', expected: 'exchange', received: 'refund' },
        { check: 'dates', path: 'dates.noReasonUntil', expected: '2025-03-14', received: undefined },
      ],
    },
  },
  { name: 'policies/acme/c.json', check: { passed: false, mismatches: [{ check: 'policy', path: 'policy', expected: ['cn-national', 'huawei'], received: 'acme' }] } },
];

describe('the reports of `sanbao test`', () => {
  it('text: a line a fixture, each mismatch under its failure, and the closing count', () => {
    expect(reportText(outcomes)).toBe(
      [
        'ok      national/a.json: Refund on day 7',
        'FAILED  national/b.json: Exchange on day 8',
        '        verdict: expected "exchange", received "refund"',
        '        dates.noReasonUntil: expected "2025-03-14", received absent',
        'FAILED  policies/acme/c.json',
        '        policy: no profile has this id: received "acme"; known: cn-national, huawei',
        '',
        '1 passed, 2 failed',
        '',
      ].join('\n'),
    );
  });

  it('text: a title cannot forge a report line', () => {
    const forged = reportText([{ name: 'x.json', title: 'fine\nok      forged.json', check: { passed: true, mismatches: [] } }]);
    expect(forged.split('\n')[0]).toBe('ok      x.json: fine\\nok      forged.json');
  });

  it('TAP 14: the plan, a test point a fixture, a YAML block of mismatches', () => {
    expect(reportTap(outcomes)).toBe(
      [
        'TAP version 14',
        '1..3',
        'ok 1 - national/a.json: Refund on day 7',
        'not ok 2 - national/b.json: Exchange on day 8',
        '  ---',
        '  mismatches:',
        '    - check: "verdict"',
        '      path: "verdict"',
        '      expected: "exchange"',
        '      received: "refund"',
        '    - check: "dates"',
        '      path: "dates.noReasonUntil"',
        '      expected: "2025-03-14"',
        '  ...',
        'not ok 3 - policies/acme/c.json',
        '  ---',
        '  mismatches:',
        '    - check: "policy"',
        '      path: "policy"',
        '      expected: ["cn-national","huawei"]',
        '      received: "acme"',
        '  ...',
        '',
      ].join('\n'),
    );
  });

  it('TAP: a # in a title is escaped (it would start a directive such as # SKIP)', () => {
    expect(reportTap([{ name: 'x.json', title: 'case # SKIP', check: { passed: false, mismatches: [] } }]).split('\n')[2]).toBe('not ok 1 - x.json: case \\# SKIP');
  });

  it('JUnit: well-formed XML of the structure CI systems read, a suite a folder, errors apart from failures', () => {
    const summary = parseJunit(reportJunit(outcomes));
    expectJunitStructure(summary, expect);
    expect(summary.attributes).toEqual({ name: 'sanbao test', tests: '3', failures: '1', errors: '1' });
    expect(summary.suites.map((s) => s.attributes.name)).toEqual(['national', 'policies/acme']);
    const failed = summary.suites[0]!.cases[1]!;
    expect(failed.attributes).toEqual({ name: 'b.json: Exchange on day 8', classname: 'national' });
    expect(failed.children[0]).toEqual({
      tag: 'failure',
      attributes: { message: '2 mismatches: verdict, dates.noReasonUntil', type: 'mismatch' },
      text: 'verdict: expected "exchange", received "refund"\ndates.noReasonUntil: expected "2025-03-14", received absent',
    });
    expect(summary.suites[1]!.cases[0]!.children[0]!.tag).toBe('error');
  });

  it('JUnit: any text a fixture holds comes through a parser intact, or as a visible escape where XML cannot hold it', () => {
    const hostile = 'a & b < c > d "e" \'f\' ]]> g\nh\ti \u0001 \ud800 \uffff 华 😀';
    const xml = reportJunit([{ name: `dir/${hostile}.json`, title: hostile, check: { passed: false, mismatches: [{ check: 'verdict', path: hostile, expected: hostile, received: 'refund' }] } }], hostile);
    const summary = parseJunit(xml);
    expectJunitStructure(summary, expect);
    const kept = hostile.replace('\u0001', '\\u0001').replace('\ud800', '\\ud800').replace('\uffff', '\\uffff');
    expect(summary.attributes.name).toBe(kept);
    expect(summary.suites[0]!.cases[0]!.attributes.name).toBe(`${kept}.json: ${kept}`);
    // The expected value is written as JSON (which escapes controls and lone surrogates); U+FFFF stays raw, so XML shows it as an escape.
    expect(summary.suites[0]!.cases[0]!.children[0]!.text).toBe(`${kept}: expected ${JSON.stringify(hostile).replace('\uffff', '\\uffff')}, received "refund"`);
  });
});
