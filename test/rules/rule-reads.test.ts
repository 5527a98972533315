/**
 * A profile's run takes a national rule's findings from the floor's run of the same claim where
 * the rule's version and the parameters it reads agree (src/engine/reuse.ts). That is right only
 * while each rule declares every parameter it reads (`reads`) and whether it reads the findings
 * before it (`readsEarlierFindings`): both are watched here through proxies on the fixtures and
 * random claims, under the floor, every shipped profile and random profiles; and the evaluation
 * with findings taken is compared with the evaluation worked out in full.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/claim/parse';
import type { Claim } from '../../src/claim/schema';
import { evaluate } from '../../src/engine/evaluate';
import { defaultCalendar } from '../../src/facade/decide';
import { nationalPolicy } from '../../src/policy/national';
import { shippedPolicies } from '../../src/policy/registry';
import { claimFacts } from '../../src/rules/claim-facts';
import { arbitraryClaim } from '../support/arbitrary-claim';
import { arbitraryProfileSpec, profileOf } from '../support/arbitrary-policy';
import { loadFixtures } from '../support/fixtures';
import { observeReads } from './observe-reads';

const SEED = 20_261_207;

const claims = (runs: number): Claim[] =>
  [...loadFixtures().map((fixture) => fixture.claim), ...fc.sample(arbitraryClaim, { numRuns: runs, seed: SEED })].flatMap((input) => {
    const parsed = parseClaim(input);
    return parsed.ok ? [parsed.claim] : [];
  });
const randomProfiles = () => fc.sample(arbitraryProfileSpec, { numRuns: 12, seed: SEED }).map(profileOf);

describe('what a national rule reads', () => {
  const reads = observeReads(claims(400), randomProfiles());

  it('every national rule declares what it reads', () => {
    expect(nationalPolicy.rules.filter((rule) => rule.reads === undefined).map((rule) => `${rule.id}@${rule.version}`)).toEqual([]);
  });

  it('reads no parameter it does not declare, and declares reading the earlier findings where it does', () => {
    const undeclared: string[] = [];
    for (const [rule, seen] of reads) {
      for (const name of seen.params) if (!(rule.reads ?? []).includes(name)) undeclared.push(`${rule.id}@${rule.version} reads ${name}`);
      if (seen.run && rule.readsEarlierFindings !== true) undeclared.push(`${rule.id}@${rule.version} reads the earlier findings`);
    }
    expect(undeclared).toEqual([]);
  });

  it('the watch sees reads: parameters and earlier findings are read by some rule (the test is not vacuous)', () => {
    const params = new Set([...reads.values()].flatMap((seen) => [...seen.params]));
    expect(params.size).toBeGreaterThan(20);
    expect([...reads.values()].filter((seen) => seen.run).length).toBeGreaterThanOrEqual(8);
  });
});

describe('a profile’s run with findings taken from the floor’s', () => {
  it('is the run worked out in full: same findings, trace and remedies (every shipped profile, random profiles)', () => {
    const calendar = defaultCalendar();
    let taken = 0;
    for (const claim of claims(120)) {
      const floor = evaluate(claimFacts, nationalPolicy, claim, calendar, { missing: false });
      for (const policy of [...shippedPolicies, ...randomProfiles().slice(0, 4)]) {
        const shared = evaluate(claimFacts, policy, claim, calendar, { missing: true, shared: floor.run });
        const full = evaluate(claimFacts, policy, claim, calendar, { missing: true });
        expect(JSON.stringify([shared.reasons, shared.trace, shared.remedies, shared.verdict, shared.missing])).toBe(JSON.stringify([full.reasons, full.trace, full.remedies, full.verdict, full.missing]));
        if (shared.facts === floor.facts) taken += shared.reasons.filter((entry) => floor.reasons.includes(entry)).length;
      }
    }
    // Not vacuous: many findings were taken from the floor's run rather than worked out.
    expect(taken).toBeGreaterThan(1000);
  });
});
