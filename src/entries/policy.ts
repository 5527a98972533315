/**
 * `sanbao/policy`: profiles over the statutory floor. The national profile and the shipped makers'
 * and dealers' profiles (by id, with their sources graded), `definePolicy` to derive a shop's own,
 * what a shop's own rules are built with (`defineRule` and the findings it returns), the floor's
 * audit of a profile, and the law's data a profile and its rules cite (citations, sources, the
 * catalogue of items, the fault table, the dates the laws came into force).
 *
 * @example
 * import { decide } from 'sanbao';
 * import { definePolicy, nationalPolicy } from 'sanbao/policy';
 * const myShop = definePolicy(nationalPolicy, {
 *   id: 'my-shop', title: { 'zh-CN': '本店三包承诺', en: 'My shop' },
 *   source: { title: 'notice at the counter' }, asOf: '2026-01-01', confidence: 'A',
 *   clauses: { 'exchange-30': { label: { 'zh-CN': '30天包换', en: '30-day exchange' },
 *     text: { 'zh-CN': '30天内包换。', en: 'Exchange within 30 days.' }, confidence: 'A' } },
 *   parameters: { exchangeWindow: { value: { days: 30 }, clause: 'exchange-30' } },
 * });
 * // Day 20 of a handset that will not power on: the law gives a repair, the shop an exchange.
 * const claim = { claimDate: '2026-03-21', item: { kind: 'handset' as const },
 *   sale: { date: '2026-03-01', priceFen: 399900 }, fault: { codes: ['no-power-on' as const] } };
 * decide(claim).verdict //=> 'free-repair'
 * decide(claim, { policy: myShop }).verdict //=> 'exchange'
 */

export { nationalPolicy } from '../policy/national';
export { nationalParameters } from '../policy/national-parameters';
export { nationalRules } from '../rules';
export { NATIONAL_RULE_IDS, type NationalRuleId, type ProfileRuleId } from '../rules/rule-ids';
export { definePolicy, type ParameterChange, type PolicyChanges } from '../policy/define-policy';
export type { DeclaredTerms, Policy, PolicyClause } from '../policy/policy';
export { POLICY_IDS, type PolicyId, policyById, policyNamed, shippedPolicies } from '../policy/registry';
export {
  PROVENANCE_CHECKED,
  type ProfileKind,
  type ProfileProvenance,
  type ProfileSource,
  policiesOfferedByDefault,
  provenanceOf,
  SOURCE_GRADES,
  type SourceGrade,
} from '../policy/provenance-of';
export { type AuditFinding, auditPolicy } from '../facade/audit-policy';
export { type Parameter, type ParameterValue, valueOn } from '../engine/parameters';
export type { ParameterSet, Params } from '../rules/national-parameters';

// A shop's own rules: defined with their citations and eras, returning findings.
export { type Era } from '../engine/define-rule';
export { defineRule, type Rule, type RuleContext, type RuleDefinition } from '../rules/claim-rule';
export { deny, grant, note, recourse, requireFact, SILENT, warn } from '../engine/findings';
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
} from '../engine/types';
export type { Facts, Window } from '../rules/facts-types';

// The law a profile and its rules cite.
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
} from '../law/citations';
export { citation, citations } from '../law/citation-summaries';
export { type Source, type SourceId, sources, type Text } from '../law/sources';
export { catalogue, type CatalogueEntry, DEPRECIATION_PER_DAY, ITEM_KINDS, type ItemClass, type ItemKind } from '../law/catalogue';
export { FAULT_CODES, type FaultCode, performanceFaults } from '../law/performance-faults';
export { IN_FORCE } from '../law/key-dates';
