/**
 * One error model for claims, calendar files and profiles (issue 20 item 4): the same path,
 * expected, received and message in both languages, from the same helpers (claim/excerpt.ts,
 * json-path.ts, value-at.ts, zod-issues.ts, problem.ts).
 */
import { describe, expect, it } from 'vitest';
import { calendarFrom } from '../../src/claim/calendar-from';
import { excerpt } from '../../src/claim/excerpt';
import { jsonPath } from '../../src/claim/json-path';
import { parseClaim } from '../../src/claim/parse';
import { firstProblems } from '../../src/claim/problem';
import { valueAt } from '../../src/claim/value-at';
import { issueSites, siteCountOf } from '../../src/claim/zod-issues';
import { claimSchema } from '../../src/claim/schema';
import { definePolicy } from '../../src/policy/define-policy';
import { InvalidPolicyError, MOST_PROBLEMS } from '../../src/policy/invalid-policy-error';
import { nationalPolicy } from '../../src/policy/national';
import { shop } from '../support/shop';
import { minimal } from './claims';

const CLAUSES = { 'exchange-30': { label: { 'zh-CN': '30天包换', en: '30-day exchange' }, text: { 'zh-CN': '30天内包换。', en: 'Exchange within 30 days.' }, confidence: 'A' as const } };

/** The problems `definePolicy` finds in these changes (it must refuse them). */
function policyProblems(changes: object) {
  try {
    definePolicy(nationalPolicy, changes as never);
  } catch (error) {
    if (error instanceof InvalidPolicyError) return error;
    throw error;
  }
  return expect.fail('expected the profile to be refused');
}

describe('one error model', () => {
  const longKey = `k${'y'.repeat(99)}`;
  const named = `$["k${'y'.repeat(59)}…"]`;

  it('names a hostile long key by its start, in a claim, a calendar file and a profile alike', () => {
    const claim = parseClaim({ ...minimal(), [longKey]: 1 });
    expect(claim.ok ? [] : claim.errors.map((error) => error.path)).toEqual([named]);
    const calendar = calendarFrom({ years: [], [longKey]: 1 });
    expect(calendar.ok ? [] : calendar.errors.map((error) => error.path)).toContain(named);
    const profile = policyProblems({ ...shop(CLAUSES), [longKey]: 1 });
    expect(profile.problems.map((problem) => problem.path)).toEqual([named]);
    expect(profile.problems[0]!.message.en).toBe(`${named}: unknown key; expected no such key, received "k${'y'.repeat(58)}…`);
  });

  it('gives each problem its path, expected, received and message in both languages', () => {
    const claim = parseClaim({ ...minimal(), sale: { date: '2025-02-30', priceFen: 1 } });
    const profile = policyProblems(shop(CLAUSES, { parameters: { exchangeWindow: { value: { days: -1 }, clause: 'exchange-30' } } }));
    const problems = [...(claim.ok ? [] : claim.errors), ...profile.problems];
    expect(problems.map((problem) => problem.path)).toEqual(['$.sale.date', '$.parameters.exchangeWindow.value.days']);
    for (const problem of problems) {
      expect(Object.keys(problem).sort()).toEqual(['code', 'expected', 'message', 'path', 'received']);
      expect(Object.keys(problem.expected).sort()).toEqual(['en', 'zh-CN']);
      expect(Object.keys(problem.message).sort()).toEqual(['en', 'zh-CN']);
    }
    expect(problems.map((problem) => problem.received)).toEqual(['"2025-02-30"', '-1']);
  });

  it('caps a profile’s problems as a claim’s are: the first listed, the count of all', () => {
    const clauses = Object.fromEntries(Array.from({ length: MOST_PROBLEMS + 7 }, (_, index) => [`c${index}`, { confidence: 'A' }]));
    const error = policyProblems(shop(CLAUSES, { clauses: clauses as never }));
    expect(error.problems).toHaveLength(MOST_PROBLEMS);
    expect(error.count).toBe(MOST_PROBLEMS + 7);
    expect(error.text.en).toBe(`profile "my-shop" is invalid: ${MOST_PROBLEMS + 7} problems (the first ${MOST_PROBLEMS} listed)`);
  });
});

describe('the helpers', () => {
  it('excerpt: a summary for data from outside, JSON for a profile', () => {
    expect(excerpt(`"${'x'.repeat(70)}`)).toBe(JSON.stringify(`"${'x'.repeat(59)}…`));
    expect(excerpt(`"${'x'.repeat(70)}`, 'json')).toBe(`"\\"${'x'.repeat(57)}…`);
    expect(excerpt({ a: [1] })).toBe('{…}');
    expect(excerpt({ a: [1] }, 'json')).toBe('{"a":[1]}');
    expect(excerpt([1, 2])).toBe('[…] (2 items)');
    expect(excerpt(Number.NaN, 'json')).toBe('NaN');
    expect(excerpt(() => 1, 'json')).toBe('function');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(excerpt(cyclic, 'json')).toBe('[object Object]');
  });

  it('jsonPath: under any base, symbols and odd keys quoted', () => {
    expect(jsonPath([], '$.base')).toBe('$.base');
    expect(jsonPath(['a', 0, 'b-c', Symbol('s')])).toBe('$.a[0]["b-c"]["Symbol(s)"]');
  });

  it('valueAt: own properties only', () => {
    expect(valueAt({ a: { toString: 1 } }, ['a', 'toString'])).toBe(1);
    expect(valueAt({ a: {} }, ['a', 'toString'])).toBeUndefined();
    expect(valueAt({ a: 1 }, ['a', 'b'])).toBeUndefined();
  });

  it('issueSites: one site a problem, unknown keys one each, stopping at the limit', () => {
    const input = { ...minimal(), x1: 1, x2: 2, x3: 3, sale: { date: 5, priceFen: 1 } };
    const result = claimSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues;
    const sites = [...issueSites(issues, input)];
    expect(sites.map((site) => site.path.join('.')).sort()).toEqual(['sale.date', 'x1', 'x2', 'x3']);
    expect(sites.find((site) => site.key === 'x2')?.received).toBe(2);
    expect(siteCountOf(issues)).toBe(4);
    expect([...issueSites(issues, input, { limit: 2 })]).toHaveLength(2);
    // Keys the caller puts first come first when not all fit, and only then.
    const onlyKeys = { ...minimal(), x1: 1, x2: 2, x3: 3 };
    const keyed = claimSchema.safeParse(onlyKeys);
    const keyIssues = keyed.success ? [] : keyed.error.issues;
    const reversed = { keysFirst: (issue: { readonly keys: readonly string[] }) => [...issue.keys].reverse() };
    expect([...issueSites(keyIssues, onlyKeys, { limit: 2, ...reversed })].map((site) => site.key)).toEqual(['x3', 'x2']);
    expect([...issueSites(keyIssues, onlyKeys, { limit: 3, ...reversed })].map((site) => site.key)).toEqual(['x1', 'x2', 'x3']);
  });

  it('firstProblems: a copy of the first, and the count of the rest', () => {
    const list = [1, 2, 3];
    const { listed, omitted } = firstProblems(list, 5);
    expect(listed).toEqual(list);
    expect(listed).not.toBe(list);
    expect(omitted).toBe(0);
    expect(firstProblems(list, 1)).toEqual({ listed: [1], omitted: 2 });
  });
});
