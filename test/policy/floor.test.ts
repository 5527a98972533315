import { describe, expect, it } from 'vitest';
import { decide, policyById } from '../support/api';

/** The must-holds for the floor, on one claim decided three ways. */
describe('the statutory floor', () => {
  const base = {
    item: { kind: 'handset', brand: 'Acme', model: 'A5', imei: '356938035643809' },
    sale: { date: '2025-01-06', priceFen: 199900 },
    fault: { codes: ['no-power-on'] },
  };
  // Sold Monday 2025-01-06. Month 8 runs 2025-08-07 … 09-06; 2025-08-20 is a Wednesday.
  const month8 = { ...base, claimDate: '2025-08-20' };
  // Day 20 after the sale: 2025-01-26 (a Sunday worked for Spring Festival, 调休).
  const day20 = { ...base, claimDate: '2025-01-26' };

  it('gives free repair in month 8 under seed-tiered, with a floor conflict naming its clause', () => {
    const decision = decide(month8, { policy: policyById('seed-tiered')! });
    expect(decision.verdict).toBe('free-repair');
    expect(decision.floorConflicts).toHaveLength(1);
    expect(decision.floorConflicts[0]).toMatchObject({
      remedy: 'free-repair',
      profileGives: 'paid-repair',
      clause: 'policy:seed-tiered:2.2-repair',
    });
    expect(decision.floorConflicts[0]!.prevails).toEqual(expect.arrayContaining(['mp2001:period', 'mp2001:art3', 'mp2001:art4']));
  });

  it('gives an exchange on day 20 under oppo (30-day window), citing its clause', () => {
    const decision = decide(day20, { policy: policyById('oppo')! });
    expect(decision.verdict).toBe('exchange');
    expect(decision.remedies.find((remedy) => remedy.type === 'exchange')?.cites).toContain('policy:oppo:exchange-window');
    expect(decision.floorConflicts).toEqual([]);
  });

  it('gives free repair on day 20 under cn-national', () => {
    expect(decide(day20).verdict).toBe('free-repair');
  });
});
