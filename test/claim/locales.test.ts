/**
 * The input-error locales (`src/claim/locales/*.ts`) and the error builder (`src/claim/input-error.ts`):
 * every locale has every message and expectation, uses only placeholders that get filled, and no
 * produced message is left with a `{placeholder}`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  excerpt,
  type Expectation,
  type InputError,
  type InputErrorCode,
  inputError,
  inputErrorLocales,
  jsonPath,
  type Lang,
  LANGS,
} from '../../src/claim/input-error';
import { en } from '../../src/claim/locales/en';
import { zhCN } from '../../src/claim/locales/zh-CN';
import { jsonOf } from '../../src/claim/read-json';
import { parseClaim } from '../../src/claim/parse';
import { claimWith } from './claims';

const CODES: readonly InputErrorCode[] = ['required', 'type', 'value', 'unknown-key', 'range', 'order', 'json', 'encoding', 'too-large'];
const EXPECTATIONS: readonly Expectation[] = [
  'string',
  'number',
  'int',
  'boolean',
  'object',
  'array',
  'null',
  'calendar-day',
  'imei',
  'fen',
  'one-of',
  'no-such-key',
  'at-least',
  'at-most',
  'at-most-items',
  'at-most-chars',
  'date-on-or-after',
  'date-on-or-before',
  'open-repair-last',
  'not-above',
  'json-value',
  'weekend-day',
  'unique-year',
  'year-not-in-library',
  'no-overlap',
  'span-in-year',
  'span-length',
  'json-object',
  'utf-8',
  'size-limit',
  'nesting-limit',
];

/** The placeholders each kind of template may use: those `inputError` fills. */
const MESSAGE_PLACEHOLDERS = new Set(['path', 'expected', 'received', 'key']);
// `from` and `to`: the bounds of a calendar file's year (`span-in-year`, src/claim/calendar-from.ts);
// `year`: a year the library carries that a file replaces (`year-not-in-library`).
const EXPECTATION_PLACEHOLDERS = new Set(['values', 'n', 'other', 'from', 'to', 'year']);

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string).sort();

const LOCALES_DIR = fileURLToPath(new URL('../../src/claim/locales/', import.meta.url));

describe('input-error locales', () => {
  it('has a locale for every language, and a language for every locale file', () => {
    expect([...LANGS].sort()).toEqual(['en', 'zh-CN']);
    expect(Object.keys(inputErrorLocales).sort()).toEqual(['en', 'zh-CN']);
    expect(inputErrorLocales.en).toBe(en);
    expect(inputErrorLocales['zh-CN']).toBe(zhCN);
    const files = readdirSync(LOCALES_DIR).filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3)).sort();
    expect(files).toEqual([...LANGS].sort());
  });

  it('has every message key in every locale, and no other', () => {
    for (const lang of LANGS) expect(Object.keys(inputErrorLocales[lang].messages).sort(), lang).toEqual([...CODES].sort());
    expect(Object.keys(en.messages).sort()).toEqual(Object.keys(zhCN.messages).sort());
  });

  it('has every expectation key in every locale, and no other', () => {
    for (const lang of LANGS) expect(Object.keys(inputErrorLocales[lang].expected).sort(), lang).toEqual([...EXPECTATIONS].sort());
    expect(Object.keys(en.expected).sort()).toEqual(Object.keys(zhCN.expected).sort());
  });

  it('has no empty text', () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(inputErrorLocales[lang].messages)) expect(text.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
      for (const [key, text] of Object.entries(inputErrorLocales[lang].expected)) expect(text.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
    }
  });

  it('uses the same placeholders for a key in every locale', () => {
    for (const code of CODES) expect(placeholders(zhCN.messages[code]), code).toEqual(placeholders(en.messages[code]));
    for (const expectation of EXPECTATIONS) expect(placeholders(zhCN.expected[expectation]), expectation).toEqual(placeholders(en.expected[expectation]));
  });

  it('uses only placeholders that get filled', () => {
    for (const lang of LANGS) {
      for (const code of CODES) {
        for (const name of placeholders(inputErrorLocales[lang].messages[code])) expect(MESSAGE_PLACEHOLDERS.has(name), `${lang} ${code} {${name}}`).toBe(true);
      }
      for (const expectation of EXPECTATIONS) {
        for (const name of placeholders(inputErrorLocales[lang].expected[expectation])) {
          expect(EXPECTATION_PLACEHOLDERS.has(name), `${lang} ${expectation} {${name}}`).toBe(true);
        }
      }
    }
  });

  it('starts every message with the path', () => {
    for (const lang of LANGS) for (const code of CODES) expect(inputErrorLocales[lang].messages[code].startsWith('{path}'), `${lang} ${code}`).toBe(true);
  });

  it('writes the Chinese messages in Chinese and the English ones without Chinese', () => {
    const han = /\p{Script=Han}/u;
    for (const code of CODES) {
      expect(han.test(zhCN.messages[code]), code).toBe(true);
      expect(han.test(en.messages[code]), code).toBe(false);
    }
    for (const expectation of EXPECTATIONS) expect(han.test(en.expected[expectation]), expectation).toBe(false);
  });
});

/** Errors of every code, produced by the library from bad input. */
function producedErrors(): InputError[] {
  const errors: InputError[] = [];
  const bad: unknown[] = [
    {}, // required
    claimWith({ claimDate: 20250308, request: 'now', item: { kind: 'handset', imei: '860000000000002', colour: 'red', builtIn: 'yes' } }),
    claimWith({ sale: { date: '2025-03-01', priceFen: -1, paidFen: 0.5 }, fault: { codes: 'x', batteryCapacityPct: 'x' } }),
    claimWith({ item: { kind: 'handset', brand: 'x'.repeat(201) }, history: { replacements: 1.5 }, condition: { liquid: 'wet' } }),
    claimWith({ history: { repairs: Array.from({ length: 51 }, () => ({ handedIn: '2025-03-02', returned: '2025-03-03' })) } }),
    claimWith({ fault: { batteryCapacityPct: 201 }, stock: 5 }),
    claimWith({ claimDate: '2025-02-28' }), // order
    claimWith({
      history: {
        repairs: [
          { handedIn: '2025-03-05', returned: null },
          { handedIn: '2025-03-03', returned: '2025-03-02' },
        ],
        exchanges: [{ date: '2025-03-06' }, { date: '2025-03-04' }, { date: '2025-03-09' }],
      },
    }),
    claimWith({ sale: { date: '2025-03-01', deliveredDate: '2025-03-09', priceFen: 1 } }),
    null,
    [],
  ];
  for (const input of bad) {
    const result = parseClaim(input);
    if (!result.ok) errors.push(...result.errors);
  }
  for (const bytes of [new TextEncoder().encode('{"a":'), new Uint8Array([0xff]), new Uint8Array(70_000)]) {
    const result = jsonOf(bytes);
    if (!result.ok) errors.push(...result.errors);
  }
  return errors;
}

describe('produced messages', () => {
  const errors = producedErrors();

  it('covers every error code', () => {
    expect([...new Set(errors.map((error) => error.code))].sort()).toEqual([...CODES].sort());
  });

  it('leaves no {placeholder} unfilled, in either language', () => {
    for (const error of errors) {
      for (const lang of LANGS) {
        expect(error.message[lang], `${error.path} ${error.code} ${lang}`).not.toMatch(PLACEHOLDER);
        expect(error.expected[lang], `${error.path} ${error.code} ${lang}`).not.toMatch(PLACEHOLDER);
      }
    }
  });

  it('embeds the expectation in the message', () => {
    for (const error of errors) for (const lang of LANGS) expect(error.message[lang].includes(error.expected[lang]), `${error.path} ${lang}`).toBe(true);
  });

  it('leaves no {placeholder} unfilled for any expectation with any code', () => {
    const values = { n: '50', values: 'a | b', other: 'sale.date', key: 'colour', from: '2026-12-01', to: '2028-01-31', year: '2024' };
    for (const code of CODES) {
      for (const expected of EXPECTATIONS) {
        const error = inputError({ path: ['sale', 'date'], code, expected, received: 'x', values });
        for (const lang of LANGS) {
          expect(error.message[lang], `${code} ${expected} ${lang}`).not.toMatch(PLACEHOLDER);
          expect(error.expected[lang], `${code} ${expected} ${lang}`).not.toMatch(PLACEHOLDER);
        }
      }
    }
  });
});

describe('inputError', () => {
  it('matches the TSDoc example', () => {
    expect(inputError({ path: ['sale', 'date'], code: 'value', expected: 'calendar-day', received: '2025-02-30' }).message.en).toBe(
      '$.sale.date: expected a real calendar date YYYY-MM-DD between 1980-01-01 and 2099-12-31, received "2025-02-30".',
    );
  });

  it('builds both languages from the same values', () => {
    const error = inputError({ path: ['history', 'repairs'], code: 'range', expected: 'at-most-items', received: [1, 2, 3], values: { n: '2' } });
    expect(error).toEqual({
      path: '$.history.repairs',
      code: 'range',
      expected: { en: 'at most 2 items', 'zh-CN': '不超过 2 项' },
      received: '[…] (3 items)',
      message: {
        en: '$.history.repairs: out of range, expected at most 2 items, received […] (3 items).',
        'zh-CN': '$.history.repairs：超出范围，应为不超过 2 项，实际为 […] (3 items)。',
      },
    });
  });

  it('does not fill placeholders found inside the received value', () => {
    const error = inputError({ path: ['item', 'brand'], code: 'value', expected: 'string', received: '{path} {expected}' });
    expect(error.message.en).toBe('$.item.brand: expected a string, received "{path} {expected}".');
  });

  it('gives the same path, code and received in every language', () => {
    const error = inputError({ path: ['claimDate'], code: 'required', expected: 'calendar-day', received: undefined });
    for (const lang of LANGS as readonly Lang[]) expect(error.message[lang].startsWith('$.claimDate'), lang).toBe(true);
    expect(error.received).toBe('undefined');
  });
});

describe('jsonPath', () => {
  it('writes the root as $', () => {
    expect(jsonPath([])).toBe('$');
  });

  it('writes keys with dots and indexes in brackets', () => {
    expect(jsonPath(['history', 'repairs', 1, 'returned'])).toBe('$.history.repairs[1].returned');
    expect(jsonPath(['fault', 'codes', 0])).toBe('$.fault.codes[0]');
    expect(jsonPath(['$key', '_x1'])).toBe('$.$key._x1');
    expect(jsonPath(['__proto__'])).toBe('$.__proto__');
  });

  it('writes keys that are not identifiers as quoted brackets', () => {
    expect(jsonPath(['bad key'])).toBe('$["bad key"]');
    expect(jsonPath(['a-b'])).toBe('$["a-b"]');
    expect(jsonPath(['0abc'])).toBe('$["0abc"]');
    expect(jsonPath(['1'])).toBe('$["1"]');
    expect(jsonPath([''])).toBe('$[""]');
    expect(jsonPath(['中文'])).toBe('$["中文"]');
    expect(jsonPath(['a"b'])).toBe('$["a\\"b"]');
    expect(jsonPath(['a.b'])).toBe('$["a.b"]');
  });
});

describe('excerpt', () => {
  it('renders each kind of value', () => {
    expect(excerpt(undefined)).toBe('undefined');
    expect(excerpt(null)).toBe('null');
    expect(excerpt(true)).toBe('true');
    expect(excerpt(-1.5)).toBe('-1.5');
    expect(excerpt('abc')).toBe('"abc"');
    expect(excerpt('a"b')).toBe('"a\\"b"');
    expect(excerpt([])).toBe('[…] (0 items)');
    expect(excerpt([1, 2])).toBe('[…] (2 items)');
    expect(excerpt({ a: 1 })).toBe('{…}');
    expect(excerpt(1n)).toBe('bigint');
  });

  it('cuts strings over 60 characters', () => {
    expect(excerpt('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
    expect(excerpt('x'.repeat(61))).toBe(`"${'x'.repeat(60)}…"`);
  });
});
