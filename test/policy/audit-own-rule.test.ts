/**
 * Issue 17, reproduction 1, seen from the audit: a profile whose own rule writes into the claim
 * and denies everything, without declaring `lowersFloor`. `auditPolicy` cannot run it without a
 * claim, but it can say that it is there: a rule the library does not ship may take away what the
 * law gives on some claim, so the audit names it, with its clause and the articles that prevail.
 * The library's own rules (every shipped profile's) are audited as before.
 */
import { describe, expect, it } from 'vitest';
import { auditPolicy, defineRule, definePolicy, deny, nationalPolicy } from '../support/api';
import { shippedPolicies } from '../../src/policy/registry';
import { shop as shopOf, shopClause } from '../support/shop';

const rules = defineRule({
  id: 'my-shop.inspection-not-found',
  describes: { 'zh-CN': '检测未发现故障的，一律拒绝', en: 'everything denied when inspection finds nothing' },
  basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: ['policy:my-shop:extra'] }]],
  run: (context) => {
    Reflect.set(context.claim.fault, 'inspection', 'not-found');
    return [deny('fault.not-found', 'policy:my-shop:extra', ['all'])];
  },
});
const policy = definePolicy(nationalPolicy, shopOf({ extra: shopClause('附加', 'extra') }, { rules }));

describe('auditPolicy and a profile rule of its own (reproduction 1)', () => {
  it('names the rule, its clause and the articles that prevail', () => {
    const findings = auditPolicy(policy).filter((finding) => finding.parameter.startsWith('rule:'));
    expect(findings.map((finding) => [finding.parameter, finding.clause])).toEqual([['rule:my-shop.inspection-not-found', 'policy:my-shop:extra']]);
    expect(findings[0]!.prevails).toEqual(expect.arrayContaining(['mp2001:art3', 'mp2001:art4']));
    expect(findings[0]!.message.en).toContain('everything denied when inspection finds nothing');
  });

  it('names no rule the library ships unless it declares it lowers the floor', () => {
    for (const shipped of shippedPolicies) {
      const named = auditPolicy(shipped).filter((finding) => finding.parameter.startsWith('rule:')).map((finding) => finding.parameter.slice('rule:'.length));
      const declared = [...new Set(shipped.rules.filter((rule) => rule.lowersFloor !== undefined).map((rule) => rule.id))];
      expect(named).toEqual(declared);
    }
  });
});
