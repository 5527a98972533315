/**
 * Dominance (design.md I29): an offer takes the floor's place only when it is at least as good on
 * every term. The two offers of issue 17's reproduction 4 (a 1-fen unconditional refund; a 1-fen
 * no-reason refund with the seller paying postage) must not dominate the law's, and no single
 * term may outrank another: checked term by term, and as a partial order on random offers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominates, type Offer, OFFER_TERMS, type OfferTerm, shortfallsOf } from '../../src/engine/dominance';

const ART19_REFUND: Offer = { amountFen: 379_905, conditions: ['consumer-declines-exchange'], shippingPaidBy: 'seller', performedBy: 'seller' };
const NO_REASON_REFUND: Offer = { amountFen: 399_900, shippingPaidBy: 'consumer', performedBy: 'seller' };

describe('shortfallsOf: each term on its own', () => {
  const floor: Offer = { amountFen: 100_000, conditions: ['consumer-declines-exchange'], shippingPaidBy: 'seller', shippingCapFen: 2_000, performedBy: 'seller' };
  const cases: [string, Offer, readonly OfferTerm[]][] = [
    ['the same offer', floor, []],
    ['a larger amount', { ...floor, amountFen: 100_001 }, []],
    ['a smaller amount', { ...floor, amountFen: 99_999 }, ['amount']],
    ['no amount', { ...floor, amountFen: undefined }, ['amount']],
    ['a NaN amount', { ...floor, amountFen: Number.NaN }, ['amount']],
    ['an infinite amount', { ...floor, amountFen: Number.POSITIVE_INFINITY }, ['amount']],
    ['an amount that is a string', { ...floor, amountFen: '999999' as unknown as number }, ['amount']],
    ['no conditions', { ...floor, conditions: undefined }, []],
    ['an empty list of conditions', { ...floor, conditions: [] }, []],
    ['a condition the floor does not have', { ...floor, conditions: ['consumer-declines-exchange', 'box-unopened'] }, ['conditions']],
    ['conditions that are not a list', { ...floor, conditions: 'consumer-declines-exchange' as unknown as string[] }, ['conditions']],
    ['the repairer paying the transport', { ...floor, shippingPaidBy: 'repairer' }, []],
    ['the consumer paying the transport', { ...floor, shippingPaidBy: 'consumer' }, ['shipping']],
    ['nobody named for the transport', { ...floor, shippingPaidBy: undefined }, ['shipping']],
    ['a payer that is no party', { ...floor, shippingPaidBy: 'nobody' }, ['shipping']],
    ['no cap', { ...floor, shippingCapFen: undefined }, []],
    ['a higher cap', { ...floor, shippingCapFen: 2_001 }, []],
    ['a lower cap', { ...floor, shippingCapFen: 1_999 }, ['shipping-cap']],
    ['a NaN cap', { ...floor, shippingCapFen: Number.NaN }, ['shipping-cap']],
    ['the repairer performing', { ...floor, performedBy: 'repairer' }, ['performer']],
    ['nobody named as performer', { ...floor, performedBy: undefined }, ['performer']],
    ['another model', { ...floor, otherModel: true }, ['model']],
    ['a model flag that is not a boolean', { ...floor, otherModel: 'yes' as unknown as boolean }, ['model']],
    ['the same model said explicitly', { ...floor, otherModel: false }, []],
    ['worse on everything', { amountFen: 0, conditions: ['x'], shippingPaidBy: 'consumer', shippingCapFen: 0, performedBy: 'repairer', otherModel: true }, OFFER_TERMS],
  ];
  for (const [name, offer, terms] of cases) it(`${name}: ${terms.length === 0 ? 'dominates' : terms.join(', ')}`, () => {
    expect(shortfallsOf(offer, floor)).toEqual(terms);
    expect(dominates(offer, floor)).toBe(terms.length === 0);
  });

  it('a floor of another model, with no performer named, asks neither of the offer', () => {
    expect(shortfallsOf({ otherModel: true, performedBy: 'repairer' }, { otherModel: true })).toEqual([]);
  });

  it('an offer with no cap against a floor with one is better, and a floor without a payer is beaten by any operator', () => {
    expect(shortfallsOf({ shippingPaidBy: 'seller' }, { shippingCapFen: 1_500 })).toEqual([]);
    expect(shortfallsOf({ shippingPaidBy: 'consumer' }, {})).toEqual(['shipping']);
  });

  it('a cap is no shortfall against a floor whose operator pays nothing (before 消保法 Art. 24, or a no-reason return)', () => {
    expect(shortfallsOf({ shippingPaidBy: 'seller', shippingCapFen: 1_500 }, {})).toEqual([]);
    expect(shortfallsOf({ shippingPaidBy: 'seller', shippingCapFen: 1_500 }, { shippingPaidBy: 'consumer' })).toEqual([]);
  });
});

describe('reproduction 4: one better term never makes up for a smaller amount', () => {
  it('an unconditional 1-fen refund does not replace the Art. 19 refund of ¥3,799.05', () => {
    const offer: Offer = { amountFen: 1, shippingPaidBy: 'seller', performedBy: 'seller' };
    expect(shortfallsOf(offer, ART19_REFUND)).toEqual(['amount']);
    expect(dominates(ART19_REFUND, offer)).toBe(false);
  });

  it('a 1-fen no-reason refund with the seller paying postage does not replace the ¥3,999 one', () => {
    const offer: Offer = { amountFen: 1, shippingPaidBy: 'seller', performedBy: 'seller' };
    expect(shortfallsOf(offer, NO_REASON_REFUND)).toEqual(['amount']);
    // and the law's does not dominate the offer either: both stand, the consumer chooses
    expect(shortfallsOf(NO_REASON_REFUND, offer)).toEqual(['shipping']);
  });
});

describe('dominance is a partial order', () => {
  const offer: fc.Arbitrary<Offer> = fc.record(
    {
      amountFen: fc.oneof(fc.integer({ min: 0, max: 500_000 }), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY)),
      conditions: fc.subarray(['consumer-declines-exchange', 'box-unopened']),
      shippingPaidBy: fc.constantFrom('seller', 'repairer', 'consumer'),
      shippingCapFen: fc.integer({ min: 0, max: 5_000 }),
      performedBy: fc.constantFrom('seller', 'repairer'),
      otherModel: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  // A cap is judged against the floor's payer, so its term reads both fields.
  const FIELDS: Readonly<Record<OfferTerm, readonly (keyof Offer)[]>> = {
    amount: ['amountFen'],
    conditions: ['conditions'],
    shipping: ['shippingPaidBy'],
    'shipping-cap': ['shippingCapFen', 'shippingPaidBy'],
    performer: ['performedBy'],
    model: ['otherModel'],
  };
  const only = (value: Offer, term: OfferTerm): Offer => Object.fromEntries(FIELDS[term].map((field) => [field, value[field]]));

  it('reflexive and transitive, and each term judged on its own: no term is ranked above another', () => {
    fc.assert(
      fc.property(offer, offer, offer, (a, b, c) => {
        expect(dominates(a, a)).toBe(true);
        if (dominates(a, b) && dominates(b, c)) expect(dominates(a, c)).toBe(true);
        // the shortfalls are exactly the terms on which the offer, compared on that term alone, falls short
        expect(shortfallsOf(a, b)).toEqual(OFFER_TERMS.filter((term) => shortfallsOf(only(a, term), only(b, term)).includes(term)));
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });

  it('hands back a frozen list', () => {
    expect(Object.isFrozen(shortfallsOf({ amountFen: 0 }, { amountFen: 1 }))).toBe(true);
    expect(Object.isFrozen(shortfallsOf({ amountFen: 1 }, { amountFen: 1 }))).toBe(true);
    expect(Object.isFrozen(OFFER_TERMS)).toBe(true);
  });
});
