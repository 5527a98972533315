import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/claim/fast-parse';
import { claimSchema } from '../../src/claim/schema';
import { arbitraryClaim } from '../support/arbitrary-claim';
import { loadFixtures } from '../support/fixtures';

/**
 * The fast path must give zod's answer: the same claim (byte for byte, keys in the same order)
 * for what zod accepts, and no answer (hand over to zod) for anything zod rejects.
 */
function sameAsZod(input: unknown): void {
  const fast = fastParse(claimSchema, input);
  const zod = claimSchema.safeParse(input);
  if (zod.success) {
    expect(fast, 'the fast path accepts what zod accepts').toBeDefined();
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  } else {
    expect(fast, `the fast path rejects what zod rejects: ${zod.error.issues[0]?.message}`).toBeUndefined();
  }
}

/** A value of a wrong or borderline kind to put somewhere in a claim. */
const oddValue = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e308, '', 'x', '2025-02-30', '0000-01-01', '2025-1-1', [], {}),
  fc.string(),
  fc.integer(),
);

/** Replaces or removes one field, anywhere in the claim. */
function mutate(claim: Record<string, unknown>, path: string[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(claim) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') return copy;
    node = next as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))].filter((path) => path.length > 0);
}

describe('the fast parse path', () => {
  it('gives zod’s claim for every fixture', () => {
    for (const fixture of loadFixtures()) sameAsZod(fixture.claim);
  });

  it('gives zod’s claim for valid claims (fast-check)', () => {
    fc.assert(fc.property(arbitraryClaim, (claim) => sameAsZod(claim)), { seed: 1122, numRuns: 400 });
  });

  it('hands every claim zod rejects back to zod (fast-check: one field changed or removed)', () => {
    fc.assert(
      fc.property(arbitraryClaim, fc.nat(), oddValue, fc.boolean(), fc.string({ maxLength: 8 }), (claim, pick, value, remove, extra) => {
        const all = paths(claim);
        const path = all[pick % all.length]!;
        sameAsZod(mutate(claim, path, value, remove));
        sameAsZod(mutate(claim, [...path.slice(0, -1), `${extra}x`], value, false));
      }),
      { seed: 2211, numRuns: 600 },
    );
  });

  it('rejects keys that are prototype names, and symbols', () => {
    const base = loadFixtures()[0]!.claim;
    sameAsZod(JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(base).slice(1)}`));
    sameAsZod({ ...base, constructor: 1 });
    // A symbol key (not JSON) is left to zod, which ignores it: the fast path may decline, never differ.
    const withSymbol = Object.assign({ ...base }, { [Symbol('s')]: 1 });
    expect(fastParse(claimSchema, withSymbol)).toBeUndefined();
    expect(claimSchema.safeParse(withSymbol).success).toBe(true);
  });
});
