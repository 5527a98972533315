/**
 * Counterfactuals that can happen, nearest first (issue 18, item 6), as properties (fast-check,
 * fixed seed, bounded runs):
 * - every counterfactual, applied to the claim as it stands (one fact set), passes `parseClaim`,
 *   as docs/interpretations.md promises (before the fix, 139 of 2,006 on random claims did not);
 * - no claim date is earlier than anything the claim's history records, nor than the delivery;
 * - each one, decided, gives the verdict it states;
 * - claim dates come nearest first within each direction;
 * - for a repair open for the repairer's own reasons, the day to wait for is found from the
 *   profile's own limit (31 days under the floor, a profile's own where it sets one).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/claim/parse';
import type { Claim } from '../../src/claim/schema';
import { withFact } from '../../src/engine/with-fact';
import { decideClaim } from '../../src/facade/decide';
import { policyById } from '../../src/entries/policy';
import { addDays } from '../../src/time/add-days';
import { daysBetween } from '../../src/time/days-between';
import { arbitraryClaim } from '../support/arbitrary-claim';

const SEED = 20261207;
const PROFILES = ['cn-national', 'huawei', 'seed-tiered'] as const;

const parsed = (input: unknown): Claim => {
  const result = parseClaim(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.map((error) => error.message.en)));
  return result.claim;
};

/** The latest day the claim's history (repairs, exchanges) or its delivery records. */
function historyDay(claim: Claim): string {
  let day = claim.sale.deliveredDate ?? claim.sale.date;
  for (const repair of claim.history.repairs) {
    if (repair.handedIn > day) day = repair.handedIn;
    if (repair.returned !== null && repair.returned > day) day = repair.returned;
  }
  for (const exchange of claim.history.exchanges) if (exchange.date > day) day = exchange.date;
  return day;
}

describe('counterfactuals', () => {
  it.each(PROFILES)('under %s: each is a possible claim, after the history, deciding as it says, nearest first', (id) => {
    const policy = policyById(id)!;
    let seen = 0;
    fc.assert(
      fc.property(arbitraryClaim, (input) => {
        const claim = parsed(input);
        const decision = decideClaim(claim, { policy, counterfactuals: true });
        const earliest = historyDay(claim);
        const last: Record<string, number> = {};
        for (const counterfactual of decision.counterfactuals ?? []) {
          seen += 1;
          const changed = withFact(claim, counterfactual.fact, counterfactual.to);
          const result = parseClaim(changed);
          expect(result.ok, `${counterfactual.fact} → ${String(counterfactual.to)}`).toBe(true);
          expect(decideClaim(changed, { policy }).verdict).toBe(counterfactual.verdict);
          if (counterfactual.fact !== 'claimDate') continue;
          const to = String(counterfactual.to);
          expect(to >= earliest, `claim date ${to} before the history (${earliest})`).toBe(true);
          const distance = Math.abs(daysBetween(claim.claimDate, to));
          expect(distance).toBeGreaterThanOrEqual(last[counterfactual.direction] ?? 0);
          last[counterfactual.direction] = distance;
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
    expect(seen).toBeGreaterThan(15);
  });

  it('finds the day to wait for on a repair open for the repairer’s own reasons', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 200 }), fc.integer({ min: 0, max: 29 }), (saleToHandIn, open) => {
        const sale = '2025-01-06';
        const handedIn = addDays(sale, saleToHandIn);
        const claimDate = addDays(handedIn, open);
        const claim = parsed({
          claimDate,
          item: { kind: 'handset', imei: '860000000000009' },
          sale: { date: sale, priceFen: 399900 },
          fault: { codes: ['no-power-on'] },
          history: { repairs: [{ handedIn, returned: null, delayCause: 'repairer', faultCodes: ['no-power-on'] }] },
        });
        const decision = decideClaim(claim, { counterfactuals: true });
        expect(decision.verdict).toBe('free-repair');
        const wait = decision.counterfactuals?.find((c) => c.fact === 'claimDate' && c.verdict === 'exchange');
        // Art. 17: more than 30 days in repair, the hand-in day not counted.
        expect(wait?.to).toBe(addDays(handedIn, 31));
        expect(wait?.direction).toBe('stronger');
        expect(wait?.cite).toBe('mp2001:art17');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

describe('the open repair of issue 18', () => {
  const claim = {
    claimDate: '2025-06-20',
    request: 'exchange',
    item: { kind: 'handset', imei: '860000000000009' },
    sale: { date: '2025-01-10', priceFen: 399900 },
    fault: { codes: ['no-power-on'] },
    history: { repairs: [{ handedIn: '2025-06-10', returned: null, delayCause: 'repairer' }] },
  };

  it('says a claim from 2025-07-11 gives an exchange, and offers no date before the repair', () => {
    const decision = decideClaim(parsed(claim), { counterfactuals: true });
    const dates = (decision.counterfactuals ?? []).filter((c) => c.fact === 'claimDate');
    expect(dates.map((c) => [c.to, c.verdict])).toContainEqual(['2025-07-11', 'exchange']);
    expect(dates.every((c) => String(c.to) >= '2025-06-10')).toBe(true);
    const wait = dates.find((c) => c.to === '2025-07-11')!;
    expect(wait.message.en).toBe('A claim from 2025-07-11 on, with nothing else changed, would be an exchange (MP2001 Art. 17).');
    expect(wait.message['zh-CN']).toBe('如自2025-07-11起提出（其他事实不变），可得换货（《移动电话机商品修理更换退货责任规定》第十七条）。');
    // Wrong before: a claim by the end of the exchange window, months before the repair.
    expect(JSON.stringify(decision.counterfactuals)).not.toContain('2025-01-');
  });

  it('cites Art. 17 for the exchange asked for too early, and says from when it is due', () => {
    const decision = decideClaim(parsed(claim));
    const notMet = decision.reasons.find((r) => r.code === 'request.not-met')!;
    expect(notMet.cite.id).toBe('mp2001:art17');
    const notYet = decision.reasons.find((r) => r.code === 'repairs.delay-not-yet')!;
    expect(notYet.message.en).toBe(
      'In repair since 2025-06-10 for the repairer’s own reasons, 10 days so far: an exchange for the delay is due only after more than 30 days, from 2025-07-11 if the repair is still not done.',
    );
  });

  it('offers no earlier claim than the recorded repair and exchange (2014)', () => {
    const decision = decideClaim(
      parsed({
        claimDate: '2014-07-01',
        item: { kind: 'handset', imei: '860000000000009' },
        sale: { date: '2014-01-06', priceFen: 199900 },
        fault: { codes: ['no-power-on'] },
        history: { repairs: [{ handedIn: '2014-01-20', returned: '2014-01-25', faultCodes: ['no-power-on'] }], exchanges: [{ date: '2014-06-10' }] },
      }),
      { counterfactuals: true },
    );
    const earlier = (decision.counterfactuals ?? []).filter((c) => c.fact === 'claimDate' && String(c.to) < '2014-07-01');
    for (const c of earlier) expect(String(c.to) >= '2014-06-10', String(c.to)).toBe(true);
    expect(JSON.stringify(decision.counterfactuals ?? [])).not.toContain('2014-01-13');
  });
});
