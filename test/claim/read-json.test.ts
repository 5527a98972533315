/**
 * `src/claim/read-json.ts`: bytes → JSON value, refusing (in this order) inputs over 64 KiB, bytes
 * that are not UTF-8, and text that is not JSON.
 */
import { describe, expect, it } from 'vitest';
import { jsonErrorIndex } from '../../src/claim/json-position';
import { jsonOf, MAX_CLAIM_BYTES, tooLarge } from '../../src/claim/read-json';
import { parseClaim } from '../../src/claim/parse';
import { minimal } from './claims';

const encode = (text: string) => new TextEncoder().encode(text);

/** A JSON string literal of exactly `bytes` bytes of UTF-8 (ASCII inside the quotes). */
const jsonStringOfBytes = (bytes: number) => `"${'a'.repeat(bytes - 2)}"`;

describe('jsonOf', () => {
  it('reads a claim', () => {
    const result = jsonOf(encode(JSON.stringify(minimal())));
    expect(result).toEqual({ ok: true, value: minimal() });
  });

  it('reads a claim with Chinese text and surrounding whitespace', () => {
    const result = jsonOf(encode(`  \n${JSON.stringify({ ...minimal(), item: { kind: 'handset', brand: '华为' } })}\r\n `));
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.value as { item: { brand: string } }).item.brand).toBe('华为');
  });

  it('accepts a UTF-8 byte-order mark before the JSON', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('{"a":1}')]);
    expect(jsonOf(bytes)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses text that is not JSON (TSDoc example)', () => {
    const result = jsonOf(encode('{"claimDate":'));
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: '$',
          code: 'json',
          expected: { en: 'a JSON object (one claim a line)', 'zh-CN': '一个 JSON 对象（每行一个理赔）' },
          received: '"{\\"claimDate\\":"',
          message: {
            // The text is 13 characters long and ends where a value should start: column 14.
            en: '$ at line 1, column 14: not valid JSON, expected a JSON object (one claim a line), received "{\\"claimDate\\":".',
            'zh-CN': '$ 第 1 行第 14 列：不是有效的 JSON，应为一个 JSON 对象（每行一个理赔），实际为 "{\\"claimDate\\":"。',
          },
        },
      ],
    });
  });

  it('refuses every kind of text that is not one JSON value', () => {
    for (const text of ['', '   ', 'claimDate: 2025-03-08', "{'a':1}", '{"a":1,}', '{"a":1}{"b":2}', '{"a":1}\n{"b":2}', 'NaN', 'undefined', '{"a":01}', '// x\n{}']) {
      const result = jsonOf(encode(text));
      expect(result.ok, JSON.stringify(text)).toBe(false);
      if (!result.ok) expect(result.errors.map((error) => error.code), JSON.stringify(text)).toEqual(['json']);
    }
  });

  it('says the line and column where the text stops being JSON', () => {
    // Each place counted by hand: lines from 1, columns in characters from 1.
    const cases: [string, number, number][] = [
      ['', 1, 1], // nothing at all: a value was due at the start
      ['  \n  ', 2, 3], // only white space: the end, after two spaces on line 2
      ['{"a":1,}', 1, 8], // the `}` where a key must follow the comma
      ['{"a":1}{"b":2}', 1, 8], // the second object after the first ended
      ['{\n  "a": 01\n}', 2, 9], // `0` is a whole number; the `1` after it is not allowed
      ['{\r\n  "a": tru\r\n}', 2, 11], // `tru` breaks off at the line end (CR LF is one break)
      ['{"a":"x\ny"}', 1, 8], // a raw line break inside a string
      ['{"品牌":"华为",\n"b" 1}', 2, 5], // Chinese counts one column a character; `:` is missing before 1
      ['[1,2', 1, 5], // the end, where `,` or `]` was due
      ["{'a':1}", 1, 2], // a single quote where a key's `"` was due
      ['NaN', 1, 1],
      ['{"a":"\\x"}', 1, 8], // `\x` is no escape: the x
      ['{"a":-}', 1, 7], // a minus sign with no digit after it
      ['{"a":1.e5}', 1, 8], // a point with no digit after it
      ['{"a":"\\u12G4"}', 1, 11], // a `\u` escape with a letter that is not hex
      ['[[[[[[[[[[', 1, 11], // unclosed to the end
    ];
    for (const [text, line, column] of cases) {
      const result = jsonOf(encode(text));
      expect(result.ok, JSON.stringify(text)).toBe(false);
      if (result.ok) continue;
      expect(result.errors[0]?.message.en.startsWith(`$ at line ${line}, column ${column}: not valid JSON`), JSON.stringify(text)).toBe(true);
      expect(result.errors[0]?.message['zh-CN'].startsWith(`$ 第 ${line} 行第 ${column} 列：不是有效的 JSON`), JSON.stringify(text)).toBe(true);
    }
  });

  it('finds the place without recursion, however deep the nesting', () => {
    // Deeper than any call stack: the scan keeps its own.
    expect(jsonErrorIndex(`${'['.repeat(1_000_000)}x`)).toBe(1_000_000);
    expect(jsonErrorIndex(`${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`)).toBeUndefined();
    const result = jsonOf(encode(`${'['.repeat(2000)}x`));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message.en.startsWith('$ at line 1, column 2001: ')).toBe(true);
  });

  it('finds no error in JSON (the scan agrees with JSON.parse on valid text)', () => {
    for (const text of ['{}', '[]', ' 0 ', '-0.5e+10', '"\\u00e9\\n"', '{"a":[1,{"b":null}],"c":true,"d":false}', '\r\n[\t1 , 2 ]\n']) {
      expect(() => JSON.parse(text), text).not.toThrow();
      expect(jsonErrorIndex(text), text).toBeUndefined();
    }
  });

  it('cuts a long non-JSON input to a short excerpt', () => {
    const result = jsonOf(encode(`x${'y'.repeat(1000)}`));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.received).toBe(`"x${'y'.repeat(59)}…"`);
  });

  it('reads any JSON value; only parseClaim asks for an object', () => {
    expect(jsonOf(encode('[1,2]'))).toEqual({ ok: true, value: [1, 2] });
    expect(jsonOf(encode('42'))).toEqual({ ok: true, value: 42 });
    expect(jsonOf(encode('null'))).toEqual({ ok: true, value: null });
    const parsed = jsonOf(encode('[1,2]'));
    if (parsed.ok) expect(parseClaim(parsed.value).ok).toBe(false);
  });

  it('refuses bytes that are not UTF-8', () => {
    const cases: [string, number[]][] = [
      ['0xFF', [0xff]],
      ['Latin-1 é', [0x22, 0xe9, 0x22]],
      ['overlong "/"', [0x22, 0xc0, 0xaf, 0x22]],
      ['encoded surrogate', [0x22, 0xed, 0xa0, 0x80, 0x22]],
      ['truncated 中', [0x22, 0xe4, 0xb8, 0x22]],
      ['lone continuation byte', [0x22, 0x80, 0x22]],
      ['beyond U+10FFFF', [0x22, 0xf4, 0x90, 0x80, 0x80, 0x22]],
    ];
    for (const [name, bytes] of cases) {
      const result = jsonOf(new Uint8Array(bytes));
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.errors, name).toHaveLength(1);
        expect(result.errors[0], name).toEqual({
          path: '$',
          code: 'encoding',
          expected: { en: 'text encoded as UTF-8', 'zh-CN': 'UTF-8 编码的文本' },
          received: `"${bytes.length} bytes"`,
          message: {
            en: `$: not valid UTF-8 text, expected text encoded as UTF-8, received "${bytes.length} bytes".`,
            'zh-CN': `$：不是有效的 UTF-8 文本，应为UTF-8 编码的文本，实际为 "${bytes.length} bytes"。`,
          },
        });
      }
    }
  });

  it('accepts 64 KiB exactly and refuses one byte more', () => {
    expect(MAX_CLAIM_BYTES).toBe(65_536);
    const atLimit = jsonOf(encode(jsonStringOfBytes(65_536)));
    expect(atLimit.ok).toBe(true);
    const over = jsonOf(encode(jsonStringOfBytes(65_537)));
    expect(over).toEqual({
      ok: false,
      errors: [
        {
          path: '$',
          code: 'too-large',
          expected: { en: 'at most 65536 bytes', 'zh-CN': '不超过 65536 字节' },
          received: '"65537 bytes"',
          message: {
            en: '$: input too large, expected at most 65536 bytes, received "65537 bytes".',
            'zh-CN': '$：输入过大，应为不超过 65536 字节，实际为 "65537 bytes"。',
          },
        },
      ],
    });
  });

  it('counts bytes, not characters', () => {
    // 中 is 3 bytes in UTF-8: 21 845 of them plus two quotes is 65 537 bytes but only 21 847 characters.
    const text = `"${'中'.repeat(21_845)}"`;
    expect(text.length).toBe(21_847);
    const result = jsonOf(encode(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('too-large');
    // 21 844 of them plus quotes is 65 534 bytes: accepted.
    expect(jsonOf(encode(`"${'中'.repeat(21_844)}"`)).ok).toBe(true);
  });

  it('refuses a large input before decoding it (too large wins over bad UTF-8 and bad JSON)', () => {
    const result = jsonOf(new Uint8Array(70_000).fill(0xff));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.code)).toEqual(['too-large']);
    const notJson = jsonOf(encode('x'.repeat(70_000)));
    if (!notJson.ok) expect(notJson.errors.map((error) => error.code)).toEqual(['too-large']);
  });

  it('refuses bad UTF-8 before trying JSON', () => {
    const result = jsonOf(new Uint8Array([0x7b, 0xff])); // "{" then a bad byte: also not JSON
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.code)).toEqual(['encoding']);
  });

  it('reads a __proto__ key as data, without polluting Object.prototype', () => {
    const result = jsonOf(encode('{"__proto__":{"polluted":1}}'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.hasOwn(result.value as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on deeply nested input under the size limit', () => {
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    expect(() => jsonOf(encode(deep))).not.toThrow();
  });

  it('builds the too-large error for any length (tooLarge)', () => {
    expect(tooLarge(1_000_000).received).toBe('"1000000 bytes"');
    expect(tooLarge(1_000_000).message.en).toBe('$: input too large, expected at most 65536 bytes, received "1000000 bytes".');
  });
});
