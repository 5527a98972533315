/**
 * A parameter declaration is typed by its value (issue 20): without a direction, with a unit its
 * type cannot have, or with values its schema does not describe, it does not compile. The
 * `@ts-expect-error` lines are the test: `npm run typecheck` fails if any of them compiles. The
 * whole path (a declaration added to a copy of src/) is test/rules/add-parameter.test.ts.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { belowIn, declareParameter, fewer, notComparable, yes } from '../../src/rules/declare-parameter';

const describes = { 'zh-CN': '测试', en: 'test' };
const values = [{ from: '2001-11-15', value: 7, cites: ['mp2001:art15' as const] }];

function typeChecksOnly(): void {
  declareParameter<number>({ describes, lastChecked: '2025-01-01', values, unit: 'days', schema: z.number(), direction: fewer });
  declareParameter<boolean>({ describes, lastChecked: '2025-01-01', values: [{ from: '2001-11-15', value: true, cites: [] }], unit: 'yes-no', schema: z.boolean(), direction: notComparable('per-claim') });
  // @ts-expect-error a declaration without a direction
  declareParameter<number>({ describes, lastChecked: '2025-01-01', values, unit: 'days', schema: z.number() });
  // @ts-expect-error a number said as yes or no
  declareParameter<number>({ describes, lastChecked: '2025-01-01', values, unit: 'yes-no', schema: z.number(), direction: fewer });
  // @ts-expect-error a schema of another type
  declareParameter<number>({ describes, lastChecked: '2025-01-01', values, unit: 'days', schema: z.boolean(), direction: fewer });
  // @ts-expect-error a direction for another type
  declareParameter<number>({ describes, lastChecked: '2025-01-01', values, unit: 'days', schema: z.number(), direction: yes });
  // @ts-expect-error a floor rule that does not exist
  notComparable('never');
}

describe('a parameter declaration', () => {
  it('is checked by the compiler (the lines above); its direction decides what is below the floor', () => {
    expect(typeof typeChecksOnly).toBe('function');
    expect(belowIn(fewer, 8, 7, { mine: {}, floor: {} })).toBe(true);
    expect(belowIn(fewer, 7, 7, { mine: {}, floor: {} })).toBe(false);
    expect(belowIn(yes, false, true, { mine: {}, floor: {} })).toBe(true);
    expect(belowIn(yes, true, false, { mine: {}, floor: {} })).toBe(false);
    expect(belowIn(notComparable('per-claim'), false, true, { mine: {}, floor: {} })).toBe(false);
  });
});
