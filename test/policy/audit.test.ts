import { describe, expect, it } from 'vitest';
import { auditPolicy } from '../../src/facade/audit-policy';
import { nationalPolicy, policyById, shippedPolicies } from '../support/api';

/**
 * What the audit must find for each shipped profile, listed by hand from
 * `shared/law/vendor-policies.md` §3 ("possibly below the floor") and from the profiles' sources,
 * as `parameter [from sale date]`. §3's items 5, 6 and 9 (Unicom mall, OnePlus, carriers) are
 * profiles the library does not ship.
 */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'cn-national': [],
  // seed 000: "无法提供保修卡和发票，将按照手机的出厂日期计算保修期" — the bare factory date, not +90 days.
  'dealer-handbook': ['factoryFallbackDays [2001-11-15]'],
  // seed 003: repairs in months 7–12 at the buyer's cost.
  'seed-tiered': ['freeRepairMonths [2001-11-15]'],
  // §3 item 4: postage reimbursed up to 15 yuan; below 消保法 Art. 24 from 2014-03-15.
  xiaomi: ['transportCapFen [2014-03-15]'],
  // §3 item 1: two-repair exchange "contact customer service to confirm"; invoice-date start
  // against 实施条例 Art. 18's delivery start for sales from 2024-07-01; seal stickers as an exclusion
  // (a rule of the profile, evaluated on the claim's labels).
  huawei: ['clockStart [2024-07-01]', 'twoRepairsGivesExchange [2001-11-15]', 'rule:policy.huawei.seal-stickers [2001-11-15]'],
  honor: ['clockStart [2024-07-01]'],
  // "not activated" for no-reason returns, with no checkout confirmation (2017 measures); warranty marks.
  oppo: ['noReason [2014-03-15]', 'rule:policy.oppo.warranty-marks [2001-11-15]'],
  // §3 item 8: lost invoice ⇒ repair only even with other proof; §3 item 10: natural wear of the display;
  // vivo's service policy page: a torn IMEI sticker voids the promise.
  vivo: ['secondaryProofDenies [2001-11-15]', 'rule:policy.vivo.natural-wear [2001-11-15]', 'rule:policy.vivo.imei-sticker [2001-11-15]'],
  // The software-modification exclusion is not encoded (no claim fact records it; the profile's notes say so).
  'apple-cn': ['clockStart [2024-07-01]'],
  // §3 item 3. Items 2 (list price) and 10 (auxiliary parts) are not encoded: the claim carries no
  // list price, and only listed faults of main parts are decided (the profile's notes say so).
  meizu: ['depreciationDeductsRepairDays [2001-11-15]'],
  // §3 item 7: a missing gift blocks a fault refund.
  nubia: ['rule:policy.nubia.gifts-block-refund [2001-11-15]'],
};

describe('auditPolicy', () => {
  it('knows every shipped profile', () => {
    expect(shippedPolicies.map((policy) => policy.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s: finds exactly what is below the floor', (id, expected) => {
    const findings = auditPolicy(policyById(id)!);
    expect(findings.map((finding) => `${finding.parameter} [${finding.from}]`)).toEqual(expected);
  });

  it('finds nothing for the floor itself', () => {
    expect(auditPolicy(nationalPolicy)).toEqual([]);
  });

  it.each(shippedPolicies.flatMap((policy) => auditPolicy(policy).map((finding) => [policy.id, finding] as const)))(
    '%s: each finding names a clause of the profile, the prevailing statute, and says it in both languages',
    (id, finding) => {
      const policy = policyById(id)!;
      expect(policy.clauses[finding.clause], finding.clause).toBeDefined();
      expect(finding.prevails).toEqual(expect.arrayContaining(['mp2001:art3', 'mp2001:art4']));
      for (const text of [finding.message['zh-CN'], finding.message.en]) {
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toMatch(/\{[\w:-]+\}/);
      }
    },
  );
});
