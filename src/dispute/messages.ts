import { fillTemplate } from '../claim/fill-template';
import type { Lang } from '../law/lang';
import { citationText } from '../explain/citation-text';
import { formatYuan } from '../explain/money';
import type { Policy } from '../policy/policy';
import type { DisputeCode, DisputeLocale } from './locales/codes';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

export const disputeLocales: Readonly<Record<Lang, DisputeLocale>> = { 'zh-CN': zhCN, en };

/** A message parameter: words for a remedy or a party, money, a citation, or text as is. */
export type DisputeParam =
  | { readonly verdict: keyof DisputeLocale['verdict'] }
  | { readonly verdicts: readonly (keyof DisputeLocale['verdict'])[] }
  | { readonly party: keyof DisputeLocale['party'] }
  | { readonly fen: number }
  | { readonly cites: readonly string[] }
  /** Words already made in both languages (a message within a message). */
  | { readonly text: { readonly 'zh-CN': string; readonly en: string } }
  /** Several parameters, as a list. */
  | { readonly list: readonly DisputeParam[] }
  | string;

function render(param: DisputeParam, lang: Lang, policy: Policy | undefined): string {
  const locale = disputeLocales[lang];
  if (typeof param === 'string') return param;
  if ('verdict' in param) return locale.verdict[param.verdict];
  if ('verdicts' in param) return param.verdicts.length === 0 ? locale.verdict['no-remedy'] : param.verdicts.map((v) => locale.verdict[v]).join(lang === 'zh-CN' ? '、' : ', ');
  if ('party' in param) return locale.party[param.party];
  if ('fen' in param) return formatYuan(param.fen, lang);
  if ('text' in param) return param.text[lang];
  if ('list' in param) return param.list.map((item) => render(item, lang, policy)).join(lang === 'zh-CN' ? '、' : ', ');
  return param.cites.map((id) => citationText(id, lang, policy)).join(lang === 'zh-CN' ? '；' : '; ');
}

/**
 * A dispute message in both languages, its placeholders filled per language.
 *
 * @example
 * disputeMessage('shortfall.not-offered', { remedy: { verdict: 'refund' }, cite: { cites: ['mp2001:art11'] } }).en
 * //=> 'Owed a refund, not offered (MP2001 Art. 11).'
 */
export function disputeMessage(
  code: DisputeCode,
  params: Readonly<Record<string, DisputeParam>>,
  policy?: Policy,
): { readonly 'zh-CN': string; readonly en: string } {
  const fill = (lang: Lang) => {
    const text = fillTemplate(disputeLocales[lang].messages[code], (name) => {
      const param = params[name];
      return param === undefined ? undefined : render(param, lang, policy);
    });
    // A sentence that opens with a remedy's words ("a refund: …") starts with a capital; words for use within one do not.
    return lang === 'en' && !code.startsWith('words.') ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
  };
  return { 'zh-CN': fill('zh-CN'), en: fill('en') };
}
