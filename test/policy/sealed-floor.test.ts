/**
 * The floor is sealed (issue 9, design.md §5): the reproductions that broke it, each a test that
 * failed before the change. Each claim's expected outcome is worked out from MP2001 by hand in
 * the comments.
 */
import { describe, expect, it } from 'vitest';
import { compareOffers } from '../../src/engine/compare-remedies';
import { RuleFailedError } from '../../src/engine/rule-failed-error';
import { definePolicy, type PolicyChanges } from '../../src/policy/define-policy';
import { shop as shopOf, shopClause } from '../support/shop';
import { InvalidPolicyError } from '../../src/policy/invalid-policy-error';
import type { Policy } from '../../src/policy/policy';
import { citations, decide, defineRule, grant, nationalParameters, nationalPolicy, nationalRules, policyById, safeDecide, SILENT } from '../support/api';

const CLAUSES = { rate: shopClause('折旧', 'depreciation'), window: shopClause('期限', 'windows'), extra: shopClause('附加', 'extra') };
const shop = (changes: Partial<PolicyChanges> = {}): PolicyChanges => shopOf(CLAUSES, changes);

/** A store sale on 2025-03-03 (Monday), a listed fault on day 5 (2025-03-08): the 7-day refund (Art. 11). */
const day5 = {
  claimDate: '2025-03-08',
  item: { kind: 'handset', imei: '860000000000009' },
  sale: { date: '2025-03-03', priceFen: 299900 },
  fault: { codes: ['display-failure'] },
};

function problemsOf(run: () => unknown): { path: string; code: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidPolicyError);
    const problems = (error as InvalidPolicyError).problems;
    for (const problem of problems) {
      expect(problem.message['zh-CN']).toContain(problem.path);
      expect(problem.message.en).toContain(problem.path);
      expect(problem.message['zh-CN']).not.toBe(problem.message.en);
    }
    return problems.map(({ path, code }) => ({ path, code }));
  }
  throw new Error('expected InvalidPolicyError');
}

describe('floor conflicts name the clause actually responsible (reverted one at a time)', () => {
  it('huawei, two failed repairs, online sale delivered two days after the invoice: policy:huawei:two-repairs', () => {
    // Online sale 2025-03-01, delivered 2025-03-03 (the floor's clocks start at delivery, I4;
    // huawei's at the invoice: a differing clause, but not the one that takes the exchange away).
    // Two repairs of the screen (listed fault) inside the period, failing again: Art. 13 gives an
    // exchange; huawei's two-repairs clause makes it discretionary. Reverting invoice-date alone
    // leaves the exchange missing; reverting two-repairs alone restores it.
    const claim = {
      claimDate: '2025-06-02',
      item: { kind: 'handset', imei: '860000000000009' },
      sale: { date: '2025-03-01', channel: 'online', deliveredDate: '2025-03-03', priceFen: 459900 },
      fault: { codes: ['display-failure'] },
      history: {
        repairs: [
          { handedIn: '2025-04-01', returned: '2025-04-04', faultCodes: ['display-failure'] },
          { handedIn: '2025-05-06', returned: '2025-05-09', faultCodes: ['display-failure'] },
        ],
      },
    };
    const decision = decide(claim, { policy: policyById('huawei')! });
    expect(decision.verdict).toBe('exchange');
    const exchange = decision.floorConflicts.find((conflict) => conflict.remedy === 'exchange');
    expect(exchange?.clause).toBe('policy:huawei:two-repairs');
    expect(exchange?.prevails).toContain('mp2001:art13');
  });
});

describe('a profile cannot lower the floor by what it says', () => {
  it('refuses a NaN depreciation rate when the profile is defined, with the path of the value', () => {
    expect(problemsOf(() => definePolicy(nationalPolicy, shop({ parameters: { depreciationPerDay: { value: { numerator: Number.NaN, denominator: 200 }, clause: 'rate' } } })))).toEqual([
      { path: '$.parameters.depreciationPerDay.value.numerator', code: 'type' },
    ]);
  });

  it('refuses a rate computed as a division by zero (a function of the base value)', () => {
    expect(problemsOf(() => definePolicy(nationalPolicy, shop({ parameters: { depreciationPerDay: { value: (base) => ({ numerator: base.numerator / 0, denominator: 200 }), clause: 'rate' } } })))).toEqual([
      { path: '$.parameters.depreciationPerDay.values[0].value.numerator', code: 'type' },
    ]);
  });

  it('restores the floor’s refund when a profile’s own rule offers a NaN amount: the rule is named, the engine does not go on', () => {
    const nanRefund = defineRule({
      id: 'my-shop.nan-refund',
      describes: { 'zh-CN': '退款', en: 'refund' },
      basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: ['policy:my-shop:extra'] }]],
      run: () => [grant('window.refund', 'policy:my-shop:extra', [{ type: 'refund', amountFen: Number.NaN }])],
    });
    const policy = definePolicy(nationalPolicy, shop({ rules: nanRefund }));
    expect(() => decide(day5, { policy })).toThrow(RuleFailedError);
    const result = safeDecide(day5, { policy });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toMatchObject([{ path: 'rule:my-shop.nan-refund', code: 'rule-failed' }]);
  });

  it('never ranks a non-finite or missing amount above the floor’s (a total order)', () => {
    const floor = { amountFen: 299900 };
    for (const amountFen of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined]) {
      expect(compareOffers(floor, { amountFen })).toBe(1);
      expect(compareOffers({ amountFen }, floor)).toBe(-1);
    }
    expect(compareOffers({ amountFen: Number.NaN }, { amountFen: Number.NaN })).toBe(0);
    expect(compareOffers({ shippingCapFen: Number.NaN }, { shippingCapFen: 0 })).toBe(-1);
  });

  it('takes the library’s national profile as the floor, whatever the base: a copy with a 0-day refund window is only a base', () => {
    const lowered: Policy = {
      ...nationalPolicy,
      parameters: {
        ...nationalPolicy.parameters,
        refundWindow: { ...nationalParameters.refundWindow, values: [{ from: '2001-11-15', value: { days: 0 }, cites: ['mp2001:art11'] }] },
      },
    };
    const policy = definePolicy(lowered, shop());
    expect(policy.floor).toBe(nationalPolicy);
    // Day 5, a listed fault: the law's 7-day refund, whatever the base said.
    const decision = decide(day5, { policy });
    expect(decision.verdict).toBe('refund');
    expect(decision.policy).toEqual({ id: 'my-shop', asOf: '2026-01-01', floor: 'cn-national' });
    expect(decision.floorConflicts.map((conflict) => conflict.remedy)).toEqual(['refund']);
  });

  it('checks against the national floor even a profile assembled by hand that names itself its own floor', () => {
    const handMade: Policy = {
      ...policyById('oppo')!,
      parameters: { ...nationalPolicy.parameters, refundWindow: { ...nationalParameters.refundWindow, values: [{ from: '2001-11-15', value: { days: 0 }, cites: ['mp2001:art11'] }] } },
      floor: undefined,
    };
    expect(decide(day5, { policy: handMade }).verdict).toBe('refund');
  });

  it('refuses a hand-assembled profile whose values the engine cannot use: safeDecide returns the problems', () => {
    const handMade: Policy = {
      ...nationalPolicy,
      id: 'broken',
      parameters: { ...nationalPolicy.parameters, refundWindow: { ...nationalParameters.refundWindow, values: [{ from: '2001-11-15', value: { days: 2.5 }, cites: ['mp2001:art11'] }] } },
    };
    expect(() => decide(day5, { policy: handMade })).toThrow(InvalidPolicyError);
    const result = safeDecide(day5, { policy: handMade });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toMatchObject([{ path: 'policy:$.parameters.refundWindow.values[0].value.days', code: 'policy' }]);
  });

  it('refuses 2.5 days, {}, 1e9 months and an unknown citation id, every problem at once', () => {
    const unknownCite = defineRule({
      id: 'my-shop.typo',
      describes: { 'zh-CN': '错误', en: 'typo' },
      basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: ['mp2001:art111' as never] }]],
      run: () => SILENT,
    });
    expect(
      problemsOf(() =>
        definePolicy(
          nationalPolicy,
          shop({
            parameters: {
              refundWindow: { value: { days: 2.5 }, clause: 'window' },
              exchangeWindow: { value: {} as never, clause: 'window' },
              freeRepairMonths: { value: 1e9, clause: 'window' },
            },
            rules: unknownCite,
          }),
        ),
      ),
    ).toEqual([
      { path: '$.parameters.refundWindow.value.days', code: 'type' },
      { path: '$.parameters.exchangeWindow.value', code: 'type' },
      { path: '$.parameters.freeRepairMonths.value', code: 'range' },
      { path: '$.rules[0].cites[0]', code: 'unknown-citation' },
    ]);
  });

  it('names a profile’s own rule that throws, instead of a stack trace from inside the engine', () => {
    const boom = defineRule({
      id: 'my-shop.boom',
      describes: { 'zh-CN': '出错', en: 'boom' },
      basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: ['policy:my-shop:extra'] }]],
      run: () => {
        throw new TypeError('cannot read x of undefined');
      },
    });
    const policy = definePolicy(nationalPolicy, shop({ rules: boom }));
    expect(() => decide(day5, { policy })).toThrow(/my-shop\.boom/);
    const result = safeDecide(day5, { policy });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatchObject({ path: 'rule:my-shop.boom', code: 'rule-failed' });
      expect(result.errors[0]!.message['zh-CN']).toContain('my-shop.boom');
    }
  });
});

describe('exported statutory data cannot be changed', () => {
  it('throws on writes to the national parameters, profile, rules, SILENT and the citation registry, and decides as before', () => {
    const before = decide(day5);
    const writes: (() => void)[] = [
      () => {
        (nationalParameters.refundWindow.values[0]!.value as { days: number }).days = 0;
      },
      () => {
        (nationalPolicy as { rules: unknown }).rules = [];
      },
      () => {
        (nationalRules as unknown[]).pop();
      },
      () => {
        (SILENT as unknown[]).push({ effect: 'deny' });
      },
      () => {
        (citations as Record<string, unknown>)['mp2001:art11'] = undefined;
      },
      () => {
        (policyById('oppo')!.parameters.exchangeWindow.values as unknown[]).length = 0;
      },
    ];
    for (const write of writes) expect(write).toThrow(TypeError);
    expect(decide(day5)).toEqual(before);
    expect(before.verdict).toBe('refund');
  });
});
