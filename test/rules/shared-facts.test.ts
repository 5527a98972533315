/**
 * Under a profile, the profile's run takes the floor's facts when the two parameter sets agree on
 * what the facts read (`factsAgree`, src/rules/shared-facts.ts). That is only right while
 * `factsOf` reads no parameter beyond `FACT_PARAMETERS`, and while `factsAgree` says "agree" only
 * where `factsOf` really gives the same facts: both are checked here, on random claims under every
 * shipped profile and under profiles that change one fact parameter each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/claim/parse';
import type { Claim } from '../../src/claim/schema';
import { receiptDateOf } from '../../src/claim/receipt-date';
import { factsOf } from '../../src/rules/facts';
import { paramsOn } from '../../src/engine/parameters';
import type { Params } from '../../src/rules/national-parameters';
import { FACT_PARAMETERS, factsAgree } from '../../src/rules/shared-facts';
import { defaultCalendar } from '../../src/facade/decide';
import { nationalPolicy } from '../../src/policy/national';
import { shippedPolicies } from '../../src/policy/registry';
import { arbitraryClaim } from '../support/arbitrary-claim';

const SEED = 20261207;

const paramsFor = (parameters: typeof nationalPolicy.parameters, claim: Claim): Params => paramsOn(parameters, claim.sale.date, receiptDateOf(claim)).params;

/** The facts as JSON (a window's counted repairs compared by their days, as test/engine/facts-reuse.test.ts does). */
const json = (claim: Claim, params: Params) =>
  JSON.stringify(factsOf(claim, params, defaultCalendar()), (key, value: unknown) => (key === 'repair' ? [(value as { handedIn: string }).handedIn, (value as { returned: unknown }).returned] : value));

/** The national parameters with one fact parameter changed, as a profile could. */
function changed(params: Params, name: (typeof FACT_PARAMETERS)[number]): Params {
  const other: Record<string, unknown> = { ...params };
  const value = params[name];
  if (name === 'noReason') other[name] = value === null ? { ...(paramsOn(nationalPolicy.parameters, '2025-01-01', '2025-01-01').params.noReason as object), channels: ['online', 'store'] } : null;
  else if (name === 'periodMonths') other[name] = { ...params.periodMonths, handset: 24, battery: 3 };
  else if (name === 'clockStart') other[name] = value === 'sale' ? 'delivery' : 'sale';
  else if (typeof value === 'boolean') other[name] = !value;
  else if (typeof value === 'number') other[name] = value + 30;
  else if (value === null) other[name] = 6;
  else if (name === 'refundWindow' || name === 'exchangeWindow') other[name] = { days: 30 };
  else throw new Error(`no change written for ${name}`);
  return other as unknown as Params;
}

const claims = () => fc.sample(arbitraryClaim, { numRuns: 300, seed: SEED }).flatMap((input) => {
  const parsed = parseClaim(input);
  return parsed.ok ? [parsed.claim] : [];
});

describe('the floor’s facts handed to a profile’s run', () => {
  it('factsOf reads no parameter beyond FACT_PARAMETERS', () => {
    const read = new Set<string>();
    for (const claim of claims()) {
      const params = paramsFor(nationalPolicy.parameters, claim);
      const watched = new Proxy(params, { get: (target, key, receiver) => (read.add(String(key)), Reflect.get(target, key, receiver)) });
      factsOf(claim, watched, defaultCalendar());
    }
    expect([...read].filter((name) => !(FACT_PARAMETERS as readonly string[]).includes(name))).toEqual([]);
    // Every listed parameter is read on some claim: the list holds nothing the facts do not use.
    expect(FACT_PARAMETERS.filter((name) => !read.has(name))).toEqual([]);
  });

  it('where factsAgree says the parameters agree, the facts are the same (every shipped profile, every fact parameter changed)', () => {
    let agreed = 0;
    let differed = 0;
    for (const claim of claims()) {
      const floor = paramsFor(nationalPolicy.parameters, claim);
      const others = [...shippedPolicies.map((policy) => paramsFor(policy.parameters, claim)), ...FACT_PARAMETERS.map((name) => changed(floor, name))];
      for (const params of others) {
        if (!factsAgree(floor, params, claim)) continue;
        agreed += 1;
        expect(json(claim, params)).toBe(json(claim, floor));
        if (params !== floor) differed += 1;
      }
    }
    // Not vacuous: many pairs of different parameter sets were found to agree on a claim.
    expect(differed).toBeGreaterThan(100);
    expect(agreed).toBeGreaterThan(differed);
  });

  it('a changed fact parameter is never taken as agreeing where it changes the facts', () => {
    let moved = 0;
    for (const claim of claims()) {
      const floor = paramsFor(nationalPolicy.parameters, claim);
      for (const name of FACT_PARAMETERS) {
        const other = changed(floor, name);
        if (json(claim, other) !== json(claim, floor)) {
          moved += 1;
          expect(factsAgree(floor, other, claim), `${name} on ${JSON.stringify(claim)}`).toBe(false);
        }
      }
    }
    expect(moved).toBeGreaterThan(100);
  });
});
