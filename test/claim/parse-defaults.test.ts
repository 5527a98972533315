/**
 * `parseClaim` on valid claims: every default of `shared/spec/claim-format.md` ("Every block but
 * claimDate, item.kind and sale may be left out; defaults are the ones above").
 */
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/claim/parse';
import { periodStart } from '../../src/time/period-start';
import { claimWith, minimal, parsed } from './claims';

describe('parseClaim: defaults of a minimal claim', () => {
  it('fills in every default the spec names', () => {
    // toMatchObject: the spec lets fields be added; every default it names must be there.
    expect(parsed(minimal())).toMatchObject({
      claimDate: '2025-03-08',
      request: 'best',
      item: { kind: 'handset', boughtWith: 'handset', builtIn: true },
      sale: { date: '2025-03-01', channel: 'store', carrierContract: false, priceFen: 399900, noReasonExclusionConfirmed: false },
      proof: { invoice: 'original', warrantyCard: 'complete', otherDateProof: 'none' },
      fault: { inspection: 'confirmed', codes: [], cause: 'product' },
      condition: {
        liquid: 'none',
        impact: 'none',
        unauthorizedOpening: 'none',
        forceMajeure: false,
        cosmeticWear: false,
        labelsIntact: true,
        activated: false,
        accessoriesComplete: true,
        giftsMissingFen: 0,
      },
      history: { repairs: [], exchanges: [], replacements: 0 },
      stock: { sameModelAvailable: true, consumerAcceptsOtherModel: false },
    });
  });

  it('adds no optional field the claim did not give', () => {
    const claim = parsed(minimal());
    for (const key of ['brand', 'model', 'imei', 'factoryDate', 'standaloneFen']) expect(Object.hasOwn(claim.item, key), key).toBe(false);
    for (const key of ['paidFen']) expect(Object.hasOwn(claim.sale, key), key).toBe(false);
    for (const key of ['invoiceImei', 'warrantyCardImei']) expect(Object.hasOwn(claim.proof, key), key).toBe(false);
    expect(Object.hasOwn(claim.fault, 'batteryCapacityPct')).toBe(false);
    expect(Object.hasOwn(claim.condition, 'activationDate')).toBe(false);
  });

  it('lets a missing delivery date mean the sale date (spec: "deliveredDate … Default: sale.date")', () => {
    const claim = parsed(minimal());
    expect(claim.sale.deliveredDate === undefined || claim.sale.deliveredDate === claim.sale.date).toBe(true);
    expect(periodStart(claim.sale, 'delivery')).toEqual({ day: '2025-03-01', basis: 'sale' });
  });

  it('fills the defaults of a block given in part', () => {
    const claim = parsed(claimWith({ fault: { codes: ['no-power-on'] }, condition: { liquid: 'found' }, stock: { consumerAcceptsOtherModel: true } }));
    expect(claim.fault).toEqual({ inspection: 'confirmed', codes: ['no-power-on'], cause: 'product' });
    expect(claim.condition.liquid).toBe('found');
    expect(claim.condition.impact).toBe('none');
    expect(claim.condition.labelsIntact).toBe(true);
    expect(claim.stock).toEqual({ sameModelAvailable: true, consumerAcceptsOtherModel: true });
  });

  it('fills the defaults of each repair', () => {
    const claim = parsed(claimWith({ history: { repairs: [{ handedIn: '2025-03-02', returned: '2025-03-04' }] } }));
    expect(claim.history.repairs).toEqual([{ handedIn: '2025-03-02', returned: '2025-03-04', faultCodes: [], delayCause: 'none' }]);
    expect(Object.hasOwn(claim.history.repairs[0] ?? {}, 'fixed')).toBe(false);
    expect(claim.history.exchanges).toEqual([]);
    expect(claim.history.replacements).toBe(0);
  });

  it('keeps values that differ from the defaults, false and 0 included', () => {
    const claim = parsed(
      claimWith({
        request: 'no-reason-return',
        item: { kind: 'battery', boughtWith: 'separately', builtIn: false },
        sale: { date: '2025-03-01', deliveredDate: '2025-03-03', channel: 'online', carrierContract: true, priceFen: 0, paidFen: 0, noReasonExclusionConfirmed: true },
        proof: { invoice: 'none', warrantyCard: 'none', otherDateProof: 'carrier-record' },
        fault: { inspection: 'pending', codes: [], cause: 'unknown', batteryCapacityPct: 0 },
        condition: { labelsIntact: false, accessoriesComplete: false, giftsMissingFen: 0, activated: true, activationDate: '2025-03-03' },
        stock: { sameModelAvailable: false, consumerAcceptsOtherModel: false },
      }),
    );
    expect(claim.request).toBe('no-reason-return');
    expect(claim.item).toEqual({ kind: 'battery', boughtWith: 'separately', builtIn: false });
    expect(claim.sale).toEqual({
      date: '2025-03-01',
      deliveredDate: '2025-03-03',
      channel: 'online',
      carrierContract: true,
      priceFen: 0,
      paidFen: 0,
      noReasonExclusionConfirmed: true,
    });
    expect(claim.proof).toEqual({ invoice: 'none', warrantyCard: 'none', otherDateProof: 'carrier-record' });
    expect(claim.fault).toEqual({ inspection: 'pending', codes: [], cause: 'unknown', batteryCapacityPct: 0 });
    expect(claim.condition.labelsIntact).toBe(false);
    expect(claim.condition.activated).toBe(true);
    expect(claim.stock.sameModelAvailable).toBe(false);
  });

  it('accepts the full example of the spec, with a Luhn-valid IMEI in place of its example', () => {
    // The spec's example IMEI 860000000000002 fails Luhn (its check digit should be 9).
    const claim = parsed({
      claimDate: '2026-04-10',
      request: 'best',
      item: { kind: 'handset', brand: 'X', model: 'Y', imei: '860000000000009', factoryDate: '2025-10-01', boughtWith: 'handset', standaloneFen: 9900, builtIn: true },
      sale: { date: '2026-03-01', deliveredDate: '2026-03-03', channel: 'store', carrierContract: false, priceFen: 399900, paidFen: 379900, noReasonExclusionConfirmed: false },
      proof: { invoice: 'original', invoiceImei: '860000000000009', warrantyCard: 'complete', warrantyCardImei: '860000000000009', otherDateProof: 'none' },
      fault: { inspection: 'confirmed', codes: ['no-power-on'], cause: 'product', batteryCapacityPct: 72 },
      condition: {
        liquid: 'none',
        impact: 'none',
        unauthorizedOpening: 'none',
        forceMajeure: false,
        cosmeticWear: false,
        labelsIntact: true,
        activated: false,
        activationDate: '2026-02-20',
        accessoriesComplete: true,
        giftsMissingFen: 0,
      },
      history: {
        repairs: [{ handedIn: '2026-04-01', returned: '2026-04-05', faultCodes: ['no-power-on'], delayCause: 'none', fixed: true }],
        exchanges: [{ date: '2026-03-12' }],
        replacements: 0,
      },
      stock: { sameModelAvailable: true, consumerAcceptsOtherModel: false },
    });
    expect(claim.item.imei).toBe('860000000000009');
    expect(claim.history.repairs[0]?.fixed).toBe(true);
  });

  it('accepts the first and last days of the allowed range (1980-01-01, 2099-12-31)', () => {
    const claim = parsed(claimWith({ claimDate: '2099-12-31', sale: { date: '1980-01-01', priceFen: 1 } }));
    expect(claim.claimDate).toBe('2099-12-31');
    expect(claim.sale.date).toBe('1980-01-01');
  });

  it('accepts 29 February of a leap year, and a claim on the day of sale', () => {
    expect(parsed(claimWith({ claimDate: '2024-02-29', sale: { date: '2024-02-29', priceFen: 1 } })).claimDate).toBe('2024-02-29');
  });

  it('accepts the most money allowed (10 000 000 000 fen)', () => {
    expect(parsed(claimWith({ sale: { date: '2025-03-01', priceFen: 10_000_000_000 } })).sale.priceFen).toBe(10_000_000_000);
  });

  it('does not change its input', () => {
    const input = minimal();
    const copy = structuredClone(input);
    parsed(input);
    expect(input).toEqual(copy);
  });

  it('gives each parse its own default arrays', () => {
    const first = parsed(minimal());
    first.fault.codes.push('no-power-on');
    first.history.repairs.push({ handedIn: '2025-03-02', returned: null, faultCodes: [], delayCause: 'none' });
    first.history.exchanges.push({ date: '2025-03-02' });
    const second = parsed(minimal());
    expect(second.fault.codes).toEqual([]);
    expect(second.history.repairs).toEqual([]);
    expect(second.history.exchanges).toEqual([]);
  });

  it('is ok: true with the claim, and nothing else', () => {
    const result = parseClaim(minimal());
    expect(result.ok).toBe(true);
    expect(Object.keys(result).sort()).toEqual(['claim', 'ok']);
  });
});
