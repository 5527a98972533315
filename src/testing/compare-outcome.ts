import type { Decision } from '../claim/decision';
import type { FixtureExpect } from './fixture';
import type { Mismatch } from './mismatch';

/** The verdict, and the status when the fixture gives one. */
export function compareOutcome(want: FixtureExpect, decision: Decision): Mismatch[] {
  const found: Mismatch[] = [];
  if (decision.verdict !== want.verdict) found.push({ check: 'verdict', path: 'verdict', expected: want.verdict, received: decision.verdict });
  if (want.status !== undefined && decision.status !== want.status) {
    found.push({ check: 'status', path: 'status', expected: want.status, received: decision.status });
  }
  return found;
}
