import type { z } from 'zod/mini';
import { type Lang, LANGS } from '../law/lang';
import { closestKey } from './closest-key';
import { fillTemplate } from './fill-template';
import type { TextPosition } from './json-position';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';
import { lengthOf, UNREADABLE } from './snapshot';

// The languages' home is law/lang.ts; they are exported here too, where the library always had them.
export { type Lang, LANGS };

export type InputErrorCode = 'required' | 'type' | 'value' | 'unknown-key' | 'range' | 'order' | 'json' | 'encoding' | 'too-large';

/** What can be expected of a field; each has a message in every locale. */
export type Expectation =
  | 'string'
  | 'number'
  | 'int'
  | 'boolean'
  | 'object'
  | 'array'
  | 'null'
  | 'calendar-day'
  | 'imei'
  | 'fen'
  | 'one-of'
  | 'no-such-key'
  | 'at-least'
  | 'at-most'
  | 'at-most-items'
  | 'at-most-chars'
  | 'date-on-or-after'
  | 'date-on-or-before'
  | 'open-repair-last'
  | 'not-above'
  | 'json-value'
  | 'weekend-day'
  | 'unique-year'
  | 'year-not-in-library'
  | 'no-overlap'
  | 'span-in-year'
  | 'span-length'
  | 'json-object'
  | 'utf-8'
  | 'size-limit'
  | 'nesting-limit';

/**
 * Additions to some errors' words: `position` where a text stops being JSON (it stands for
 * `{path}` in the message), `near` the known field a mistyped one most likely meant (it wraps
 * `{expected}`).
 */
export type InputErrorNote = 'position' | 'near';

/** One locale's input-error messages: the data behind every {@link InputError}. */
export interface InputErrorMessages {
  readonly messages: Readonly<Record<InputErrorCode, string>>;
  readonly expected: Readonly<Record<Expectation, string>>;
  readonly notes: Readonly<Record<InputErrorNote, string>>;
}

export const inputErrorLocales: Readonly<Record<Lang, InputErrorMessages>> = { 'zh-CN': zhCN, en };

/** One problem with the input: where, what was expected, what came, said in both languages. */
export interface InputError {
  /** JSONPath of the offending value, e.g. `$.history.repairs[0].returned`. */
  readonly path: string;
  readonly code: InputErrorCode;
  readonly expected: { readonly 'zh-CN': string; readonly en: string };
  /** The value received, as a short JSON excerpt; `undefined` when the field is missing. */
  readonly received: string;
  readonly message: { readonly 'zh-CN': string; readonly en: string };
}

/** How much of a long value or key an error quotes. */
const EXCERPT = 60;

/** Renders a path as JSONPath: `['history', 'repairs', 0]` → `$.history.repairs[0]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && key.length <= EXCERPT && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else {
      // A hostile key may be megabytes long: the path names it by its start.
      const text = String(key);
      out += `[${JSON.stringify(text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text)}]`;
    }
  }
  return out;
}

/** A short, JSON-like rendering of a received value (strings quoted, long ones cut). */
export function excerpt(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === UNREADABLE) return '(unreadable)';
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value.length > EXCERPT ? `${value.slice(0, EXCERPT)}…` : value);
    return quoted;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `[…] (${lengthOf(value)} items)`;
  if (typeof value === 'object') return '{…}';
  return typeof value;
}

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

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
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

/** How many {@link InputError}s zod's issues make (an issue of unknown keys makes one per key). */
export function errorCountOf(issues: readonly z.core.$ZodIssue[]): number {
  let count = 0;
  for (const issue of issues) count += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
  return count;
}

/**
 * Turns zod's issues into {@link InputError}s: one per problem, every problem at once, or the
 * first `limit` of them (the others are {@link errorCountOf} the issues less those returned).
 */
export function inputErrorsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown, schema: AnySchema, limit = Number.POSITIVE_INFINITY): InputError[] {
  const errors: InputError[] = [];
  for (const issue of issues) {
    if (errors.length >= limit) break;
    const path = issue.path;
    const received = valueAt(input, path);
    if (received === undefined && issue.code !== 'unrecognized_keys' && path.length > 0) {
      errors.push(inputError({ path, code: 'required', expected: requiredExpectation(issue), received, values: valuesOf(issue) }));
      continue;
    }
    switch (issue.code) {
      case 'invalid_type': {
        const expected = expectationOf(path, issue.expected);
        errors.push(inputError({ path, code: received === undefined ? 'required' : 'type', expected, received }));
        break;
      }
      case 'invalid_value':
        errors.push(
          inputError({
            path,
            code: 'value',
            expected: 'one-of',
            received,
            values: { values: issue.values.map((v) => String(v)).join(' | ') },
          }),
        );
        break;
      case 'unrecognized_keys': {
        const known = objectKeysAt(schema, path);
        // When not all fit under the cap, the keys that look like a known one (a typo) come first.
        const keys = errors.length + issue.keys.length <= limit ? issue.keys : nearFirst(issue.keys, known);
        for (const key of keys) {
          if (errors.length >= limit) break;
          const near = closestKey(key, known);
          errors.push(
            inputError({
              path: [...path, key],
              code: 'unknown-key',
              expected: 'no-such-key',
              received: valueAt(input, [...path, key]),
              values: { key: key.length > EXCERPT ? `${key.slice(0, EXCERPT)}…` : key, values: known.join(', ') },
              ...(near === undefined ? {} : { near }),
            }),
          );
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        const expected: Expectation =
          issue.origin === 'array' ? 'at-most-items' : issue.origin === 'string' ? 'at-most-chars' : issue.code === 'too_small' ? 'at-least' : 'at-most';
        errors.push(inputError({ path, code: 'range', expected, received, values: { n: bound } }));
        break;
      }
      case 'custom': {
        const params = (issue.params ?? {}) as { expected?: Expectation; other?: string };
        const expected = params.expected ?? 'string';
        const code: InputErrorCode =
          expected.startsWith('date-on') || expected === 'open-repair-last' ? 'order' : expected === 'not-above' ? 'range' : 'value';
        errors.push(inputError({ path, code, expected, received, values: { other: params.other ?? '' } }));
        break;
      }
      default: {
        const params = ('params' in issue ? issue.params : undefined) as { expected?: Expectation } | undefined;
        errors.push(inputError({ path, code: 'value', expected: params?.expected ?? expectationOf(path, 'string'), received }));
      }
    }
  }
  return errors;
}
