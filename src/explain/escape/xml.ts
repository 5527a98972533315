import { showHidden } from './hidden';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

/**
 * Character data for an XML element (JUnit reports, SVG): hidden characters shown as escapes (see
 * `showHidden`), which takes away every character outside XML 1.0's `Char` production (§2.2: the
 * C0 controls but tab, line feed and carriage return, lone surrogates, U+FFFE, U+FFFF) and the
 * controls that would move text where it is displayed (C1, bidirectional); tab and line breaks are
 * kept, a carriage return as a character reference (a parser would turn it into a line feed,
 * §2.11). Then `&` and `<` are escaped (§2.4), `>` too (so `]]>` cannot occur), and both quotes,
 * so the same text also serves in an attribute.
 *
 * @example
 * xmlText('a < b & "c"\u0001') //=> 'a &lt; b &amp; &quot;c&quot;\\u0001'
 * xmlText('Spring Festival\u001b[31m') //=> 'Spring Festival\\u001b[31m'
 */
export function xmlText(text: string): string {
  return showHidden(text, { lines: true }).replace(/[&<>"'\r]/g, (char) => ENTITIES[char]!);
}

/**
 * An attribute's value: as {@link xmlText}, with tab, line feed and carriage return written as
 * character references, since a parser turns them into spaces in an attribute (§3.3.3).
 *
 * @example
 * xmlAttribute('line 1\r\nline 2') //=> 'line 1&#13;&#10;line 2'
 */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/[\t\n]/g, (char) => `&#${char.charCodeAt(0)};`);
}
