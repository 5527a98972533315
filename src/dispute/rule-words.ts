import type { Lang } from '../law/lang';
import type { Rule } from '../engine/types';
import { citationText } from '../explain/citation-text';
import { nationalPolicy } from '../policy/national';
import type { Policy } from '../policy/policy';
import { policyById } from '../policy/registry';

/**
 * A rule of a recorded decision, as a reader should see it: what it decides (the rule's own
 * paraphrase of its article) and the articles of the version that ran, under the profile the
 * decision names; `undefined` for a rule this library does not know (a decision of another engine).
 */
export function ruleOf(id: string, version: string | undefined, policyId: string | undefined): { readonly rule: Rule; readonly policy: Policy } | undefined {
  const policy = (policyId === undefined ? undefined : policyById(policyId)) ?? nationalPolicy;
  for (const where of policy === nationalPolicy ? [nationalPolicy] : [policy, nationalPolicy]) {
    const versions = where.rules.filter((rule) => rule.id === id);
    const rule = versions.find((candidate) => candidate.version === version) ?? versions.at(-1);
    if (rule !== undefined) return { rule, policy: where };
  }
  return undefined;
}

/**
 * A rule in words with its articles: "the 15-day exchange (MP2001 Art. 12)"; the rule's id only
 * when the library does not know it.
 *
 * @example
 * ruleWords('window.refund', 'mp2001', 'cn-national', 'en')
 * //=> 'A listed fault of the main unit within 7 days of the sale: the consumer chooses a refund, an exchange or a repair (MP2001 Art. 11)'
 * ruleWords('no.such.rule', undefined, undefined, 'en') //=> 'no.such.rule'
 */
export function ruleWords(id: string, version: string | undefined, policyId: string | undefined, lang: Lang): string {
  const found = ruleOf(id, version, policyId);
  if (found === undefined) return id;
  const { rule, policy } = found;
  const cites = rule.cites.map((cite) => citationText(cite, lang, policy)).join(lang === 'zh-CN' ? '；' : '; ');
  // The paraphrase is a sentence; here it names the rule within one.
  const describes = rule.describes[lang].replace(/[.。]$/, '');
  if (cites === '') return describes;
  return lang === 'zh-CN' ? `${describes}（${cites}）` : `${describes} (${cites})`;
}

/**
 * The articles of one version of a rule, in words: how a change of version (the law in force for
 * the sale) is told to a reader instead of by its tag.
 *
 * @example
 * articlesOf('window.refund', 'mp2001', 'cn-national', 'en') //=> 'MP2001 Art. 11'
 */
export function articlesOf(id: string, version: string, policyId: string | undefined, lang: Lang): string {
  const found = ruleOf(id, version, policyId);
  if (found === undefined || found.rule.version !== version) return version;
  return found.rule.cites.map((cite) => citationText(cite, lang, found.policy)).join(lang === 'zh-CN' ? '；' : '; ');
}
