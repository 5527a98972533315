import { showHidden } from './hidden';

/**
 * Markdown's characters that can start markup inline: emphasis, code, links and images, HTML
 * (`<script>`, `<img onerror>`), entity references, table cells, strikethrough, headings; and the
 * punctuation that makes bare text a link in GitHub's Markdown (the `:` of `://`, the `.` of
 * `www.`, an e-mail's `@`). Every one is ASCII punctuation, which CommonMark lets a backslash
 * escape (§2.4).
 */
const SPECIAL = /[\\`*_[\]<>|~#&@]|:(?=\/\/)|(?<=www)\./gi;

/**
 * A string made safe as Markdown text (a paragraph, a list item, a heading, a table cell): hidden
 * characters shown (see `showHidden`; a line break would end a table row or start a block), then
 * every character that could start markup escaped with a backslash, so that a rendered report
 * shows the string as it is and never runs it as HTML or a link.
 *
 * @example
 * markdownText('<script>alert(1)</script>') //=> '\\<script\\>alert(1)\\</script\\>'
 * markdownText('a | b *c*') //=> 'a \\| b \\*c\\*'
 * markdownText('RMA\u001b[8m') //=> 'RMA\\\\u001b\\[8m'
 * markdownText('see https://x.cn or www.x.cn') //=> 'see https\\://x.cn or www\\.x.cn'
 */
export function markdownText(text: string): string {
  return showHidden(text).replace(SPECIAL, (char) => `\\${char}`);
}
