/** Helpers for the claim tests: a minimal valid claim and ways to look at parse errors. */
import { expect } from 'vitest';
import type { InputError } from '../../src/claim/input-error';
import { parseClaim } from '../../src/claim/parse';
import {
  type Claim,
  claimSchema,
  conditionSchema,
  faultSchema,
  historySchema,
  itemSchema,
  proofSchema,
  repairSchema,
  saleSchema,
  stockSchema,
} from '../../src/claim/schema';

/** The smallest valid claim: the three required blocks only (spec: "Every block but claimDate, item.kind and sale may be left out"). */
export function minimal(): Record<string, unknown> {
  return { claimDate: '2025-03-08', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 } };
}

/** `minimal()` with top-level blocks replaced or added. */
export function claimWith(blocks: Record<string, unknown>): Record<string, unknown> {
  return { ...minimal(), ...blocks };
}

/** Parses a claim that must be valid; fails the test with its errors if not. */
export function parsed(input: unknown): Claim {
  const result = parseClaim(input);
  if (!result.ok) expect.fail(`expected a valid claim, got: ${result.errors.map((error) => error.message.en).join(' | ')}`);
  return result.claim;
}

/** Parses a claim that must be invalid; returns its errors. */
export function errorsOf(input: unknown): readonly InputError[] {
  const result = parseClaim(input);
  if (result.ok) expect.fail('expected the claim to be rejected, but it parsed');
  return result.errors;
}

/** The one error at `path`; fails unless there is exactly one. */
export function errorAt(input: unknown, path: string): InputError {
  const errors = errorsOf(input);
  const at = errors.filter((error) => error.path === path);
  if (at.length !== 1) expect.fail(`expected one error at ${path}, got paths: ${errors.map((error) => error.path).join(', ')}`);
  return at[0] as InputError;
}

/** The expectation texts of the locales, written out by hand from `src/claim/locales/*.ts`. */
export const CALENDAR_DAY = {
  en: 'a real calendar date YYYY-MM-DD between 1980-01-01 and 2099-12-31',
  'zh-CN': '真实存在的日期（YYYY-MM-DD，1980-01-01 至 2099-12-31）',
} as const;
export const IMEI = { en: 'a 15-digit IMEI with a valid (Luhn) check digit', 'zh-CN': '15 位数字且校验位（Luhn）正确的 IMEI' } as const;
export const FEN = { en: 'a non-negative whole amount in fen', 'zh-CN': '以分为单位的非负整数金额' } as const;

/**
 * The fields `shared/spec/claim-format.md` names for each object, in its order. The schema may add
 * fields (the spec allows additions) but must have all of these.
 */
export const SPEC_FIELDS = {
  claim: ['claimDate', 'request', 'item', 'sale', 'proof', 'fault', 'condition', 'history', 'stock'],
  item: ['kind', 'brand', 'model', 'imei', 'factoryDate', 'boughtWith', 'standaloneFen', 'builtIn'],
  sale: ['date', 'deliveredDate', 'channel', 'carrierContract', 'priceFen', 'paidFen', 'noReasonExclusionConfirmed'],
  proof: ['invoice', 'invoiceImei', 'warrantyCard', 'warrantyCardImei', 'otherDateProof'],
  fault: ['inspection', 'codes', 'cause', 'batteryCapacityPct'],
  condition: [
    'liquid',
    'impact',
    'unauthorizedOpening',
    'forceMajeure',
    'cosmeticWear',
    'labelsIntact',
    'activated',
    'activationDate',
    'accessoriesComplete',
    'giftsMissingFen',
  ],
  history: ['repairs', 'exchanges', 'replacements'],
  repair: ['handedIn', 'returned', 'faultCodes', 'delayCause', 'fixed'],
  exchange: ['date'],
  stock: ['sameModelAvailable', 'consumerAcceptsOtherModel'],
} as const;

/** The fields the schema allows for each object, as the unknown-key message lists them. */
export const SCHEMA_FIELDS: Readonly<Record<keyof typeof SPEC_FIELDS, readonly string[]>> = {
  claim: Object.keys(claimSchema.shape),
  item: Object.keys(itemSchema.shape),
  sale: Object.keys(saleSchema.shape),
  proof: Object.keys(proofSchema.shape),
  fault: Object.keys(faultSchema.shape),
  condition: Object.keys(conditionSchema.shape),
  history: Object.keys(historySchema.shape),
  repair: Object.keys(repairSchema.shape),
  exchange: Object.keys(historySchema.shape.exchanges.def.innerType.def.element.shape),
  stock: Object.keys(stockSchema.shape),
};

export const TOP_LEVEL_FIELDS = SCHEMA_FIELDS.claim.join(', ');
