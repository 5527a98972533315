import type { Lang } from '../../claim/input-error';
import type { Policy } from '../../policy/policy';
import { auditPolicy } from '../../facade/audit-policy';
import { shippedPolicies } from '../../policy/registry';
import { EXIT } from '../command';
import type { Args } from '../args';
import { type CliIo, writeAll } from '../io';
import { choice } from '../options';

/** How sure the library is of a profile's source, in words. */
const CONFIDENCE: Readonly<Record<Policy['confidence'], Readonly<Record<Lang, string>>>> = {
  statute: { 'zh-CN': '法律法规原文', en: 'the statute itself' },
  A: { 'zh-CN': '高（官方或逐字转载）', en: 'A (official or a verbatim mirror)' },
  B: { 'zh-CN': '中（第三方转载）', en: 'B (a third-party copy)' },
  C: { 'zh-CN': '低（仅见于内容农场）', en: 'C (content farms only)' },
};

/** The shipped profiles: id, title, source, as-of date, confidence, and what the audit finds. */
function policiesText(lang: Lang): string {
  const blocks = shippedPolicies.map((policy) => {
    const findings = auditPolicy(policy);
    const lines = [
      `${policy.id}  ${policy.title[lang]}`,
      `  ${lang === 'zh-CN' ? '来源' : 'source'}: ${policy.source.name?.[lang] ?? policy.source.title}${policy.source.url === undefined ? '' : ` <${policy.source.url}>`}`,
      `  ${lang === 'zh-CN' ? '截至' : 'as of'}: ${policy.asOf}   ${lang === 'zh-CN' ? '可信度' : 'confidence'}: ${CONFIDENCE[policy.confidence][lang]}`,
      `  ${lang === 'zh-CN' ? '低于法定标准' : 'below the floor'}: ${findings.length === 0 ? (lang === 'zh-CN' ? '无' : 'none') : findings.map((finding) => finding.subject[lang]).join(lang === 'zh-CN' ? '；' : '; ')}`,
    ];
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** What `sanbao policies` does (loaded on use by policies.ts). */
export async function runPolicies(args: Args, io: CliIo): Promise<number> {
  await writeAll(io.stdout, policiesText(choice(args, 'lang', ['zh-CN', 'en'] as const, 'zh-CN')));
  return EXIT.decided;
}
