import type { FixtureCheck } from './check-fixture';

/** One fixture checked, as a reporter receives it: its name (its path in the suite), its title, the check. */
export interface FixtureOutcome {
  readonly name: string;
  readonly title?: string | undefined;
  readonly check: FixtureCheck;
}

/** How many passed and failed. */
export function tally(outcomes: readonly FixtureOutcome[]): { readonly passed: number; readonly failed: number } {
  const passed = outcomes.filter((outcome) => outcome.check.passed).length;
  return { passed, failed: outcomes.length - passed };
}

/** A case's name in a report: its path, then its title. */
export function caseName(outcome: FixtureOutcome): string {
  return outcome.title === undefined ? outcome.name : `${outcome.name}: ${outcome.title}`;
}
