import { describe, expect, it } from 'vitest';
import { decisionDiff } from '../../src/dispute/diff';
import { decide, policyById } from '../support/api';
import { cliWithFiles } from './support';

/**
 * Forty claims of one store sale, on days 1 to 40 after it. The sale is Tuesday 2025-03-04 (the
 * OPPO fixture's), the phone will not power on. By hand:
 * - the law (MP2001 Arts. 11–12, from the day after the sale): refund to 2025-03-11 (day 7, a
 *   Tuesday), exchange to 2025-03-19 (day 15, a Wednesday), free repair after;
 * - OPPO (包换期 30 days, inclusive): exchange to 2025-04-03 (day 30, a Thursday, a working day;
 *   Qingming starts on 04-04), free repair after; the refund window is the law's.
 * So under OPPO days 16 to 30 (15 claims) move from a free repair to an exchange, and nothing else
 * changes verdict; the exchange window's rule goes from silent to fired on those 15.
 */
const DAYS = 40;
const claims = Array.from({ length: DAYS }, (_, index) => {
  const day = new Date(Date.UTC(2025, 2, 4 + index + 1)).toISOString().slice(0, 10);
  return { claimDate: day, item: { kind: 'handset' }, sale: { date: '2025-03-04', priceFen: 299900 }, fault: { codes: ['no-power-on'] } };
});
const national = claims.map((claim) => JSON.stringify(decide(claim)));
const oppo = claims.map((claim) => JSON.stringify(decide(claim, { policy: policyById('oppo')! })));
const lines = (decisions: string[]) => `${decisions.join('\n')}\n`;

describe('decisionDiff', () => {
  it('finds no change in a batch against itself', () => {
    const diff = decisionDiff();
    national.forEach((line, index) => diff.add(index + 1, JSON.parse(line), JSON.parse(line)));
    const result = diff.result();
    expect(result).toMatchObject({ lines: DAYS, changed: 0, verdictChanges: [], rules: [], changedLines: [], unpaired: { before: 0, after: 0 } });
  });

  it('finds the days 16 to 30 that OPPO turns from a free repair into an exchange', () => {
    const diff = decisionDiff();
    national.forEach((line, index) => diff.add(index + 1, JSON.parse(line), JSON.parse(oppo[index]!)));
    const result = diff.result();
    expect(result.verdictChanges).toEqual([{ before: 'free-repair', after: 'exchange', count: 15 }]);
    const moved = result.changedLines.filter((line) => line.before !== line.after);
    expect(moved.map((line) => line.line)).toEqual(Array.from({ length: 15 }, (_, i) => 16 + i));
    expect(moved.every((line) => line.changed.includes('verdict') && line.rules.includes('window.exchange'))).toBe(true);
    // Days 8 to 15 stay exchanges but with OPPO's later last day (dates changed): the changed lines show every exchange of days 8 to 30.
    expect(result.changedLines.filter((line) => line.after === 'exchange').map((line) => line.line)).toEqual(Array.from({ length: 23 }, (_, i) => 8 + i));
    const exchange = result.rules.find((rule) => rule.rule === 'window.exchange');
    expect(exchange?.changes).toEqual([{ before: 'silent', after: 'fired', count: 15 }]);
  });

  it('counts lines only one side has', () => {
    const diff = decisionDiff();
    diff.add(1, { verdict: 'refund' }, { verdict: 'refund' });
    diff.unpaired('after');
    expect(diff.result().unpaired).toEqual({ before: 0, after: 1 });
  });

  it('says whether the two sides came from the same engine, when both name one', () => {
    const a = { version: '0.1.0', digest: 'a'.repeat(64) };
    const b = { version: '0.1.0', digest: 'b'.repeat(64) };
    const same = decisionDiff();
    same.add(1, { verdict: 'refund', engine: a }, { verdict: 'refund', engine: a });
    expect(same.result().engines).toEqual({ before: [a], after: [a], differ: 0 });
    const other = decisionDiff();
    other.add(1, { verdict: 'refund', engine: a }, { verdict: 'refund', engine: b });
    expect(other.result().engines).toEqual({ before: [a], after: [b], differ: 1 });
    const unknown = decisionDiff();
    unknown.add(1, { verdict: 'refund' }, { verdict: 'refund', engine: b });
    expect(unknown.result().engines.differ).toBeNull();
  });
});

describe('sanbao diff', () => {
  const files = { 'national.jsonl': lines(national), 'oppo.jsonl': lines(oppo) };

  it('reports no change of a batch against itself, and exits 0', async () => {
    const run = await cliWithFiles(['diff', 'national.jsonl', 'national.jsonl'], files);
    expect(run.status).toBe(0);
    // Every decision names its engine; both files come from this build, so the same one.
    expect(run.stdout).toMatch(/^sanbao diff: 40 lines compared, 0 changed, 40 unchanged\nEngines: before (\S+ [0-9a-f]{12}); after \1: the same engine\.\nNo change\.\n$/);
  });

  it('reports the OPPO exchanges as verdict changes, rules and lines, as text', async () => {
    const run = await cliWithFiles(['diff', 'national.jsonl', 'oppo.jsonl'], files);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\nVerdict changes (before → after):\n  free-repair → exchange: 15\n');
    expect(run.stdout).toContain('  window.exchange: silent → fired: 15\n');
    for (let day = 16; day <= 30; day += 1) expect(run.stdout).toContain(`\n  ${day}: free-repair → exchange (verdict,`);
    expect(run.stdout).not.toContain('\n  31: free-repair → exchange');
  });

  it('gives the same as JSON and as a Markdown table', async () => {
    const json = await cliWithFiles(['diff', 'national.jsonl', 'oppo.jsonl', '--format', 'json'], files);
    expect(JSON.parse(json.stdout).verdictChanges).toEqual([{ before: 'free-repair', after: 'exchange', count: 15 }]);
    const md = await cliWithFiles(['diff', 'national.jsonl', 'oppo.jsonl', '--format', 'md'], files);
    expect(md.stdout).toContain('| free-repair | exchange | 15 |');
    expect(md.stdout).toContain('| window.exchange | silent → fired | 15 |');
  });

  it('reads an error line of a batch as the outcome `invalid`, and wants exactly two files', async () => {
    const run = await cliWithFiles(['diff', 'a', 'b', '--format', 'json'], { a: `${national[0]}\n`, b: '{"line":1,"errors":[]}\n' });
    expect(JSON.parse(run.stdout).verdictChanges).toEqual([{ before: 'refund', after: 'invalid', count: 1 }]);
    expect((await cliWithFiles(['diff', 'a'], { a: '' })).status).toBe(2);
  });
});
