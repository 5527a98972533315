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
    diff.add(1, JSON.parse(national[0]!), JSON.parse(national[0]!));
    diff.unpaired('after');
    expect(diff.result().unpaired).toEqual({ before: 0, after: 1 });
  });

  it('says whether the two sides came from the same engine, when both name one', () => {
    const a = { version: '0.1.0', digest: 'a'.repeat(64) };
    const b = { version: '0.1.0', digest: 'b'.repeat(64) };
    const refund = JSON.parse(national[0]!) as Record<string, unknown>;
    const { engine: _engine, ...unstamped } = refund;
    const same = decisionDiff();
    same.add(1, { ...refund, engine: a }, { ...refund, engine: a });
    expect(same.result().engines).toEqual({ before: [a], after: [a], differ: 0, changed: 0, undetermined: 0 });
    const other = decisionDiff();
    other.add(1, { ...refund, engine: a }, { ...refund, engine: b });
    // The same profile on both sides: two stamps that differ are two engines.
    expect(other.result().engines).toEqual({ before: [a], after: [b], differ: 1, changed: 1, undetermined: 0 });
    const unknown = decisionDiff();
    unknown.add(1, unstamped, { ...refund, engine: b });
    expect(unknown.result().engines.differ).toBeNull();
  });
});

describe('sanbao diff', () => {
  const files = { 'national.jsonl': lines(national), 'oppo.jsonl': lines(oppo) };

  it('reports no change of a batch against itself, and exits 0', async () => {
    const run = await cliWithFiles(['diff', 'national.jsonl', 'national.jsonl', '--lang', 'en'], files);
    expect(run.status).toBe(0);
    // Every decision names its engine; both files come from this build, so the same one.
    expect(run.stdout).toMatch(/^sanbao diff: 40 lines compared, 0 changed, 40 unchanged\nEngines: before (\S+ [0-9a-f]{12}); after \1: the same engine\.\nNo change\.\n$/);
  });

  it('reports the OPPO exchanges as verdict changes, rules (by what they decide and their article) and lines, as text in English', async () => {
    const run = await cliWithFiles(['diff', 'national.jsonl', 'oppo.jsonl', '--lang', 'en'], files);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\nVerdict changes (before → after):\n  a free repair → an exchange: 15 lines\n');
    expect(run.stdout).toContain('\n  A listed fault of the main unit on days 8 to 15: the consumer chooses an exchange or a repair (MP2001 Art. 12): did not fire → fired: 15 lines\n');
    for (let day = 16; day <= 30; day += 1) expect(run.stdout).toContain(`\n  line ${day}: a free repair → an exchange (verdict,`);
    expect(run.stdout).not.toContain('\n  line 31: a free repair → an exchange');
    // Rules are named by what they decide, never by their internal ids.
    expect(run.stdout).not.toMatch(/window\.exchange|performer\.seller|substitution\./);
  });

  it('speaks Chinese by default, with the articles', async () => {
    const run = await cliWithFiles(['diff', 'national.jsonl', 'oppo.jsonl'], files);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\n结论变化（前 → 后）：\n  免费修理 → 换货：15行\n');
    expect(run.stdout).toContain('\n  售出之日起第8日至第15日内主机出现性能故障的，消费者可选择换货或修理（《移动电话机商品修理更换退货责任规定》第十二条）：未触发 → 触发：15行\n');
    expect(run.stdout).toContain('\n  第16行：免费修理 → 换货（结论、');
    expect(run.stdout).not.toMatch(/[a-z]{4,}\.[a-z]/);
  });

  it('tells a profile change from an engine change: the same build under two profiles is one engine', async () => {
    const run = await cliWithFiles(['diff', 'national.jsonl', 'oppo.jsonl', '--lang', 'en'], files);
    expect(run.stdout).toMatch(/\nProfiles: before National 三包 rules \(the statutory floor\); after OPPO[^:\n]*: a different profile on 40 lines \(a profile change\)\.\n/);
    expect(run.stdout).toMatch(/\nEngines: [^\n]*: the same engine on 40 lines, whose stamps differ only by the profile \(a stamp covers its profile\)\.\n/);
    expect(run.stdout).not.toMatch(/different engine/);
    const json = JSON.parse((await cliWithFiles(['diff', 'national.jsonl', 'oppo.jsonl', '--format', 'json'], files)).stdout);
    expect(json.profiles).toEqual({ before: ['cn-national'], after: ['oppo'], changed: 40 });
    expect(json.engines).toMatchObject({ differ: 40, changed: 0, undetermined: 0 });
    // Another library version under the same profile is an engine change.
    const bumped = national.map((line) => {
      const decision = JSON.parse(line);
      return JSON.stringify({ ...decision, engine: { ...decision.engine, version: '9.9.9' } });
    });
    const upgraded = await cliWithFiles(['diff', 'national.jsonl', 'bumped.jsonl', '--lang', 'en'], { ...files, 'bumped.jsonl': lines(bumped) });
    expect(upgraded.stdout).toContain(': a different engine on 40 lines (an engine change).\n');
    expect(upgraded.stdout).not.toContain('Profiles:');
  });

  it('refuses a language it does not speak', async () => {
    expect((await cliWithFiles(['diff', 'national.jsonl', 'oppo.jsonl', '--lang', 'fr'], files)).status).toBe(2);
  });

  it('gives the same as JSON and as a Markdown table', async () => {
    const json = await cliWithFiles(['diff', 'national.jsonl', 'oppo.jsonl', '--format', 'json'], files);
    expect(JSON.parse(json.stdout).verdictChanges).toEqual([{ before: 'free-repair', after: 'exchange', count: 15 }]);
    const md = await cliWithFiles(['diff', 'national.jsonl', 'oppo.jsonl', '--format', 'md', '--lang', 'en'], files);
    expect(md.stdout).toContain('| a free repair | an exchange | 15 |');
    expect(md.stdout).toContain('| A listed fault of the main unit on days 8 to 15: the consumer chooses an exchange or a repair (MP2001 Art. 12) | did not fire → fired | 15 |');
  });

  it('reads an error line of a batch as the outcome `invalid`, and wants exactly two files', async () => {
    const run = await cliWithFiles(['diff', 'a', 'b', '--format', 'json'], { a: `${national[0]}\n`, b: '{"line":1,"errors":[]}\n' });
    expect(JSON.parse(run.stdout).verdictChanges).toEqual([{ before: 'refund', after: 'invalid', count: 1 }]);
    expect((await cliWithFiles(['diff', 'a'], { a: '' })).status).toBe(2);
  });
});
