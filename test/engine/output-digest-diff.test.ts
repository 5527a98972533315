import { describe, expect, it } from 'vitest';
import { firstDifferingFixture, firstDifferingIndex, jsonDiff } from './output-digest-diff';

describe('what the output-digest test prints when a digest differs', () => {
  it('names the first claim whose short digest differs', () => {
    expect(firstDifferingIndex('aaaabbbbcccc', 'aaaabbbbcccc', 4)).toBeUndefined();
    expect(firstDifferingIndex('aaaabbbbcccc', 'aaaabbbxcccc', 4)).toBe(1);
    expect(firstDifferingIndex('aaaabbbb', 'aaaabbbbcccc', 4)).toBe(2);
  });

  it('names the first fixture that changed, is new, or is gone', () => {
    expect(firstDifferingFixture({ a: '1', b: '2' }, { a: '1', b: '2' })).toBeUndefined();
    expect(firstDifferingFixture({ a: '1', b: '2' }, { a: '1', b: '3' })).toEqual({ name: 'b', change: 'changed' });
    expect(firstDifferingFixture({ a: '1' }, { c: '9', a: '1' })).toEqual({ name: 'c', change: 'new' });
    expect(firstDifferingFixture({ a: '1', b: '2' }, { a: '1' })).toEqual({ name: 'b', change: 'gone' });
  });

  it('lists the fields two decisions differ in, each at its JSON path, with both values', () => {
    const expected = { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 399_900 }], 'odd key': 1 };
    const received = { verdict: 'exchange', remedies: [{ type: 'refund', amountFen: 399_000 }, { type: 'exchange' }], 'odd key': 1 };
    expect(jsonDiff(expected, received)).toEqual([
      "$.verdict: expected 'refund', received 'exchange'",
      '$.remedies[0].amountFen: expected 399900, received 399000',
      "$.remedies[1]: expected (absent), received { type: 'exchange' }",
    ]);
    expect(jsonDiff(expected, structuredClone(expected))).toEqual([]);
    expect(jsonDiff({ 'a b': [1] }, { 'a b': {} })).toEqual(['$["a b"]: expected [ 1 ], received {}']);
  });
});
