/**
 * Where a text stops being JSON (RFC 8259), as a line and a column, for the error of a claim that
 * does not parse. `JSON.parse` says where only in some of its messages, and their wording changes
 * between Node versions; the same input must give the same error everywhere, so the place is found
 * here by a scan of the grammar instead. The scan runs only after `JSON.parse` has refused the
 * text, and keeps its own stack, so input nested too deep for recursion cannot overflow it.
 */

/** A place in a text: line and column from 1, the column in characters (Unicode code points). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** A scanned token: the index just after it, or the index where it went wrong. */
type Step = { readonly end: number } | { readonly error: number };

function skipSpace(text: string, at: number): number {
  let i = at;
  while (isSpace(text[i])) i += 1;
  return i;
}

function scanString(text: string, at: number): Step {
  for (let i = at + 1; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '"') return { end: i + 1 };
    if (c < ' ') return { error: i };
    if (c === '\\') {
      const escape = text[i + 1];
      if (escape === 'u') {
        for (let k = i + 2; k < i + 6; k += 1) if (!/[0-9A-Fa-f]/.test(text[k] ?? '')) return { error: Math.min(k, text.length) };
        i += 5;
      } else if (escape !== undefined && ESCAPES.has(escape)) i += 1;
      else return { error: Math.min(i + 1, text.length) };
    }
  }
  return { error: text.length };
}

function scanDigits(text: string, at: number): Step {
  if (!isDigit(text[at])) return { error: Math.min(at, text.length) };
  let i = at;
  while (isDigit(text[i])) i += 1;
  return { end: i };
}

function scanNumber(text: string, at: number): Step {
  let i = text[at] === '-' ? at + 1 : at;
  if (text[i] === '0') i += 1;
  else {
    const whole = scanDigits(text, i);
    if ('error' in whole) return whole;
    i = whole.end;
  }
  if (text[i] === '.') {
    const fraction = scanDigits(text, i + 1);
    if ('error' in fraction) return fraction;
    i = fraction.end;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    const sign = text[i + 1] === '+' || text[i + 1] === '-' ? 1 : 0;
    const exponent = scanDigits(text, i + 1 + sign);
    if ('error' in exponent) return exponent;
    i = exponent.end;
  }
  return { end: i };
}

function scanWord(text: string, at: number, word: string): Step {
  for (let k = 0; k < word.length; k += 1) if (text[at + k] !== word[k]) return { error: Math.min(at + k, text.length) };
  return { end: at + word.length };
}

/** A value that holds no other: a string, a number, true, false or null. */
function scanScalar(text: string, at: number): Step {
  const c = text[at];
  if (c === '"') return scanString(text, at);
  if (c === '-' || isDigit(c)) return scanNumber(text, at);
  if (c === 't') return scanWord(text, at, 'true');
  if (c === 'f') return scanWord(text, at, 'false');
  if (c === 'n') return scanWord(text, at, 'null');
  return { error: Math.min(at, text.length) };
}

/** A member's key and its colon, ending where its value starts. */
function scanKey(text: string, at: number): Step {
  if (text[at] !== '"') return { error: Math.min(at, text.length) };
  const key = scanString(text, at);
  if ('error' in key) return key;
  const colon = skipSpace(text, key.end);
  return text[colon] === ':' ? { end: skipSpace(text, colon + 1) } : { error: Math.min(colon, text.length) };
}

/**
 * The index of the first character at which a text is not one JSON value (the text's length when
 * it ends too soon), or `undefined` when it is JSON.
 *
 * @example
 * jsonErrorIndex('{"a":1,}') //=> 7
 */
export function jsonErrorIndex(text: string): number | undefined {
  const open: ('[' | '{')[] = [];
  let i = skipSpace(text, 0);
  for (;;) {
    // A value starts at i.
    const c = text[i];
    let end: number;
    if (c === '[' || c === '{') {
      const inner = skipSpace(text, i + 1);
      if (text[inner] === (c === '[' ? ']' : '}')) end = inner + 1;
      else {
        open.push(c);
        const start = c === '{' ? scanKey(text, inner) : { end: inner };
        if ('error' in start) return start.error;
        i = start.end;
        continue;
      }
    } else {
      const scalar = scanScalar(text, i);
      if ('error' in scalar) return scalar.error;
      end = scalar.end;
    }
    // After a value: close what ends here, then a comma starts the next value, or the text ends.
    for (;;) {
      i = skipSpace(text, end);
      const container = open[open.length - 1];
      if (container === undefined) return i < text.length ? i : undefined;
      if (text[i] === (container === '[' ? ']' : '}')) {
        open.pop();
        end = i + 1;
        continue;
      }
      if (text[i] !== ',') return Math.min(i, text.length);
      const next = container === '{' ? scanKey(text, skipSpace(text, i + 1)) : { end: skipSpace(text, i + 1) };
      if ('error' in next) return next.error;
      i = next.end;
      break;
    }
  }
}

/**
 * The line and column of an index in a text. Lines end at `\n`, `\r\n` or `\r`; columns count
 * characters, so a Chinese character or an emoji is one column.
 *
 * @example
 * positionIn('{\n  "a": 01}', 10) //=> { line: 2, column: 9 }
 */
export function positionIn(text: string, index: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line += 1;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (const _ of text.slice(lineStart, Math.min(index, text.length))) column += 1;
  return { line, column };
}
