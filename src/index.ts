/**
 * sanbao: decides China mobile-phone 三包 (repair / exchange / refund) claims.
 *
 * parse (claim/) → facts (rules/facts, time/) → rules (rules/) → resolve (engine/) → explain (explain/)
 *
 * @example
 * import { decide } from 'sanbao';
 * const decision = decide({ claimDate: '2025-03-07', item: { kind: 'handset' },
 *   sale: { date: '2025-03-01', priceFen: 399900 }, fault: { codes: ['no-power-on'] } });
 * decision.verdict //=> 'refund'
 */

export { type ClaimArgument, decide, decideClaim, type DecideError, decideUnder, type DecideOptions, defaultCalendar, safeDecide } from './facade/decide';
export { InvalidOptionsError } from './facade/decide-options';
export { evaluate, type Evaluation, type FloorShortfall, type MarkedFinding, type Profile } from './engine/evaluate';
export { RuleFailedError } from './engine/rule-failed-error';
export { InvalidClaimError, parseClaim, type ParseResult } from './claim/parse';
export {
  CARD_STATES,
  CHANNELS,
  type Claim,
  type ClaimInput,
  claimSchema,
  conditionSchema,
  DISTANCE_CHANNELS,
  faultSchema,
  historySchema,
  itemSchema,
  proofSchema,
  repairSchema,
  type Request,
  REQUESTS,
  saleSchema,
  stockSchema,
} from './claim/schema';
export { calendarDaySchema, fenSchema, imeiLuhnValid, imeiSchema } from './claim/primitives';
export {
  citationRefSchema,
  type Decision,
  decisionSchema,
  type FloorConflict,
  type Reason,
  type Remedy,
  reasonSchema,
  remedySchema,
} from './claim/decision';
export { type InputError, type InputErrorCode, type Lang, LANGS } from './claim/input-error';
export { jsonOf, MAX_CLAIM_BYTES } from './claim/read-json';
export { calendarFileSchema, calendarFrom, type CalendarOptions, type CalendarResult } from './claim/calendar-from';

export {
  type Citation,
  type CitationBasis,
  type CitationId,
  citationBases,
  citationBasis,
  type ClauseId,
  type Evidence,
  isStatuteCitationId,
  type StatuteCitationId,
} from './law/citations';
export { citation, citations } from './law/citation-summaries';
export { type Source, type SourceId, sources, type Text } from './law/sources';
export { catalogue, type CatalogueEntry, DEPRECIATION_PER_DAY, ITEM_KINDS, type ItemClass, type ItemKind } from './law/catalogue';
export { FAULT_CODES, type FaultCode, performanceFaults } from './law/performance-faults';
export { IN_FORCE } from './law/key-dates';
export { restDayCalendar, type RestDayYear } from './law/rest-day-calendar';

export { isCalendarData, type RestDayCalendar, restDayCalendarOf } from './time/rest-day-calendar';

export { basisOf, type Era } from './engine/define-rule';
export { defineRule, type Rule, type RuleContext, type RuleDefinition } from './rules/claim-rule';
export { deny, grant, note, recourse, requireFact, SILENT, warn } from './engine/findings';
export type {
  Attributed,
  Basis,
  Condition,
  DenyTarget,
  Finding,
  MissingFact,
  RemedyGrant,
  RemedyType,
  Route,
  TraceEntry,
  Verdict,
} from './engine/types';
export type { Facts, Window } from './rules/facts-types';
export { nationalRules } from './rules';
export { NATIONAL_RULE_IDS, type NationalRuleId, type ProfileRuleId } from './rules/rule-ids';

export { nationalPolicy } from './policy/national';
export { nationalParameters } from './policy/national-parameters';
export { type Parameter, type ParameterSet, type ParameterValue, type Params, paramsOn, valueOn } from './engine/parameters';
export type { DeclaredTerms, Policy, PolicyClause } from './policy/policy';
export { definePolicy, type ParameterChange, type PolicyChanges } from './policy/define-policy';
export { type AuditFinding, auditPolicy } from './facade/audit-policy';
export { FLOOR_CITES, mergeWithFloor } from './policy/floor';
export { InvalidPolicyError, type PolicyProblem, type PolicyProblemCode } from './policy/invalid-policy-error';
export { POLICY_IDS, type PolicyId, policyById, policyNamed, shippedPolicies } from './policy/registry';
export {
  PROVENANCE_CHECKED,
  type ProfileKind,
  type ProfileProvenance,
  type ProfileSource,
  policiesOfferedByDefault,
  provenanceOf,
  SOURCE_GRADES,
  type SourceGrade,
} from './policy/provenance-of';
export { UnknownPolicyError } from './policy/unknown-policy-error';

export { bilingual, message } from './explain/messages';
export { renderDecision } from './explain/render-decision';
export { citationLegend, citationText } from './explain/citation-text';
export { renderReport } from './explain/report';
export { renderTimelineSvg, timelineOf, timelineStrip } from './explain/timeline';
export type { Counterfactual } from './engine/counterfactuals';
export { formatYuan } from './explain/money';

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
} from './testing/index';
export { claimJsonSchema, decisionJsonSchema, fixtureJsonSchema, jsonSchemaOf, SCHEMA_IDS, SCHEMA_NAMES, type SchemaName } from './schemas/index';

export { calendarDigest, type CalendarStamp, calendarStamp, engineDigest, type EngineStamp, engineStamp, sameEngine } from './stamp/stamp';
export {
  type ChangedLine,
  type CheckInput,
  type CheckInputJson,
  checkInputSchema,
  type CheckResult,
  checkShopDecision,
  type CheckSummary,
  checkSummary,
  decisionDiff,
  type DiffResult,
  engineStampSchema,
  parseCheckInput,
  renderCheck,
  renderCheckSummary,
  renderDiff,
  type RuleChange,
  type ShopDecision,
  shopDecisionSchema,
  type ShopRemedy,
  shopRemedySchema,
  type Shortfall,
  type Surplus,
} from './dispute/index';
