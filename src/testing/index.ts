/** The kit for QA teams and integrators: fixtures, the check, and reports CI systems read. */
export { checkDecision, checkFixture, type CheckFixtureOptions, type FixtureCheck } from './check-fixture';
export { type Fixture, type FixtureExpect, fixtureExpectSchema, fixtureSchema } from './fixture';
export { type ExpectedRemedy, expectedRemedySchema } from './expected-remedy';
export type { Mismatch, MismatchCheck } from './mismatch';
export { describeMismatch } from './describe-mismatch';
export { type FixtureOutcome, tally } from './outcome';
export { reportText } from './report-text';
export { reportTap } from './report-tap';
export { reportJunit } from './report-junit';
