import fc from 'fast-check';
import { FAULT_CODES, ITEM_KINDS } from '../../src/index';
import { addDays } from '../../src/time/add-days';

/**
 * Valid claims from the fixtures' space: dates around the law's turning points (2001, 2014,
 * 2017, 2024), every item, proof, fault, damage, repair history, stock and request. Each is a
 * JSON value a shop could send; they satisfy the schema by construction.
 */

const saleDays = fc.oneof(
  fc.integer({ min: 0, max: 9000 }).map((n) => addDays('2001-10-01', n)),
  fc.constantFrom('2014-03-14', '2014-03-15', '2017-03-15', '2024-06-30', '2024-07-01', '2024-02-29'),
);
const luhn = (body: string) => {
  let sum = 0;
  for (let i = 0; i < 14; i += 1) {
    let d = body.charCodeAt(i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
};
const imeis = fc.stringMatching(/^86\d{12}$/).map(luhn);
const finding = fc.constantFrom('none', 'none', 'none', 'found', 'disputed');


/** One arbitrary valid claim. */
export const arbitraryClaim = fc
  .record({
    sale: saleDays,
    deliveredAfter: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })),
    claimAfter: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 450 })),
    kind: fc.oneof(fc.constant('handset' as const), fc.constantFrom(...ITEM_KINDS)),
    channel: fc.constantFrom('store', 'store', 'online', 'tv', 'phone', 'mail'),
    price: fc.integer({ min: 0, max: 2_000_000 }),
    paidDelta: fc.option(fc.integer({ min: -50_000, max: 0 }), { nil: undefined }),
    request: fc.constantFrom('best', 'best', 'refund', 'exchange', 'repair', 'no-reason-return'),
    invoice: fc.constantFrom('original', 'original', 'electronic', 'copy', 'none'),
    card: fc.constantFrom('complete', 'complete', 'incomplete', 'altered', 'none'),
    otherDateProof: fc.constantFrom('none', 'none', 'order-record', 'carrier-record'),
    imei: imeis,
    invoiceImeiOther: fc.option(imeis, { nil: undefined }),
    factoryBefore: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    inspection: fc.constantFrom('confirmed', 'confirmed', 'confirmed', 'not-found', 'pending'),
    codes: fc.uniqueArray(fc.constantFrom(...FAULT_CODES), { maxLength: 3 }),
    cause: fc.constantFrom('product', 'product', 'product', 'network', 'sim-data', 'unknown'),
    capacity: fc.option(fc.integer({ min: 40, max: 110 }), { nil: undefined }),
    liquid: finding,
    impact: finding,
    opening: finding,
    forceMajeure: fc.constantFrom(false, false, false, false, true),
    wear: fc.boolean(),
    labels: fc.boolean(),
    activated: fc.boolean(),
    activationBefore: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    confirmed: fc.boolean(),
    gifts: fc.constantFrom(0, 0, 0, 5_000),
    accessoriesComplete: fc.boolean(),
    carrier: fc.boolean(),
    repairs: fc.array(
      fc.record({ offset: fc.integer({ min: 0, max: 300 }), length: fc.integer({ min: 0, max: 80 }), open: fc.boolean(), cause: fc.constantFrom('none', 'repairer', 'parts'), code: fc.constantFrom(...FAULT_CODES) }),
      { maxLength: 3 },
    ),
    exchangeAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    replacements: fc.integer({ min: 0, max: 3 }),
    boughtWith: fc.constantFrom('handset', 'separately'),
    standalone: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: undefined }),
    builtIn: fc.boolean(),
    stock: fc.boolean(),
    acceptsOther: fc.boolean(),
  })
  .map((f) => {
    const delivered = addDays(f.sale, f.deliveredAfter);
    const claimDate = addDays(delivered, f.claimAfter);
    // Repairs in order, inside [delivered, claimDate]; only the last may be open.
    let cursor = delivered;
    const repairs: Record<string, unknown>[] = [];
    for (const [index, r] of f.repairs.entries()) {
      const handedIn = addDays(cursor, r.offset % Math.max(1, f.claimAfter + 1));
      if (handedIn > claimDate) break;
      const returned = addDays(handedIn, r.length);
      const last = index === f.repairs.length - 1;
      const open = (last && r.open) || returned > claimDate;
      if (open && !last) break;
      repairs.push({ handedIn, returned: open ? null : returned, faultCodes: [r.code], delayCause: r.cause });
      if (open) break;
      cursor = returned;
    }
    const exchange = f.exchangeAfter === undefined ? undefined : addDays(delivered, f.exchangeAfter);
    const claim: Record<string, unknown> = {
      claimDate,
      request: f.request,
      item: {
        kind: f.kind,
        imei: f.imei,
        ...(f.factoryBefore === undefined ? {} : { factoryDate: addDays(f.sale, -f.factoryBefore) }),
        boughtWith: f.boughtWith,
        ...(f.standalone === undefined ? {} : { standaloneFen: f.standalone }),
        builtIn: f.builtIn,
      },
      sale: {
        date: f.sale,
        ...(f.deliveredAfter === 0 ? {} : { deliveredDate: delivered }),
        channel: f.channel,
        carrierContract: f.carrier,
        priceFen: f.price,
        ...(f.paidDelta === undefined ? {} : { paidFen: Math.max(0, f.price + f.paidDelta) }),
        noReasonExclusionConfirmed: f.confirmed,
      },
      proof: {
        invoice: f.invoice,
        ...(f.invoiceImeiOther === undefined ? {} : { invoiceImei: f.invoiceImeiOther }),
        warrantyCard: f.card,
        otherDateProof: f.otherDateProof,
      },
      fault: {
        inspection: f.inspection,
        codes: f.codes,
        cause: f.cause,
        ...(f.capacity === undefined ? {} : { batteryCapacityPct: f.capacity }),
      },
      condition: {
        liquid: f.liquid,
        impact: f.impact,
        unauthorizedOpening: f.opening,
        forceMajeure: f.forceMajeure,
        cosmeticWear: f.wear,
        labelsIntact: f.labels,
        activated: f.activated,
        ...(f.activationBefore === undefined ? {} : { activationDate: addDays(f.sale, -f.activationBefore) }),
        accessoriesComplete: f.accessoriesComplete,
        giftsMissingFen: f.gifts,
      },
      history: {
        repairs,
        exchanges: exchange === undefined || exchange > claimDate ? [] : [{ date: exchange }],
        replacements: f.replacements,
      },
      stock: { sameModelAvailable: f.stock, consumerAcceptsOtherModel: f.acceptsOther },
    };
    return claim;
  });
