/**
 * An offer replaces the law's only when it dominates it (issue 17, item 2; design.md I29, I30).
 * Reproductions 4, 5 and the transport half of 11, each worked out by hand from MP2001 and
 * 消保法 in the comments. Where neither offer is at least as good on every term, both stand and
 * the consumer chooses; a floor conflict names the clause and the terms the offer fell short on.
 */
import { describe, expect, it } from 'vitest';
import { decide, defineRule, definePolicy, grant, nationalPolicy } from '../support/api';
import { shop as shopOf, shopClause } from '../support/shop';
import type { RemedyGrant } from '../../src/engine/types';

const CLAUSES = { extra: shopClause('附加', 'extra'), rate: shopClause('折旧', 'depreciation'), who: shopClause('办理', 'who performs'), battery: shopClause('电池', 'battery'), postage: shopClause('邮费', 'postage') };

/** A shop whose one rule of its own grants `grants` (citing its clause `extra`). */
function granting(grants: readonly RemedyGrant[]) {
  const rules = defineRule({
    id: 'my-shop.offer',
    describes: { 'zh-CN': '本店承诺', en: 'the shop’s promise' },
    basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: ['policy:my-shop:extra'] }]],
    run: () => [grant('window.refund', 'policy:my-shop:extra', grants)],
  });
  return definePolicy(nationalPolicy, shopOf(CLAUSES, { rules }));
}

/**
 * A store sale on Monday 2025-03-03 at ¥3,999, no power on Thursday 2025-03-13 (day 10): past the
 * 7-day refund window (Art. 11), inside the 15-day exchange window (Art. 12). The law gives the
 * exchange, and a refund if the consumer declines it: 399,900 less 0.5% a day for 10 days
 * (19,995) = 379,905 fen (Art. 19).
 */
const DAY_10 = {
  claimDate: '2025-03-13',
  item: { kind: 'handset' },
  sale: { date: '2025-03-03', priceFen: 399_900 },
  fault: { codes: ['no-power-on'] },
};

const conflictsOf = (decision: ReturnType<typeof decide>) =>
  decision.floorConflicts.map(({ remedy, route, profileOffer, terms, clause }) => ({ remedy, route, profileOffer, terms, clause }));

describe('reproduction 4: one better term does not make up for a smaller amount', () => {
  it('an unconditional 1-fen refund does not replace the Art. 19 refund of ¥3,799.05: both stand, a conflict on the amount', () => {
    const decision = decide(DAY_10, { policy: granting([{ type: 'refund', amountFen: 1 }]) });
    const refunds = decision.remedies.filter((remedy) => remedy.type === 'refund');
    expect(refunds.map(({ amountFen, conditions }) => ({ amountFen, conditions }))).toEqual([
      { amountFen: 1, conditions: undefined },
      { amountFen: 379_905, conditions: ['consumer-declines-exchange'] },
    ]);
    expect(refunds[1]!.cites).toEqual(['mp2001:art19']);
    expect(decision.remedies.map((remedy) => remedy.type)).toContain('exchange');
    expect(conflictsOf(decision)).toEqual([{ remedy: 'refund', route: 'sanbao', profileOffer: 'worse', terms: ['amount'], clause: 'policy:my-shop:extra' }]);
    expect(decision.floorConflicts[0]!.message.en).toContain('the amount');
    expect(decision.floorConflicts[0]!.message['zh-CN']).toContain('金额');
  });

  it('a 1-fen no-reason refund with the seller paying postage does not replace the ¥3,999 no-reason return', () => {
    // Online, delivered Monday 2025-03-03, returned without reason on Friday 2025-03-07 (day 4 of
    // 7, 消保法 Art. 25): the full price back, the buyer paying the return postage.
    const online = { claimDate: '2025-03-07', item: { kind: 'handset' }, sale: { date: '2025-03-03', channel: 'online', priceFen: 399_900 }, request: 'no-reason-return' };
    const decision = decide(online, { policy: granting([{ type: 'refund', route: 'no-reason', amountFen: 1, shippingPaidBy: 'seller' }]) });
    const noReason = decision.remedies.filter((remedy) => remedy.type === 'refund' && remedy.route === 'no-reason');
    expect(noReason.map(({ amountFen, shippingPaidBy }) => ({ amountFen, shippingPaidBy }))).toEqual([
      { amountFen: 399_900, shippingPaidBy: 'consumer' },
      { amountFen: 1, shippingPaidBy: 'seller' },
    ]);
    expect(conflictsOf(decision)).toEqual([{ remedy: 'refund', route: 'no-reason', profileOffer: 'worse', terms: ['amount'], clause: 'policy:my-shop:extra' }]);
  });

  it('an offer better on every term replaces the floor’s: no conflict', () => {
    const decision = decide(DAY_10, { policy: granting([{ type: 'refund', amountFen: 399_900, shippingPaidBy: 'seller' }]) });
    expect(decision.remedies.filter((remedy) => remedy.type === 'refund')).toMatchObject([{ amountFen: 399_900, cites: ['policy:my-shop:extra'] }]);
    expect(decision.floorConflicts).toEqual([]);
  });
});

describe('reproduction 5: who performs is a term', () => {
  it('a refund with less depreciation sent to the repairer is performed by the seller (MP2001 Art. 3), with a conflict on the performer', () => {
    // 0.45% a day instead of 0.5%: 399,900 × 0.0045 × 10 = 17,995.5 → 17,996; 381,904 fen back.
    const policy = definePolicy(
      nationalPolicy,
      shopOf(CLAUSES, {
        parameters: {
          depreciationPerDay: { value: { numerator: 45, denominator: 10_000 }, clause: 'rate' },
          performers: { value: (base) => ({ ...base, refund: 'repairer' }), clause: 'who' },
        },
      }),
    );
    const decision = decide(DAY_10, { policy });
    const refunds = decision.remedies.filter((remedy) => remedy.type === 'refund');
    expect(refunds.map(({ amountFen, performedBy }) => ({ amountFen, performedBy }))).toEqual([{ amountFen: 381_904, performedBy: 'seller' }]);
    expect(refunds[0]!.cites).toContain('mp2001:art3');
    expect(conflictsOf(decision)).toEqual([{ remedy: 'refund', route: 'sanbao', profileOffer: 'worse', terms: ['performer'], clause: 'policy:my-shop:who' }]);
    expect(decision.floorConflicts[0]!.prevails).toContain('mp2001:art3');
    // No reason of the decision says the repairer refunds: the one remedy says the seller does.
    expect(decision.remedies.some((remedy) => remedy.type === 'refund' && remedy.performedBy === 'repairer')).toBe(false);
  });
});

describe('reproduction 11 (transport): an offered remedy keeps the law’s terms for its kind, even where the floor gives none', () => {
  it('a battery replaced in month 9 under a one-year promise carries no transport cap (消保法 Art. 24)', () => {
    // Sold Monday 2025-01-13; the built-in battery at 71% on Monday 2025-09-22. The law's battery
    // period (6 months) ended Monday 2025-07-14: the floor gives only a paid repair. The shop's
    // 12 months give a replacement (Art. 14 'exchange'), with the shop's 15-yuan postage cap.
    const policy = definePolicy(
      nationalPolicy,
      shopOf(CLAUSES, {
        parameters: {
          builtInBatteryMonths: { value: 12, clause: 'battery' },
          transportCapFen: { value: 1_500, clause: 'postage' },
        },
      }),
    );
    const battery = { claimDate: '2025-09-22', item: { kind: 'battery', builtIn: true }, sale: { date: '2025-01-13', priceFen: 429_900 }, fault: { codes: ['battery-failure'], batteryCapacityPct: 71 } };
    expect(decide(battery).verdict).toBe('paid-repair');
    const decision = decide(battery, { policy });
    expect(decision.verdict).toBe('exchange');
    const exchange = decision.remedies.find((remedy) => remedy.type === 'exchange')!;
    expect(exchange.shippingPaidBy).toBe('seller');
    expect(exchange.shippingCapFen).toBeUndefined();
    expect(exchange.cites).toContain('cpl2013:art24');
    expect(conflictsOf(decision)).toEqual([{ remedy: 'exchange', route: undefined, profileOffer: 'worse', terms: ['shipping-cap'], clause: 'policy:my-shop:postage' }]);
    expect(decision.floorConflicts[0]!.prevails).toContain('cpl2013:art24');
  });

  it('the same cap on a remedy the floor also gives: the floor’s uncapped offer stands alone', () => {
    const policy = definePolicy(nationalPolicy, shopOf(CLAUSES, { parameters: { transportCapFen: { value: 1_500, clause: 'postage' } } }));
    const decision = decide(DAY_10, { policy });
    for (const remedy of decision.remedies) expect(remedy.shippingCapFen, remedy.type).toBeUndefined();
    expect(conflictsOf(decision).every((conflict) => conflict.terms?.join() === 'shipping-cap' && conflict.clause === 'policy:my-shop:postage')).toBe(true);
    expect(conflictsOf(decision).map((conflict) => conflict.remedy)).toEqual(['exchange', 'refund', 'free-repair']);
  });
});
