import { describe, expect, it } from 'vitest';
import { decide, safeDecide } from '../support/api';

const base = {
  item: { kind: 'handset', imei: '860000000000009' },
  sale: { date: '2025-06-02', priceFen: 399900 },
  fault: { codes: ['no-power-on'] },
};

describe('what would change the outcome', () => {
  it('lists the refund, with its last day, for a claim one day past the refund window', () => {
    // Sold Monday 2025-06-02; day 7 is Monday 06-09 (a working day); the claim comes on Tuesday 06-10.
    const decision = decide({ ...base, claimDate: '2025-06-10' }, { counterfactuals: true });
    expect(decision.verdict).toBe('exchange');
    const refund = decision.counterfactuals?.find((c) => c.fact === 'claimDate' && c.verdict === 'refund');
    expect(refund).toMatchObject({ to: '2025-06-09', direction: 'stronger', rule: 'window.refund', cite: 'mp2001:art11' });
    expect(refund?.message.en).toBe('A claim by 2025-06-09 (instead of 2025-06-10) would have been a refund (MP2001 Art. 11).');
    expect(refund?.message['zh-CN']).toContain('《移动电话机商品修理更换退货责任规定》第十一条');
  });

  it('lists the proof that would help a claim refused for lack of proof', () => {
    const decision = decide({ ...base, claimDate: '2025-06-12', proof: { invoice: 'none', warrantyCard: 'none' } }, { counterfactuals: true });
    expect(decision.verdict).toBe('paid-repair');
    const proof = (decision.counterfactuals ?? []).filter((c) => c.fact.startsWith('proof.')).map((c) => [c.fact, c.to, c.verdict]);
    // Day 10: an invoice or a complete card opens the Art. 12 exchange; a copy too (I7: exchange, not refund).
    expect(proof).toEqual([
      ['proof.invoice', 'original', 'exchange'],
      ['proof.warrantyCard', 'complete', 'exchange'],
    ]);
    expect(decision.missing).toEqual([{ fact: 'proof.invoice', would: 'exchange', value: 'original', rule: 'proof.none' }]);
  });

  it('lists no stronger outcome for a claim that is already a full refund', () => {
    const decision = decide({ ...base, claimDate: '2025-06-05' }, { counterfactuals: true });
    expect(decision.verdict).toBe('refund');
    expect(decision.remedies[0]).toMatchObject({ type: 'refund', amountFen: 399900 });
    expect((decision.counterfactuals ?? []).filter((c) => c.direction === 'stronger')).toEqual([]);
    // …but says when it would stop being one.
    expect(decision.counterfactuals?.[0]).toMatchObject({ fact: 'claimDate', to: '2025-06-10', verdict: 'exchange', direction: 'weaker' });
  });

  it('offers no earlier claim than the day the fault appeared (fault.appearedDate, issue 18 item 6)', () => {
    // Sold 2025-06-02: refund window to 06-09, exchange to 06-17. The claim comes 06-20.
    const unknown = decide({ ...base, claimDate: '2025-06-20' }, { counterfactuals: true });
    const earlier = (decision: typeof unknown) => (decision.counterfactuals ?? []).filter((c) => c.fact === 'claimDate' && String(c.to) < '2025-06-20').map((c) => [c.to, c.verdict]);
    // Without the day the fault appeared, both earlier claims are offered.
    expect(earlier(unknown)).toEqual([
      ['2025-06-17', 'exchange'],
      ['2025-06-09', 'refund'],
    ]);
    // The fault appeared on 06-12: a refund by 06-09 could not have been claimed; the exchange by 06-17 could.
    const appeared = decide({ ...base, claimDate: '2025-06-20', fault: { ...base.fault, appearedDate: '2025-06-12' } }, { counterfactuals: true });
    expect(earlier(appeared)).toEqual([['2025-06-17', 'exchange']]);
    expect(appeared.counterfactuals?.map((c) => c.message.en).join('\n')).not.toContain('by 2025-06-09');
    // It appeared after the exchange window too: no earlier claim at all.
    const late = decide({ ...base, claimDate: '2025-06-20', fault: { ...base.fault, appearedDate: '2025-06-18' } }, { counterfactuals: true });
    expect(earlier(late)).toEqual([]);
    expect(late.verdict).toBe(unknown.verdict);
  });

  it('refuses a fault that appeared after the claim or before the sale', () => {
    const after = safeDecide({ ...base, claimDate: '2025-06-20', fault: { ...base.fault, appearedDate: '2025-06-21' } });
    expect(after.ok).toBe(false);
    if (!after.ok) expect(after.errors.map((error) => error.path)).toEqual(['$.fault.appearedDate']);
    const before = safeDecide({ ...base, claimDate: '2025-06-20', fault: { ...base.fault, appearedDate: '2025-06-01' } });
    expect(before.ok).toBe(false);
  });

  it('never varies the sale date or the price, and stays bounded', () => {
    const decision = decide(
      {
        ...base,
        claimDate: '2025-08-20',
        condition: { liquid: 'disputed', impact: 'found' },
        fault: { codes: ['no-power-on'], inspection: 'pending' },
        history: { repairs: [{ handedIn: '2025-08-01', returned: null }] },
      },
      { counterfactuals: true },
    );
    const facts = new Set((decision.counterfactuals ?? []).map((c) => c.fact));
    expect(facts.has('sale.date')).toBe(false);
    expect(facts.has('sale.priceFen')).toBe(false);
    expect(decision.counterfactuals!.length).toBeLessThan(36);
  });

  it('is absent unless asked for', () => {
    expect(decide({ ...base, claimDate: '2025-06-10' }).counterfactuals).toBeUndefined();
  });
});
