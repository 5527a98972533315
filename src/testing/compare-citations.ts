import type { Decision } from '../claim/decision';
import type { FixtureExpect } from './fixture';
import type { Mismatch } from './mismatch';

/**
 * Every citation id the decision names: its reasons' and its remedies', and under a profile the
 * clauses its floor conflicts set aside (the reasons tell the story that prevailed; the clause set
 * aside is named once, there).
 */
export function citedIds(decision: Decision): string[] {
  return [
    ...new Set([
      ...decision.reasons.map((reason) => reason.cite.id),
      ...decision.remedies.flatMap((remedy) => remedy.cites),
      ...decision.floorConflicts.flatMap((conflict) => conflict.clauses ?? [conflict.clause]),
    ]),
  ].sort();
}

/** The citations that must appear, and those that must not. */
export function compareCitations(want: FixtureExpect, decision: Decision): Mismatch[] {
  if (want.cites === undefined && want.notCites === undefined) return [];
  const cited = citedIds(decision);
  return [
    ...(want.cites ?? []).filter((id) => !cited.includes(id)).map((id): Mismatch => ({ check: 'cites', path: 'cites', expected: id, received: cited })),
    ...(want.notCites ?? []).filter((id) => cited.includes(id)).map((id): Mismatch => ({ check: 'notCites', path: 'notCites', expected: id, received: cited })),
  ];
}
