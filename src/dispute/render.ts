import { fillTemplate } from '../claim/fill-template';
import type { Lang } from '../law/lang';
import { citationText } from '../explain/citation-text';
import { markdownText } from '../explain/escape/markdown';
import { terminalText } from '../explain/escape/terminal';
import { policyById } from '../policy/registry';
import type { CheckResult } from './check';
import { stampText } from './check';
import { type DiffResult, splitResult } from './diff';
import { disputeLocales } from './messages';
import { articlesOf, ruleWords } from './rule-words';
import type { CheckSummary } from './summary';

/** How `check` and `diff` print for people: plain text for a terminal, Markdown for a complaint file or a pull request. */
export type ReportFormat = 'text' | 'md';

/** Every string printed goes through the one escaping function of its medium. */
const escaperOf = (format: ReportFormat): ((text: string) => string) => (format === 'md' ? markdownText : terminalText);


/**
 * One checked decision for a reader: the finding, then each shortfall (with the amount short and
 * its article), then where the shop gave more, then the engine note. Every string, the record's
 * own (its `id`, the engine version it names) above all, is escaped for the medium.
 */
export function renderCheck(result: CheckResult, line: number | undefined, lang: Lang, format: ReportFormat): string {
  const h = disputeLocales[lang].check;
  const esc = escaperOf(format);
  const sep = lang === 'zh-CN' ? '：' : ': ';
  const label = [result.id === undefined ? undefined : `${h.case} ${String(result.id)}`, line === undefined ? undefined : fillTemplate(h.line, { n: line })]
    .filter((part) => part !== undefined)
    .join(lang === 'zh-CN' ? '，' : ', ');
  const status = result.meetsFloor ? h.meets : h.below;
  const heading = esc(label === '' ? status : `${label}${sep}${status}`);
  const out: string[] = [format === 'md' ? `### ${heading}` : heading];
  const bullet = format === 'md' ? '- ' : '  ';
  const item = format === 'md' ? '- ' : '    - ';
  const section = (title: string) => (format === 'md' ? `\n**${esc(title)}**\n` : `  ${esc(title)}${sep.trimEnd()}`);
  out.push(`${bullet}${esc(result.message[lang])}`);
  if (result.owed.status === 'provisional') out.push(`${bullet}${esc(h.provisional)}`);
  if (result.shortfalls.length > 0) {
    out.push(section(h.short));
    for (const shortfall of result.shortfalls) out.push(`${item}${esc(shortfall.message[lang])}`);
  }
  if (result.moot !== undefined && result.moot.length > 0) {
    const verdicts = disputeLocales[lang].verdict;
    out.push(`${bullet}${esc(`${h.moot}${sep}${result.moot.map((type) => verdicts[type]).join(lang === 'zh-CN' ? '、' : ', ')}`)}`);
  }
  if (result.more.length > 0) {
    out.push(section(h.more));
    for (const surplus of result.more) out.push(`${item}${esc(surplus.message[lang])}`);
  }
  if (result.engine.message !== undefined) out.push(`${bullet}${esc(result.engine.message[lang])}`);
  return `${out.join('\n')}\n`;
}

/** The end of a batch: how many checked, how many below the floor, by which article. */
export function renderCheckSummary(summary: CheckSummary, lang: Lang, format: ReportFormat): string {
  const h = disputeLocales[lang].check;
  const esc = escaperOf(format);
  const out: string[] = [format === 'md' ? `## ${esc(h.summary)}\n` : `${esc(h.summary)}:`];
  const bullet = format === 'md' ? '- ' : '  ';
  out.push(`${bullet}${esc(h.checked)}: ${summary.checked}`);
  out.push(`${bullet}${esc(h.belowCount)}: ${summary.belowFloor}`);
  if (summary.invalid > 0) out.push(`${bullet}${esc(h.invalid)}: ${summary.invalid}`);
  if (summary.otherEngine > 0) out.push(`${bullet}${esc(h.otherEngine)}: ${summary.otherEngine}`);
  if (summary.byArticle.length > 0) {
    out.push(`${bullet}${esc(h.byArticle)}:`);
    for (const { cite, count } of summary.byArticle) out.push(`${format === 'md' ? '  - ' : '    '}${esc(`${citationText(cite, lang)} (${cite})`)}: ${count}`);
  }
  return `${out.join('\n')}\n`;
}



/**
 * A diff for a reader, in the staff's language: the totals, the profiles and engines of each side
 * (a change of profile told from a change of engine), the verdict changes, the rules that moved
 * (by what they decide and their articles, not their ids), the changed lines. Every string from
 * the files is escaped for the medium.
 */
export function renderDiff(diff: DiffResult, format: ReportFormat, lang: Lang = 'en'): string {
  const md = format === 'md';
  const esc = escaperOf(format);
  const w = disputeLocales[lang].diff;
  const verdicts = disputeLocales[lang].verdict as Readonly<Record<string, string>>;
  const sep = lang === 'zh-CN' ? '：' : ': ';
  const end = lang === 'zh-CN' ? '。' : '.';
  const outcome = (value: string) => verdicts[value] ?? w.outcome[value] ?? value;
  const result = (value: string) => w.result[value] ?? value;
  const profileName = (id: string) => policyById(id)?.title[lang] ?? id;
  const ruleName = (rule: DiffResult['rules'][number]) => {
    const id = rule.id ?? rule.rule.split(' @')[0]!;
    const words = ruleWords(id, undefined, rule.policy, lang);
    return rule.under === undefined ? words : `${words}${lang === 'zh-CN' ? `（${w.floorRun}）` : ` (${w.floorRun})`}`;
  };
  const change = (rule: DiffResult['rules'][number], value: string) => {
    const { result: outcomeOf, version } = splitResult(value);
    if (version === undefined) return result(outcomeOf);
    const articles = articlesOf(rule.id ?? rule.rule.split(' @')[0]!, version, rule.policy, lang);
    return lang === 'zh-CN' ? `${result(outcomeOf)}（依据${articles}）` : `${result(outcomeOf)} (under ${articles})`;
  };
  const count = (n: number) => fillTemplate(n === 1 ? w.oneLine : w.lines, { n });
  const out: string[] = [];
  const title = fillTemplate(w.title, { lines: diff.lines, changed: diff.changed, same: diff.lines - diff.changed });
  out.push(md ? `# sanbao diff\n\n${esc(title)}${end}` : `sanbao diff${sep}${esc(title)}`);
  const para = (text: string) => out.push(`${md ? '\n' : ''}${esc(text)}`);
  if (diff.unpaired.before + diff.unpaired.after > 0) para(fillTemplate(w.unpaired, diff.unpaired));
  if (diff.invalid !== undefined && diff.invalid.before + diff.invalid.after > 0) para(fillTemplate(w.invalid, diff.invalid));
  const profiles = diff.profiles;
  const profileChange = profiles !== undefined && profiles.changed > 0;
  if (profileChange) {
    const list = (ids: readonly string[]) => (ids.length === 0 ? w.none : ids.map(profileName).join(w.list));
    para(`${w.profiles}${sep}${w.before} ${list(profiles.before)}${lang === 'zh-CN' ? '；' : '; '}${w.after} ${list(profiles.after)}${sep}${fillTemplate(w.profileChanged, { n: count(profiles.changed) })}${end}`);
  }
  const { before, after, differ, changed, undetermined } = diff.engines;
  if (before.length + after.length > 0) {
    const list = (stamps: typeof before) => (stamps.length === 0 ? w.none : stamps.map(stampText).join(w.list));
    const parts: string[] = [];
    const engineChanged = changed ?? differ ?? 0;
    const profileOnly = (differ ?? 0) - engineChanged - (undetermined ?? 0);
    if (differ === null) parts.push(w.notCompared);
    else if (differ === 0) parts.push(w.sameEngine);
    if (engineChanged > 0) parts.push(fillTemplate(w.engineChanged, { n: count(engineChanged) }));
    if (profileOnly > 0) parts.push(fillTemplate(w.sameEngineProfiles, { n: count(profileOnly) }));
    if ((undetermined ?? 0) > 0) parts.push(fillTemplate(w.undetermined, { n: count(undetermined ?? 0) }));
    para(`${w.engines}${sep}${w.before} ${list(before)}${lang === 'zh-CN' ? '；' : '; '}${w.after} ${list(after)}${sep}${parts.join(lang === 'zh-CN' ? '；' : '; ')}${end}`);
  }
  if (diff.changed === 0) {
    out.push(`${md ? '\n' : ''}${esc(w.noChange)}`);
    return `${out.join('\n')}\n`;
  }
  out.push(md ? `\n## ${esc(w.verdictChanges)}\n\n| ${esc(w.before)} | ${esc(w.after)} | ${esc(w.count)} |\n|---|---|---:|` : `\n${esc(w.verdictChanges)}${sep.trimEnd()}`);
  for (const verdictChange of diff.verdictChanges) {
    const [b, a] = [esc(outcome(verdictChange.before)), esc(outcome(verdictChange.after))];
    out.push(md ? `| ${b} | ${a} | ${verdictChange.count} |` : `  ${b} → ${a}${sep}${esc(count(verdictChange.count))}`);
  }
  if (diff.verdictChanges.length === 0) out.push(md ? `| ${esc(w.nothing)} | | 0 |` : `  ${esc(w.nothing)}`);
  out.push(md ? `\n## ${esc(w.rulesChanged)}\n\n| ${esc(w.rule)} | ${esc(w.before)} → ${esc(w.after)} | ${esc(w.count)} |\n|---|---|---:|` : `\n${esc(w.rulesChanged)}${sep.trimEnd()}`);
  for (const rule of diff.rules) {
    const name = esc(ruleName(rule));
    for (const ruleChange of rule.changes) {
      const moved = `${esc(change(rule, ruleChange.before))} → ${esc(change(rule, ruleChange.after))}`;
      out.push(md ? `| ${name} | ${moved} | ${ruleChange.count} |` : `  ${name}${sep}${moved}${sep}${esc(count(ruleChange.count))}`);
    }
  }
  if (diff.rules.length === 0) out.push(md ? `| ${esc(w.nothing)} | | 0 |` : `  ${esc(w.nothing)}`);
  out.push(
    md
      ? `\n## ${esc(w.changedLines)}\n\n| ${esc(w.lineHead)} | ${esc(w.before)} | ${esc(w.after)} | ${esc(w.what)} | ${esc(w.rules)} |\n|---:|---|---|---|---|`
      : `\n${esc(w.changedLines)}${sep.trimEnd()}`,
  );
  const byRule = new Map(diff.rules.map((rule) => [rule.rule, rule]));
  for (const line of diff.changedLines) {
    const what = esc(line.changed.map((part) => w.compared[part]).join(w.list));
    const rules = line.rules.map((key) => esc(byRule.has(key) ? ruleName(byRule.get(key)!) : key)).join(lang === 'zh-CN' ? '；' : '; ');
    const [b, a] = [esc(outcome(line.before)), esc(outcome(line.after))];
    out.push(
      md
        ? `| ${line.line} | ${b} | ${a} | ${what} | ${rules} |`
        : `  ${esc(fillTemplate(w.line, { n: line.line }))}${sep}${b} → ${a}${lang === 'zh-CN' ? `（${what}）` : ` (${what})`}${rules === '' ? '' : `${lang === 'zh-CN' ? '规则：' : ' rules: '}${rules}`}`,
    );
  }
  return `${out.join('\n')}\n`;
}
