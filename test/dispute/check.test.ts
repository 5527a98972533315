import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkShopDecision, parseCheckInput } from '../../src/dispute/index';
import { checkSummary } from '../../src/dispute/summary';
import { engineStamp } from '../../src/stamp/stamp';
import { nationalPolicy, parseClaim } from '../support/api';
import { claimOn, cliWithFiles } from './support';

const parsed = (claim: Record<string, unknown>) => {
  const result = parseClaim(claim);
  if (!result.ok) throw new Error('fixture claim is invalid');
  return result.claim;
};

// Day 5: 2025-03-12 is the 5th day after the sale of 2025-03-07, inside the 7-day refund window (last day 2025-03-14).
const DAY_5 = claimOn('2025-03-12');
// Day 20: 2025-03-27, after the exchange window (last day 2025-03-24 after the weekend roll-over): a free repair is owed.
const DAY_20 = claimOn('2025-03-27');

describe('checkShopDecision', () => {
  it('finds a paid repair for a listed fault on day 5 below the floor, naming the refund owed under MP2001 Art. 11', () => {
    const result = checkShopDecision(parsed(DAY_5), { verdict: 'paid-repair' });
    expect(result.meetsFloor).toBe(false);
    expect(result.owed.verdict).toBe('refund');
    expect(result.shortfalls.map((s) => [s.remedy, s.kind])).toEqual([
      ['refund', 'not-offered'],
      ['exchange', 'not-offered'],
      ['free-repair', 'not-offered'],
    ]);
    expect(result.shortfalls[0]!.cites).toEqual(['mp2001:art11']);
    expect(result.shortfalls[0]!.message['zh-CN']).toBe('应给退货，商家未提供（《移动电话机商品修理更换退货责任规定》第十一条）。');
    expect(result.shortfalls[0]!.message.en).toBe('Owed a refund, not offered (MP2001 Art. 11).');
  });

  it('finds a full refund on day 5 meets the floor, with nothing short and nothing extra', () => {
    const result = checkShopDecision(parsed(DAY_5), { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 399900, shippingPaidBy: 'seller' }] });
    expect(result.meetsFloor).toBe(true);
    expect(result.shortfalls).toEqual([]);
    expect(result.more).toEqual([]);
  });

  it('finds a refund cut by ¥199.00 with the return shipping put on the consumer short on both terms', () => {
    const result = checkShopDecision(parsed(DAY_5), { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 380000, shippingPaidBy: 'consumer' }] });
    expect(result.meetsFloor).toBe(false);
    // In the dominance rule's order of terms (src/engine/dominance.ts): the amount, then the transport.
    expect(result.shortfalls.map((s) => s.kind)).toEqual(['amount', 'shipping']);
    // 399900 − 380000 = 19900 fen = ¥199.00.
    expect(result.shortfalls[0]!.shortFen).toBe(19900);
    expect(result.shortfalls[0]!.message.en).toBe('A refund owed at ¥3,999.00, offered at ¥3,800.00: ¥199.00 short (MP2001 Art. 11).');
  });

  it('on day 20 finds an exchange more than the free repair owed (fine), and a paid repair below it', () => {
    const more = checkShopDecision(parsed(DAY_20), { verdict: 'exchange' });
    expect(more.owed.verdict).toBe('free-repair');
    expect(more.meetsFloor).toBe(true);
    expect(more.more.map((s) => s.kind)).toEqual(['stronger']);
    const less = checkShopDecision(parsed(DAY_20), { verdict: 'paid-repair' });
    expect(less.meetsFloor).toBe(false);
    expect(less.shortfalls.map((s) => s.remedy)).toEqual(['free-repair']);
    expect(less.shortfalls[0]!.cites).toContain('mp2001:period');
  });

  it('finds nothing owed when the inspection found no fault, and notes a paid repair offered as more than owed', () => {
    const result = checkShopDecision(parsed({ ...DAY_5, fault: { inspection: 'not-found', codes: ['no-power-on'] } }), { verdict: 'paid-repair' });
    expect(result.owed.verdict).toBe('no-remedy');
    expect(result.meetsFloor).toBe(true);
    expect(result.more.map((s) => [s.remedy, s.kind])).toEqual([['paid-repair', 'stronger']]);
  });

  it('says when the record names another engine than the one checking it', () => {
    const other = { version: '0.0.1', digest: '0'.repeat(64) };
    const result = checkShopDecision(parsed(DAY_5), { verdict: 'refund', engine: other });
    expect(result.engine).toMatchObject({ current: engineStamp(nationalPolicy), recorded: other, same: false });
    expect(result.engine.message?.en).toMatch(/^The recorded decision came from another engine \(0\.0\.1 000000000000\)/);
    const same = checkShopDecision(parsed(DAY_5), { verdict: 'refund', engine: engineStamp(nationalPolicy) });
    expect(same.engine.same).toBe(true);
  });
});

describe('parseCheckInput', () => {
  it('reports every problem of the claim and the shop decision at once, with paths, in both languages', () => {
    const result = parseCheckInput({ claim: { ...DAY_5, claimDate: '2025-13-12' }, shop: { verdict: 'refnd', remedies: [{ type: 'refund', amountFen: -1 }], note: 'x' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([
      ['$.claim.claimDate', 'value'],
      ['$.shop.verdict', 'value'],
      ['$.shop.remedies[0].amountFen', 'range'],
      ['$.shop.note', 'unknown-key'],
    ]);
    for (const error of result.errors) {
      expect(error.message['zh-CN']).toContain(error.path);
      expect(error.message.en).toContain(error.path);
      expect(error.message['zh-CN']).not.toBe(error.message.en);
    }
  });
});

describe('checkSummary', () => {
  it('counts checked, below the floor and invalid, and each article once per decision', () => {
    const summary = checkSummary();
    summary.add(checkShopDecision(parsed(DAY_5), { verdict: 'paid-repair' }));
    summary.add(checkShopDecision(parsed(DAY_5), { verdict: 'refund' }));
    summary.add(checkShopDecision(parsed(DAY_20), { verdict: 'paid-repair' }));
    summary.invalid();
    // Day 5: refund and exchange rest on Art. 11, the free repair on Art. 11 and the period article: Art. 11 once, the period once.
    // Day 20: the free repair on the period article.
    expect(summary.result()).toEqual({
      checked: 3,
      meetFloor: 1,
      belowFloor: 2,
      invalid: 1,
      byArticle: [
        { cite: 'mp2001:period', count: 2 },
        { cite: 'mp2001:art11', count: 1 },
      ],
      otherEngine: 0,
    });
  });
});

describe('sanbao check', () => {
  const line = (claim: Record<string, unknown>, shop: Record<string, unknown>, id?: string) => JSON.stringify({ ...(id === undefined ? {} : { id }), claim, shop });

  it('exits 3 on a paid repair for a listed fault on day 5, naming mp2001:art11', async () => {
    const run = await cliWithFiles(['check', '-'], {}, line(DAY_5, { verdict: 'paid-repair', remedies: [{ type: 'paid-repair', amountFen: 35000 }] }));
    expect(run.status).toBe(3);
    const [result, summary] = run.stdout.trim().split('\n').map((text) => JSON.parse(text));
    expect(result.meetsFloor).toBe(false);
    expect(result.shortfalls[0].cites).toEqual(['mp2001:art11']);
    expect(summary.summary).toMatchObject({ checked: 1, belowFloor: 1, byArticle: expect.arrayContaining([{ cite: 'mp2001:art11', count: 1 }]) });
  });

  it('exits 0 on the same claim with a refund offered', async () => {
    const run = await cliWithFiles(['check', '-'], {}, line(DAY_5, { verdict: 'refund' }));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n')[0]!).meetsFloor).toBe(true);
  });

  it('takes one pretty-printed object, and prints one result without a batch summary', async () => {
    const run = await cliWithFiles(['check'], {}, JSON.stringify({ claim: DAY_5, shop: { verdict: 'paid-repair' } }, null, 2));
    expect(run.status).toBe(3);
    const result = JSON.parse(run.stdout);
    expect(result.shortfalls.map((s: { remedy: string }) => s.remedy)).toEqual(['refund', 'exchange', 'free-repair']);
    expect(result).not.toHaveProperty('decision');
  });

  it('prints a batch as text in English with the summary by article, and reports bad lines on stderr', async () => {
    const input = [
      line(DAY_5, { verdict: 'paid-repair' }, 'A-1'),
      line(DAY_5, { verdict: 'refund' }, 'A-2'),
      '{"claim": {}, "shop": {"verdict": "refnd"}}',
      line(DAY_20, { verdict: 'paid-repair' }, 'A-4'),
    ].join('\n');
    const run = await cliWithFiles(['check', '--format', 'text', '--lang', 'en'], {}, input);
    expect(run.status).toBe(3);
    expect(run.stdout).toContain('Case A-1, line 1: BELOW the floor\n');
    expect(run.stdout).toContain('Case A-2, line 2: meets the floor\n');
    expect(run.stdout).toContain('    - Owed a refund, not offered (MP2001 Art. 11).\n');
    expect(run.stdout).toMatch(/Summary:\n {2}checked: 3\n {2}below the floor: 2\n {2}invalid input: 1\n {2}by article:\n {4}MP2001, the provision on the 三包 period \(mp2001:period\): 2\n {4}MP2001 Art\. 11 \(mp2001:art11\): 1\n$/);
    expect(run.stderr).toContain('line 3:');
    expect(run.stderr).toContain('$.shop.verdict');
    expect(run.stderr).toContain('$.claim.claimDate');
  });

  it('exits 1 when nothing is below the floor but a line is not valid', async () => {
    const run = await cliWithFiles(['check'], {}, `${line(DAY_5, { verdict: 'refund' })}\n{"shop":{}}\n`);
    expect(run.status).toBe(1);
  });
});

describe('sanbao check, as a process (the suite build)', () => {
  it('exits 3 and names mp2001:art11 for the day-5 paid repair; exits 0 for the refund', () => {
    const built = inject('builtDir');
    const run = (shop: Record<string, unknown>) =>
      spawnSync(process.execPath, [join(built, 'cli.js'), 'check', '--format', 'text', '--lang', 'en'], { input: JSON.stringify({ claim: DAY_5, shop }), encoding: 'utf8' });
    const below = run({ verdict: 'paid-repair' });
    expect(below.status).toBe(3);
    expect(below.stdout).toContain('(MP2001 Art. 11)');
    expect(below.stdout).toContain('BELOW the floor');
    const meets = run({ verdict: 'refund' });
    expect(meets.status).toBe(0);
    expect(meets.stdout).toContain('meets the floor');
  });
});

describe('sanbao check input framing', () => {
  it('reads a batch whose first line is broken as JSON Lines, answering the others', async () => {
    const good = JSON.stringify({ claim: DAY_5, shop: { verdict: 'refund' } });
    const run = await cliWithFiles(['check'], {}, `{"claim": oops}\n${good}\n`);
    const lines = run.stdout.trim().split('\n').map((text) => JSON.parse(text));
    expect(lines[0]).toMatchObject({ line: 1, errors: [{ code: 'json' }] });
    expect(lines[1]).toMatchObject({ line: 2, meetsFloor: true });
    expect(lines[2].summary).toMatchObject({ checked: 1, invalid: 1 });
    expect(run.status).toBe(1);
  });
});

describe('checkShopDecision and the Art. 19 refund in place of an exchange', () => {
  // fixtures/national/request-refund-day-9-art19-refund-less-depreciation.json: sold 2025-11-10 for
  // ¥6,999.00, claimed on day 9; by hand, 699900 × 5 × 9 / 1000 = 31495.5 → 31496 fen, so the
  // refund in place of the exchange is 699900 − 31496 = 668404 fen.
  const claim = { claimDate: '2025-11-19', item: { kind: 'handset' }, sale: { date: '2025-11-10', priceFen: 699900 }, fault: { codes: ['no-power-on'] } };

  it('finds a depreciated refund offered instead of the exchange owed below the floor, when the consumer did not decline the exchange; the repair of a phone taken back is moot', () => {
    const result = checkShopDecision(parsed(claim), { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 668404 }] });
    expect(result.owed.verdict).toBe('exchange');
    expect(result.meetsFloor).toBe(false);
    expect(result.shortfalls.map((s) => [s.remedy, s.kind])).toEqual([['exchange', 'not-offered']]);
    expect(result.moot).toEqual(['free-repair']);
    expect(result.shortfalls[0]!.cites).toContain('mp2001:art12');
  });

  it('finds a full refund instead of the exchange more than owed', () => {
    const result = checkShopDecision(parsed(claim), { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 699900 }] });
    expect(result.meetsFloor).toBe(true);
    expect(result.more.map((s) => s.kind)).toEqual(['stronger']);
  });

  it('when the consumer asked for the refund, holds the shop to the depreciated amount and no less', () => {
    const asked = parsed({ ...claim, request: 'refund' });
    expect(checkShopDecision(asked, { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 668404 }] }).meetsFloor).toBe(true);
    const short = checkShopDecision(asked, { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 650000 }] });
    expect(short.meetsFloor).toBe(false);
    // 668404 − 650000 = 18404 fen = ¥184.04.
    expect(short.shortfalls.map((s) => [s.kind, s.message.en])).toEqual([['amount', 'A refund owed at ¥6,684.04, offered at ¥6,500.00: ¥184.04 short (MP2001 Art. 19).']]);
  });
});
