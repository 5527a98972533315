/**
 * Monotonicity: facts that can only hurt the consumer never help, facts that can only help never
 * hurt, holding everything else fixed (fast-check, fixed seeds, bounded runs).
 *
 * - a later claim date never gives a stronger remedy — with no repair still open (an open repair
 *   ripens into an exchange after 30 or 60 days in repair, MP2001 Arts. 16–17, I12);
 * - a damage finding (liquid, impact, unauthorised opening: none/disputed → found; force majeure)
 *   never gives a stronger remedy (exclusions items 4–6, I9);
 * - more proof (invoice none → copy → original; 三包凭证 none → complete) never gives a weaker one
 *   (I7) — except where the law itself says otherwise, see `factoryWithin90Days` below.
 * - a profile never gives less than cn-national: `test/policy/floor.property.test.ts` (not repeated).
 *
 * What "stronger" compares. The verdict is the remedy the consumer *asked for* when they are
 * entitled to it, else the strongest one open (design.md §3, MP2001 Arts. 11–12). So with a fixed
 * request the verdict can look weaker while the entitlement grew: fast-check found a mail-order
 * claim asking for an exchange, with no proof, whose verdict was the no-reason refund (the
 * exchange being unavailable), and with an invoice copy became "exchange" (the request met). The
 * entitlement is what the law gives, so every comparison decides the claim with `request: "best"`
 * (the strongest remedy open without conditions; the order refund > exchange > free-repair >
 * paid-repair > no-remedy) — and, beyond the brief, also checks that every remedy the weaker side
 * offers is offered by the stronger side on terms at least as good (as the floor test compares
 * offers: a refund offered only if the consumer declines an exchange, or less depreciation, is a
 * worse offer of the same refund, not a new remedy).
 *
 * The claims are `arbitraryClaim`'s, pushed towards the places where the law turns: claims with
 * no proof but a factory date, with only a copy or an order record, distance sales (the no-reason
 * return), and claim dates moved onto window ends (7, 15, 30, 60, 90 days, six months, one year,
 * and a year plus repair days). Decided under the national floor mostly, and under the shipped
 * profiles (each decided against the floor) some of the time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOffers } from '../../src/engine/compare-remedies';
import { STRENGTH } from '../../src/engine/types';
import { EARLIEST_DAY, LATEST_DAY } from '../../src/claim/primitives';
import { addDays } from '../../src/time/add-days';
import { decide, type Decision, parseClaim, type Policy, shippedPolicies } from '../support/api';
import { arbitraryClaim } from '../support/arbitrary-claim';

type Json = Record<string, any>;

const SEED = 20261124;
const RUNS = 1500;
const profiles = shippedPolicies.filter((policy) => policy.floor !== undefined);

/** Window ends, in days from receipt: 7 and 15 days, the 30/60 days in repair, 90 days, six months, a year, a year and the repair days. */
const TURNING_DAYS = [6, 7, 8, 9, 15, 16, 17, 30, 31, 60, 61, 90, 91, 181, 182, 183, 184, 365, 366, 367, 368, 369, 372, 395, 425, 455, 456];

/**
 * The claim pushed towards the law's turning points; every tweak keeps the claim valid. Half the
 * claims are made "clean" (a handset, a confirmed listed product fault, no damage) so that the
 * strong remedies are in play: on a claim that already gets nothing, no fact can weaken it. The
 * claim date is sometimes moved later onto a window end (later only: every other date of the
 * claim stays on or before it).
 */
const edgeClaim = fc
  .record({
    claim: arbitraryClaim,
    clean: fc.boolean(),
    proof: fc.constantFrom('keep', 'keep', 'keep', 'factory', 'copy', 'order-record', 'nothing'),
    factoryBefore: fc.integer({ min: 0, max: 200 }),
    channel: fc.constantFrom('keep', 'keep', 'online', 'store'),
    claimOn: fc.option(fc.constantFrom(...TURNING_DAYS), { nil: undefined }),
  })
  .map(({ claim, clean, proof, factoryBefore, channel, claimOn }) => {
    const c = structuredClone(claim) as Json;
    if (clean) {
      c.item.kind = 'handset';
      c.fault = { inspection: 'confirmed', codes: ['no-power-on'], cause: 'product' };
      Object.assign(c.condition, { liquid: 'none', impact: 'none', unauthorizedOpening: 'none', forceMajeure: false });
    }
    if (proof === 'factory') {
      c.proof = { invoice: 'none', warrantyCard: 'none', otherDateProof: 'none' };
      c.item.factoryDate = addDays(c.sale.date, -factoryBefore); // before the sale: valid
    } else if (proof === 'copy') {
      c.proof = { ...c.proof, invoice: 'copy', warrantyCard: 'none' };
    } else if (proof === 'order-record') {
      c.proof = { invoice: 'none', warrantyCard: 'none', otherDateProof: 'order-record' };
    } else if (proof === 'nothing') {
      c.proof = { invoice: 'none', warrantyCard: 'none', otherDateProof: 'none' };
      delete c.item.factoryDate;
    }
    if (channel !== 'keep') c.sale.channel = channel;
    if (claimOn !== undefined) {
      const day = addDays(c.sale.deliveredDate ?? c.sale.date, claimOn);
      if (day > c.claimDate) c.claimDate = day;
    }
    return c;
  });

const policyArb = fc.option(fc.constantFrom(...profiles), { nil: undefined, freq: 3 });

/** The decision the comparison reads: the claim as it is, asking for the best remedy. */
function entitlement(claim: Json, policy: Policy | undefined): Decision {
  return decide({ ...claim, request: 'best' }, policy === undefined ? {} : { policy });
}

const strength = (decision: Decision) => STRENGTH[decision.verdict];
/** A remedy as the floor test keys it: its type, and for a refund its route (三包 or no-reason). */
const remedyKey = (remedy: Decision['remedies'][number]) => (remedy.type === 'refund' ? `refund:${remedy.route}` : remedy.type);

/**
 * `weaker` gives no stronger verdict than `stronger`, and every remedy it offers is offered by
 * `stronger` on terms at least as good (`compareOffers`: unconditional beats conditional, the same
 * model beats another, the seller paying transport beats the consumer paying, then the amount).
 */
function expectNoStronger(weaker: Decision, stronger: Decision, what: string): void {
  expect(strength(weaker), `${what}: verdict ${weaker.verdict} vs ${stronger.verdict}`).toBeLessThanOrEqual(strength(stronger));
  for (const remedy of weaker.remedies) {
    const offer = stronger.remedies.find((candidate) => remedyKey(candidate) === remedyKey(remedy));
    expect(offer, `${what}: ${remedyKey(remedy)} offered only on the weaker side`).toBeDefined();
    expect(compareOffers(offer!, remedy), `${what}: ${remedyKey(remedy)} on better terms on the weaker side`).toBeGreaterThanOrEqual(0);
  }
}

const valid = (claim: Json) => {
  const parsed = parseClaim(claim);
  expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors.map((error) => error.message.en))).toBe(true);
};

describe('a later claim date never gives a stronger remedy (no repair still open)', () => {
  it('holds, moving the claim date later by 1–800 days or onto a window end', () => {
    const noOpenRepair = (claim: Json) => (claim.history.repairs as Json[]).every((repair) => repair.returned !== null);
    fc.assert(
      fc.property(
        edgeClaim.filter(noOpenRepair),
        fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 800 }), fc.constantFrom(...TURNING_DAYS)),
        fc.boolean(),
        policyArb,
        (claim, days, ontoWindowEnd, policy) => {
          let later = addDays(claim.claimDate, days);
          if (ontoWindowEnd) {
            const target = addDays(claim.sale.deliveredDate ?? claim.sale.date, days);
            if (target > claim.claimDate) later = target;
          }
          fc.pre(later <= LATEST_DAY);
          // Every other date of the claim is on or before the old claim date, so still valid.
          const moved = { ...structuredClone(claim), claimDate: later };
          valid(moved);
          expectNoStronger(entitlement(moved, policy), entitlement(claim, policy), `${claim.claimDate} → ${later}`);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('an open repair is why the repairs must be closed: it ripens into an exchange (Arts. 16–17)', () => {
    // Found by fast-check before the filter above was added: a repair open since the sale, for
    // the repairer's own reasons; after 30 days in repair the consumer is owed an exchange.
    // (A sale before 2024-07-01, so the days in repair do not also move the exchange window.)
    const claim = {
      claimDate: '2023-03-25',
      item: { kind: 'handset' },
      sale: { date: '2023-03-01', priceFen: 100000 },
      fault: { codes: ['no-power-on'] },
      history: { repairs: [{ handedIn: '2023-03-20', returned: null, faultCodes: ['no-power-on'], delayCause: 'repairer' }] },
    };
    const before = decide(claim);
    const after = decide({ ...claim, claimDate: '2023-05-01' });
    expect([before.verdict, after.verdict]).toEqual(['free-repair', 'exchange']);
    expect(strength(after)).toBeGreaterThan(strength(before));
    expect(after.remedies.map((remedy) => remedy.type)).toContain('exchange');
  });
});

describe('a later claim date never gives a stronger remedy: cases fast-check found', () => {
  it('nubia, a gift missing: waiting past the 7-day window must not improve the refund (seed 2 of a 15,000-run stress)', () => {
    // nubia starts the clocks at sign-for (2010-08-30, not the sale on 08-25) and its gifts clause
    // says a missing gift blocks any return, "a fault refund included". On 09-03 (inside nubia's
    // refund window) the clause blocks nubia's refunds, and the floor's Art. 19 refund (9 days of
    // depreciation from the sale) stands, with a floor conflict. On 09-07, four days later, the
    // clause no longer applies — its `appliesTo` only sees refunds granted by rules earlier in the
    // chain, and nubia's Art. 19 refund is granted after it — so nubia's own Art. 19 refund
    // (8 days from sign-for) is offered: 2,000 fen more than four days earlier.
    // Either reading of the clause keeps this monotone: it blocks the Art. 19 refund too (the floor's
    // 13-day refund on 09-07), or it does not (nubia's 4-day refund already on 09-03).
    const nubia = shippedPolicies.find((policy) => policy.id === 'nubia')!;
    const claim = {
      claimDate: '2010-09-03',
      item: { kind: 'handset' },
      sale: { date: '2010-08-25', deliveredDate: '2010-08-30', priceFen: 399900 },
      fault: { codes: ['no-power-on'] },
      condition: { giftsMissingFen: 5000 },
    };
    expectNoStronger(entitlement({ ...claim, claimDate: '2010-09-07' }, nubia), entitlement(claim, nubia), 'nubia 2010-09-03 → 2010-09-07');
  });
});

describe('a damage finding never gives a stronger remedy', () => {
  type Damage = 'liquid' | 'impact' | 'unauthorizedOpening' | 'forceMajeure';
  it('holds for none → found, disputed → found, and force majeure', () => {
    fc.assert(
      fc.property(edgeClaim, fc.constantFrom<Damage>('liquid', 'impact', 'unauthorizedOpening', 'forceMajeure'), policyArb, (claim, damage, policy) => {
        const condition = claim.condition as Json;
        fc.pre(damage === 'forceMajeure' ? condition.forceMajeure === false : condition[damage] !== 'found');
        const damaged = structuredClone(claim);
        damaged.condition[damage] = damage === 'forceMajeure' ? true : 'found';
        expectNoStronger(entitlement(damaged, policy), entitlement(claim, policy), `${damage}: ${String(condition[damage])} → found`);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it('holds when every finding is added at once', () => {
    fc.assert(
      fc.property(edgeClaim, policyArb, (claim, policy) => {
        const damaged = structuredClone(claim);
        Object.assign(damaged.condition, { liquid: 'found', impact: 'found', unauthorizedOpening: 'found', forceMajeure: true });
        const decision = entitlement(damaged, policy);
        expectNoStronger(decision, entitlement(claim, policy), 'all damage found');
        // Found damage takes every free 三包 remedy away (I9); the no-reason return has its own test.
        expect(decision.remedies.filter((remedy) => remedy.type !== 'paid-repair' && remedy.route !== 'no-reason')).toEqual([]);
      }),
      { seed: SEED + 2, numRuns: 500 },
    );
  });
});

describe('presenting more proof never gives a weaker remedy', () => {
  type Step = { readonly field: 'invoice' | 'warrantyCard'; readonly from: string; readonly to: string };
  const steps: Step[] = [
    { field: 'invoice', from: 'none', to: 'copy' },
    { field: 'invoice', from: 'copy', to: 'original' },
    { field: 'invoice', from: 'none', to: 'original' },
    { field: 'invoice', from: 'none', to: 'electronic' },
    { field: 'warrantyCard', from: 'none', to: 'complete' },
  ];

  /**
   * Where the property does not hold in law: with no invoice, card, copy or other proof of the
   * date, the period runs from 90 days after the IMEI's factory date (MP2001 lost-proof article;
   * I7). When that day is later than the sale (or delivery) date that documents would prove, the
   * consumer without documents has a later period end than one with them, and so can be owed a
   * free repair the documented claim is out of time for (see the example below). The generator
   * keeps the factory date at least 90 days before the sale in exactly that case — the less-proof
   * side falling back on the factory date — and nowhere else.
   *
   * "No proof" counts as the engine reads I7 and I8: an invoice or copy naming another IMEI proves
   * nothing for this phone, nor does a card naming another IMEI or an altered one (fast-check found
   * the invoice case: an original invoice for another phone, the card going none → complete).
   */
  function fallsBackOnFactory(claim: Json): boolean {
    const { proof, item } = claim;
    const forThisPhone = (imei: string | undefined) => imei === undefined || item.imei === undefined || imei === item.imei;
    const invoice = proof.invoice !== 'none' && forThisPhone(proof.invoiceImei);
    const card = (proof.warrantyCard === 'complete' || proof.warrantyCard === 'incomplete') && forThisPhone(proof.warrantyCardImei);
    return !invoice && !card && (proof.otherDateProof ?? 'none') === 'none' && item.factoryDate !== undefined;
  }

  function factoryWithin90Days(claim: Json): Json {
    const c = structuredClone(claim);
    const latestFactory = addDays(c.sale.date, -90);
    if (fallsBackOnFactory(c) && c.item.factoryDate > latestFactory && latestFactory >= EARLIEST_DAY) c.item.factoryDate = latestFactory;
    return c;
  }

  it('holds for invoice none → copy → original (and electronic), and card none → complete', () => {
    fc.assert(
      fc.property(edgeClaim, fc.constantFrom(...steps), policyArb, (claim, step, policy) => {
        const less = structuredClone(claim);
        less.proof[step.field] = step.from;
        const more = structuredClone(claim);
        more.proof[step.field] = step.to;
        const narrowed = factoryWithin90Days(less);
        more.item = narrowed.item; // the same factory date on both sides: all else held
        valid(narrowed);
        valid(more);
        expectNoStronger(entitlement(narrowed, policy), entitlement(more, policy), `${step.field}: ${step.from} → ${step.to}`);
      }),
      { seed: SEED + 3, numRuns: RUNS },
    );
  });

  it('the exception in law: a factory date under 90 days before the sale starts the period later than the invoice would', () => {
    // The shape fast-check found before the narrowing: no documents, factory date 9 days before
    // the sale; a year and a bit later the period proved by the factory date is still running
    // (free repair), the one proved by an invoice copy has ended (paid repair).
    const claim = {
      claimDate: '2026-01-20',
      item: { kind: 'handset', factoryDate: '2025-01-01' },
      sale: { date: '2025-01-10', priceFen: 100000 },
      fault: { codes: ['no-power-on'] },
      proof: { invoice: 'none', warrantyCard: 'none' },
    };
    const factoryOnly = decide(claim);
    expect(factoryOnly.dates.periodStart).toBe('2025-04-01');
    expect(factoryOnly.verdict).toBe('free-repair');
    for (const proof of [{ invoice: 'copy' }, { invoice: 'original' }, { warrantyCard: 'complete' }]) {
      const documented = decide({ ...claim, proof: { ...claim.proof, ...proof } });
      expect(documented.dates.periodStart).toBe('2025-01-10');
      expect(documented.verdict).toBe('paid-repair');
    }
  });

  it('why the comparison asks for the best remedy: a request can make more proof look weaker', () => {
    // A mail-order sale decided on the day it was made, asking for an exchange. With no proof the
    // exchange is denied and the verdict falls back on the strongest remedy open — the no-reason
    // refund; with an invoice copy the exchange is open and the request is met. The entitlement
    // grew, the verdict "weakened".
    const claim = {
      claimDate: '2024-03-01',
      request: 'exchange',
      item: { kind: 'handset' },
      sale: { date: '2024-03-01', channel: 'mail', priceFen: 100000 },
      fault: { codes: ['no-power-on'] },
      proof: { invoice: 'none', warrantyCard: 'none' },
    };
    const none = decide(claim);
    const copy = decide({ ...claim, proof: { ...claim.proof, invoice: 'copy' } });
    expect([none.verdict, copy.verdict]).toEqual(['refund', 'exchange']);
    expectNoStronger(entitlement(claim, undefined), entitlement({ ...claim, proof: { ...claim.proof, invoice: 'copy' } }, undefined), 'asking for the best');
  });
});
