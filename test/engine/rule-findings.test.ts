/**
 * Issue 17, reproduction 9: a profile rule's findings are validated against the finding schema
 * before they are used; anything else is a RuleFailedError naming the rule, never a TypeError from
 * inside the engine and never a decision that fails the project's own decision schema.
 */
import { describe, expect, it } from 'vitest';
import { checkedFindings, findingSchema } from '../../src/engine/checked-findings';
import { RuleFailedError } from '../../src/engine/rule-failed-error';
import type { RuleContext } from '../../src/engine/types';
import { definePolicy } from '../../src/policy/define-policy';
import { shop, shopClause } from '../support/shop';
import { decide, decisionSchema, defineRule, nationalPolicy, safeDecide } from '../support/api';

/** A store sale on 2025-03-03, a listed fault on day 5: the 7-day refund (Art. 11). */
const day5 = {
  claimDate: '2025-03-08',
  item: { kind: 'handset', imei: '860000000000009' },
  sale: { date: '2025-03-03', priceFen: 299900 },
  fault: { codes: ['display-failure'] },
};

const CITE = 'policy:my-shop:extra';

/** A profile whose one rule returns what `run` returns. */
function profileReturning(run: (context: RuleContext) => unknown) {
  const rules = defineRule({
    id: 'my-shop.hostile',
    describes: { 'zh-CN': '敌意规则', en: 'a hostile rule' },
    basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: [CITE] }]],
    run: run as never,
  });
  return definePolicy(nationalPolicy, shop({ extra: shopClause('附加', 'extra') }, { rules }));
}

function expectRuleFailed(run: (context: RuleContext) => unknown, words: RegExp) {
  const policy = profileReturning(run);
  let thrown: unknown;
  try {
    decide(day5, { policy });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(RuleFailedError);
  const error = thrown as RuleFailedError;
  expect(error.rule).toBe('my-shop.hostile');
  expect(error.message).toMatch(words);
  expect(error.text['zh-CN']).toContain('my-shop.hostile');
  const result = safeDecide(day5, { policy });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.errors).toMatchObject([{ path: 'rule:my-shop.hostile', code: 'rule-failed' }]);
}

const grant = (fields: Record<string, unknown>) => ({ effect: 'grant', code: 'my-shop.grant', cite: CITE, grants: [{ type: 'refund', ...fields }] });

describe('reproduction 9: a profile rule’s findings are checked against the finding schema', () => {
  it('a refund on route "x"', () => {
    expectRuleFailed(() => [grant({ route: 'x' })], /route/);
  });

  it('an obligation { owedBy: 5, since: "never" }', () => {
    expectRuleFailed(() => [{ effect: 'note', code: 'my-shop.loaner', cite: CITE, obligation: { type: 'loaner-phone', owedBy: 5, since: 'never' } }], /obligation/);
  });

  it('a code that is an object', () => {
    expectRuleFailed(() => [{ effect: 'warn', code: { text: 'hi' }, cite: CITE }], /code/);
  });

  it('missing.fact = 5', () => {
    expectRuleFailed(() => [{ effect: 'deny', code: 'my-shop.deny', cite: CITE, targets: ['refund'], missing: { fact: 5 } }], /missing\.fact/);
  });

  it('the code "toString"', () => {
    expectRuleFailed(() => [{ effect: 'warn', code: 'toString', cite: CITE }], /code/);
  });

  it('ctx.findings.push(null)', () => {
    expectRuleFailed((context) => {
      (context.findings as unknown[]).push(null);
      return [];
    }, /my-shop\.hostile/);
  });

  it('a finding whose getter throws, a citation the rule does not rest on, an unknown key, too many findings', () => {
    const trap = { effect: 'warn', code: 'my-shop.warn', cite: CITE };
    Object.defineProperty(trap, 'params', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectRuleFailed(() => [trap], /could not be read|boom/);
    expectRuleFailed(() => [{ effect: 'warn', code: 'my-shop.warn', cite: 'mp2001:art11' }], /does not rest on/);
    expectRuleFailed(() => [{ effect: 'warn', code: 'my-shop.warn', cite: CITE, severity: 'high' }], /severity/);
    expectRuleFailed(() => Array.from({ length: 65 }, () => ({ effect: 'warn', code: 'my-shop.warn', cite: CITE })), /65 findings/);
  });

  it('a well-formed finding is used, and the decision it makes passes the decision schema', () => {
    const policy = profileReturning(() => [{ effect: 'warn', code: 'my-shop.warn', cite: CITE }]);
    const decision = decide(day5, { policy });
    expect(decisionSchema.safeParse(decision).success).toBe(true);
    expect(decision.warnings.map((warning) => warning.code)).toContain('my-shop.warn');
  });

  it('hands on a frozen copy: the rule cannot change a finding after it returned it', () => {
    const finding = grant({ amountFen: 100 });
    const rule = { id: 'my-shop.x', version: 'v1', cites: [CITE] } as never;
    const [checked] = checkedFindings(rule, [finding]);
    expect(checked).not.toBe(finding);
    expect(Object.isFrozen(checked)).toBe(true);
    expect(() => {
      ((checked as unknown as { grants: { amountFen: number }[] }).grants[0]!).amountFen = 0;
    }).toThrow(TypeError);
  });

  it('the schema takes every finding the national rules can make (one of each effect)', () => {
    for (const finding of [
      { effect: 'grant', code: 'window.refund', cite: 'mp2001:art11', grants: [{ type: 'refund', amountFen: 1, conditions: ['consumer-declines-exchange'] }], params: { day: 3 } },
      { effect: 'deny', code: 'proof.none', cite: 'mp2001:exclusions', targets: ['all-free'], missing: { fact: 'proof.invoice', value: 'original', would: 'refund' } },
      { effect: 'require', code: 'damage.seller-must-prove', cite: 'cpl2013:art23', fact: 'condition.liquid' },
      { effect: 'note', code: 'repairs.loaner', cite: 'mp2001:art15', obligation: { type: 'loaner-phone', owedBy: 'repairer', since: '2025-03-01' } },
      { effect: 'recourse', code: 'activation.maker-may-refuse', cite: 'mp2001:art3', requirement: 'activation' },
    ]) {
      expect(findingSchema.safeParse(finding).success).toBe(true);
    }
  });
});
