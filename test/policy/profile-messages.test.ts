/**
 * A profile declares its own message codes with their words (issue 20: the engine knows no
 * profile's vocabulary): the codes of the shipped dealer handbook and nubia profile are theirs,
 * not the national registry's; a derived profile's own rule is worded from its own messages; a
 * profile cannot reword a national code, and each message needs both languages.
 */
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/rules/finding-codes';
import { decide, definePolicy, defineRule, InvalidPolicyError, nationalPolicy, note, policyById, type PolicyChanges } from '../support/api';

const clauses = { care: { label: { 'zh-CN': '回访', en: 'call back' }, text: { 'zh-CN': '修后三日内回访。', en: 'We call back within three days of a repair.' }, confidence: 'B' as const } };
const careRule = defineRule({
  id: 'my-shop.care',
  describes: { 'zh-CN': '回访', en: 'call back' },
  basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: ['policy:my-shop:care'] }]],
  run: () => [note('my-shop.call-back', 'policy:my-shop:care', { days: 3 })],
});
const shop = (messages: unknown): PolicyChanges =>
  ({ id: 'my-shop', title: { 'zh-CN': '我的店', en: 'My shop' }, source: { title: 'test' }, asOf: '2025-01-01', confidence: 'B', clauses, rules: careRule, messages }) as PolicyChanges;
const claim = { claimDate: '2025-03-21', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 299900 }, fault: { codes: ['display-failure'] } };

const problemsOf = (changes: PolicyChanges) => {
  try {
    definePolicy(nationalPolicy, changes);
  } catch (error) {
    if (error instanceof InvalidPolicyError) return error.problems.map(({ path, code }) => ({ path, code }));
    throw error;
  }
  return [];
};

describe("a profile's own message codes", () => {
  it('are declared by the shipped profiles that use them, not by the national registry', () => {
    const national = new Set<string>(FINDING_CODES);
    for (const id of ['dealer-handbook', 'nubia']) {
      const own = Object.keys(policyById(id)!.messages ?? {});
      expect(own.length, id).toBeGreaterThan(0);
      for (const code of own) expect(national.has(code), code).toBe(false);
    }
    expect(Object.keys(policyById('dealer-handbook')!.messages!)).toContain('dealer.unmet.no-wear');
    expect(Object.keys(policyById('nubia')!.messages!)).toEqual(['nubia.gifts-block-refund']);
    expect([...national].filter((code) => /^(dealer|nubia)\./.test(code))).toEqual([]);
  });

  it("word a derived profile's own finding, its parameters filled", () => {
    const policy = definePolicy(nationalPolicy, shop({ 'my-shop.call-back': { 'zh-CN': '修后{days}日内回访。', en: 'We call back within {days} days.' } }));
    const reason = decide(claim, { policy }).reasons.find((entry) => entry.code === 'my-shop.call-back');
    expect(reason?.message).toEqual({ 'zh-CN': '修后3日内回访。', en: 'We call back within 3 days.' });
  });

  it('are kept by a profile derived from one that declares them', () => {
    const derived = definePolicy(policyById('nubia')!, { id: 'nubia-shop', title: { 'zh-CN': '店', en: 'Shop' }, source: { title: 'test' }, asOf: '2025-01-01', confidence: 'B' });
    expect(derived.messages?.['nubia.gifts-block-refund']).toEqual(policyById('nubia')!.messages!['nubia.gifts-block-refund']);
  });

  it('cannot reword a national code, and need both languages', () => {
    expect(problemsOf(shop({ 'window.refund': { 'zh-CN': '可以退', en: 'Refund' } }))).toEqual([{ path: '$.messages["window.refund"]', code: 'value' }]);
    expect(problemsOf(shop({ nodots: { 'zh-CN': '无', en: 'none' } }))).toEqual([{ path: '$.messages.nodots', code: 'value' }]);
    expect(problemsOf(shop({ 'my-shop.call-back': { en: 'We call back.' } }))).toEqual([{ path: '$.messages["my-shop.call-back"]', code: 'type' }]);
    expect(problemsOf(shop({ 'my-shop.call-back': { 'zh-CN': '回访', en: 'Call back', fr: 'Rappel' } }))).toEqual([{ path: '$.messages["my-shop.call-back"].fr', code: 'unknown-key' }]);
  });
});
