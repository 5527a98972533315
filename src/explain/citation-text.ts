import type { Lang } from '../law/lang';
import { citationBases, isStatuteCitationId } from '../law/citations';
import { sources } from '../law/sources';
import type { Policy } from '../policy/policy';

/**
 * A citation as a reader sees it: 《移动电话机商品修理更换退货责任规定》第十一条 in Chinese,
 * "MP2001 Art. 11" in English; an article whose number is not confirmed is named by its subject
 * (关于三包有效期的规定), never by a guessed number, since this is the text handed to a consumer
 * (design.md §5); whether the number is verified stays in the decision's JSON and in
 * {@link citationLegend}. A profile's clause is named by the profile's title and the clause's label.
 *
 * @example
 * citationText('mp2001:art11', 'zh-CN') //=> '《移动电话机商品修理更换退货责任规定》第十一条'
 * citationText('mp2001:art11', 'en')    //=> 'MP2001 Art. 11'
 * citationText('mp2001:period', 'zh-CN') //=> '《移动电话机商品修理更换退货责任规定》关于三包有效期的规定'
 * citationText('mp2001:period', 'en')   //=> 'MP2001, the provision on the 三包 period'
 */
export function citationText(id: string, lang: Lang, policy?: Policy): string {
  const clause = policy?.clauses[id];
  if (clause !== undefined && policy !== undefined) {
    return lang === 'zh-CN' ? `《${policy.title['zh-CN']}》${clause.label['zh-CN']}` : `${policy.title.en}, ${clause.label.en}`;
  }
  if (!isStatuteCitationId(id)) return id;
  const entry = citationBases[id];
  const source = sources[entry.source];
  if (lang === 'zh-CN') return `《${source.title['zh-CN']}》${entry.article?.['zh-CN'] ?? ''}`;
  if (entry.article === null) return source.short.en;
  const article = entry.article.en;
  return article.startsWith('Art.') || article.startsWith('Appendix') ? `${source.short.en} ${article}` : `${source.short.en}, ${article}`;
}

/**
 * The staff's legend for the citations a text names: one line for each statutory article whose
 * number the legal reference has not verified, saying that it is cited by its subject. Empty when
 * every article cited is verified. For the counter and the complaint file's cover, not for the
 * consumer's copy.
 *
 * @example
 * citationLegend(['mp2001:art11'], 'en') //=> []
 * citationLegend(['mp2001:period'], 'en') //=> ['MP2001, the provision on the 三包 period: cited by its subject; the article’s number is not verified (the content is).']
 */
export function citationLegend(ids: Iterable<string>, lang: Lang): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id) || !isStatuteCitationId(id)) continue;
    seen.add(id);
    if (citationBases[id].verified) continue;
    out.push(
      lang === 'zh-CN'
        ? `${citationText(id, lang)}：按内容引用，条文内容已核实，条号未核实。`
        : `${citationText(id, lang)}: cited by its subject; the article’s number is not verified (the content is).`,
    );
  }
  return out;
}
