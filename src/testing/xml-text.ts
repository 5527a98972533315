/**
 * Text made safe for XML 1.0, following the specification rather than a list of cases seen:
 * characters outside XML's `Char` production (§2.2: C0 controls but tab, line feed and carriage
 * return; lone surrogates; U+FFFE and U+FFFF) cannot appear even escaped, so they become U+FFFD;
 * `&` and `<` are always escaped (§2.4), `>` too (so `]]>` cannot occur), and quotes everywhere
 * so the same text serves in an attribute.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Character data for an element's content.
 *
 * @example
 * xmlText('a < b & "c"\u0001') //=> 'a &lt; b &amp; &quot;c&quot;\uFFFD'
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * An attribute's value: as {@link xmlText}, with tab, line feed and carriage return written as
 * character references, since a parser turns them into spaces in an attribute (§3.3.3).
 *
 * @example
 * xmlAttribute('line 1\nline 2') //=> 'line 1&#10;line 2'
 */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
