/**
 * A profile clause that takes the transport of quality remedies off the operator
 * (`qualityTransportBySeller: false`) is set aside where the law puts it on them (消保法 Art. 24,
 * from 2014-03-15), and the decision says so: a floor conflict names the clause and the term
 * `shipping` on every quality remedy (design.md I30, docs/policies.md). Before 2014-03-15 the law
 * does not, and nothing is set aside.
 */
import { describe, expect, it } from 'vitest';
import { decide, definePolicy, nationalPolicy } from '../support/api';
import { shop } from '../support/shop';

const consumerPays = definePolicy(
  nationalPolicy,
  shop(
    { postage: { label: { 'zh-CN': '运费', en: 'postage' }, text: { 'zh-CN': '返修运费由顾客承担。', en: 'The consumer pays the postage of a return.' }, confidence: 'A' } },
    { id: 'shop-postage', title: { 'zh-CN': '本店运费规定', en: 'My shop’s postage terms' }, parameters: { qualityTransportBySeller: { value: false, clause: 'postage' } } },
  ),
);

const claimOn = (sale: string, claimDate: string): unknown => ({ claimDate, item: { kind: 'handset' }, sale: { date: sale, priceFen: 399_900 }, fault: { codes: ['no-power-on'] } });

describe('a clause putting quality transport on the consumer', () => {
  it('is set aside with a floor conflict naming it on every quality remedy (2025 sale, day 7)', () => {
    const claim = claimOn('2025-03-01', '2025-03-08');
    const under = decide(claim, { policy: consumerPays });
    const national = decide(claim);
    // The consumer gets the law's remedies, the operator paying the transport.
    expect(under.remedies).toEqual(national.remedies);
    expect(under.remedies.filter((remedy) => remedy.type !== 'paid-repair').every((remedy) => remedy.shippingPaidBy === 'seller')).toBe(true);
    const conflicts = under.floorConflicts.map((conflict) => [conflict.remedy, conflict.terms, conflict.clauses]);
    expect(conflicts).toEqual([
      ['refund', ['shipping'], ['policy:shop-postage:postage']],
      ['exchange', ['shipping'], ['policy:shop-postage:postage']],
      ['free-repair', ['shipping'], ['policy:shop-postage:postage']],
    ]);
    for (const conflict of under.floorConflicts) expect(conflict.prevails).toContain('cpl2013:art24');
  });

  it('is not set aside where the law leaves the transport open (a 2012 sale, before 消保法 Art. 24)', () => {
    const claim = claimOn('2012-03-01', '2012-03-08');
    const under = decide(claim, { policy: consumerPays });
    expect(under.floorConflicts).toEqual([]);
    expect(under.remedies).toEqual(decide(claim).remedies);
  });
});
