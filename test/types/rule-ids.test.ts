/**
 * Typed rule ids and message codes (issue 9, item 6): the national rules' ids are a literal union
 * derived from one registry (src/rules/rule-ids.ts), and a national rule's findings carry
 * registered message codes. The `@ts-expect-error` lines are the test: `npm run typecheck` fails
 * if any of them compiles. The registry itself is checked against the chain at run time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/define-rule';
import { note, SILENT } from '../../src/engine/findings';
import type { Rule } from '../../src/engine/types';
import { nationalRules } from '../../src/rules/index';
import { nationalRule } from '../../src/rules/national-rule';
import { NATIONAL_RULE_FILES, NATIONAL_RULE_IDS, type NationalRuleId, type ProfileRuleId } from '../../src/rules/rule-ids';

const describes = { 'zh-CN': '测试', en: 'test' };
const basis = [[{ from: '2001-11-15', tag: 'mp2001', cites: ['mp2001:art11' as const] }]];

function typeChecksOnly(): void {
  nationalRule({ id: 'window.refund', describes, basis, run: () => SILENT });
  // @ts-expect-error a misspelt national rule id does not compile where the rule is written
  nationalRule({ id: 'window.refnud', describes, basis, run: () => SILENT });
  // @ts-expect-error nor does a profile's id passed off as a national rule
  nationalRule({ id: 'policy.huawei.two-repairs', describes, basis, run: () => SILENT });
  nationalRule({ id: 'window.refund', describes, basis, run: () => [note('window.refund', 'mp2001:art11')] });
  // @ts-expect-error a national rule's finding with a message code the locales do not have
  nationalRule({ id: 'window.refund', describes, basis, run: () => [note('window.refnud', 'mp2001:art11')] });
  const id: NationalRuleId = 'period.expired';
  // @ts-expect-error a reference to a national rule by a misspelt id
  const typo: NationalRuleId = 'period.expird';
  const national: readonly Rule<NationalRuleId>[] = nationalRules;
  // A profile's own rule keeps any id and its own message codes.
  const own: Rule = defineRule({ id: 'my-shop.call-back', describes, basis, run: () => [note('my-shop.called', 'mp2001:art11')] })[0]!;
  const shipped: ProfileRuleId = 'policy.dealer-handbook.faulty-part-only';
  // @ts-expect-error a shipped profile's rule id is `policy.<profile>.<clause>`
  const unprefixed: ProfileRuleId = 'dealer-handbook.faulty-part-only';
  void [id, typo, national, own, shipped, unprefixed];
}
void typeChecksOnly;

describe('the national rule id registry', () => {
  it('lists exactly the ids of the national chain, in chain order', () => {
    expect(NATIONAL_RULE_IDS).toEqual([...new Set(nationalRules.map((rule) => rule.id))]);
  });

  it('names, for each id, the file under src/rules that defines it', () => {
    for (const id of NATIONAL_RULE_IDS) {
      const source = readFileSync(fileURLToPath(new URL(`../../src/rules/${NATIONAL_RULE_FILES[id]}.ts`, import.meta.url)), 'utf8');
      expect(source, id).toContain(`id: '${id}',`);
    }
  });
});
