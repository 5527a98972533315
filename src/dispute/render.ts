import type { Lang } from '../claim/input-error';
import { citationText } from '../explain/citation-text';
import type { CheckResult } from './check';
import { stampText } from './check';
import type { DiffResult } from './diff';
import type { CheckSummary } from './summary';

/** How `check` and `diff` print for people: plain text for a terminal, Markdown for a complaint file or a pull request. */
export type ReportFormat = 'text' | 'md';

const HEAD: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    case: '案件',
    line: '第{n}行',
    meets: '符合法定标准',
    below: '低于法定标准',
    short: '应得而未给',
    more: '商家多给',
    summary: '汇总',
    checked: '核对',
    belowCount: '低于法定标准',
    invalid: '输入无效',
    byArticle: '按条款',
    otherEngine: '记录来自其他引擎',
  },
  en: {
    case: 'Case',
    line: 'line {n}',
    meets: 'meets the floor',
    below: 'BELOW the floor',
    short: 'Owed and not offered',
    more: 'Where the shop gave more',
    summary: 'Summary',
    checked: 'checked',
    belowCount: 'below the floor',
    invalid: 'invalid input',
    byArticle: 'by article',
    otherEngine: 'recorded under another engine',
  },
};

/**
 * One checked decision for a reader: the finding, then what was owed and not offered (each with
 * its article), then where the shop gave more, then the engine note.
 */
export function renderCheck(result: CheckResult, line: number | undefined, lang: Lang, format: ReportFormat): string {
  const h = HEAD[lang];
  const label = [result.id === undefined ? undefined : `${h.case} ${String(result.id)}`, line === undefined ? undefined : h.line!.replace('{n}', String(line))]
    .filter((part) => part !== undefined)
    .join(', ');
  const status = result.meetsFloor ? h.meets! : h.below!;
  const out: string[] = [format === 'md' ? `### ${label === '' ? status : `${label}: ${status}`}` : `${label === '' ? '' : `${label}: `}${status}`];
  const bullet = format === 'md' ? '- ' : '  ';
  out.push(`${bullet}${result.message[lang]}`);
  if (result.owed.status === 'provisional') out.push(`${bullet}${lang === 'zh-CN' ? '（暂定）' : '(provisional)'}`);
  if (result.shortfalls.length > 0) {
    out.push(format === 'md' ? `\n**${h.short}**\n` : `  ${h.short}:`);
    for (const shortfall of result.shortfalls) out.push(`${format === 'md' ? '- ' : '    - '}${shortfall.message[lang]}`);
  }
  if (result.more.length > 0) {
    out.push(format === 'md' ? `\n**${h.more}**\n` : `  ${h.more}:`);
    for (const surplus of result.more) out.push(`${format === 'md' ? '- ' : '    - '}${surplus.message[lang]}`);
  }
  if (result.engine.message !== undefined) out.push(`${bullet}${result.engine.message[lang]}`);
  return `${out.join('\n')}\n`;
}

/** The end of a batch: how many checked, how many below the floor, by which article. */
export function renderCheckSummary(summary: CheckSummary, lang: Lang, format: ReportFormat): string {
  const h = HEAD[lang];
  const out: string[] = [format === 'md' ? `## ${h.summary}\n` : `${h.summary}:`];
  const bullet = format === 'md' ? '- ' : '  ';
  out.push(`${bullet}${h.checked}: ${summary.checked}`);
  out.push(`${bullet}${h.belowCount}: ${summary.belowFloor}`);
  if (summary.invalid > 0) out.push(`${bullet}${h.invalid}: ${summary.invalid}`);
  if (summary.otherEngine > 0) out.push(`${bullet}${h.otherEngine}: ${summary.otherEngine}`);
  if (summary.byArticle.length > 0) {
    out.push(`${bullet}${h.byArticle}:`);
    for (const { cite, count } of summary.byArticle) out.push(`${format === 'md' ? '  - ' : '    '}${citationText(cite, lang)} (${cite}): ${count}`);
  }
  return `${out.join('\n')}\n`;
}

/** A diff for a reader: the totals, the verdict changes, the rules that moved, the changed lines. */
export function renderDiff(diff: DiffResult, format: ReportFormat): string {
  const md = format === 'md';
  const out: string[] = [];
  const title = `${diff.lines} lines compared, ${diff.changed} changed, ${diff.lines - diff.changed} unchanged`;
  out.push(md ? `# sanbao diff\n\n${title}.` : `sanbao diff: ${title}`);
  if (diff.unpaired.before + diff.unpaired.after > 0) {
    out.push(`${md ? '\n' : ''}Unpaired lines: ${diff.unpaired.before} only before, ${diff.unpaired.after} only after (the files should hold the same claims in the same order).`);
  }
  const { before, after, differ } = diff.engines;
  if (before.length + after.length > 0) {
    const list = (stamps: typeof before) => (stamps.length === 0 ? 'none' : stamps.map(stampText).join(', '));
    const verdict = differ === null ? 'not compared (a side has no stamp)' : differ === 0 ? 'the same engine' : `different engines on ${differ} lines`;
    out.push(`${md ? '\n' : ''}Engines: before ${list(before)}; after ${list(after)}: ${verdict}.`);
  }
  if (diff.changed === 0) {
    out.push(md ? '\nNo change.' : 'No change.');
    return `${out.join('\n')}\n`;
  }
  out.push(md ? '\n## Verdict changes\n\n| before | after | lines |\n|---|---|---:|' : '\nVerdict changes (before → after):');
  for (const change of diff.verdictChanges) out.push(md ? `| ${change.before} | ${change.after} | ${change.count} |` : `  ${change.before} → ${change.after}: ${change.count}`);
  if (diff.verdictChanges.length === 0) out.push(md ? '| (none) | | 0 |' : '  (none)');
  out.push(md ? '\n## Rules whose outcome changed\n\n| rule | before → after | lines |\n|---|---|---:|' : '\nRules whose outcome changed:');
  for (const rule of diff.rules) {
    for (const change of rule.changes) out.push(md ? `| ${rule.rule} | ${change.before} → ${change.after} | ${change.count} |` : `  ${rule.rule}: ${change.before} → ${change.after}: ${change.count}`);
  }
  out.push(md ? '\n## Changed lines\n\n| line | before | after | what changed | rules |\n|---:|---|---|---|---|' : '\nChanged lines:');
  for (const line of diff.changedLines) {
    const what = line.changed.join(', ');
    const rules = line.rules.join(', ');
    out.push(md ? `| ${line.line} | ${line.before} | ${line.after} | ${what} | ${rules} |` : `  ${line.line}: ${line.before} → ${line.after} (${what})${rules === '' ? '' : ` rules: ${rules}`}`);
  }
  return `${out.join('\n')}\n`;
}
