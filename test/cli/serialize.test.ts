import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeDecision } from '../../src/cli/serialize';
import { decide, policyById } from '../support/api';
import { arbitraryClaim } from '../support/arbitrary-claim';
import { loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';

describe('serializeDecision', () => {
  it('writes every fixture’s decision exactly as JSON.stringify does', () => {
    for (const fixture of loadFixtures()) {
      const decision = decideFixture(fixture);
      expect(serializeDecision(decision)).toBe(JSON.stringify(decision));
      const explained = decideFixture(fixture, { counterfactuals: true });
      expect(serializeDecision(explained)).toBe(JSON.stringify(explained));
    }
  });

  it('writes random decisions, under the floor and a profile, exactly as JSON.stringify does', () => {
    const oppo = policyById('oppo')!;
    fc.assert(
      fc.property(arbitraryClaim, (claim) => {
        for (const decision of [decide(claim), decide(claim, { policy: oppo })]) {
          expect(serializeDecision(decision)).toBe(JSON.stringify(decision));
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
