import { defineRule } from '../engine/define-rule';
import type { Finding } from '../engine/types';
import type { Rule, RuleDefinition } from './claim-rule';
import type { FindingCode } from './finding-codes';
import type { NationalRuleId } from './rule-ids';

/**
 * Defines a national rule: {@link defineRule} with an id from the registry
 * (`NATIONAL_RULE_FILES`) and findings whose message codes are declared (src/rules/findings/,
 * `FindingCode`), so that a misspelt id or code is a compile error where the rule is written.
 *
 * @example
 * nationalRule({ id: 'window.refund', describes: { 'zh-CN': '七日退货', en: 'the 7-day refund' }, run: () => [], basis: [
 *   [{ from: '2001-11-15', tag: 'mp2001', cites: ['mp2001:art11'] }],
 * ] }).map((rule) => rule.id) //=> ['window.refund']
 */
export function nationalRule<const Id extends NationalRuleId>(definition: RuleDefinition<Id, FindingCode>): Rule<Id>[] {
  return defineRule(definition);
}

/** A national rule's finding: its message code is a declared `FindingCode`. */
export type NationalFinding = Finding<FindingCode>;
