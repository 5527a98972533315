/**
 * Claims on which the claim's JSON Schema and `parseClaim` must agree, written by hand from the
 * claim format (docs/claim-format.md), each with the answer: `valid`, or `invalid`; and the few
 * the schema cannot judge (`beyondSchema`: the IMEI check digit, the chronology), which the
 * schema accepts and the library refuses, as the schema's description says.
 */
export interface CorpusClaim {
  readonly name: string;
  readonly claim: unknown;
  readonly answer: 'valid' | 'invalid' | 'beyond-schema';
}

const base = { claimDate: '2025-03-08', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 } } as const;
const withItem = (item: Record<string, unknown>) => ({ ...base, item: { kind: 'handset', ...item } });
const withSale = (sale: Record<string, unknown>) => ({ ...base, sale: { ...base.sale, ...sale } });
const repair = (handedIn: string, returned: string | null, more: Record<string, unknown> = {}) => ({ handedIn, returned, ...more });

export const CLAIM_CORPUS: readonly CorpusClaim[] = [
  { name: 'the least claim', claim: base, answer: 'valid' },
  {
    name: 'every field',
    answer: 'valid',
    claim: {
      claimDate: '2025-06-10',
      request: 'exchange',
      item: { kind: 'handset', brand: '华为', model: 'Mate', imei: '860000000000009', factoryDate: '2025-01-10', boughtWith: 'handset', builtIn: true },
      sale: { date: '2025-03-01', deliveredDate: '2025-03-03', channel: 'online', carrierContract: false, priceFen: 399900, paidFen: 379900, noReasonExclusionConfirmed: false },
      proof: {
        invoice: 'electronic',
        invoiceImei: '860000000000009',
        warrantyCard: 'complete',
        warrantyCardImei: '860000000000009',
        otherDateProof: 'order-record',
        warrantyCardDate: '2025-03-01',
        invoiceNamesModelAndImei: true,
        sellerNamesMatch: true,
        ownerReachable: true,
      },
      fault: { inspection: 'confirmed', codes: ['no-power-on', 'display-failure'], cause: 'product', batteryCapacityPct: 72.5 },
      condition: {
        liquid: 'none',
        impact: 'disputed',
        unauthorizedOpening: 'none',
        forceMajeure: false,
        cosmeticWear: false,
        labelsIntact: true,
        activated: true,
        activationDate: '2025-03-02',
        accessoriesComplete: true,
        giftsMissingFen: 0,
        kit: ['handset', 'charger', 'box'],
      },
      history: { repairs: [repair('2025-04-01', '2025-04-05', { faultCodes: ['no-power-on'], delayCause: 'parts', fixed: false }), repair('2025-06-01', null)], exchanges: [{ date: '2025-03-20' }], replacements: 0 },
      stock: { sameModelAvailable: false, consumerAcceptsOtherModel: true },
    },
  },
  { name: 'an accessory bought with the handset, with its stand-alone price', claim: withItem({ kind: 'charger', standaloneFen: 9900, boughtWith: 'handset' }), answer: 'valid' },
  { name: '29 February of a leap year', claim: { ...base, claimDate: '2024-03-08', sale: { date: '2024-02-29', priceFen: 1 } }, answer: 'valid' },
  { name: '29 February 2000 (a leap year though a century)', claim: { ...base, claimDate: '2000-03-08', sale: { date: '2000-02-29', priceFen: 1 } }, answer: 'valid' },
  { name: 'the first and last days allowed', claim: { ...base, claimDate: '2099-12-31', sale: { date: '1980-01-01', priceFen: 0 } }, answer: 'valid' },
  { name: 'the most money', claim: withSale({ priceFen: 10_000_000_000 }), answer: 'valid' },
  { name: '200 characters of brand', claim: withItem({ brand: '华'.repeat(200) }), answer: 'valid' },
  { name: '200 emoji of brand (counted as characters, not UTF-16 units)', claim: withItem({ brand: '😀'.repeat(200) }), answer: 'valid' },
  { name: 'battery capacity at its bounds', claim: { ...base, fault: { batteryCapacityPct: 200 } }, answer: 'valid' },
  { name: 'an open repair, last', claim: { ...base, history: { repairs: [repair('2025-03-02', '2025-03-03'), repair('2025-03-05', null)] } }, answer: 'valid' },
  { name: 'a purchase subsidy, part of the price', claim: withSale({ subsidyFen: 50000 }), answer: 'valid' },
  { name: 'twenty replacements', claim: { ...base, history: { replacements: 20 } }, answer: 'valid' },

  { name: 'not an object', claim: [base], answer: 'invalid' },
  { name: 'null', claim: null, answer: 'invalid' },
  { name: 'a string', claim: 'claim', answer: 'invalid' },
  { name: 'no claimDate', claim: { item: base.item, sale: base.sale }, answer: 'invalid' },
  { name: 'no item kind', claim: { ...base, item: {} }, answer: 'invalid' },
  { name: 'no sale price', claim: { ...base, sale: { date: '2025-03-01' } }, answer: 'invalid' },
  { name: 'an unknown key', claim: { ...base, claimdate: '2025-03-08' }, answer: 'invalid' },
  { name: 'an unknown key in a block', claim: withSale({ price: 3999 }), answer: 'invalid' },
  { name: 'an unknown request', claim: { ...base, request: 'money-back' }, answer: 'invalid' },
  { name: 'an unknown item kind', claim: withItem({ kind: 'tablet' }), answer: 'invalid' },
  { name: 'an unknown fault code', claim: { ...base, fault: { codes: ['explodes'] } }, answer: 'invalid' },
  { name: 'twenty-one fault codes', claim: { ...base, fault: { codes: Array(21).fill('other') } }, answer: 'invalid' },
  { name: '30 February', claim: { ...base, claimDate: '2025-02-30' }, answer: 'invalid' },
  { name: '29 February of a common year', claim: { ...base, claimDate: '2025-03-08', sale: { date: '2023-02-29', priceFen: 1 } }, answer: 'invalid' },
  { name: '31 April', claim: withSale({ date: '2025-04-31' }), answer: 'invalid' },
  { name: 'a date before 1980', claim: withSale({ date: '1979-12-31' }), answer: 'invalid' },
  { name: 'a date after 2099', claim: { ...base, claimDate: '2100-01-01' }, answer: 'invalid' },
  { name: 'a date without its zeros', claim: { ...base, claimDate: '2025-3-8' }, answer: 'invalid' },
  { name: 'a date and time', claim: { ...base, claimDate: '2025-03-08T00:00:00Z' }, answer: 'invalid' },
  { name: 'a negative price', claim: withSale({ priceFen: -1 }), answer: 'invalid' },
  { name: 'a fraction of a fen', claim: withSale({ priceFen: 399900.5 }), answer: 'invalid' },
  { name: 'a price over the bound', claim: withSale({ priceFen: 10_000_000_001 }), answer: 'invalid' },
  { name: 'a price as a string', claim: withSale({ priceFen: '399900' }), answer: 'invalid' },
  { name: '201 characters of brand', claim: withItem({ brand: 'a'.repeat(201) }), answer: 'invalid' },
  { name: 'a 14-digit IMEI', claim: withItem({ imei: '86000000000000' }), answer: 'invalid' },
  { name: 'an IMEI as a number', claim: withItem({ imei: 860000000000009 }), answer: 'invalid' },
  { name: 'battery capacity over 200%', claim: { ...base, fault: { batteryCapacityPct: 200.5 } }, answer: 'invalid' },
  { name: 'twenty-one replacements', claim: { ...base, history: { replacements: 21 } }, answer: 'invalid' },
  { name: 'half a replacement', claim: { ...base, history: { replacements: 0.5 } }, answer: 'invalid' },
  { name: 'fifty-one repairs', claim: { ...base, history: { repairs: Array(51).fill(repair('2025-03-02', '2025-03-03')) } }, answer: 'invalid' },
  { name: 'a repair without its hand-in day', claim: { ...base, history: { repairs: [{ returned: '2025-03-03' }] } }, answer: 'invalid' },
  { name: 'a repair without its return (null is needed for an open one)', claim: { ...base, history: { repairs: [{ handedIn: '2025-03-03' }] } }, answer: 'invalid' },
  { name: 'a kit item not on the list', claim: { ...base, condition: { kit: ['case'] } }, answer: 'invalid' },
  { name: 'a boolean as a string', claim: { ...base, stock: { sameModelAvailable: 'true' } }, answer: 'invalid' },

  { name: 'an IMEI whose check digit is wrong', claim: withItem({ imei: '860000000000002' }), answer: 'beyond-schema' },
  { name: "an invoice IMEI whose check digit is wrong", claim: { ...base, proof: { invoiceImei: '860000000000001' } }, answer: 'beyond-schema' },
  { name: 'a claim before the sale', claim: { ...base, claimDate: '2025-02-28' }, answer: 'beyond-schema' },
  { name: 'a delivery after the claim', claim: withSale({ deliveredDate: '2025-03-09' }), answer: 'beyond-schema' },
  { name: 'a repair returned before it was handed in', claim: { ...base, history: { repairs: [repair('2025-03-05', '2025-03-04')] } }, answer: 'beyond-schema' },
  { name: 'an open repair that is not the last', claim: { ...base, history: { repairs: [repair('2025-03-02', null), repair('2025-03-05', '2025-03-06')] } }, answer: 'beyond-schema' },
  { name: 'a subsidy above the price', claim: withSale({ subsidyFen: 400000 }), answer: 'beyond-schema' },
  { name: 'exchanges out of order', claim: { ...base, history: { exchanges: [{ date: '2025-03-05' }, { date: '2025-03-03' }] } }, answer: 'beyond-schema' },
];
