import { describe, expect, it } from 'vitest';
import { auditPolicy } from '../../src/facade/audit-policy';
import { definePolicy, type PolicyChanges } from '../../src/policy/define-policy';
import { shop as shopOf } from '../support/shop';
import { InvalidPolicyError } from '../../src/policy/invalid-policy-error';
import { decide, defineRule, nationalPolicy, note, paramsOn, policyById } from '../support/api';

const CLAUSES = {
  'exchange-30': { label: { 'zh-CN': '30天包换', en: '30-day exchange' }, text: { 'zh-CN': '30天内包换。', en: 'Exchange within 30 days.' }, confidence: 'A' as const },
  'care-note': { label: { 'zh-CN': '关怀', en: 'care' }, text: { 'zh-CN': '回访。', en: 'Call back.' }, confidence: 'A' as const },
};
const shop = (changes: Partial<PolicyChanges> = {}): PolicyChanges => shopOf(CLAUSES, changes);

const claim = {
  claimDate: '2025-03-21',
  item: { kind: 'handset', imei: '860000000000009' },
  sale: { date: '2025-03-01', priceFen: 299900 },
  fault: { codes: ['display-failure'] },
};

describe('definePolicy', () => {
  it('changes a parameter for every sale, citing the profile’s clause, and keeps the floor', () => {
    const policy = definePolicy(nationalPolicy, shop({ parameters: { exchangeWindow: { value: { days: 30 }, clause: 'exchange-30' } } }));
    expect(policy.floor).toBe(nationalPolicy);
    expect(policy.parameters.exchangeWindow.values).toEqual([{ from: '2001-11-15', value: { days: 30 }, cites: ['policy:my-shop:exchange-30'] }]);
    const { cites } = paramsOn(policy.parameters, '2025-03-01', '2025-03-01');
    expect(cites.exchangeWindow).toEqual(['policy:my-shop:exchange-30']);
    // Day 20 (2025-03-21): past the law's 15 days, inside the shop's 30: an exchange on the shop's word.
    const decision = decide(claim, { policy });
    expect(decision.verdict).toBe('exchange');
    expect(decision.remedies[0]?.cites).toEqual(['policy:my-shop:exchange-30']);
    expect(decision.floorConflicts).toEqual([]);
    expect(decision.policy).toEqual({ id: 'my-shop', asOf: '2026-01-01', floor: 'cn-national' });
  });

  it('applies a change from a date only to sales from that date', () => {
    const policy = definePolicy(nationalPolicy, shop({ parameters: { exchangeWindow: { value: { days: 30 }, clause: 'exchange-30', from: '2025-03-02' } } }));
    expect(policy.parameters.exchangeWindow.values.map((value) => value.from)).toEqual(['2001-11-15', '2025-03-02']);
    expect(decide(claim, { policy }).verdict).toBe('free-repair');
    expect(decide({ ...claim, sale: { ...claim.sale, date: '2025-03-02' } }, { policy }).verdict).toBe('exchange');
  });

  it('keeps the floor of a profile derived from a profile', () => {
    const derived = definePolicy(policyById('oppo')!, shop({ id: 'oppo-dealer' }));
    expect(derived.floor).toBe(nationalPolicy);
    expect(derived.parameters.exchangeWindow).toBe(policyById('oppo')!.parameters.exchangeWindow);
  });

  it('lets a shop append its own rule without touching the library, and runs it', () => {
    const callBack = defineRule({
      id: 'my-shop.call-back',
      describes: { 'zh-CN': '换货后回访', en: 'call back after an exchange' },
      basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: ['policy:my-shop:care-note'] }]],
      run: (context) => (context.entitled('exchange') ? [note('period.in-warranty', 'policy:my-shop:care-note', { until: 'x' })] : []),
    });
    const policy = definePolicy(nationalPolicy, shop({ rules: callBack }));
    const decision = decide({ ...claim, claimDate: '2025-03-10' }, { policy });
    expect(decision.trace.find((entry) => entry.rule === 'my-shop.call-back' && entry.under === undefined)?.result).toBe('fired');
    expect(decision.reasons.some((reason) => reason.cite.id === 'policy:my-shop:care-note' && reason.under === 'my-shop')).toBe(true);
  });

  it('refuses a parameter change that cites a clause the profile does not have', () => {
    expect(() => definePolicy(nationalPolicy, shop({ parameters: { refundWindow: { value: { days: 10 }, clause: 'nowhere' } } }))).toThrow(InvalidPolicyError);
    try {
      definePolicy(nationalPolicy, shop({ parameters: { refundWindow: { value: { days: 10 }, clause: 'nowhere' } } }));
    } catch (error) {
      expect((error as InvalidPolicyError).problems.map(({ path, code }) => ({ path, code }))).toEqual([
        { path: '$.parameters.refundWindow.clause', code: 'unknown-clause' },
      ]);
    }
  });

  it('audits a derived profile that shortens the refund window', () => {
    const policy = definePolicy(nationalPolicy, shop({ parameters: { refundWindow: { value: { days: 5 }, clause: 'exchange-30' } } }));
    expect(auditPolicy(policy).map((finding) => finding.parameter)).toEqual(['refundWindow']);
  });
});
