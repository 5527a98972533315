import { type InputError, inputError } from './input-error';
import { jsonErrorIndex, positionIn } from './json-position';

/** One decoder for every claim: a whole-input decode keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The largest claim accepted, in bytes of UTF-8: a claim with every field and 50 repairs is under 16 KiB. */
export const MAX_CLAIM_BYTES = 64 * 1024;

/**
 * Turns the bytes of one claim into a JSON value, or the reason it cannot be one: too large,
 * not UTF-8, not JSON. Checks run in that order, so a hostile input is refused before it is
 * decoded or parsed.
 *
 * @example
 * jsonOf(new TextEncoder().encode('{"claimDate":')) //=> { ok: false, errors: [ { path: '$', code: 'json', … } ] }
 * jsonOf(new TextEncoder().encode('{"claimDate":')).errors[0].message.en //=> '$ at line 1, column 14: not valid JSON, …'
 */
export function jsonOf(bytes: Uint8Array): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly errors: readonly InputError[] } {
  if (bytes.length - lineEndingLength(bytes) > MAX_CLAIM_BYTES) {
    return { ok: false, errors: [tooLarge(bytes.length)] };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, errors: [inputError({ path: [], code: 'encoding', expected: 'utf-8', received: `${bytes.length} bytes` })] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // JSON nested deeper than the parser's stack is valid JSON, but too deep to take.
    if (error instanceof RangeError) {
      return { ok: false, errors: [inputError({ path: [], code: 'too-large', expected: 'nesting-limit', received: `${bytes.length} bytes` })] };
    }
    return { ok: false, errors: [notJson(text)] };
  }
}

/**
 * The error for a text that is not JSON: where it stops being JSON (line and column, in the
 * message), and the text's start as what was received.
 */
function notJson(text: string): InputError {
  const position = positionIn(text, jsonErrorIndex(text) ?? text.length);
  return inputError({ path: [], code: 'json', expected: 'json-object', received: text, position });
}

/**
 * The length of the one line ending an input ends with (`\r\n` 2, `\n` 1, none 0): not part of
 * the claim, so not counted against {@link MAX_CLAIM_BYTES} (a file saved by an editor ends in one).
 *
 * @example
 * lineEndingLength(new TextEncoder().encode('{}\r\n')) //=> 2
 * lineEndingLength(new TextEncoder().encode('{}\n\n')) //=> 1
 */
export function lineEndingLength(bytes: Uint8Array): number {
  const last = bytes.length - 1;
  if (last < 0 || bytes[last] !== 10) return 0;
  return last > 0 && bytes[last - 1] === 13 ? 2 : 1;
}

/** The error for an input over {@link MAX_CLAIM_BYTES}. */
export function tooLarge(length: number): InputError {
  return inputError({
    path: [],
    code: 'too-large',
    expected: 'size-limit',
    received: `${length} bytes`,
    values: { n: String(MAX_CLAIM_BYTES) },
  });
}
