import { showHidden } from './hidden';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A string made safe as HTML text, in an element or a quoted attribute value (the desk page):
 * hidden characters shown as escapes (see `showHidden`; tab and line breaks kept, they are white
 * space in HTML), so a string cannot reverse the rest of a line (U+202E) or carry a control the
 * parser rejects; then `&`, `<`, `>` and both quotes as character references, so it can never
 * open a tag or close an attribute.
 *
 * @example
 * htmlText('<img src=x onerror="alert(1)">') //=> '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 * htmlText("O'Brien\u202e") //=> 'O&#39;Brien\\u202e'
 */
export function htmlText(text: string): string {
  return showHidden(text, { lines: true }).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
