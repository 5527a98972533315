/**
 * The exported zod schemas cannot be frozen (zod memoises into them), so the library parses with a
 * private copy (src/claim/private-schema.ts). Here: the copy parses exactly as the exported schema
 * does, and after a caller rewrites the exported claim schema in every way it can (its parse
 * function, a field's schema, a field's checks, a pattern's position), decisions and input errors
 * are what they were before.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { claimSchema, decide, parseClaim, safeDecide } from '../support/api';
import { privateCopy } from '../../src/claim/private-schema';
import { benchClaims } from '../bench/claims';

const inputs = benchClaims(300);
const invalid: unknown[] = [
  { claimDate: '2025-02-30', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: -1 } },
  { claimDate: '2025-03-08', item: { kind: 'tablet' }, sale: { date: '2025-03-09', priceFen: 1.5 }, fault: { codes: ['x'] } },
  { claimDate: '2025-03-08', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 }, colour: 'red' },
  'not a claim',
];

describe('the claim schema the library parses with is its own', () => {
  it('a private copy parses every claim, valid or not, as the exported schema does', () => {
    const copy = privateCopy(claimSchema);
    expect(copy).not.toBe(claimSchema);
    for (const input of [...inputs, ...invalid]) {
      const mine = copy.safeParse(input);
      const theirs = claimSchema.safeParse(input);
      expect(mine.success).toBe(theirs.success);
      if (mine.success && theirs.success) expect(mine.data).toEqual(theirs.data);
      else expect(mine.error?.issues).toEqual(theirs.error?.issues);
    }
  });

  it('writing into the exported claim schema changes no decision and no input error', () => {
    const before = inputs.map((input) => JSON.stringify(decide(input, { policy: 'huawei' })));
    const errorsBefore = invalid.map((input) => JSON.stringify(safeDecide(input)));
    const internals = claimSchema._zod as unknown as { parse: unknown; run: unknown; def: { shape: Record<string, z.ZodMiniType> } };
    // Every kind of write a caller can make: a field's schema replaced, its checks emptied, the
    // schema's own parse and run replaced, a pattern moved.
    const shape = internals.def.shape;
    shape.claimDate = z.string();
    (shape.sale!._zod.def as unknown as { shape: Record<string, unknown> }).shape.priceFen = z.unknown();
    for (const field of Object.values(shape)) {
      const checks = (field._zod.def as unknown as { checks?: unknown[] }).checks;
      if (checks !== undefined) checks.length = 0;
      const pattern = (field._zod as unknown as { pattern?: RegExp }).pattern;
      if (pattern !== undefined) pattern.lastIndex = 3;
    }
    internals.parse = (payload: { value: unknown; issues: unknown[] }) => ({ ...payload, value: { forged: true }, issues: [] });
    internals.run = internals.parse;
    // The exported schema is really changed: it now accepts what is not a claim.
    expect(claimSchema.safeParse('not a claim').success).toBe(true);
    expect(inputs.map((input) => JSON.stringify(decide(input, { policy: 'huawei' })))).toEqual(before);
    expect(invalid.map((input) => JSON.stringify(safeDecide(input)))).toEqual(errorsBefore);
    expect(parseClaim(invalid[0]).ok).toBe(false);
  });
});
