import fc from 'fast-check';
import { describe, it } from 'vitest';
import { decide, shippedPolicies } from '../support/api';
import { arbitraryClaim } from '../support/arbitrary-claim';
import { expectNoLessThanFloor } from '../support/floor';

describe('no profile gives less than cn-national (fast-check, fixed seed)', () => {
  it.each(shippedPolicies.filter((policy) => policy.floor !== undefined).map((policy) => [policy.id, policy] as const))('%s', (_, policy) => {
    fc.assert(
      fc.property(arbitraryClaim, (claim) => {
        expectNoLessThanFloor(decide(claim), decide(claim, { policy }));
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
