import fc from 'fast-check';

/**
 * Pieces of text that attack a printed medium: terminal controls (ESC sequences, BEL, NUL, C1),
 * bidirectional controls (U+202E, the isolates U+2066–U+2069, the marks), line and paragraph
 * breaks, lone surrogates and XML's noncharacters, markup (`<script>`, an `<img onerror>`,
 * entity references, CDATA's end), Markdown's specials, TAP's `#` and `\`, and ordinary text
 * (Chinese, an emoji) that must come through unchanged.
 */
export const HOSTILE_PIECES = [
  '\u001b', '\u001b[8m', '\u001b[2J', '\u001b]8;;http://x\u0007', '\u0007', '\u0000', '\u007f', '\u0085', '\u009b',
  '\u202e', '\u202a', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u2028', '\u2029',
  '\n', '\r', '\r\n', '\t', '\ud800', '\udfff', '\ufffe', '\uffff',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</p>', '&amp;', '&#60;', '&lt;', ']]>', '"', "'", '=',
  'http://x', 'https://a.b/c', 'WWW.a.cn', 'www.a.cn', 'a@b.cn', 'mailto:a@b.cn', '`', '``', '*', '**', '_', '[', ']', '(', ')', '![x](y)', '[a](javascript:alert(1))', '|', '~~', '#', '# SKIP', '\\', '\\#', '-', '+', '>', '1.',
  ' ', '  ', 'a', 'b', '9', '.', ':', '华为', '低于法定标准', '😀', '¥2,599',
] as const;

/** A string of hostile pieces, and now and then of any UTF-16 code units at all. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 12 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
);

/** What no escaped output may hold raw, in any medium: the hidden characters, as Unicode defines them. */
export const HIDDEN = /[\p{Cc}\p{Bidi_Control}\u2028\u2029\uFFFE\uFFFF]|\p{Cs}/u;

/** As {@link HIDDEN}, but tab, line feed and carriage return allowed (media whose text may span lines). */
export const HIDDEN_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Bidi_Control}\u2028\u2029\uFFFE\uFFFF]|\p{Cs}/u;

/** As {@link HIDDEN}, but line feeds allowed: what a multi-line report may hold between its own lines. */
export const HIDDEN_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Bidi_Control}\u2028\u2029\uFFFE\uFFFF]|\p{Cs}/u;
