import type { Decision } from '../claim/decision';
import type { FixtureExpect } from './fixture';
import type { Mismatch } from './mismatch';
import { sameJson } from './same-json';

/** A remedy's type with its route when it has one: `refund/sanbao`, `exchange`. */
const label = (remedy: { readonly type: string; readonly route?: string | undefined }): string =>
  remedy.route === undefined ? remedy.type : `${remedy.type}/${remedy.route}`;

/**
 * The remedies: exactly the expected types, with their routes (a route left out must be absent),
 * in the expected order, strongest first; then, for each remedy in its expected place, every
 * other field the fixture gives.
 */
export function compareRemedies(want: FixtureExpect, decision: Decision): Mismatch[] {
  if (want.remedies === undefined) return [];
  const found: Mismatch[] = [];
  const expected = want.remedies.map(label);
  const received = decision.remedies.map(label);
  if (!sameJson(expected, received)) found.push({ check: 'remedies', path: 'remedies', expected, received });
  want.remedies.forEach((wanted, index) => {
    const got = decision.remedies[index] as Readonly<Record<string, unknown>> | undefined;
    if (got === undefined || received[index] !== expected[index]) return;
    for (const [key, value] of Object.entries(wanted)) {
      if (value !== undefined && !sameJson(got[key], value)) found.push({ check: 'remedies', path: `remedies[${index}].${key}`, expected: value, received: got[key] });
    }
  });
  return found;
}
