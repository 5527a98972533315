/**
 * The decisions the sealing tests compare byte for byte with a fresh process's
 * (test/policy/floor-first.test.ts, run there and in `sealed-decisions-probe.ts`): every
 * fixture's claim under the national floor and under its own profile, and the claims of
 * issue 17's reproductions 1 and 2.
 */
import { decide, policyById } from '../support/api';
import { loadFixtures } from '../support/fixtures';

/** Reproduction 1: a store sale, no power on day 3, ¥3,999: the law gives a refund (Art. 11). */
export const DAY_3_NO_POWER = {
  claimDate: '2025-03-06',
  item: { kind: 'handset' },
  sale: { date: '2025-03-03', priceFen: 399_900 },
  fault: { codes: ['no-power-on'] },
};

/**
 * Reproduction 2: sold Tuesday 2024-09-24, claimed Tuesday 2024-10-08. The refund window's last
 * day, 2024-10-01, falls in the National Day holiday (10-01…10-07): rolled over to 2024-10-08 (I3).
 */
export const NATIONAL_DAY_ROLL_OVER = {
  claimDate: '2024-10-08',
  item: { kind: 'handset' },
  sale: { date: '2024-09-24', priceFen: 399_900 },
  fault: { codes: ['no-power-on'] },
};

/** The decisions, as JSON lines, in a fixed order. */
export function sealedDecisions(): string[] {
  const out: string[] = [];
  for (const claim of [DAY_3_NO_POWER, NATIONAL_DAY_ROLL_OVER]) {
    out.push(JSON.stringify(decide(claim)));
    for (const id of ['huawei', 'xiaomi', 'dealer-handbook'] as const) out.push(JSON.stringify(decide(claim, { policy: policyById(id)! })));
  }
  for (const fixture of loadFixtures()) {
    out.push(JSON.stringify(decide(fixture.claim)));
    if (fixture.policy !== undefined) out.push(JSON.stringify(decide(fixture.claim, { policy: policyById(fixture.policy)! })));
  }
  return out;
}
