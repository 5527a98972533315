/**
 * `sanbao/testing`: the kit for QA teams and integrators. A fixture (a claim and what its decision
 * must say, field by field) checked against the engine or against a decision made elsewhere, what
 * differs in words, and the reports CI systems read (text, TAP, JUnit XML).
 */
export {
  checkDecision,
  checkFixture,
  type CheckFixtureOptions,
  describeMismatch,
  type ExpectedRemedy,
  type Fixture,
  type FixtureCheck,
  type FixtureExpect,
  type FixtureOutcome,
  fixtureSchema,
  type Mismatch,
  type MismatchCheck,
  reportJunit,
  reportTap,
  reportText,
} from '../testing/index';
