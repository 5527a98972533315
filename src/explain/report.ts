import type { Lang } from '../claim/input-error';
import type { Decision } from '../claim/decision';
import { formatYuan } from './money';
import { reasonLocales } from './messages';

/** A plain-text rendering of a decision (the full report, with its sections, is built on this). */
export function plainReport(decision: Decision, lang: Lang): string {
  const terms = reasonLocales[lang].terms;
  const lines: string[] = [];
  const verdict = terms.verdict?.[decision.verdict] ?? decision.verdict;
  lines.push(lang === 'zh-CN' ? `决定：${verdict}（${decision.status === 'final' ? '终局' : '待定'}）` : `Decision: ${verdict} (${decision.status})`);
  for (const remedy of decision.remedies) {
    const amount = remedy.amountFen === undefined ? '' : ` ${formatYuan(remedy.amountFen, lang)}`;
    lines.push(`  - ${terms.verdict?.[remedy.type] ?? remedy.type}${amount}`);
  }
  for (const reason of decision.reasons) lines.push(`* ${reason.message[lang]} [${reason.cite.id}]`);
  return `${lines.join('\n')}\n`;
}
