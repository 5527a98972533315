/**
 * Issue 18, item 1: the decision holds every number and date its words state. Every fixture, and
 * random claims under every shipped profile, are decided with their counterfactuals; every amount
 * (`¥3,100.00`, `3,100.00元`) and every date (`2026-05-06`, `2026年5月6日`) in every message of the
 * decision, in both languages, must be a value the decision or the claim holds: a remedy's or an
 * obligation's amount, a key date, a step of the derivation, a claim's field. A date written into
 * a template itself (the law's own changeover, "for sales from 2024-07-01") is the law's word, not
 * a value, and is allowed for that template only; so is the day a cited text took effect (the
 * law's key dates, `IN_FORCE`: "took effect on 2001-11-15"), a reference into the law itself.
 *
 * Fixed seed. `npm test` runs a few claims per profile; the property suite (`npm run
 * test:property`, SANBAO_PROPERTY_RUNS=2000) runs ten times SANBAO_PROPERTY_RUNS a profile, which
 * is the 20,000 random claims under each of the eleven shipped profiles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICY_IDS } from '../../src/policy/registry';
import { decide, policyById } from '../support/api';
import { loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';
import { claims, unheldWords } from '../support/words-held';

const SEED = 20261207;
const PROPERTY_RUNS = process.env.SANBAO_PROPERTY_RUNS;
const RUNS = PROPERTY_RUNS === undefined ? 25 : 10 * Number(PROPERTY_RUNS);
/** Counterfactuals decide the claim again many times: asked for on one claim in this many. */
const COUNTERFACTUALS_EVERY = PROPERTY_RUNS === undefined ? 1 : 50;
/**
 * A guard against hangs only: 1,000 claims a profile took about 10 s on two loaded cores, so the
 * property suite's 20,000 take minutes a profile.
 */
const TIMEOUT = PROPERTY_RUNS === undefined ? undefined : 1_800_000;

describe('every amount and date a decision’s words state is the decision’s', () => {
  it('in every fixture', () => {
    const problems = loadFixtures().flatMap((fixture) => unheldWords(decideFixture(fixture, { counterfactuals: true }), fixture.claim).map((problem) => `${fixture.name}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it.each(POLICY_IDS)('in random claims under %s', (id) => {
    const policy = policyById(id)!;
    let index = 0;
    fc.assert(
      fc.property(claims, (claim) => {
        index += 1;
        const decision = decide(claim, { policy, counterfactuals: index % COUNTERFACTUALS_EVERY === 0 });
        expect(unheldWords(decision, claim)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, TIMEOUT);

  it('finds what the words say and the decision does not hold', () => {
    // The check itself: a message quoting an amount and a date the decision lacks is caught.
    const decision = decide({ claimDate: '2025-06-05', item: { kind: 'handset' }, sale: { date: '2025-06-01', priceFen: 399900 }, fault: { codes: ['no-power-on'] } });
    const forged = { ...decision, reasons: [...decision.reasons, { ...decision.reasons[0]!, message: { en: 'refund ¥3,100.00 until 2025-06-30', 'zh-CN': '退款3,100.00元，至2025年6月30日' } }] };
    const problems = unheldWords(forged, {});
    expect(problems.filter((problem) => problem.includes('amount 310000 fen'))).toHaveLength(2);
    expect(problems.filter((problem) => problem.includes('date 2025-06-30'))).toHaveLength(2);
  });
});
