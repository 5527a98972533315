/**
 * The characters no printed string may carry as they are, in any medium: they are invisible, or
 * they move, hide or forge other text. Control characters (C0, DEL and C1: ESC starts a terminal
 * sequence such as `ESC[8m`, which hides what follows; BEL rings; NUL ends a C string), the
 * bidirectional controls (U+202E writes the rest of a line backwards, U+2066–U+2069 isolate it),
 * the line and paragraph separators, lone surrogates (half a character) and the noncharacters
 * U+FFFE and U+FFFF (which XML cannot hold). The set is Unicode's own (`\p{Cc}`, `\p{Bidi_Control}`,
 * `\p{Cs}`), not a list of cases seen.
 */
const HIDDEN = /[\p{Cc}\p{Bidi_Control}\u2028\u2029\uFFFE\uFFFF]|\p{Cs}/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A hidden character written so it shows: `\n`, `\r`, `\t`, or `\u` and four hex digits. */
const shown = (char: string): string => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The text with every hidden character written as an escape that shows it, so that a reader sees
 * what the text holds and nothing can start a line, reorder one or hide one. With `lines`, tab,
 * line feed and carriage return are kept as they are (for a medium whose text may span lines,
 * such as an XML element). The building block of each medium's escaping function; printing code
 * calls those, not this.
 *
 * @example
 * showHidden('a\u001b[8mb\u202ec') //=> 'a\\u001b[8mb\\u202ec'
 * showHidden('one\ntwo') //=> 'one\\ntwo'
 * showHidden('one\ntwo', { lines: true }) //=> 'one\ntwo'
 * showHidden('小米 15 😀') //=> '小米 15 😀'
 */
export function showHidden(text: string, options: { readonly lines?: boolean } = {}): string {
  return text.replace(HIDDEN, (char) => (options.lines === true && (char === '\n' || char === '\t' || char === '\r') ? char : shown(char)));
}
