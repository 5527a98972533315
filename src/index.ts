/**
 * sanbao: decides China mobile-phone 三包 (repair / exchange / refund) claims.
 *
 * The package's root entry holds what a shop or after-sales system needs to decide claims: decide a
 * claim (from JSON or parsed), the decision and claim types, the errors it may throw, the report
 * and timeline to show a decision, and the claim format's enumerations for its forms. The rest is
 * in subpaths, each an entry of its own (src/entries/): `sanbao/policy` (profiles, the floor's
 * audit, a shop's own rules, the law's data), `sanbao/testing` (the fixture kit and its reports),
 * `sanbao/dispute` (a shop's decision checked, two runs compared, the engine's stamp),
 * `sanbao/schemas` (the zod schemas and JSON Schemas) and `sanbao/calendar` (rest-day calendars).
 *
 * parse (claim/) → facts (rules/facts, time/) → rules (rules/) → resolve (engine/) → explain (explain/)
 *
 * @example
 * import { decide } from 'sanbao';
 * const decision = decide({ claimDate: '2025-03-07', item: { kind: 'handset' },
 *   sale: { date: '2025-03-01', priceFen: 399900 }, fault: { codes: ['no-power-on'] } });
 * decision.verdict //=> 'refund'
 */

// Deciding: from JSON (decide, safeDecide), from a parsed claim (decideClaim), or parsing first.
export { type ClaimArgument, decide, decideClaim, type DecideError, type DecideOptions, safeDecide } from './facade/decide';
export { parseClaim, type ParseResult } from './claim/parse';
// Reading a request body: its bytes to JSON, with the size cap a claim has.
export { jsonOf, MAX_CLAIM_BYTES } from './claim/read-json';

// The errors decide may throw (safeDecide returns them instead).
export { InvalidClaimError } from './claim/parse';
export { InvalidOptionsError } from './facade/decide-options';
export { InvalidPolicyError, type PolicyProblem, type PolicyProblemCode } from './policy/invalid-policy-error';
export { UnknownPolicyError } from './policy/unknown-policy-error';
export { RuleFailedError } from './engine/rule-failed-error';

// Showing a decision: the report (text or Markdown), the timeline (SVG), citations and money as read.
export { renderReport, type ReportOptions } from './explain/report';
export { renderTimelineSvg, type SvgOptions } from './explain/timeline/svg';
export { citationLegend, citationText } from './explain/citation-text';
export { formatYuan } from './explain/money';

// The claim format's enumerations, for a shop's forms; the ids of the shipped profiles `decide` accepts.
export { CARD_STATES, CHANNELS, REQUESTS } from './claim/schema';
export { ITEM_KINDS } from './law/catalogue';
export { FAULT_CODES } from './law/performance-faults';
export { type Lang, LANGS } from './claim/input-error';
export { POLICY_IDS } from './policy/registry';

// Types only (no value): the claim, the decision and their parts.
export type { Claim, ClaimInput, Request } from './claim/schema';
export type { Decision, FloorConflict, Reason, Remedy } from './claim/decision';
export type { InputError, InputErrorCode } from './claim/input-error';
export type { ItemKind } from './law/catalogue';
export type { FaultCode } from './law/performance-faults';
export type { CitationId } from './law/citations';
export type { PolicyId } from './policy/registry';
export type { Policy } from './policy/policy';
export type { RemedyType, Verdict } from './engine/types';
export type { Counterfactual } from './engine/counterfactuals';
export type { EngineStamp } from './stamp/stamp';
export type { RestDayCalendar } from './time/rest-day-calendar';
