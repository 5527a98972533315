import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShopDecision, type ShopDecision } from '../../src/dispute/index';
import { renderCheck } from '../../src/dispute/render';
import { shortfallsOf } from '../../src/engine/dominance';
import { parseClaim, policyById } from '../support/api';
import { claimOn } from './support';

/**
 * Issue 19, item 6: `check` judges the shop's offer with the floor merge's dominance rule (design
 * I29), never says "gave more" and "below" about the same offer, states every amount short with
 * its article, and leaves out the remedies the shop's own act made moot, in both languages.
 */
const parsed = (claim: Record<string, unknown>) => {
  const result = parseClaim(claim);
  if (!result.ok) throw new Error('fixture claim is invalid');
  return result.claim;
};

// The case: a store sale on Friday 2025-03-07 of a ¥2,599.00 phone that will not power on,
// brought back on Monday 2025-03-17, day 10 (MP2001 Art. 12: days 8 to 15, an exchange). By hand:
// Art. 19's depreciation is 5‰ of the price a day, 259900 × 5 × 10 / 1000 = 12995 fen, so the
// refund the consumer may take instead of the exchange is 259900 − 12995 = 246905 fen (¥2,469.05);
// the shop refunded ¥2,000.00, 246905 − 200000 = 46905 fen (¥469.05) short.
const DAY_10 = parsed({ claimDate: '2025-03-17', item: { kind: 'handset' }, sale: { date: '2025-03-07', priceFen: 259900, channel: 'store' }, fault: { codes: ['no-power-on'] } });
const REFUND_2000: ShopDecision = { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 200000 }] };

describe('check on day 10: the shop refunded ¥2,000.00 where an exchange, or ¥2,469.05 after Art. 19 depreciation, was owed', () => {
  const result = checkShopDecision(DAY_10, REFUND_2000, { id: 'RMA-19' });

  it('is below the floor: the exchange not offered (Art. 12) and the refund ¥469.05 short (Art. 19)', () => {
    expect(result.owed.verdict).toBe('exchange');
    expect(result.meetsFloor).toBe(false);
    expect(result.shortfalls.map((s) => [s.remedy, s.kind, s.cites])).toEqual([
      ['exchange', 'not-offered', ['mp2001:art12']],
      ['refund', 'amount', ['mp2001:art19']],
    ]);
    const refund = result.shortfalls[1]!;
    expect(refund.owed.amountFen).toBe(246905);
    expect(refund.owed.depreciationFen).toBe(12995);
    expect(refund.shortFen).toBe(46905);
    expect(refund.message.en).toBe(
      'A refund owed at ¥2,469.05 if the consumer declines the exchange (the price less ¥129.95 depreciation), offered at ¥2,000.00: ¥469.05 short (MP2001 Art. 19).',
    );
    expect(refund.message['zh-CN']).toBe('退货在消费者不选择换货时应退2,469.05元（价款扣除折旧费129.95元），商家只退2,000.00元，少469.05元（《移动电话机商品修理更换退货责任规定》第十九条）。');
  });

  it('does not list the free repair of a phone the shop took back, and says nowhere that the shop gave more', () => {
    expect(result.shortfalls.map((s) => s.remedy)).not.toContain('free-repair');
    expect(result.moot).toEqual(['free-repair']);
    expect(result.more).toEqual([]);
  });

  it('says what was owed in both languages: the exchange, or the refund after depreciation', () => {
    expect(result.message.en).toBe(
      "The shop's decision (a refund of ¥2,000.00) falls below the statutory floor: the consumer was owed an exchange, or, if the consumer declines it, a refund of ¥2,469.05 (the price less ¥129.95 depreciation, MP2001 Art. 19).",
    );
    expect(result.message['zh-CN']).toBe(
      '商家的处理（退货并退款2,000.00元）低于法定标准：消费者应得换货，或在消费者不选择换货时退货并退款2,469.05元（价款扣除折旧费129.95元，《移动电话机商品修理更换退货责任规定》第十九条）。',
    );
  });

  it('prints the amount short and the article in the text and Markdown reports, in Chinese and English', () => {
    for (const format of ['text', 'md'] as const) {
      const en = renderCheck(result, undefined, 'en', format);
      expect(en).toContain('¥469.05 short (MP2001 Art. 19)');
      expect(en).toContain('Owed an exchange, not offered (MP2001 Art. 12).');
      expect(en).not.toMatch(/gave more|more than/i);
      expect(en).not.toContain('Owed a free repair');
      const zh = renderCheck(result, undefined, 'zh-CN', format);
      expect(zh).toContain('少469.05元（《移动电话机商品修理更换退货责任规定》第十九条）');
      expect(zh).toContain('低于法定标准');
      expect(zh).not.toContain('商家多给');
      expect(zh).not.toContain('应给免费修理');
    }
    expect(renderCheck(result, undefined, 'en', 'text').split('\n')[0]).toBe('Case RMA-19: BELOW the floor');
  });

  it('holds a refund of exactly ¥2,469.05 short of nothing but the exchange the consumer did not decline; the whole price meets the floor', () => {
    const exact = checkShopDecision(DAY_10, { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 246905 }] });
    expect(exact.meetsFloor).toBe(false);
    expect(exact.shortfalls.map((s) => [s.remedy, s.kind])).toEqual([['exchange', 'not-offered']]);
    expect(exact.more).toEqual([]);
    const whole = checkShopDecision(DAY_10, { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 259900 }] });
    expect(whole.meetsFloor).toBe(true);
    expect(whole.more.map((s) => [s.kind, s.message.en])).toEqual([['stronger', 'The shop gave a refund of ¥2,599.00 where the law requires an exchange: more than owed (fine).']]);
  });

  it('keeps the free repair owed when the shop neither took the phone back nor replaced it (a paid repair)', () => {
    const paid = checkShopDecision(DAY_10, { verdict: 'paid-repair' });
    expect(paid.shortfalls.map((s) => s.remedy)).toEqual(['exchange', 'free-repair']);
    expect(paid.moot).toBeUndefined();
  });
});

describe('check on day 20 (a free repair owed): a refund in place of it is held to the price paid', () => {
  // claimOn: ¥3,999.00, sold 2025-03-07; day 20 is past the exchange window (2025-03-24).
  const claim = parsed(claimOn('2025-03-27'));

  it('a refund of ¥3,000.00 is ¥999.00 short of the price; the repair is moot, and nothing is "more"', () => {
    const result = checkShopDecision(claim, { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 300000 }] });
    expect(result.owed.verdict).toBe('free-repair');
    expect(result.meetsFloor).toBe(false);
    expect(result.shortfalls.map((s) => [s.remedy, s.kind, s.shortFen])).toEqual([['refund', 'amount', 99900]]);
    expect(result.moot).toEqual(['free-repair']);
    expect(result.more).toEqual([]);
    expect(result.shortfalls[0]!.message.en).toMatch(/^A refund in place of a free repair must pay at least the price, ¥3,999\.00; offered at ¥3,000\.00: ¥999\.00 short \(/);
  });

  it('a refund of the whole price meets the floor, and is more than owed', () => {
    const result = checkShopDecision(claim, { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 399900 }] });
    expect(result.meetsFloor).toBe(true);
    expect(result.more.map((s) => s.kind)).toEqual(['stronger']);
  });
});

/** Any shop decision a ledger could record. */
const shopDecision: fc.Arbitrary<ShopDecision> = fc.record(
  {
    verdict: fc.constantFrom('refund', 'exchange', 'free-repair', 'paid-repair', 'no-remedy'),
    remedies: fc.array(
      fc.record(
        {
          type: fc.constantFrom('refund', 'exchange', 'free-repair', 'paid-repair'),
          amountFen: fc.integer({ min: 0, max: 500_000 }),
          shippingPaidBy: fc.constantFrom('seller', 'repairer', 'consumer'),
          otherModel: fc.boolean(),
          conditions: fc.constant(['consumer-declines-exchange'] as const),
        },
        { requiredKeys: ['type'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['verdict'] },
) as fc.Arbitrary<ShopDecision>;

const CLAIMS = [DAY_10, parsed(claimOn('2025-03-12')), parsed(claimOn('2025-03-27')), parsed({ ...claimOn('2025-03-17'), request: 'refund' })];

describe('check on any shop decision, under the floor and under profiles (fast-check, fixed seed)', () => {
  it('never says "below" and "more" about the same offer; below always names what is short; every amount short is stated exactly', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLAIMS), shopDecision, fc.constantFrom('cn-national', 'xiaomi', 'oppo', 'dealer-handbook'), (claim, shop, profile) => {
        const result = checkShopDecision(claim, shop, { policy: policyById(profile)! });
        if (result.meetsFloor) expect(result.shortfalls).toEqual([]);
        else expect(result.shortfalls.length).toBeGreaterThan(0);
        // "Stronger" (more than owed in place of the verdict) is said only of a decision that meets the floor.
        if (!result.meetsFloor) expect(result.more.filter((s) => s.kind === 'stronger')).toEqual([]);
        const shortOffers = new Set(result.shortfalls.flatMap((s) => (s.offered === undefined ? [] : [s.offered])));
        for (const surplus of result.more) expect([...shortOffers].some((offer) => offer.type === surplus.remedy)).toBe(false);
        for (const shortfall of result.shortfalls.filter((s) => s.kind === 'amount')) {
          expect(shortfall.shortFen).toBe(shortfall.owed.amountFen! - shortfall.offered!.amountFen!);
          expect(shortfall.shortFen).toBeGreaterThan(0);
          // The same rule as the floor merge: the offer is short on the amount by dominance.
          expect(shortfallsOf({ amountFen: shortfall.offered!.amountFen }, { amountFen: shortfall.owed.amountFen })).toContain('amount');
        }
        // A repair is never listed as missing once the shop took the phone back or replaced it.
        if (result.offered.remedies.some((offer) => offer.type === 'refund' || offer.type === 'exchange')) {
          expect(result.shortfalls.filter((s) => s.kind === 'not-offered' && (s.remedy === 'free-repair' || s.remedy === 'paid-repair'))).toEqual([]);
        }
        for (const lang of ['zh-CN', 'en'] as const) for (const text of [result.message, ...result.shortfalls.map((s) => s.message), ...result.more.map((s) => s.message)]) expect(text[lang]).not.toMatch(/\{\w+\}/);
      }),
      { seed: 19_06, numRuns: 400 },
    );
  });
});
