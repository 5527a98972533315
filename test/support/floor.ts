import { expect } from 'vitest';
import type { Decision, Remedy } from '../../src/claim/decision';
import { compareOffers } from '../../src/engine/compare-remedies';
import { STRENGTH } from '../../src/engine/types';

/** A remedy as the floor check matches it: by type, and a refund by its route (`sanbao` unless said). */
export const remedyKey = (remedy: Pick<Remedy, 'type' | 'route'>): string => (remedy.type === 'refund' ? `refund:${remedy.route ?? 'sanbao'}` : remedy.type);

/**
 * Expects a decision under a profile to give no less than the floor's decision of the same claim:
 * every remedy the floor offers, on terms at least as good, and a verdict at least as strong.
 */
export function expectNoLessThanFloor(floor: Decision, under: Decision): void {
  for (const remedy of floor.remedies) {
    const offer = under.remedies.find((candidate) => remedyKey(candidate) === remedyKey(remedy));
    expect(offer, `${remedyKey(remedy)} kept`).toBeDefined();
    expect(compareOffers(offer!, remedy), `${remedyKey(remedy)} no worse`).toBeGreaterThanOrEqual(0);
  }
  expect(STRENGTH[under.verdict], `verdict ${under.verdict} vs floor ${floor.verdict}`).toBeGreaterThanOrEqual(STRENGTH[floor.verdict]);
}
