import type { z } from 'zod/mini';
import { type Lang, LANGS } from '../law/lang';
import { closestKey } from './closest-key';
import { cut, excerpt } from './excerpt';
import { fillTemplate } from './fill-template';
import type { Expectation, InputErrorCode, InputErrorMessages } from './input-error-messages';
import { jsonPath } from './json-path';
import type { TextPosition } from './json-position';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';
import type { Problem } from './problem';
import { type IssueSite, issueSites, siteCountOf } from './zod-issues';

// The languages' home is law/lang.ts, the error model's problem.ts and its helpers' excerpt.ts,
// json-path.ts and zod-issues.ts; they are exported here too, where the library always had them.
export { type Lang, LANGS };
export { excerpt, jsonPath };
export type { Expectation, InputErrorCode, InputErrorMessages, InputErrorNote } from './input-error-messages';

export const inputErrorLocales: Readonly<Record<Lang, InputErrorMessages>> = { 'zh-CN': zhCN, en };

/**
 * One problem with the input (a claim, a shop's decision, a calendar file): where, what was
 * expected, what came, said in both languages.
 */
export interface InputError extends Problem<InputErrorCode> {}

/**
 * Builds one {@link InputError} in both languages. `position` (for text that is not JSON) names
 * the line and column after the path in the message (the error's fields stay those the published
 * schemas allow); `near` (for an unknown field) asks whether that known field was meant, before
 * the fields allowed.
 *
 * @example
 * inputError({ path: ['sale', 'date'], code: 'value', expected: 'calendar-day', received: '2025-02-30' }).message.en
 * //=> '$.sale.date: expected a real calendar date YYYY-MM-DD between 1980-01-01 and 2099-12-31, received "2025-02-30".'
 * inputError({ path: ['claimdate'], code: 'unknown-key', expected: 'no-such-key', received: 'x', values: { key: 'claimdate', values: 'claimDate, item' }, near: 'claimDate' }).expected.en
 * //=> 'did you mean "claimDate"? the fields allowed are: claimDate, item'
 */
export function inputError(problem: {
  path: readonly PropertyKey[];
  code: InputErrorCode;
  expected: Expectation;
  received: unknown;
  values?: Readonly<Record<string, string>>;
  position?: TextPosition;
  near?: string;
}): InputError {
  const path = jsonPath(problem.path);
  const received = excerpt(problem.received);
  const values = problem.values ?? {};
  const { position, near } = problem;
  const expected = { 'zh-CN': '', en: '' };
  const message = { 'zh-CN': '', en: '' };
  for (const lang of LANGS) {
    const locale = inputErrorLocales[lang];
    const plain = fillTemplate(locale.expected[problem.expected], values);
    expected[lang] = near === undefined ? plain : fillTemplate(locale.notes.near, { near, expected: plain });
    const where = position === undefined ? path : fillTemplate(locale.notes.position, { path, line: String(position.line), column: String(position.column) });
    message[lang] = fillTemplate(locale.messages[problem.code], { ...values, path: where, received, expected: expected[lang] });
  }
  return { path, code: problem.code, expected, received, message };
}

const DATE_KEYS = new Set(['claimDate', 'date', 'deliveredDate', 'factoryDate', 'activationDate', 'handedIn', 'returned']);

/** What a field expects when the issue itself does not say more than its JSON type. */
function expectationOf(path: readonly PropertyKey[], type: string): Expectation {
  const leaf = path[path.length - 1];
  if (typeof leaf === 'string') {
    if (DATE_KEYS.has(leaf)) return 'calendar-day';
    if (/imei$/i.test(leaf)) return 'imei';
    if (leaf.endsWith('Fen')) return 'fen';
  }
  switch (type) {
    case 'string':
    case 'number':
    case 'int':
    case 'boolean':
    case 'object':
    case 'array':
      return type;
    default:
      return 'string';
  }
}

type AnySchema = z.core.$ZodType;

/** The object schema found by following `path` through `schema` (unwrapping defaults and arrays). */
function objectKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  const unwrap = () => {
    for (let guard = 0; current !== undefined && guard < 10; guard += 1) {
      const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
      if (def.type === 'default' || def.type === 'optional' || def.type === 'nullable' || def.type === 'prefault') {
        current = def.innerType;
      } else if (def.type === 'pipe') {
        current = def.in;
      } else return;
    }
  };
  for (const key of path) {
    unwrap();
    if (current === undefined) return [];
    const def = current._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') current = def.element;
    else return [];
  }
  unwrap();
  if (current === undefined) return [];
  const def = current._zod.def as { type: string; shape?: Record<string, AnySchema> };
  return def.type === 'object' && def.shape !== undefined ? Object.keys(def.shape) : [];
}

/** What a missing field should have been. */
function requiredExpectation(issue: z.core.$ZodIssue): Expectation {
  if (issue.code === 'invalid_value') return 'one-of';
  if (issue.code === 'invalid_type') return expectationOf(issue.path, issue.expected);
  return expectationOf(issue.path, 'string');
}

function valuesOf(issue: z.core.$ZodIssue): Record<string, string> {
  return issue.code === 'invalid_value' ? { values: issue.values.map((v) => String(v)).join(' | ') } : {};
}

/** Unknown keys with those close to a known key first, each group in its order. */
function nearFirst(keys: readonly string[], known: readonly string[]): string[] {
  const near = keys.filter((key) => closestKey(key, known) !== undefined);
  return near.length === 0 ? [...keys] : [...near, ...keys.filter((key) => closestKey(key, known) === undefined)];
}

/**
 * The most errors listed for one claim. A claim with more (a million unknown keys) gets the first
 * of them, and the count of the rest in `omittedErrors`: the list stays small enough to read and
 * to serialise, and building it stops there.
 */
export const MAX_ERRORS = 100;

/**
 * How many {@link InputError}s zod's issues make (an issue of unknown keys makes one per key).
 *
 * @example
 * errorCountOf([{ code: 'unrecognized_keys', keys: ['a', 'b'], path: [], message: '', input: {} }]) //=> 2
 */
export const errorCountOf: (issues: readonly z.core.$ZodIssue[]) => number = siteCountOf;

/** The {@link InputError} of one site of zod's issues; `known`: the keys allowed where an unknown key stands. */
function inputErrorAt(site: IssueSite, known: () => readonly string[]): InputError {
  const { issue, path, received } = site;
  if (received === undefined && issue.code !== 'unrecognized_keys' && path.length > 0) {
    return inputError({ path, code: 'required', expected: requiredExpectation(issue), received, values: valuesOf(issue) });
  }
  switch (issue.code) {
    case 'invalid_type':
      return inputError({ path, code: received === undefined ? 'required' : 'type', expected: expectationOf(path, issue.expected), received });
    case 'invalid_value':
      return inputError({ path, code: 'value', expected: 'one-of', received, values: valuesOf(issue) });
    case 'unrecognized_keys': {
      const key = site.key!;
      const near = closestKey(key, known());
      return inputError({
        path,
        code: 'unknown-key',
        expected: 'no-such-key',
        received,
        values: { key: cut(key), values: known().join(', ') },
        ...(near === undefined ? {} : { near }),
      });
    }
    case 'too_small':
    case 'too_big': {
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const expected: Expectation =
        issue.origin === 'array' ? 'at-most-items' : issue.origin === 'string' ? 'at-most-chars' : issue.code === 'too_small' ? 'at-least' : 'at-most';
      return inputError({ path, code: 'range', expected, received, values: { n: bound } });
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { expected?: Expectation; other?: string };
      const expected = params.expected ?? 'string';
      const code: InputErrorCode = expected.startsWith('date-on') || expected === 'open-repair-last' ? 'order' : expected === 'not-above' ? 'range' : 'value';
      return inputError({ path, code, expected, received, values: { other: params.other ?? '' } });
    }
    default: {
      const params = ('params' in issue ? issue.params : undefined) as { expected?: Expectation } | undefined;
      return inputError({ path, code: 'value', expected: params?.expected ?? expectationOf(path, 'string'), received });
    }
  }
}

/**
 * Turns zod's issues into {@link InputError}s: one per problem, every problem at once, or the
 * first `limit` of them (the others are {@link errorCountOf} the issues less those returned).
 * When not all of an issue's unknown keys fit under the limit, those that look like a known key
 * (a typo) come first.
 */
export function inputErrorsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown, schema: AnySchema, limit = Number.POSITIVE_INFINITY): InputError[] {
  // The keys allowed where an issue's unknown keys stand, worked out once per issue.
  let knownFor: { issue: z.core.$ZodIssue; keys: readonly string[] } | undefined;
  const knownAt = (issue: z.core.$ZodIssue) => {
    if (knownFor?.issue !== issue) knownFor = { issue, keys: objectKeysAt(schema, issue.path) };
    return knownFor.keys;
  };
  const keysFirst = (issue: z.core.$ZodIssue & { readonly code: 'unrecognized_keys' }) => nearFirst(issue.keys, knownAt(issue));
  const errors: InputError[] = [];
  for (const site of issueSites(issues, input, { limit, keysFirst })) errors.push(inputErrorAt(site, () => knownAt(site.issue)));
  return errors;
}
