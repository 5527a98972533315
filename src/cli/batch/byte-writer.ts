/**
 * A growable byte buffer that JSON is written into directly, as UTF-8: no intermediate strings,
 * no per-line `Buffer`. A batch hands the filled buffer to the output and gets it back once
 * written (`take` / `reset`), so after the first few blocks no memory is allocated for output.
 */
export class ByteWriter {
  /** The buffer; valid bytes are `bytes[0, length)`. Replaced when it has to grow. */
  bytes: Uint8Array;
  length = 0;

  constructor(capacity: number = 1 << 16) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Starts over, writing into `buffer` when given (a buffer returned after being written out). */
  reset(buffer?: Uint8Array): void {
    if (buffer !== undefined && buffer.length >= this.bytes.length) this.bytes = buffer;
    this.length = 0;
  }

  /** Makes room for `extra` more bytes. */
  ensure(extra: number): void {
    if (this.length + extra > this.bytes.length) this.grow(extra);
  }

  private grow(extra: number): void {
    let capacity = Math.max(256, this.bytes.length * 2);
    while (capacity < this.length + extra) capacity *= 2;
    const next = new Uint8Array(capacity);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  /** One byte (an ASCII character code). */
  byte(code: number): void {
    if (this.length === this.bytes.length) this.grow(1);
    this.bytes[this.length++] = code;
  }

  /** Bytes already encoded (a cached fragment). */
  raw(fragment: Uint8Array): void {
    const n = fragment.length;
    this.ensure(n);
    if (n > 48) this.bytes.set(fragment, this.length);
    else {
      // A native copy costs more than a loop for a fragment this short.
      const bytes = this.bytes;
      const at = this.length;
      for (let index = 0; index < n; index += 1) bytes[at + index] = fragment[index]!;
    }
    this.length += n;
  }

  /** Text known to be ASCII and to need no escaping (punctuation, keys written by the encoder). */
  ascii(text: string): void {
    const n = text.length;
    this.ensure(n);
    const bytes = this.bytes;
    let at = this.length;
    for (let index = 0; index < n; index += 1) bytes[at++] = text.charCodeAt(index);
    this.length = at;
  }

  /**
   * A string as JSON (quoted, escaped) in UTF-8, byte for byte what `JSON.stringify` gives:
   * the same short escapes, `\u00xx` for other control characters, and `\udxxx` for a lone
   * surrogate (well-formed `JSON.stringify`, ES2019).
   */
  string(text: string): void {
    const n = text.length;
    if (n <= SHORT_STRING) {
      let fragment = shortStrings.get(text);
      if (fragment === undefined) {
        const start = this.length;
        this.encodeString(text);
        if (shortStrings.size >= MOST_SHORT_STRINGS) return;
        fragment = this.bytes.slice(start, this.length);
        shortStrings.set(text, fragment);
        return;
      }
      this.raw(fragment);
      return;
    }
    if (n >= LONG_STRING && !NEEDS_ESCAPE.test(text)) {
      this.ensure(n * 3 + 2);
      this.bytes[this.length++] = 34;
      this.length += UTF8.encodeInto(text, this.bytes.subarray(this.length)).written;
      this.bytes[this.length++] = 34;
      return;
    }
    this.encodeString(text);
  }

  private encodeString(text: string): void {
    const n = text.length;
    // Worst case per UTF-16 unit: 6 bytes (`\u001f`, a lone surrogate); a pair takes 4 for 2.
    this.ensure(n * 6 + 2);
    const bytes = this.bytes;
    let at = this.length;
    bytes[at++] = 34;
    for (let index = 0; index < n; index += 1) {
      const code = text.charCodeAt(index);
      if (code < 0x80) {
        if (code >= 0x20 && code !== 34 && code !== 92) bytes[at++] = code;
        else at = escapeAscii(bytes, at, code);
      } else if (code < 0x800) {
        bytes[at++] = 0xc0 | (code >> 6);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else if (code < 0xd800 || code > 0xdfff) {
        bytes[at++] = 0xe0 | (code >> 12);
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else {
        const next = index + 1 < n ? text.charCodeAt(index + 1) : 0;
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          bytes[at++] = 0xf0 | (point >> 18);
          bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
          bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
          bytes[at++] = 0x80 | (point & 0x3f);
          index += 1;
        } else at = unicodeEscape(bytes, at, code);
      }
    }
    bytes[at++] = 34;
    this.length = at;
  }

  /** A number as JSON: integers digit by digit, anything else as `JSON.stringify` writes it. */
  number(value: number): void {
    if (value >= 0 && value <= 0x7fffffff && (value | 0) === value) this.natural(value);
    else this.ascii(Number.isFinite(value) ? String(value) : 'null');
  }

  private natural(value: number): void {
    this.ensure(10);
    const bytes = this.bytes;
    if (value < 10) {
      bytes[this.length++] = 48 + value;
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits += 1;
    let at = this.length + digits;
    this.length = at;
    for (let rest = value; digits > 0; digits -= 1) {
      const next = (rest / 10) | 0;
      bytes[--at] = 48 + rest - next * 10;
      rest = next;
    }
  }

  /** The bytes written so far (a view of the buffer, not a copy). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/**
 * Short strings (rule ids, codes, dates, keys) recur in every decision: their bytes are kept, up
 * to a bound, and copied. Long ones (messages) are mostly unique: those that need no escaping are
 * encoded natively.
 */
const SHORT_STRING = 24;
const MOST_SHORT_STRINGS = 8192;
const shortStrings = new Map<string, Uint8Array>();
const LONG_STRING = 32;
// A character JSON escapes, or a surrogate (which may be lone: JSON.stringify escapes those).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const UTF8 = new TextEncoder();

const HEX = '0123456789abcdef';
const SHORT: Record<number, number> = { 8: 98, 9: 116, 10: 110, 12: 102, 13: 114, 34: 34, 92: 92 };

function escapeAscii(bytes: Uint8Array, at: number, code: number): number {
  const short = SHORT[code];
  if (short === undefined) return unicodeEscape(bytes, at, code);
  bytes[at] = 92;
  bytes[at + 1] = short;
  return at + 2;
}

function unicodeEscape(bytes: Uint8Array, at: number, code: number): number {
  bytes[at] = 92;
  bytes[at + 1] = 117;
  bytes[at + 2] = HEX.charCodeAt((code >> 12) & 15);
  bytes[at + 3] = HEX.charCodeAt((code >> 8) & 15);
  bytes[at + 4] = HEX.charCodeAt((code >> 4) & 15);
  bytes[at + 5] = HEX.charCodeAt(code & 15);
  return at + 6;
}
