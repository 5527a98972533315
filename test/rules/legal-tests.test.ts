/**
 * The legal tests the facts apply live in the rules (issue 9, item 5): the battery's capacity
 * test (I17, src/rules/fault.ts), what the documents prove (I7, I8, src/rules/proof.ts) and whether
 * MP2001 governs the sale (src/rules/law-in-force.ts). Each is checked at its edges, worked out
 * from the article and the interpretation, not from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/claim/schema';
import { factsOf } from '../../src/rules/facts';
import { batteryCapacityFault, classifyFault } from '../../src/rules/fault';
import { mp2001Governs } from '../../src/rules/law-in-force';
import { proofOf } from '../../src/rules/proof';
import { defaultCalendar, nationalParameters, paramsOn, parseClaim } from '../support/api';

const PHONE = '869129405678969';
const OTHER = '869129405678977';

function claimOf(input: Record<string, unknown>): Claim {
  const parsed = parseClaim({ claimDate: '2025-03-10', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 100_000 }, fault: { codes: ['no-power-on'] }, ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.claim;
}
const params = paramsOn(nationalParameters, '2025-03-01', '2025-03-01').params;

describe('the battery capacity test (Appendix 3 battery row, I17)', () => {
  it('is a fault below 80% of rated, none at or above it', () => {
    expect(batteryCapacityFault(79, 80)).toBe(true);
    expect(batteryCapacityFault(79.9, 80)).toBe(true);
    expect(batteryCapacityFault(80, 80)).toBe(false);
    expect(batteryCapacityFault(81, 80)).toBe(false);
  });

  it('the law sets the threshold at 80', () => {
    expect(params.batteryFaultBelowPct).toBe(80);
  });

  const battery = (pct: number | undefined, codes: string[] = []) =>
    classifyFault(claimOf({ item: { kind: 'battery' }, fault: { codes, ...(pct === undefined ? {} : { batteryCapacityPct: pct }) } }), params, true);

  it('makes a battery measured at 79% a listed fault without any code, and one at 80% or 81% none', () => {
    expect([battery(79).batteryCapacityLow, battery(79).hasListed, battery(79).none]).toEqual([true, true, false]);
    expect([battery(80).batteryCapacityLow, battery(80).hasListed, battery(80).none]).toEqual([false, false, true]);
    expect([battery(81).batteryCapacityLow, battery(81).hasListed, battery(81).none]).toEqual([false, false, true]);
  });

  it('leaves a battery at 81% that fails after a full charge with its listed fault', () => {
    expect([battery(81, ['battery-failure']).hasListed, battery(81, ['battery-failure']).listed]).toEqual([true, ['battery-failure']]);
  });

  it('has no answer for a battery not measured, nor for a handset whatever its capacity', () => {
    expect(battery(undefined, ['battery-failure']).batteryCapacityLow).toBeUndefined();
    expect(classifyFault(claimOf({ fault: { codes: ['no-power-on'], batteryCapacityPct: 50 } }), params, true).batteryCapacityLow).toBeUndefined();
  });

  it('is the test the facts apply, with the profile threshold', () => {
    const claim = claimOf({ item: { kind: 'battery' }, fault: { codes: [], batteryCapacityPct: 84 } });
    expect(factsOf(claim, params, defaultCalendar()).fault.batteryCapacityLow).toBe(false);
    expect(factsOf(claim, { ...params, batteryFaultBelowPct: 85 }, defaultCalendar()).fault.batteryCapacityLow).toBe(true);
  });
});

describe('what the documents prove (exclusions items 2–3, lost-invoice article; I7, I8)', () => {
  const level = (proof: Record<string, unknown>, item: Record<string, unknown> = {}) => proofOf(claimOf({ item: { kind: 'handset', ...item }, proof })).level;
  const nothing = { invoice: 'none', warrantyCard: 'none' };

  it('documents: an original or electronic invoice, or a complete or incomplete card, each alone', () => {
    expect(level({ invoice: 'original', warrantyCard: 'none' })).toBe('documents');
    expect(level({ invoice: 'electronic', warrantyCard: 'none' })).toBe('documents');
    expect(level({ invoice: 'none', warrantyCard: 'complete' })).toBe('documents');
    expect(level({ invoice: 'none', warrantyCard: 'incomplete' })).toBe('documents');
  });

  it('secondary: only an invoice copy, or an order or carrier record of the date', () => {
    expect(level({ ...nothing, invoice: 'copy' })).toBe('secondary');
    expect(level({ ...nothing, otherDateProof: 'order-record' })).toBe('secondary');
    expect(level({ ...nothing, otherDateProof: 'carrier-record' })).toBe('secondary');
    // An altered card proves nothing; the copy beside it still does.
    expect(level({ invoice: 'copy', warrantyCard: 'altered' })).toBe('secondary');
  });

  it('factory: no document, but the IMEI gives a factory date', () => {
    expect(level(nothing, { factoryDate: '2024-12-01' })).toBe('factory');
    expect(level({ invoice: 'none', warrantyCard: 'altered' }, { factoryDate: '2024-12-01' })).toBe('factory');
  });

  it('none: nothing at all', () => {
    expect(level(nothing)).toBe('none');
    expect(level({ invoice: 'none', warrantyCard: 'altered' })).toBe('none');
  });

  it('an invoice or card naming another IMEI proves nothing for this phone (I8)', () => {
    const proof = (over: Record<string, unknown>) => proofOf(claimOf({ item: { kind: 'handset', imei: PHONE }, proof: over }));
    const wrongInvoice = proof({ invoice: 'original', invoiceImei: OTHER, warrantyCard: 'none' });
    expect([wrongInvoice.level, wrongInvoice.invoiceImeiMismatch]).toEqual(['none', true]);
    expect(proof({ invoice: 'copy', invoiceImei: OTHER, warrantyCard: 'none' }).level).toBe('none');
    const wrongCard = proof({ invoice: 'none', warrantyCard: 'complete', warrantyCardImei: OTHER });
    expect([wrongCard.level, wrongCard.cardImeiMismatch]).toEqual(['none', true]);
    expect(proof({ invoice: 'original', invoiceImei: PHONE, warrantyCard: 'none' }).level).toBe('documents');
    // The phone's own IMEI unknown: nothing to mismatch.
    expect(proofOf(claimOf({ proof: { invoice: 'original', invoiceImei: OTHER, warrantyCard: 'none' } })).invoiceImeiMismatch).toBe(false);
  });

  it('records an altered card whatever else proves the sale', () => {
    expect(proofOf(claimOf({ proof: { invoice: 'original', warrantyCard: 'altered' } }))).toEqual({
      level: 'documents',
      invoiceImeiMismatch: false,
      cardImeiMismatch: false,
      cardAltered: true,
    });
  });
});

describe('whether MP2001 governs the sale', () => {
  it('from 2001-11-15, the day its version of law.in-force begins', () => {
    expect(mp2001Governs('2001-11-14')).toBe(false);
    expect(mp2001Governs('2001-11-15')).toBe(true);
    expect(mp2001Governs('2025-03-01')).toBe(true);
  });
});
