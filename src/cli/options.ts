import type { InputError, Lang } from '../claim/input-error';
import { jsonOf, lineEndingLength, MAX_CLAIM_BYTES, tooLarge } from '../claim/read-json';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import type { Policy } from '../policy/policy';
import { terminalText } from '../explain/escape/terminal';
import { type Args, UsageError } from './args';
import type { CliIo } from './io';

/** Other ways to name a language (any case): `--lang zh`, `--lang en-US`. */
const LANG_ALIASES: Readonly<Record<string, string>> = {
  zh: 'zh-CN',
  'zh-cn': 'zh-CN',
  'zh-hans': 'zh-CN',
  'zh-hans-cn': 'zh-CN',
  cn: 'zh-CN',
  en: 'en',
  'en-us': 'en',
  'en-gb': 'en',
};

/**
 * The value of an option that takes one of a fixed set, or the fallback when it is absent. For
 * `--lang`, the usual other names of the two languages are accepted.
 *
 * @example
 * choice(parseArgs(['decide', '--lang', 'en-US']), 'lang', ['zh-CN', 'en'], 'zh-CN') //=> 'en'
 */
export function choice<T extends string>(args: Args, name: string, allowed: readonly T[], fallback: T): T {
  const given = args.options[name];
  if (given === undefined) return fallback;
  const value = name === 'lang' && typeof given === 'string' ? (LANG_ALIASES[given.toLowerCase()] ?? given) : given;
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new UsageError(`--${name} must be one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

/**
 * The profile named by `--policy`, the national floor when there is none. The profiles are
 * loaded here, on use, not when the command line starts: `sanbao --help` needs none of them.
 */
export async function policyOf(args: Args): Promise<Policy> {
  const { policyById, shippedPolicies } = await import('../policy/registry');
  const id = args.options.policy;
  if (id === undefined) return shippedPolicies[0]!;
  const policy = typeof id === 'string' ? policyById(id) : undefined;
  if (policy === undefined) {
    throw new UsageError(`unknown policy ${JSON.stringify(id)}; known: ${shippedPolicies.map((p) => p.id).join(', ')}`);
  }
  return policy;
}

/** The one input a command reads: the file named, or standard input for none or `-`. */
export function inputOf(args: Args, io: CliIo): AsyncIterable<Uint8Array | string> {
  if (args.positional.length > 1) throw new UsageError('one input at most');
  const file = args.positional[0];
  return file === undefined || file === '-' ? io.stdin : io.openFile(file);
}

/**
 * Reads a whole input, refusing it once it passes the size limit (the length read so far is
 * returned). One line ending at the end (`\n` or `\r\n`) is not counted: a claim of exactly the
 * limit saved with a final newline is taken.
 */
export async function readLimited(input: AsyncIterable<Uint8Array | string>, limit: number = MAX_CLAIM_BYTES): Promise<Uint8Array | number> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    length += chunk.length;
    // Two bytes more than the limit may still be a line ending: read them, then judge.
    if (length > limit + 2) return length;
    parts.push(chunk);
  }
  const whole = Buffer.concat(parts, length);
  return whole.length - lineEndingLength(whole) > limit ? whole.length : whole;
}

/** The line after a list of errors that was cut (at 100): how many more there were. */
const OMITTED: Readonly<Record<Lang, (count: number) => string>> = {
  'zh-CN': (count) => `另有 ${count} 个错误未列出`,
  en: (count) => `and ${count} more error${count === 1 ? '' : 's'} not listed`,
};

/**
 * Input errors as lines of text for a terminal, in one language or both, with the count of those
 * not listed. A path or message quotes the input (a key, a value received), so each line is
 * escaped for the terminal: an ESC or a U+202E in a key is shown, never obeyed.
 */
export function errorText(errors: readonly InputError[], lang: Lang | 'both', omittedErrors = 0): string {
  const langs: Lang[] = lang === 'both' ? ['zh-CN', 'en'] : [lang];
  const lines = errors.flatMap((error) => langs.map((l) => terminalText(`${error.path}  ${error.message[l]}`)));
  if (omittedErrors > 0) lines.push(...langs.map((l) => `…  ${OMITTED[l](omittedErrors)}`));
  return `${lines.join('\n')}\n`;
}

/** The JSON of a claim's errors: `{ errors }`, and `omittedErrors` when the list was cut. */
export function errorsJson(parsed: { readonly errors: readonly InputError[]; readonly omittedErrors?: number }): { readonly errors: readonly InputError[]; readonly omittedErrors?: number } {
  return parsed.omittedErrors === undefined || parsed.omittedErrors === 0 ? { errors: parsed.errors } : { errors: parsed.errors, omittedErrors: parsed.omittedErrors };
}

/**
 * The value a JSON Pointer (RFC 6901) designates, or `undefined`.
 *
 * @example
 * resolvePointer({ claim: { a: 1 } }, '/claim') //=> { a: 1 }
 */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  if (!pointer.startsWith('/')) throw new UsageError(`--at takes a JSON Pointer such as /claim, not ${JSON.stringify(pointer)}`);
  let current: unknown = document;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A calendar file (`--calendar FILE`) that is not a valid calendar: every problem, as for a claim (exit 1). */
export class InvalidCalendarError extends Error {
  override readonly name = 'InvalidCalendarError';
  readonly errors: readonly InputError[];
  /** How many problems there were beyond those in `errors`; 0 for none. */
  readonly omittedErrors: number;
  constructor(file: string, errors: readonly InputError[], omittedErrors = 0) {
    super(`${file}: not a valid calendar file`);
    this.errors = errors;
    this.omittedErrors = omittedErrors;
  }
}

/** The largest calendar file read (a year is a few hundred bytes). */
const MAX_CALENDAR_BYTES = 1 << 20;

/**
 * The rest-day calendar `--calendar FILE` gives: the built-in one with the file's years added
 * (docs/calendar.md), and with years the library carries replaced only with `--calendar-override`;
 * `undefined` without the option. Throws {@link InvalidCalendarError} with every problem of the
 * file (a year replaced without `--calendar-override` among them).
 */
export async function calendarOf(args: Args, io: CliIo): Promise<RestDayCalendar | undefined> {
  return (await calendarFileOf(args, io))?.calendar;
}

/**
 * The calendar of `--calendar FILE` with the file's JSON value, for a batch's worker threads to
 * load again in theirs; `undefined` without the option.
 */
export async function calendarFileOf(args: Args, io: CliIo): Promise<{ readonly calendar: RestDayCalendar; readonly json: unknown; readonly override: boolean } | undefined> {
  const file = args.options.calendar;
  const override = args.options['calendar-override'] === true;
  if (file === undefined) {
    if (override) throw new UsageError('--calendar-override needs --calendar FILE');
    return undefined;
  }
  if (typeof file !== 'string') throw new UsageError('--calendar needs a file');
  const bytes = await readLimited(io.openFile(file), MAX_CALENDAR_BYTES);
  const json = typeof bytes === 'number' ? { ok: false as const, errors: [tooLarge(bytes)] } : jsonOf(bytes);
  // Loaded on use: the calendar's schema (zod) and the built-in years serve only this option.
  const loaded = json.ok ? (await import('../claim/calendar-from')).calendarFrom(json.value, { override }) : json;
  if (!loaded.ok) throw new InvalidCalendarError(file, loaded.errors, (loaded as { readonly omittedErrors?: number }).omittedErrors);
  return { calendar: loaded.calendar, json: json.ok ? json.value : undefined, override };
}
