import type { Decision } from '../claim/decision';
import type { FixtureExpect } from './fixture';
import type { Mismatch } from './mismatch';

/** What a rule that must stay silent may have done: run and not fired, or found nothing to apply to. */
export const SILENT_RESULTS: readonly string[] = ['silent', 'not-applicable'];

const key = (id: string): string => JSON.stringify(id);

/**
 * The rules that must fire, those that must run and stay silent, and the versions that must have
 * applied. Read from the decision's own run: under a profile the trace also holds the floor's
 * run (its entries marked `under`), which these do not look at.
 */
export function compareTrace(want: FixtureExpect, decision: Decision): Mismatch[] {
  const own = decision.trace.filter((entry) => entry.under === undefined);
  const result = new Map(own.map((entry) => [entry.rule, entry.result]));
  const found: Mismatch[] = [];
  for (const id of want.fires ?? []) {
    if (result.get(id) !== 'fired') found.push({ check: 'fires', path: `fires[${key(id)}]`, expected: 'fired', received: result.get(id) });
  }
  for (const id of want.silent ?? []) {
    const got = result.get(id);
    if (got === undefined || !SILENT_RESULTS.includes(got)) found.push({ check: 'silent', path: `silent[${key(id)}]`, expected: SILENT_RESULTS, received: got });
  }
  for (const [id, version] of Object.entries(want.versions ?? {})) {
    const got = own.find((entry) => entry.rule === id)?.version;
    if (got !== version) found.push({ check: 'versions', path: `versions[${key(id)}]`, expected: version, received: got });
  }
  return found;
}
