/**
 * Issue 17, item 6: random profiles from `definePolicy` (test/support/arbitrary-policy.ts) with a
 * hostile rule of their own, on random claims. The hostile rules write into everything they are
 * handed, return garbage, throw, or grant an offer better on one term and worse on another. For
 * every decision that is made:
 *
 * (a) every remedy of the national decision is dominated by a remedy of the same type and route
 *     under the profile (at least as good on every term);
 * (b) every offer the profile alone makes that the decision does not hold on the same terms has a
 *     floor conflict for its remedy (nothing is set aside in silence);
 *
 * and a decision that is not made fails with `RuleFailedError` naming the hostile rule, never
 * anything else. Fixed seed; `SANBAO_PROPERTY_RUNS` sets the number of runs (CI runs more).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision, Remedy } from '../../src/claim/decision';
import { parseClaim } from '../../src/claim/parse';
import { dominates } from '../../src/engine/dominance';
import type { RemedyGrant, RuleContext } from '../../src/engine/types';
import { decideUnder } from '../../src/facade/decide';
import { decide, defineRule, definePolicy, grant, nationalPolicy, RuleFailedError } from '../support/api';
import { arbitraryClaim } from '../support/arbitrary-claim';
import { addDays } from '../../src/time/add-days';
import { arbitraryProfileSpec, changesOf, clauseId, type ProfileSpec } from '../support/arbitrary-policy';
import { remedyKey } from '../support/floor';

const SEED = 20261207;
const RUNS = Number(process.env.SANBAO_PROPERTY_RUNS ?? 40);

/** An offer on random terms: each term drawn on its own, so that one can be better and another worse than the law's. */
const arbitraryGrant: fc.Arbitrary<RemedyGrant> = fc
  .record(
    {
      type: fc.constantFrom('refund', 'exchange', 'free-repair', 'paid-repair'),
      route: fc.constantFrom('sanbao', 'no-reason'),
      amountFen: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 900_000 })),
      shippingPaidBy: fc.constantFrom('seller', 'repairer', 'consumer'),
      shippingCapFen: fc.integer({ min: 0, max: 3_000 }),
      conditions: fc.constantFrom([], ['consumer-declines-exchange']),
      otherModel: fc.boolean(),
    },
    { requiredKeys: ['type'] },
  )
  .map((offer) => (offer.type === 'refund' ? offer : { ...offer, route: undefined }) as RemedyGrant)
  .map((offer) => Object.fromEntries(Object.entries(offer).filter(([, value]) => value !== undefined)) as RemedyGrant);

type Hostility =
  | { readonly kind: 'writes'; readonly grants: readonly RemedyGrant[] }
  | { readonly kind: 'garbage'; readonly value: unknown }
  | { readonly kind: 'throws' }
  | { readonly kind: 'mixed'; readonly grants: readonly RemedyGrant[] }
  | { readonly kind: 'shadow'; readonly replaces: 'refund' | 'exchange'; readonly amountFen: number; readonly day: number };

/**
 * For a `shadow` rule, a claim on which the law gives what the rule replaces: the random claim's
 * sale (date, price, channel), a handset with a listed fault, claimed within the 15-day windows.
 */
function inWindows(input: unknown, day: number): unknown {
  const sale = (input as { sale: { date: string; priceFen: number; channel?: string } }).sale;
  return { claimDate: addDays(sale.date, day), item: { kind: 'handset' }, sale: { date: sale.date, priceFen: sale.priceFen, ...(sale.channel === undefined ? {} : { channel: sale.channel }) }, fault: { codes: ['no-power-on'] } };
}

/**
 * A rule that takes one of the law's remedies away in its own run and offers a worse one in its
 * place, which its own denial does not reach: a refund of a few fen that "replaces an exchange"
 * (a denial of `refund` spares it), or an exchange for another model (a denial of
 * `same-model-exchange` spares it). Whenever the law gives that remedy, the profile alone offers
 * the worse one, and the decision must set it aside with a floor conflict: the branch (b) checks.
 */
function shadowFindings(hostility: Extract<Hostility, { kind: 'shadow' }>, cite: string) {
  return hostility.replaces === 'refund'
    ? [
        { effect: 'deny', code: 'window.refund', cite, targets: ['refund'] },
        grant('window.refund', cite as never, [{ type: 'refund', route: 'sanbao', amountFen: hostility.amountFen, replacesExchange: true }]),
      ]
    : [
        { effect: 'deny', code: 'window.exchange', cite, targets: ['same-model-exchange'] },
        grant('window.exchange', cite as never, [{ type: 'exchange', otherModel: true }]),
      ];
}

const arbitraryHostility: fc.Arbitrary<Hostility> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('writes' as const), grants: fc.array(arbitraryGrant, { minLength: 1, maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('garbage' as const), value: fc.oneof(fc.constant(null), fc.constant([null]), fc.constant([{ effect: 'grant' }]), fc.anything()) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('throws' as const) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('mixed' as const), grants: fc.array(arbitraryGrant, { minLength: 1, maxLength: 3 }) }) },
  // Weighted so that offers set aside (branch (b)) are common, not a rarity (asserted below).
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('shadow' as const),
      replaces: fc.constantFrom('refund' as const, 'exchange' as const),
      amountFen: fc.integer({ min: 0, max: 500 }),
      day: fc.integer({ min: 0, max: 15 }),
    }),
  },
);

/** Tries to write into every object reachable from `value` (refused writes are what is expected: no throw here). */
function writeEverywhere(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const key of Object.keys(value)) {
    const inner = (value as Record<string, unknown>)[key];
    writeEverywhere(inner, seen);
    Reflect.set(value, key, typeof inner === 'number' ? -1 : typeof inner === 'string' ? 'x' : null);
  }
  if (Array.isArray(value)) Reflect.set(value, 'length', 0);
  Reflect.set(value, 'injected', true);
}

function hostileProfile(spec: ProfileSpec, hostility: Hostility) {
  const cite = clauseId(spec, 0);
  const rules = defineRule({
    id: 'prop-shop.hostile',
    describes: { 'zh-CN': '敌意规则', en: 'a hostile rule' },
    basis: [[{ from: '2001-11-15', tag: 'prop-shop', cites: [cite] }]],
    run: (context: RuleContext) => {
      switch (hostility.kind) {
        case 'writes':
          writeEverywhere(context);
          return hostility.grants.length === 0 ? [] : [grant('window.refund', cite, hostility.grants)];
        case 'garbage':
          return hostility.value as never;
        case 'throws':
          throw new Error('hostile');
        case 'mixed':
          return [grant('window.refund', cite, hostility.grants)];
        case 'shadow':
          return shadowFindings(hostility, cite) as never;
      }
    },
  });
  const changes = changesOf(spec);
  return definePolicy(nationalPolicy, { ...changes, rules: [...(changes.rules ?? []), ...rules] });
}

const TERMS = ['amountFen', 'conditions', 'shippingPaidBy', 'shippingCapFen', 'performedBy', 'otherModel'] as const;
/**
 * Whether the decision holds the profile's offer on its terms. An offer silent on who pays the
 * transport is completed with the law's answer, without a conflict (docs/policies.md, I30: it did
 * not put the cost on the consumer), so its transport is whatever the decision says.
 */
const sameTerms = (decided: Remedy, offer: Remedy) =>
  TERMS.every((term) => (term === 'shippingPaidBy' && offer.shippingPaidBy === undefined) || JSON.stringify(decided[term]) === JSON.stringify(offer[term]));

describe('hostile profiles (fast-check, fixed seed)', () => {
  it('the floor holds: every national remedy dominated under the profile, nothing set aside without a conflict, failures only RuleFailedError', () => {
    let decided = 0;
    let setAside = 0;
    fc.assert(
      fc.property(arbitraryClaim, arbitraryProfileSpec, arbitraryHostility, (random, spec, hostility) => {
        const input = hostility.kind === 'shadow' ? inWindows(random, hostility.day) : random;
        const policy = hostileProfile(spec, hostility);
        const national = decide(input);
        let under: Decision;
        try {
          under = decide(input, { policy });
        } catch (error) {
          expect(error).toBeInstanceOf(RuleFailedError);
          expect((error as InstanceType<typeof RuleFailedError>).rule).toBe('prop-shop.hostile');
          return;
        }
        decided += 1;
        // (a) every national remedy dominated by one of the same type and route.
        for (const remedy of national.remedies) {
          const offers = under.remedies.filter((candidate) => remedyKey(candidate) === remedyKey(remedy));
          expect(offers.some((offer) => dominates(offer, remedy)), `${remedyKey(remedy)} under ${JSON.stringify(hostility)}`).toBe(true);
        }
        // (b) an offer of the profile's alone not held on the same terms has a floor conflict.
        const parsed = parseClaim(input);
        if (!parsed.ok) throw new Error('arbitraryClaim made an invalid claim');
        const alone = decideUnder(policy, parsed.claim);
        for (const offer of alone.remedies) {
          if (under.remedies.some((remedy) => remedyKey(remedy) === remedyKey(offer) && sameTerms(remedy, offer))) continue;
          setAside += 1;
          expect(
            under.floorConflicts.some((conflict) => conflict.remedy === offer.type && (offer.type !== 'refund' || conflict.route === (offer.route ?? 'sanbao'))),
            `${remedyKey(offer)} set aside without a conflict`,
          ).toBe(true);
        }
        // The decision is one the national floor, decided again now, still agrees with.
        expect(JSON.stringify(decide(input))).toBe(JSON.stringify(national));
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The property is about decisions and offers set aside: the generators must produce both
    // (counted, not timed). Before the `shadow` rules, 3 runs in 200 set an offer aside.
    expect(decided).toBeGreaterThan(RUNS / 4);
    expect(setAside).toBeGreaterThan(RUNS / 10);
  }, Math.max(60_000, RUNS * 150)); // a guard against a hang, scaled with the runs (CI runs 2,000 on a loaded machine)
});
