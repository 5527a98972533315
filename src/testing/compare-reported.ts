import type { Decision } from '../claim/decision';
import type { FixtureExpect } from './fixture';
import type { Mismatch } from './mismatch';
import { sameJson } from './same-json';

/** The dates expected: each equal, or absent where the fixture says `null`. */
export function compareDates(want: FixtureExpect, decision: Decision): Mismatch[] {
  const dates = decision.dates as Readonly<Record<string, string | undefined>>;
  return Object.entries(want.dates ?? {}).flatMap(([name, value]): Mismatch[] => {
    const expected = value ?? undefined;
    return dates[name] === expected ? [] : [{ check: 'dates', path: `dates.${name}`, expected, received: dates[name] }];
  });
}

/** An obligation's amount, compared only where the fixture gives one for it. */
function amountAsExpected(got: { readonly amountFen?: number | undefined }, wanted: { readonly amountFen?: number | undefined } | undefined) {
  return wanted?.amountFen === undefined ? {} : { amountFen: got.amountFen };
}

/**
 * The lists a fixture gives exactly, in order: missing facts (fact and the verdict it would
 * give), warning codes, recourse requirements, obligations (type and since, and the amount where
 * the fixture gives one), and the remedies floor conflicts name.
 */
export function compareReported(want: FixtureExpect, decision: Decision): Mismatch[] {
  const lists = [
    ['missing', want.missing, () => decision.missing.map((m) => ({ fact: m.fact, would: m.would }))],
    ['warnings', want.warnings, () => decision.warnings.map((w) => w.code)],
    ['recourse', want.recourse, () => decision.recourse.map((r) => r.requirement)],
    ['obligations', want.obligations, () => decision.obligations.map((o, index) => ({ type: o.type, since: o.since, ...amountAsExpected(o, want.obligations?.[index]) }))],
    ['floorConflicts', want.floorConflicts, () => decision.floorConflicts.map((c) => c.remedy)],
  ] as const;
  return lists.flatMap(([check, expected, receivedOf]): Mismatch[] => {
    if (expected === undefined) return [];
    const received = receivedOf();
    return sameJson(expected, received) ? [] : [{ check, path: check, expected, received }];
  });
}
