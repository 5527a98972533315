/**
 * A list parameter of a message is an array (issue 20 item 7: no items joined into a string): the
 * wording renders each item as its term and joins them as the language joins lists. The expected
 * sentences are the locale templates of src/explain/locales filled by hand.
 */
import { describe, expect, it } from 'vitest';
import { checkedFindings } from '../../src/engine/checked-findings';
import { message } from '../../src/explain/messages';
import { nationalRules } from '../../src/rules';

describe('list parameters', () => {
  it('joins the items with 、 in Chinese and ", " in English, each as its term', () => {
    const params = { years: ['2027', '2028'], windows: ['refund', 'warranty'] };
    expect(message('calendar.not-covered', params, 'en')).toBe(
      'The holiday calendar has no notice for 2027, 2028: the end of the refund window, 三包 period was rolled over weekends only; a holiday or make-up working day could move it.',
    );
    expect(message('calendar.not-covered', params, 'zh-CN')).toContain('节假日日历未收录2027、2028年的放假安排');
  });

  it('says a list of one item as the item, and a list of none as nothing', () => {
    expect(message('calendar.not-covered', { years: ['2027'], windows: ['exchange'] }, 'en')).toContain('no notice for 2027: the end of the exchange window was');
    expect(message('fault.unlisted', { codes: [] }, 'en')).toMatch(/^The fault \(\) is not in/);
  });

  it('keeps an item whole even when it holds the old separator', () => {
    expect(message('fault.unlisted', { codes: ['a|b'] }, 'en')).toMatch(/^The fault \(a\|b\) is not in/);
  });

  it('a profile rule may return a list parameter, and a list of other values is refused', () => {
    const rule = nationalRules[0]!;
    const cite = rule.cites[0]!;
    const ok = [{ effect: 'warn', code: 'x.list', cite, params: { items: ['a', 'b'] } }];
    expect(checkedFindings(rule, ok)).toEqual(ok);
    expect(() => checkedFindings(rule, [{ effect: 'warn', code: 'x.list', cite, params: { items: [1, 2] } }])).toThrow(/params/);
  });
});
