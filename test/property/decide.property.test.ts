/**
 * Properties of `decide` on every schema-valid claim (design.md §5): the engine never throws on
 * input that passed the schema, its output always satisfies the published decision schema, and
 * the same input gives the same bytes. fast-check with fixed seeds and bounded runs, so a failure
 * reproduces exactly (fast-check prints the seed and the shrunk claim).
 *
 * "No profile gives less than cn-national" is `test/policy/floor.property.test.ts`; it is not
 * repeated here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, decisionSchema, parseClaim, shippedPolicies } from '../support/api';
import { arbitraryClaim } from '../support/arbitrary-claim';

const SEED = 20261122;
const profiles = shippedPolicies.filter((policy) => policy.floor !== undefined);

/** A claim and the options to decide it with: mostly the national floor, sometimes a profile, sometimes counterfactuals. */
const claimAndOptions = fc.record({
  claim: arbitraryClaim,
  policy: fc.option(fc.constantFrom(...profiles), { nil: undefined, freq: 2 }),
  counterfactuals: fc.boolean(),
});

/** Decides, turning any throw into a failure that names the claim (fast-check shrinks it). */
function decideOrFail(claim: unknown, options: Parameters<typeof decide>[1]) {
  try {
    return decide(claim, options);
  } catch (error) {
    throw new Error(`decide threw on a claim the generator made valid: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

describe('decide on schema-valid claims (fast-check, fixed seed)', () => {
  it('the generator makes only claims the schema accepts (else the properties below prove nothing)', () => {
    fc.assert(
      fc.property(arbitraryClaim, (claim) => {
        const parsed = parseClaim(claim);
        expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors.map((error) => error.message.en))).toBe(true);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('never throws, and always passes decisionSchema (national, profiles, with and without counterfactuals)', () => {
    fc.assert(
      fc.property(claimAndOptions, ({ claim, policy, counterfactuals }) => {
        const decision = decideOrFail(claim, { ...(policy === undefined ? {} : { policy }), counterfactuals });
        const checked = decisionSchema.safeParse(decision);
        expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues.slice(0, 5))).toBe(true);
        // The decision is plain JSON: serialising and reading back loses nothing (no undefined
        // values in arrays, no NaN, no -0, no Dates, no class instances).
        expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
        expect(decision.policy.id).toBe(policy?.id ?? 'cn-national');
        expect(decision.dates.claimDate).toBe(claim.claimDate);
        expect(decision.counterfactuals !== undefined).toBe(counterfactuals);
      }),
      { seed: SEED, numRuns: 1200 },
    );
  });

  it('the same claim gives the same bytes: twice in a row, and on a structured clone', () => {
    fc.assert(
      fc.property(claimAndOptions, ({ claim, policy, counterfactuals }) => {
        const options = { ...(policy === undefined ? {} : { policy }), counterfactuals };
        const first = JSON.stringify(decide(claim, options));
        const again = JSON.stringify(decide(claim, options));
        const clone = JSON.stringify(decide(structuredClone(claim), options));
        const reparsed = JSON.stringify(decide(JSON.parse(JSON.stringify(claim)), options));
        expect(again).toBe(first);
        expect(clone).toBe(first);
        expect(reparsed).toBe(first);
      }),
      { seed: SEED + 1, numRuns: 500 },
    );
  });

  it('a decision does not depend on the claims decided before it (no state carried between calls)', () => {
    // The same claims decided in two different orders, interleaved with other claims: caches in
    // the engine (cite refs, day numbers, the calendar) must not leak one claim into another.
    fc.assert(
      fc.property(fc.array(arbitraryClaim, { minLength: 2, maxLength: 6 }), (claims) => {
        const forward = claims.map((claim) => JSON.stringify(decide(claim)));
        const backward = [...claims].reverse().map((claim) => JSON.stringify(decide(claim)));
        expect(backward.reverse()).toEqual(forward);
      }),
      { seed: SEED + 2, numRuns: 150 },
    );
  });

  it('does not change the claim it is given', () => {
    fc.assert(
      fc.property(claimAndOptions, ({ claim, policy, counterfactuals }) => {
        const before = structuredClone(claim);
        decide(claim, { ...(policy === undefined ? {} : { policy }), counterfactuals });
        expect(claim).toStrictEqual(before);
      }),
      { seed: SEED + 3, numRuns: 300 },
    );
  });

  it('a decision never aliases the input or another decision (mutating one leaves the next intact)', () => {
    fc.assert(
      fc.property(arbitraryClaim, (claim) => {
        const expected = JSON.stringify(decide(claim));
        const first = decide(claim) as unknown as Record<string, unknown>;
        // Vandalise every array and object reachable from the first decision…
        const vandalise = (value: unknown): void => {
          if (Array.isArray(value)) {
            value.forEach(vandalise);
            value.push('x');
          } else if (value !== null && typeof value === 'object') {
            if (Object.isFrozen(value)) return;
            for (const key of Object.keys(value)) vandalise((value as Record<string, unknown>)[key]);
            (value as Record<string, unknown>).vandalised = true;
          }
        };
        vandalise(first);
        // …and the next decision of the same claim is unaffected.
        expect(JSON.stringify(decide(claim))).toBe(expected);
      }),
      { seed: SEED + 4, numRuns: 200 },
    );
  });
});
