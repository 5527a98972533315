import { lengthOf, UNREADABLE } from './snapshot';

/** How much of a long value or key an error quotes. */
export const EXCERPT = 60;

/**
 * A text cut to {@link EXCERPT} characters, with `…` where it was cut: a hostile value or key may
 * be megabytes long, and an error names it by its start.
 *
 * @example
 * cut('x'.repeat(61)).length //=> 61
 * cut('short') //=> 'short'
 */
export function cut(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

/**
 * How an error quotes a value. `summary` (claims, shops' decisions, calendar files: data from
 * outside, which may be huge): scalars as JSON, a string quoted and cut, an array or object by its
 * kind and size. `json` (profiles, written by a developer): the value's JSON, cut, or its kind
 * where JSON cannot say it.
 */
export type ExcerptForm = 'summary' | 'json';

/** A value's JSON, or its kind where JSON cannot say it (a cycle, a revoked proxy). */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    try {
      return Object.prototype.toString.call(value);
    } catch {
      // A revoked proxy: not even its kind can be read.
      return 'an unreadable value';
    }
  }
}

/**
 * A short rendering of a received value, as an error quotes it (see {@link ExcerptForm}).
 *
 * @example
 * excerpt('2025-02-30') //=> '"2025-02-30"'
 * excerpt([1, 2, 3]) //=> '[…] (3 items)'
 * excerpt({ days: 3 }) //=> '{…}'
 * excerpt({ days: 3 }, 'json') //=> '{"days":3}'
 * excerpt(undefined, 'json') //=> 'undefined'
 */
export function excerpt(value: unknown, form: ExcerptForm = 'summary'): string {
  if (value === undefined) return 'undefined';
  if (form === 'json') {
    if (typeof value === 'function') return 'function';
    if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
    return cut(jsonText(value));
  }
  if (value === UNREADABLE) return '(unreadable)';
  if (typeof value === 'string') return JSON.stringify(cut(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `[…] (${lengthOf(value)} items)`;
  if (typeof value === 'object') return '{…}';
  return typeof value;
}
