import type { Decision, FloorConflict, Remedy } from '../claim/decision';
import type { Lang } from '../law/lang';
import type { Claim } from '../claim/schema';
import { catalogue } from '../law/catalogue';
import { sources } from '../law/sources';
import type { Policy } from '../policy/policy';
import { NATIONAL_FLOOR } from '../rules/national-floor';
import { citationLegend, citationText } from './citation-text';
import { claimOf } from './claim-of';
import { markdownText as md } from './escape/markdown';
import { terminalText } from './escape/terminal';
import { message, reasonLocales } from './messages';
import { dayText, displayWidth, charWidth, timelineOf, timelineStrip } from './timeline';

/**
 * The decision for a reader: staff settling a dispute, who read it aloud to the consumer or file
 * it with a complaint. One content, two forms: plain text that fits an 80-column terminal (wrapped
 * by display width, CJK counting two columns) and Markdown. Every fixed word comes from the
 * locales (`report.*`); the reasons, warnings and the rest are the decision's own messages.
 */

export interface ReportOptions {
  readonly lang: Lang;
  readonly format: 'text' | 'md';
  /**
   * The profile the decision was made under, for its title and its clauses' labels; without it
   * the report names the profile by its id (the decision itself says everything else).
   */
  readonly policy?: Policy;
  /**
   * Whether to add the staff's legend: which articles are cited by their subject because their
   * number is not verified (the consumer's copy leaves it out; the decision's JSON keeps it).
   */
  readonly legend?: boolean;
}

/** The sections of a report, in the order they appear; empty ones are left out. */
export const SECTIONS = ['verdict', 'remedies', 'reasons', 'dates', 'warnings', 'floor', 'recourse', 'obligations', 'changes', 'abbreviations', 'legend'] as const;
export type Section = (typeof SECTIONS)[number];

/** The width a text report keeps to. */
export const TEXT_WIDTH = 80;

type Item = { readonly text: string; readonly notes?: readonly string[] };
type Block =
  | { readonly kind: 'para'; readonly text: string }
  | { readonly kind: 'label'; readonly text: string }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly Item[] }
  | { readonly kind: 'dates'; readonly rows: readonly { readonly day: string; readonly text: string }[] }
  | { readonly kind: 'pre'; readonly lines: readonly string[] };
interface Part {
  readonly key: Section;
  readonly title: string;
  readonly blocks: readonly Block[];
}

// ————————————————————————————————————————————————————————————— content

/** A profile's title: the one the decision was made under, or the floor (always the national profile); else its id. */
function profileTitle(id: string, lang: Lang, policy: Policy | undefined): string {
  if (policy?.id === id) return policy.title[lang];
  if (NATIONAL_FLOOR.id === id) return NATIONAL_FLOOR.title[lang];
  return id;
}

/** A fact's name for a reader (the locale's `terms.fact`); a repair by its number. */
function factWords(fact: string, lang: Lang): string {
  const word = reasonLocales[lang].terms.fact?.[fact.replace(/\[\d+\]/, '[]')];
  const repair = /\[(\d+)\]/.exec(fact);
  if (word === undefined) return fact;
  return repair === null ? word : word.replace('#', String(Number(repair[1]) + 1));
}

/** The vocabulary (locale `terms`) a fact's values are said in. */
function valueWords(fact: string, value: string | number | boolean, lang: Lang): string {
  const vocabulary = fact === 'proof.invoice'
    ? 'invoice'
    : fact === 'proof.warrantyCard'
      ? 'card'
      : fact.startsWith('condition.')
        ? 'finding-value'
        : fact === 'fault.inspection'
          ? 'inspection'
          : fact.startsWith('stock.')
            ? 'yes-no'
            : fact.endsWith('.delayCause')
              ? 'delay-cause'
              : undefined;
  return (vocabulary === undefined ? undefined : reasonLocales[lang].terms[vocabulary]?.[String(value)]) ?? String(value);
}

/**
 * A no-reason return by what it is: its length (the decision's derivation of its window) and
 * whose promise it is, the law's (消保法 Art. 25, seven days) or the profile's own (a 14-day or
 * one-month return cites the profile's clause).
 */
function noReasonName(remedy: Remedy, decision: Decision, say: (code: string, params?: Record<string, string | number>) => string): string {
  const length = decision.derivation?.windows.find((window) => window.key === 'no-reason')?.length;
  const own = remedy.cites.some((id) => id.startsWith('policy:'));
  if (length === undefined) return say(own ? 'report.remedy.refund-no-reason-profile-plain' : 'report.remedy.refund-no-reason-plain');
  const prefix = own ? 'report.remedy.refund-no-reason-profile' : 'report.remedy.refund-no-reason';
  return 'days' in length ? say(`${prefix}-days`, { days: length.days }) : say(`${prefix}-months`, { months: length.months });
}

function remedyText(remedy: Remedy, decision: Decision, say: (code: string, params?: Record<string, string | number>) => string): string {
  const name =
    remedy.type === 'refund' && remedy.route === 'no-reason'
      ? noReasonName(remedy, decision, say)
      : remedy.type === 'exchange' && remedy.otherModel === true
        ? say('report.remedy.exchange-other-model')
        : say(`report.remedy.${remedy.type}`);
  const details: string[] = [];
  if (remedy.amountFen !== undefined) details.push(say('report.remedy.amount', { amountFen: remedy.amountFen }));
  if (remedy.depreciationFen !== undefined) details.push(say('report.remedy.depreciation', { depreciationFen: remedy.depreciationFen, days: remedy.depreciationDays ?? 0 }));
  if (remedy.giftsFen !== undefined && remedy.giftsFen > 0) details.push(say('report.remedy.gifts', { giftsFen: remedy.giftsFen }));
  for (const condition of remedy.conditions ?? []) details.push(say(`report.remedy.condition.${condition}`));
  details.push(say(`report.remedy.performed-by.${remedy.performedBy}`));
  if (remedy.shippingPaidBy !== undefined) details.push(say(`report.remedy.shipping.${remedy.shippingPaidBy}`));
  if (remedy.shippingCapFen !== undefined) details.push(say('report.remedy.shipping-cap', { shippingCapFen: remedy.shippingCapFen }));
  return say('report.remedy.line', { name, details: details.join(say('report.separator')) });
}

/** A floor conflict said from its fields, with the citations as a reader knows them. */
function conflictItem(conflict: FloorConflict, lang: Lang, policy: Policy | undefined, say: (code: string, params?: Record<string, string | number>) => string): Item {
  const profile = policy?.title[lang] ?? '';
  const params = { remedy: conflict.remedy, verdict: conflict.profileGives, profile };
  const text = say(conflict.profileOffer === 'none' ? 'report.floor.missing' : 'report.floor.worse', params);
  return {
    text,
    notes: [
      say('report.floor.prevails', { cites: conflict.prevails.map((id) => citationText(id, lang, policy)).join(say('report.separator')) }),
      say('report.floor.clause', { clause: citationText(conflict.clause, lang, policy) }),
    ],
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every text a block shows. */
function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'para':
    case 'label':
      return [block.text];
    case 'list':
      return block.items.flatMap((item) => [item.text, ...(item.notes ?? [])]);
    case 'dates':
      return block.rows.map((row) => row.text);
    case 'pre':
      return [...block.lines];
  }
}

function partsOf(decision: Decision, claim: Claim, options: ReportOptions): { title: string; header: string[]; parts: Part[] } {
  const { lang } = options;
  const policy = options.policy;
  const say = (code: string, params: Record<string, string | number> = {}) => message(code, params, lang);
  const cite = (id: string) => say('report.cite', { cite: citationText(id, lang, policy) });
  const parts: Part[] = [];
  const part = (key: Section, blocks: Block[]) => {
    if (blocks.length > 0) parts.push({ key, title: say(`report.section.${key}`), blocks });
  };

  // Who and what.
  const { brand, model } = claim.item;
  // "Xiaomi" and "Xiaomi 15" make "Xiaomi 15", not "Xiaomi Xiaomi 15".
  const maker = brand !== undefined && model !== undefined && model.toLowerCase().startsWith(brand.toLowerCase()) ? undefined : brand;
  const item = [maker, model, catalogue[claim.item.kind].name[lang]].filter((s) => s !== undefined && s !== '').join(' ');
  const header = [
    claim.item.imei === undefined ? say('report.item', { item }) : say('report.item-imei', { item, imei: claim.item.imei }),
    say('report.sale', { saleDate: claim.sale.date, priceFen: claim.sale.priceFen, claimDate: claim.claimDate }),
  ];

  // The verdict, the profile and its floor.
  const verdict: Block[] = [
    { kind: 'para', text: say('report.verdict', { verdict: say(`report.remedy.${decision.verdict}`), status: say(`report.status.${decision.status}`) }) },
  ];
  if (claim.request !== 'best') verdict.push({ kind: 'para', text: say('report.request', { request: claim.request }) });
  verdict.push({ kind: 'para', text: say('report.policy', { title: profileTitle(decision.policy.id, lang, policy), id: decision.policy.id, asOf: decision.policy.asOf }) });
  if (decision.policy.floor !== undefined) {
    verdict.push({ kind: 'para', text: say('report.floor', { title: profileTitle(decision.policy.floor, lang, policy), id: decision.policy.floor }) });
  }
  part('verdict', verdict);

  // The remedies, strongest first.
  part(
    'remedies',
    decision.remedies.length === 0 ? [] : [{ kind: 'list', ordered: true, items: decision.remedies.map((remedy) => ({ text: remedyText(remedy, decision, say) })) }],
  );

  // The reasons; warnings, recourse and duties have their own sections.
  const own = new Set(decision.obligations.map((o) => `${o.cite}|${o.message.en}`));
  const reasons = decision.reasons.filter((r) => r.effect !== 'warn' && r.effect !== 'recourse' && !own.has(`${r.cite.id}|${r.message.en}`));
  part(
    'reasons',
    reasons.length === 0
      ? []
      : [
          {
            kind: 'list',
            ordered: false,
            items: reasons.map((reason) => ({
              text: reason.message[lang],
              notes: [
                ...(reason.under === undefined ? [] : [say('report.under', { profile: profileTitle(reason.under, lang, policy) })]),
                cite(reason.cite.id),
              ],
            })),
          },
        ],
  );

  // The key dates, and the strip.
  const timeline = timelineOf(decision, claim);
  part('dates', [
    { kind: 'dates', rows: timeline.days.map((day) => ({ day, text: dayText(timeline, day, lang) })) },
    { kind: 'pre', lines: timelineStrip(timeline, lang, TEXT_WIDTH - 2) },
  ]);

  const cited = (entries: readonly { message: Decision['warnings'][number]['message']; cite: string }[]): Block[] =>
    entries.length === 0 ? [] : [{ kind: 'list', ordered: false, items: entries.map((entry) => ({ text: entry.message[lang], notes: [cite(entry.cite)] })) }];
  part('warnings', cited(decision.warnings));
  part(
    'floor',
    decision.floorConflicts.length === 0
      ? []
      : [{ kind: 'list', ordered: false, items: decision.floorConflicts.map((conflict) => conflictItem(conflict, lang, policy, say)) }],
  );
  part('recourse', cited(decision.recourse));
  part('obligations', cited(decision.obligations));

  // What would change the outcome.
  const changes: Block[] = [];
  const counterfactuals = decision.counterfactuals ?? [];
  for (const direction of ['stronger', 'weaker'] as const) {
    const these = counterfactuals.filter((c) => c.direction === direction);
    if (these.length === 0) continue;
    changes.push({ kind: 'label', text: say(`report.changes.${direction}`) });
    changes.push({ kind: 'list', ordered: false, items: these.map((c) => ({ text: c.message[lang] })) });
  }
  const missing = decision.missing.filter(
    (m) => !counterfactuals.some((c) => c.fact === m.fact && c.verdict === m.would && (m.value === undefined || String(c.to) === String(m.value))),
  );
  if (missing.length > 0) {
    changes.push({ kind: 'label', text: say('report.changes.missing') });
    changes.push({
      kind: 'list',
      ordered: false,
      items: missing.map((m) => ({
        text:
          m.value === undefined
            ? say('report.missing-open', { fact: factWords(m.fact, lang), verdict: m.would })
            : say('report.missing', { fact: factWords(m.fact, lang), value: valueWords(m.fact, m.value, lang), verdict: m.would }),
      })),
    });
  }
  part('changes', changes);

  // The short names the English citations use (MP2001, CPL Regs 2024), spelt out.
  if (lang === 'en') {
    const said = parts.flatMap((entry) => entry.blocks.flatMap(blockTexts)).join('\n');
    const used = Object.values(sources).filter((source) => !source.title.en.startsWith(source.short.en) && new RegExp(`(^|[^\\w])${escapeRegExp(source.short.en)}([^\\w]|$)`).test(said));
    part('abbreviations', used.length === 0 ? [] : [{ kind: 'list', ordered: false, items: used.map((source) => ({ text: say('report.abbreviation', { short: source.short.en, title: source.title.en }) })) }]);
  }

  // For staff: the articles cited by their subject, their numbers not verified.
  if (options.legend === true) {
    const ids = [
      ...decision.reasons.map((reason) => reason.cite.id),
      ...decision.warnings.map((entry) => entry.cite),
      ...decision.recourse.map((entry) => entry.cite),
      ...decision.obligations.map((entry) => entry.cite),
      ...decision.floorConflicts.flatMap((conflict) => conflict.prevails),
      ...(decision.counterfactuals ?? []).map((entry) => entry.cite),
    ];
    const lines = citationLegend(ids, lang);
    part('legend', lines.length === 0 ? [] : [{ kind: 'list', ordered: false, items: lines.map((text) => ({ text })) }]);
  }

  return { title: say('report.title'), header, parts };
}

// ————————————————————————————————————————————————————————————— text

const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕”’…%,.;:?!)]}']);
const NO_LINE_END = new Set([...'（《「『【〔“‘([{']);
/** The widest book title kept on one line (the longest statute's is 36 columns). */
const TITLE_MAX = 48;

/** Breakable pieces of a text: a run of non-CJK non-space characters, or one CJK character; punctuation kept with its neighbour. */
function atomsOf(text: string, cjkBreaks: boolean): { text: string; width: number; space: boolean }[] {
  const atoms: { text: string; width: number; space: boolean }[] = [];
  let space = false;
  let glueNext = false;
  let word: { text: string; width: number; space: boolean } | undefined;
  const push = (atom: { text: string; width: number; space: boolean }) => {
    const previous = atoms[atoms.length - 1];
    if (previous !== undefined && !atom.space && (glueNext || NO_LINE_START.has([...atom.text][0]!))) {
      previous.text += atom.text;
      previous.width += atom.width;
    } else atoms.push(atom);
    glueNext = NO_LINE_END.has([...atom.text].at(-1)!);
  };
  const flush = () => {
    if (word !== undefined) push(word);
    word = undefined;
  };
  const chars = [...text];
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index]!;
    // A book title 《…》 short enough for a line stays whole.
    if (char === '《') {
      const close = chars.indexOf('》', index);
      const title = close === -1 ? '' : chars.slice(index, close + 1).join('');
      if (close !== -1 && displayWidth(title) <= TITLE_MAX) {
        flush();
        push({ text: title, width: displayWidth(title), space });
        space = false;
        index = close;
        continue;
      }
    }
    if (char === ' ' || char === '\t') {
      flush();
      space = true;
      continue;
    }
    const width = charWidth(char);
    if (width === 2 && cjkBreaks) {
      flush();
      push({ text: char, width, space });
    } else if (word === undefined) word = { text: char, width, space };
    else {
      word.text += char;
      word.width += width;
    }
    space = false;
  }
  flush();
  return atoms;
}

/**
 * Wraps a text to `width` display columns: the first line after `first`, the rest after `rest`
 * (a hanging indent). Breaks at spaces and between CJK characters, never before closing or after
 * opening punctuation; a piece longer than a line is cut.
 *
 * @example
 * wrap('自2025-03-07起第7日出现性能故障', 20, '- ', '  ') //=> ['- 自2025-03-07起第7', '  日出现性能故障']
 */
export function wrap(text: string, width: number, first = '', rest = first, options: { readonly cjkBreaks?: boolean } = {}): string[] {
  const lines: string[] = [];
  let line = first;
  let used = displayWidth(first);
  let empty = true;
  const newLine = () => {
    lines.push(line.trimEnd());
    line = rest;
    used = displayWidth(rest);
    empty = true;
  };
  for (const atom of atomsOf(text, options.cjkBreaks ?? true)) {
    const sep = atom.space && !empty ? 1 : 0;
    if (used + sep + atom.width <= width) {
      line += (sep ? ' ' : '') + atom.text;
      used += sep + atom.width;
      empty = false;
      continue;
    }
    if (!empty) newLine();
    if (used + atom.width <= width) {
      line += atom.text;
      used += atom.width;
      empty = false;
      continue;
    }
    for (const char of atom.text) {
      const w = charWidth(char);
      if (used + w > width && !empty) newLine();
      line += char;
      used += w;
      empty = false;
    }
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

function renderText(title: string, header: readonly string[], parts: readonly Part[], lang: Lang): string {
  // Chinese breaks between any two characters; in English, 三包 is a word like any other.
  const fit = (text: string, first = '', rest = first) => wrap(text, TEXT_WIDTH, first, rest, { cjkBreaks: lang === 'zh-CN' });
  const out: string[] = [title, '='.repeat(displayWidth(title))];
  for (const line of header) out.push(...fit(line));
  for (const part of parts) {
    out.push('', part.title, '-'.repeat(displayWidth(part.title)));
    for (const block of part.blocks) {
      switch (block.kind) {
        case 'para':
          out.push(...fit(block.text));
          break;
        case 'label':
          out.push(...fit(block.text));
          break;
        case 'list':
          block.items.forEach((item, index) => {
            const bullet = block.ordered ? `${index + 1}. ` : '- ';
            const hang = ' '.repeat(bullet.length);
            out.push(...fit(item.text, bullet, hang));
            for (const note of item.notes ?? []) out.push(...fit(note, hang, `${hang}  `));
          });
          break;
        case 'dates':
          for (const row of block.rows) out.push(...fit(row.text, `${row.day}  `, ' '.repeat(row.day.length + 2)));
          break;
        case 'pre':
          out.push('', ...block.lines.map((line) => `  ${line}`));
          break;
      }
    }
  }
  return `${out.join('\n')}\n`;
}

// ————————————————————————————————————————————————————————————— Markdown

function renderMarkdown(title: string, header: readonly string[], parts: readonly Part[], lang: Lang): string {
  const say = (code: string) => message(code, {}, lang);
  const out: string[] = [`# ${md(title)}`, '', header.map(md).join('\\\n'), ''];
  for (const part of parts) {
    out.push(`## ${md(part.title)}`, '');
    for (const block of part.blocks) {
      switch (block.kind) {
        case 'para':
          out.push(md(block.text), '');
          break;
        case 'label':
          out.push(`**${md(block.text)}**`, '');
          break;
        case 'list':
          block.items.forEach((item, index) => {
            const bullet = block.ordered ? `${index + 1}. ` : '- ';
            const hang = ' '.repeat(bullet.length);
            const notes = (item.notes ?? []).map((note) => `\\\n${hang}${md(note)}`).join('');
            out.push(`${bullet}${md(item.text)}${notes}`);
          });
          out.push('');
          break;
        case 'dates':
          out.push(`| ${md(say('report.table.date'))} | ${md(say('report.table.event'))} |`, '| --- | --- |');
          for (const row of block.rows) out.push(`| ${row.day} | ${md(row.text)} |`);
          out.push('');
          break;
        case 'pre':
          out.push('```text', ...block.lines, '```', '');
          break;
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Every text of a report made safe for a terminal ({@link terminalText}; Markdown escapes them again, the same way, then its own characters): a claim's strings cannot forge a line. */
function visibleParts(content: { title: string; header: string[]; parts: Part[] }): { title: string; header: string[]; parts: Part[] } {
  const item = (entry: Item): Item => ({ text: terminalText(entry.text), ...(entry.notes === undefined ? {} : { notes: entry.notes.map(terminalText) }) });
  const block = (entry: Block): Block => {
    switch (entry.kind) {
      case 'para':
      case 'label':
        return { kind: entry.kind, text: terminalText(entry.text) };
      case 'list':
        return { kind: 'list', ordered: entry.ordered, items: entry.items.map(item) };
      case 'dates':
        return { kind: 'dates', rows: entry.rows.map((row) => ({ day: row.day, text: terminalText(row.text) })) };
      case 'pre':
        return { kind: 'pre', lines: entry.lines.map(terminalText) };
    }
  };
  return {
    title: terminalText(content.title),
    header: content.header.map(terminalText),
    parts: content.parts.map((part) => ({ key: part.key, title: terminalText(part.title), blocks: part.blocks.map(block) })),
  };
}

/**
 * The decision as a report, in one language: the verdict (with its status and the profile), the
 * remedies the consumer may choose, each reason with its citation, the key dates with a timeline
 * strip, warnings, floor conflicts, recourse, duties, and what would change the outcome. Empty
 * sections are left out. `text` fits an 80-column terminal; `md` is the same as Markdown.
 */
export function renderReport(decision: Decision, claim: Claim | unknown, options: ReportOptions): string {
  const { title, header, parts } = visibleParts(partsOf(decision, claimOf(claim), options));
  return options.format === 'md' ? renderMarkdown(title, header, parts, options.lang) : renderText(title, header, parts, options.lang);
}
