import type { Lang } from '../claim/input-error';
import { citationBases, isStatuteCitationId } from '../law/citations';
import { sources } from '../law/sources';
import type { Policy } from '../policy/policy';

/**
 * A citation as a reader sees it: 《移动电话机商品修理更换退货责任规定》第十一条 in Chinese,
 * "MP2001 Art. 11" in English; an article whose number is not confirmed says so; a profile's
 * clause is named by the profile's title and the clause's label.
 *
 * @example
 * citationText('mp2001:art11', 'zh-CN') //=> '《移动电话机商品修理更换退货责任规定》第十一条'
 * citationText('mp2001:art11', 'en')    //=> 'MP2001 Art. 11'
 * citationText('mp2001:period', 'en')   //=> 'MP2001, the 三包 period article (number unverified; between Arts. 7 and 11)'
 */
export function citationText(id: string, lang: Lang, policy?: Policy): string {
  const clause = policy?.clauses[id];
  if (clause !== undefined && policy !== undefined) {
    return lang === 'zh-CN' ? `《${policy.title['zh-CN']}》${clause.label['zh-CN']}` : `${policy.title.en}, ${clause.label.en}`;
  }
  if (!isStatuteCitationId(id)) return id;
  const entry = citationBases[id];
  const source = sources[entry.source];
  const unverified = !entry.verified && entry.article !== null && /^第\S+条$/.test(entry.article['zh-CN']);
  if (lang === 'zh-CN') {
    const article = entry.article?.['zh-CN'] ?? '';
    return `《${source.title['zh-CN']}》${article}${unverified ? '（条号未核实）' : ''}`;
  }
  if (entry.article === null) return source.short.en;
  const article = entry.article.en;
  const joined = article.startsWith('Art.') || article.startsWith('Appendix') ? `${source.short.en} ${article}` : `${source.short.en}, ${article}`;
  return `${joined}${unverified ? ' (article number unverified)' : ''}`;
}
