import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOffers } from '../../src/engine/compare-remedies';
import { decide, shippedPolicies } from '../support/api';
import { arbitraryClaim } from '../support/arbitrary-claim';

const keyOf = (remedy: { type: string; route?: string | undefined }) => (remedy.type === 'refund' ? `refund:${remedy.route}` : remedy.type);

describe('no profile gives less than cn-national (fast-check, fixed seed)', () => {
  it.each(shippedPolicies.filter((policy) => policy.floor !== undefined).map((policy) => [policy.id, policy] as const))('%s', (_, policy) => {
    fc.assert(
      fc.property(arbitraryClaim, (claim) => {
        const floor = decide(claim);
        const under = decide(claim, { policy });
        for (const remedy of floor.remedies) {
          const offer = under.remedies.find((candidate) => keyOf(candidate) === keyOf(remedy));
          expect(offer, `${keyOf(remedy)} kept`).toBeDefined();
          expect(compareOffers(offer!, remedy), `${keyOf(remedy)} no worse`).toBeGreaterThanOrEqual(0);
        }
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
