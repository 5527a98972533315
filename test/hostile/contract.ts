/**
 * What every hostile case must satisfy, shared by `library.hostile.test.ts` and
 * `cli.hostile.test.ts`: errors a user can act on, and no prototype pollution. (No time bound: a
 * hang is caught by the test's timeout, and speed is the benchmarks' (`npm run bench`), never a
 * unit test's, whose wall clock depends on what else the machine runs.)
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { InputError } from '../support/api';

/** The error codes `docs/claim-format.md` documents, written out so that a new code must be added here on purpose. */
const CODES = new Set(['required', 'type', 'value', 'unknown-key', 'range', 'order', 'json', 'encoding', 'too-large']);

export const CJK = /[\u4e00-\u9fff]/;

/** Errors a user can act on: a JSON path, a known code, and what was expected and said, in both languages. */
export function expectClearErrors(errors: readonly InputError[], options: { maxReceived?: number } = {}): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.path, JSON.stringify(error).slice(0, 300)).toMatch(/^\$/);
    expect(CODES.has(error.code), `code ${error.code}`).toBe(true);
    expect(typeof error.received).toBe('string');
    if (options.maxReceived !== undefined) expect(error.received.length, 'received is an excerpt').toBeLessThanOrEqual(options.maxReceived);
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(error.expected[lang].length, `expected.${lang}`).toBeGreaterThan(0);
      expect(error.message[lang].length, `message.${lang}`).toBeGreaterThan(0);
      expect(error.message[lang].startsWith(error.path), `message.${lang} starts with the path`).toBe(true);
      expect(error.message[lang], 'no unfilled placeholder').not.toMatch(/\{(path|expected|received|key|values|n|other)\}/);
    }
    expect(error.message['zh-CN'], 'zh-CN message in Chinese').toMatch(CJK);
    expect(error.message.en, 'en message in English').toMatch(/[a-z]{3}/);
  }
}

/** Every prototype hostile input could reach. */
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype];
const ownKeys = () => PROTOTYPES.map((proto) => Reflect.ownKeys(proto).map(String).sort());

/**
 * Records the prototypes' own keys before the file's tests and checks them again after; returns
 * the check, for a case to run as soon as it ends. Call once, at the top of a test file.
 */
export function guardPrototypes(): () => void {
  let before: string[][] = [];
  /** Nothing was added to (or taken from) a prototype, and a fresh object has no stray property. */
  const expectNoPollution = (): void => {
    expect(ownKeys()).toEqual(before);
    const fresh = {} as Record<string, unknown>;
    for (const key of ['polluted', 'isAdmin', 'claimDate', 'kind', 'x']) expect(fresh[key], `({}).${key}`).toBeUndefined();
    expect(Object.getPrototypeOf(fresh)).toBe(Object.prototype);
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
  };
  beforeAll(() => {
    before = ownKeys();
  });
  afterAll(expectNoPollution);
  return expectNoPollution;
}
