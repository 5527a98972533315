/// <reference lib="dom" />
import { showHidden } from '../explain/escape/hidden';

/** What an element holds: text (never parsed as markup), nodes, and nothing for `false`/`undefined`/`null`. */
export type Child = Node | string | false | null | undefined | readonly Child[];

/** Attributes: a value is set as text (hidden characters shown); `true` sets an empty one (`multiple`); `false` and `undefined` set none. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Text as the page shows it: hidden characters shown as escapes (`showHidden`, as the reports
 * show them), so a brand or a message holding U+202E cannot reverse the rest of its line.
 *
 * @example
 * visibleText('O\u202eBrien') //=> 'O\\u202eBrien'
 */
export const visibleText = (text: string): string => showHidden(text, { lines: true });

/**
 * An element built with the platform DOM (`document.createElement`): each string child becomes a
 * text node and each attribute is set with `setAttribute`, so whatever a claim, a file or a
 * message holds is text, never markup, with no escaping to forget; hidden characters are shown
 * in both ({@link visibleText}). The desk page builds all its
 * HTML this way (docs/desk.md says why: no library, nothing to parse, escaping by construction).
 * (In the browser: test/desk/ holds it, a `<script>` in a claim shown as text.)
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : visibleText(String(value)));
  }
  append(node, children);
  return node;
}

/** Appends children to a node (or a fragment) as {@link h} does. */
export function append(node: ParentNode, children: readonly Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (typeof child === 'string') node.append(document.createTextNode(visibleText(child)));
    else if (Array.isArray(child)) append(node, child as readonly Child[]);
    else node.append(child as Node);
  }
}

/** A fragment of nodes side by side, for a function that gives several (a cite list, a line with its article). */
export function fragment(...children: readonly Child[]): DocumentFragment {
  const node = document.createDocumentFragment();
  append(node, children);
  return node;
}

/**
 * The library's timeline (`renderTimelineSvg`, already escaped for SVG by the library) as a node:
 * parsed by the XML parser as an SVG document, which runs no script and fails on anything that
 * is not well-formed, then adopted into the page. Nothing else on the page is parsed from text.
 */
export function svgNode(svg: string): Node {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (parsed.namespaceURI !== 'http://www.w3.org/2000/svg' || parsed.localName !== 'svg') return document.createTextNode('');
  return document.importNode(parsed, true);
}
