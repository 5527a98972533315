import { expect } from 'vitest';
import type { Decision, Remedy } from '../../src/claim/decision';
import { dominates } from '../../src/engine/dominance';
import { STRENGTH } from '../../src/engine/types';

/** A remedy as the floor check matches it: by type, and a refund by its route (`sanbao` unless said). */
export const remedyKey = (remedy: Pick<Remedy, 'type' | 'route'>): string => (remedy.type === 'refund' ? `refund:${remedy.route ?? 'sanbao'}` : remedy.type);

/**
 * Expects a decision under a profile to give no less than the floor's decision of the same claim
 * (design.md I29): for every remedy the floor offers, a remedy of the same type and route at least
 * as good on every term (`dominates`), and a verdict at least as strong.
 */
export function expectNoLessThanFloor(floor: Decision, under: Decision): void {
  for (const remedy of floor.remedies) {
    const offers = under.remedies.filter((candidate) => remedyKey(candidate) === remedyKey(remedy));
    expect(offers.length, `${remedyKey(remedy)} kept`).toBeGreaterThan(0);
    expect(offers.some((offer) => dominates(offer, remedy)), `${remedyKey(remedy)}: an offer at least as good on every term`).toBe(true);
  }
  expect(STRENGTH[under.verdict], `verdict ${under.verdict} vs floor ${floor.verdict}`).toBeGreaterThanOrEqual(STRENGTH[floor.verdict]);
}
