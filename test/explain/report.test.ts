/**
 * The human-readable report (`src/explain/report.ts`): every fixture renders in both languages
 * and both forms with nothing left unfilled, the text fits 80 columns, the sections come in
 * order; a dozen representative cases are kept as golden files (reviewed outputs, compared
 * exactly; `UPDATE_GOLDEN=1` rewrites them for review).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportEn } from '../../src/explain/locales/report-en';
import { reportZhCN } from '../../src/explain/locales/report-zh-CN';
import { renderReport, SECTIONS, type Section, TEXT_WIDTH, wrap } from '../../src/explain/report';
import { displayWidth } from '../../src/explain/timeline';
import { type Decision, type Lang, LANGS } from '../support/api';
import { loadFixtures } from '../support/fixtures';
import { cli } from '../support/run';
import { type Case, caseOf } from '../support/explain-case';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';


/** Every fixture, the profile ones (`fixtures/policies/`) included, decided under its profile. */
const allCases = loadFixtures().map((fixture) => caseOf(fixture.name, fixture.claim, fixture.policy));

const render = (c: Case, lang: Lang, format: 'text' | 'md') =>
  renderReport(c.decision, c.claim, { lang, format, ...(c.policy === undefined ? {} : { policy: c.policy }) });

const words = { 'zh-CN': reportZhCN, en: reportEn } as const;
const sectionTitle = (lang: Lang, key: Section) => words[lang][`report.section.${key}`];

/** The sections a text report has, by their headings (a line underlined with dashes). */
function textSections(text: string, lang: Lang): Section[] {
  const lines = text.split('\n');
  const found: Section[] = [];
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (next === undefined || !/^-+$/.test(next) || next.length !== displayWidth(line)) return;
    const key = SECTIONS.find((section) => sectionTitle(lang, section) === line);
    if (key === undefined) throw new Error(`unknown heading ${line}`);
    found.push(key);
  });
  return found;
}

function mdSections(md: string, lang: Lang): Section[] {
  return md
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .map((line) => {
      const key = SECTIONS.find((section) => sectionTitle(lang, section) === line.slice(3).replaceAll('\\', ''));
      if (key === undefined) throw new Error(`unknown heading ${line}`);
      return key;
    });
}

/** The sections a decision must show, in order. */
function expectedSections(decision: Decision, lang: Lang): Section[] {
  const has: Record<Section, boolean> = {
    verdict: true,
    remedies: decision.remedies.length > 0,
    reasons: decision.reasons.some((r) => r.effect !== 'warn' && r.effect !== 'recourse'),
    dates: true,
    warnings: decision.warnings.length > 0,
    floor: decision.floorConflicts.length > 0,
    recourse: decision.recourse.length > 0,
    obligations: decision.obligations.length > 0,
    changes: (decision.counterfactuals ?? []).length > 0 || decision.missing.length > 0,
    // Every English report cites the law by its short names (MP2001 Art. 11): they are spelt out.
    abbreviations: lang === 'en',
    // The staff legend only when asked for (the consumer's copy has none).
    legend: false,
  };
  return SECTIONS.filter((section) => has[section]);
}

describe.each(allCases)('the report of $name', (c) => {
  for (const lang of LANGS) {
    it(`renders as text in ${lang}: filled, within ${TEXT_WIDTH} columns, sections in order`, () => {
      const text = render(c, lang, 'text');
      expect(text).not.toMatch(/\{[\w:.-]+\}/);
      expect(text).not.toMatch(/undefined|NaN|\[object /);
      for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(TEXT_WIDTH);
      expect(text.endsWith('\n')).toBe(true);
      expect(textSections(text, lang)).toEqual(expectedSections(c.decision, lang));
    });

    it(`renders as Markdown in ${lang}: filled, sections in order, every message kept`, () => {
      const md = render(c, lang, 'md');
      expect(md).not.toMatch(/\{[\w:.-]+\}/);
      expect(md).not.toMatch(/undefined|NaN|\[object /);
      expect(mdSections(md, lang)).toEqual(expectedSections(c.decision, lang));
      const plain = md.replace(/\\(.)/g, '$1');
      const messages = [
        ...c.decision.reasons.map((r) => r.message[lang]),
        ...c.decision.warnings.map((w) => w.message[lang]),
        ...c.decision.recourse.map((r) => r.message[lang]),
        ...c.decision.obligations.map((o) => o.message[lang]),
        ...(c.decision.counterfactuals ?? []).map((cf) => cf.message[lang]),
      ];
      for (const text of messages) expect(plain).toContain(text);
      for (const day of Object.values(c.decision.dates)) expect(plain).toContain(day);
    });
  }
});

/** The golden cases: one of each kind a clerk meets, checked word for word. */
const GOLDEN: readonly { readonly file: string; readonly source: string; readonly md?: boolean }[] = [
  { file: 'refund-day-7', source: 'national/refund-day-7.json', md: true },
  { file: 'exchange-with-art19-refund', source: 'national/exchange-day-8-first-day-after-refund-window.json' },
  { file: 'free-repair', source: 'national/free-repair-day-16-first-day-after-exchange-window.json' },
  { file: 'paid-repair-liquid', source: 'national/paid-repair-liquid-found-day-3.json' },
  { file: 'no-proof-counterfactuals', source: 'national/paid-repair-no-proof-day-5.json' },
  { file: 'holiday-roll-over', source: 'national/refund-day-15-rolled-over-national-day.json' },
  { file: 'two-repairs', source: 'statute/art13-two-repairs-exchange.json' },
  { file: 'two-repairs-period-rolled-over', source: 'explain/two-repairs-period-rolled-over-national-day.json', md: true },
  { file: 'loaner', source: 'statute/art15-loaner-day-8.json' },
  { file: 'no-reason-gift', source: 'statute/no-reason-gift-kept-back.json' },
  { file: 'floor-conflict-seed-tiered', source: 'policies/seed-tiered/month-8-listed-fault-free-repair-floor-prevails.json', md: true },
  { file: 'dealer-handbook-recourse', source: 'policies/dealer-handbook/exchange-day-10-recourse-owner-labels-wear-kit.json' },
  { file: 'activation-warning', source: 'national/refund-activated-before-sale-warns.json' },
];

describe('golden reports', () => {
  if (UPDATE && !existsSync(GOLDEN_DIR)) mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const golden of GOLDEN) {
    const c = allCases.find((entry) => entry.name === golden.source);
    for (const lang of LANGS) {
      for (const format of golden.md === true ? (['text', 'md'] as const) : (['text'] as const)) {
        const file = `${golden.file}.${lang}.${format === 'text' ? 'txt' : 'md'}`;
        it(`${file} is as reviewed`, () => {
          expect(c, golden.source).toBeDefined();
          const got = render(c!, lang, format);
          const path = join(GOLDEN_DIR, file);
          if (UPDATE) writeFileSync(path, got);
          expect(got).toBe(readFileSync(path, 'utf8'));
        });
      }
    }
  }
});

describe('wrapping by display width', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('三包 period')).toBe(11);
    expect(displayWidth('（）：')).toBe(6);
    expect(displayWidth('¥3,999.00')).toBe(9);
  });

  it('breaks between CJK characters and at spaces, with a hanging indent', () => {
    expect(wrap('自2025-03-07起第7日出现性能故障', 20, '- ', '  ')).toEqual(['- 自2025-03-07起第7', '  日出现性能故障']);
    expect(wrap('A listed fault on day 7 after 2025-03-07', 20, '- ', '  ')).toEqual(['- A listed fault on', '  day 7 after', '  2025-03-07']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const lines = wrap('在三包有效期内（至2026-03-09）：免费修理。', 16);
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。；：）》]/);
      expect(line).not.toMatch(/[（《]$/);
      expect(displayWidth(line)).toBeLessThanOrEqual(16);
    }
    expect(lines.join('')).toBe('在三包有效期内（至2026-03-09）：免费修理。');
  });

  it('keeps a book title whole when it fits a line, and cuts what cannot fit', () => {
    expect(wrap('依据：《中华人民共和国民法典》第二百零三条', 24)).toEqual(['依据：', '《中华人民共和国民法典》', '第二百零三条']);
    expect(wrap('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('sanbao decide --format text|md|svg', () => {
  const claim = JSON.stringify({
    claimDate: '2025-03-14',
    item: { kind: 'handset', imei: '860000000000009' },
    sale: { date: '2025-03-07', priceFen: 399900 },
    fault: { codes: ['no-power-on'] },
  });
  const decided = caseOf('cli', JSON.parse(claim));

  it('prints the report in Chinese by default, and in English with --lang en', async () => {
    const zh = await cli(['decide', '--format', 'text'], claim);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toBe(render(decided, 'zh-CN', 'text'));
    expect(zh.stdout).toContain('《移动电话机商品修理更换退货责任规定》第十一条');
    const english = await cli(['decide', '--format', 'text', '--lang', 'en'], claim);
    expect(english.stdout).toBe(render(decided, 'en', 'text'));
    expect(english.stdout).toContain('MP2001 Art. 11');
  });

  it('prints Markdown with --format md', async () => {
    const run = await cli(['decide', '--format', 'md', '--lang', 'en'], claim);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(render(decided, 'en', 'md'));
    expect(run.stdout.startsWith('# ')).toBe(true);
  });

  it('prints the timeline with --format svg', async () => {
    const run = await cli(['decide', '--format', 'svg', '--lang', 'en'], claim);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(run.stdout).toContain('2025-03-14');
  });

  it('keeps JSON as it was, and refuses an unknown format', async () => {
    expect(JSON.parse((await cli(['decide'], claim)).stdout)).toEqual(decided.decision);
    expect(JSON.parse((await cli(['decide', '--format', 'json'], claim)).stdout)).toEqual(decided.decision);
    const bad = await cli(['decide', '--format', 'pdf'], claim);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format must be one of: json, text, md, svg');
  });

  it('decides under the profile given, and says so', async () => {
    const run = await cli(['decide', '--format', 'text', '--lang', 'en', '--policy', 'seed-tiered'], claim);
    expect(run.stdout).toContain('Generic tiered after-sales policy');
  });
});
