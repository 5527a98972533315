import { describe, expect, it } from 'vitest';
import { calendarFrom } from '../../src/claim/calendar-from';
import { renderTimelineSvg } from '../../src/explain/timeline/svg';
import { reportJunit, reportTap, reportText } from '../../src/testing/index';
import { decide, parseClaim } from '../support/api';
import { claimOn, cliWithFiles } from '../dispute/support';
import { HIDDEN_BUT_NEWLINE } from './hostile-text';
import { parseAll } from './python-parse';

/**
 * The edges of issue 19 (item 8), each reproduced as it was reported: strings from a record, a
 * decision line, a fixture or a calendar reached a terminal, Markdown, TAP or SVG raw. Each must
 * now come out escaped for its medium, and lines `diff` and records `check` read are validated first.
 */

const ESC = '\u001b';
const RLO = '\u202e';
const refundDay5 = decide(claimOn('2025-03-12'));
const lineOf = (value: unknown) => `${JSON.stringify(value)}\n`;

describe('sanbao diff prints nothing of a line it has not validated', () => {
  const forged = { ...refundDay5, verdict: '<img src=x onerror=alert(1)>' };
  const escaped = { ...refundDay5, verdict: `${ESC}[8mrefund` };

  it('a "decision" whose verdict is `<img src=x onerror=…>` is not a decision: counted invalid, never printed (Markdown, text)', async () => {
    const files = { 'a.jsonl': lineOf(refundDay5), 'b.jsonl': lineOf(forged) };
    const md = await cliWithFiles(['diff', 'a.jsonl', 'b.jsonl', '--format', 'md', '--lang', 'en'], files);
    expect(md.status).toBe(0);
    expect(md.stdout).not.toContain('<img');
    expect(md.stdout).not.toContain('onerror');
    expect(md.stdout).toContain('| a refund | not a decision | 1 |');
    const json = JSON.parse((await cliWithFiles(['diff', 'a.jsonl', 'b.jsonl', '--format', 'json'], files)).stdout);
    expect(json.verdictChanges).toEqual([{ before: 'refund', after: 'invalid', count: 1 }]);
    expect(json.invalid).toEqual({ before: 0, after: 1 });
  });

  it('ESC sequences in a line do not reach the terminal: an invalid verdict is not printed, a rule id the library does not know is shown escaped', async () => {
    const unknownRule = { ...refundDay5, trace: [...refundDay5.trace, { rule: `x${ESC}[2J${ESC}[8m`, result: 'fired' }] };
    const run = await cliWithFiles(['diff', 'a.jsonl', 'b.jsonl', '--lang', 'en'], { 'a.jsonl': lineOf(refundDay5) + lineOf(refundDay5), 'b.jsonl': lineOf(escaped) + lineOf(unknownRule) });
    expect(run.stdout).not.toMatch(HIDDEN_BUT_NEWLINE);
    expect(run.stdout).toContain('a refund → not a decision: 1 line');
    expect(run.stdout).toContain('  x\\u001b[2J\\u001b[8m: not run → fired: 1 line');
  });

  it('a U+202E engine version is shown as \\u202e, in text and in Markdown', async () => {
    const reversed = { ...refundDay5, engine: { ...refundDay5.engine!, version: `0.1.0${RLO}` } };
    const files = { 'a.jsonl': lineOf(refundDay5), 'b.jsonl': lineOf(reversed) };
    const text = await cliWithFiles(['diff', 'a.jsonl', 'b.jsonl', '--lang', 'en'], files);
    expect(text.stdout).not.toMatch(HIDDEN_BUT_NEWLINE);
    expect(text.stdout).toContain(`0.1.0\\u202e ${refundDay5.engine!.digest.slice(0, 12)}`);
    const md = await cliWithFiles(['diff', 'a.jsonl', 'b.jsonl', '--format', 'md', '--lang', 'en'], files);
    expect(md.stdout).not.toMatch(HIDDEN_BUT_NEWLINE);
    expect(md.stdout).toContain('0.1.0\\\\u202e');
  });
});

describe('sanbao check validates a record, then prints its strings escaped', () => {
  // One record, pretty-printed: `check` reads it as one document (no line numbers, no batch summary).
  const record = (id: string, shop: Record<string, unknown>) => JSON.stringify({ id, claim: claimOn('2025-03-12'), shop }, null, 2);

  it('an id ending in `ESC[8m` cannot hide "BELOW the floor" on a terminal', async () => {
    const run = await cliWithFiles(['check', '--format', 'text', '--lang', 'en'], {}, record(`RMA-1${ESC}[8m`, { verdict: 'paid-repair' }));
    expect(run.status).toBe(3);
    expect(run.stdout).not.toMatch(HIDDEN_BUT_NEWLINE);
    expect(run.stdout.split('\n')[0]).toBe('Case RMA-1\\u001b[8m: BELOW the floor');
  });

  it('a `<script>` id stays text in Markdown', async () => {
    const run = await cliWithFiles(['check', '--format', 'md', '--lang', 'en'], {}, record('<script>alert(1)</script>', { verdict: 'paid-repair' }));
    expect(run.stdout).not.toContain('<script>');
    expect(run.stdout.split('\n')[0]).toBe('### Case \\<script\\>alert(1)\\</script\\>: BELOW the floor');
  });

  it('a U+202E in shop.engine.version is shown, not obeyed, in text and Markdown', async () => {
    const shop = { verdict: 'refund', engine: { version: `0.1.0${RLO}${ESC}[8m`, digest: '0'.repeat(64) } };
    for (const format of ['text', 'md']) {
      const run = await cliWithFiles(['check', '--format', format, '--lang', 'en'], {}, record('A-1', shop));
      expect(run.stdout).not.toMatch(HIDDEN_BUT_NEWLINE);
      expect(run.stdout).toContain(format === 'md' ? '0.1.0\\\\u202e\\\\u001b\\[8m 000000000000' : '0.1.0\\u202e\\u001b[8m 000000000000');
    }
  });

  it('a record that is not valid is refused before anything of it is printed, its errors escaped', async () => {
    const run = await cliWithFiles(['check', '--format', 'text'], {}, JSON.stringify({ id: 'x', claim: claimOn('2025-03-12'), shop: { verdict: `<img src=x onerror=alert(1)>${ESC}[8m`, [`k${RLO}`]: 1 } }, null, 2));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('$.shop.verdict');
    expect(run.stderr).not.toMatch(HIDDEN_BUT_NEWLINE);
  });
});

describe('the reports of `sanbao test` escape fixture titles and file names', () => {
  const hostile = `a${ESC}[31m${String.fromCharCode(7)}b\u0000c${RLO}d # SKIP`;
  const outcomes = [
    { name: `dir/${hostile}.json`, title: hostile, check: { passed: false, mismatches: [{ check: 'verdict' as const, path: hostile, expected: hostile, received: `r${RLO}` }] } },
    { name: `${RLO}ok.json`, check: { passed: true, mismatches: [] } },
  ];

  it('TAP: no ESC, BEL, NUL or U+202E, one line a test point, the # escaped', () => {
    const tap = reportTap(outcomes);
    expect(tap).not.toMatch(HIDDEN_BUT_NEWLINE);
    expect(tap.split('\n')[2]).toBe('not ok 1 - dir/a\\\\u001b[31m\\\\u0007b\\\\u0000c\\\\u202ed \\# SKIP.json: a\\\\u001b[31m\\\\u0007b\\\\u0000c\\\\u202ed \\# SKIP');
    expect(tap.split('\n')).toContain('      received: "r\\u202e"');
    expect(tap.split('\n')).toContain('ok 2 - \\\\u202eok.json');
  });

  it('text: U+202E is escaped as well as ESC', () => {
    const text = reportText(outcomes);
    for (const line of text.split('\n')) expect(line).not.toMatch(HIDDEN_BUT_NEWLINE);
    expect(text).toContain('ok      \\u202eok.json\n');
  });

  it('JUnit: well-formed, with the same characters shown', () => {
    const [parsed] = parseAll('xml', [reportJunit(outcomes)]);
    expect(parsed?.ok).toBe(true);
    expect(parsed?.attrs).toContainEqual(['name', 'a\\u001b[31m\\u0007b\\u0000c\\u202ed # SKIP.json: a\\u001b[31m\\u0007b\\u0000c\\u202ed # SKIP']);
  });
});

describe('the SVG timeline', () => {
  it('stays well-formed XML when a holiday name holds ESC (a calendar loaded from a file)', () => {
    // 2027 is not in the library: a notice loaded with --calendar. Sold Friday 2026-12-25, the 7-day
    // refund window ends on 2027-01-01, a holiday to 01-03, and rolls over to Monday 01-04.
    const loaded = calendarFrom({
      years: [{ year: 2027, notice: { title: 'test notice' }, holidays: [{ name: { 'zh-CN': `元旦${ESC}[8m`, en: `New Year${ESC}[8m${RLO}` }, from: '2027-01-01', to: '2027-01-03' }], makeUpWorkdays: [] }],
    });
    if (!loaded.ok) throw new Error('calendar');
    const claim = parseClaim({ claimDate: '2027-01-04', item: { kind: 'handset' }, sale: { date: '2026-12-25', priceFen: 399900 }, fault: { codes: ['no-power-on'] } });
    if (!claim.ok) throw new Error('claim');
    const decision = decide(claim.claim, { calendar: loaded.calendar });
    const svgs = (['en', 'zh-CN'] as const).map((lang) => renderTimelineSvg(decision, claim.claim, { lang }));
    const parsed = parseAll('xml', svgs);
    expect(parsed.map((result) => result.ok)).toEqual([true, true]);
    expect(parsed[0]!.text).toContain('New Year\\u001b[8m\\u202e holiday');
    expect(parsed[1]!.text).toContain('元旦\\u001b[8m');
    for (const svg of svgs) expect(svg).not.toMatch(HIDDEN_BUT_NEWLINE);
  });
});

describe('the command line’s error lines', () => {
  it('a key with ESC or U+202E in a claim’s errors is shown as an escape, not obeyed (errorText)', async () => {
    const { errorText } = await import('../../src/cli/options');
    const { parseClaim: parse } = await import('../../src/index');
    const parsed = parse({ claimDate: '2025-03-14', item: { kind: 'handset' }, sale: { date: '2025-03-07', priceFen: 399900 }, fault: { codes: ['no-power-on'] }, '\u001b[8mx\u202e': 1 });
    expect(parsed.ok).toBe(false);
    const text = errorText(parsed.ok ? [] : parsed.errors, 'both');
    expect(text).not.toMatch(/[\u001b\u202e]/);
    expect(text).toContain('\\u001b[8mx\\u202e');
  });

  it('a file name with ESC is shown as an escape in the one-line file error (fileErrorText)', async () => {
    const { fileErrorText } = await import('../../src/cli/file-error');
    const error = Object.assign(new Error('ENOENT'), { code: 'ENOENT', syscall: 'open', path: '/tmp/\u001b[2Jclaim.json' });
    const line = fileErrorText(error, undefined)!;
    expect(line).not.toContain('\u001b');
    expect(line).toBe('无法读取 /tmp/\\u001b[2Jclaim.json：文件不存在 / cannot read /tmp/\\u001b[2Jclaim.json: no such file');
  });
});

describe('a usage error quoting what was typed', () => {
  it('shows a U+202E in an option’s value as an escape, never obeyed', async () => {
    const run = await cliWithFiles(['decide', '--at', 'x\u202e', 'claim.json'], { 'claim.json': '{}' });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain('\u202e');
    expect(run.stderr).toContain('x\\u202e');
  });
});
