import fc from 'fast-check';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { showHidden } from '../../src/explain/escape/hidden';
import { htmlText } from '../../src/explain/escape/html';
import { markdownText } from '../../src/explain/escape/markdown';
import { tapDescription, tapYaml } from '../../src/explain/escape/tap';
import { terminalText } from '../../src/explain/escape/terminal';
import { xmlAttribute, xmlText } from '../../src/explain/escape/xml';
import { HIDDEN, HIDDEN_BUT_LINES, hostileText } from './hostile-text';
import { parseAll } from './python-parse';

/**
 * One escaping function per medium (item 8 of issue 19), each held to what a reader of that
 * medium does with it: a terminal (nothing hidden, one line), a TAP consumer (one test point, no
 * directive, the description read back), a YAML/JSON reader (the same value), a CommonMark/GFM
 * renderer (marked: nothing but text), an XML parser (expat: well-formed, the text read back) and
 * an HTML parser (no tag but ours, the text read back). fast-check, fixed seeds, bounded runs;
 * the parsers run once over a whole sample.
 */
const SEED = 19_0806;

/** Printable text (no hidden character and none of the media's specials) comes through every medium unchanged. */
const plainText = fc.string({ unit: fc.constantFrom('a', 'Z', '7', ' ', '.', ',', ':', '(', ')', '-', '华', '为', '¥', '，', '😀'), maxLength: 30 });

describe('terminal', () => {
  it('shows every hidden character (ESC, BEL, NUL, C1, U+202E, U+2066–U+2069, line breaks) and keeps the line whole', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = terminalText(text);
        expect(out).not.toMatch(HIDDEN);
        expect(out.split('\n')).toHaveLength(1);
        // Removing what was shown gives back the rest of the text: nothing but the hidden characters changed.
        expect(out.replace(/\\(u[0-9a-f]{4}|[nrt])/g, '')).toBe(text.replace(new RegExp(HIDDEN.source, 'gu'), ''));
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('leaves printable text, Chinese included, byte for byte', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(terminalText(text)).toBe(text);
      }),
      { seed: SEED + 1, numRuns: 200 },
    );
  });

  it('hides nothing from a reader: `ESC[8m` (conceal) before "BELOW the floor" is shown, not obeyed', () => {
    expect(terminalText('RMA-1\u001b[8m')).toBe('RMA-1\\u001b[8m');
    expect(terminalText('0.1.0\u202e')).toBe('0.1.0\\u202e');
  });
});

/** A TAP 14 description read back: `\\` and `\#` unescaped (the only escapes TAP 14 defines). */
const tapUnescape = (description: string) => description.replace(/\\([\\#])/g, '$1');

describe('TAP', () => {
  it('a description is one test point: one line, no unescaped # (no directive), nothing hidden, read back as the terminal text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const line = `ok 1 - ${tapDescription(text)}`;
        expect(line.split('\n')).toHaveLength(1);
        expect(line).not.toMatch(HIDDEN);
        expect(line).not.toMatch(/(^|[^\\])(\\\\)*#/);
        expect(tapUnescape(tapDescription(text))).toBe(terminalText(text));
      }),
      { seed: SEED + 2, numRuns: 600 },
    );
  });

  it('a YAML value is the same value read back, on one line, with nothing hidden', () => {
    const value = fc.oneof(hostileText, fc.array(hostileText, { maxLength: 3 }), fc.dictionary(hostileText, hostileText, { maxKeys: 2 }));
    fc.assert(
      fc.property(value, (input) => {
        const out = tapYaml(input);
        expect(out).not.toMatch(HIDDEN);
        expect(out.split('\n')).toHaveLength(1);
        expect(JSON.parse(out)).toEqual(input);
      }),
      { seed: SEED + 3, numRuns: 500 },
    );
  });
});

/** The text a reader sees in marked's inline tokens, and every kind of token that made it. */
function inlineOf(tokens: readonly Token[]): { text: string; kinds: Set<string> } {
  const decode = (html: string) => html.replace(/&(lt|gt|amp|quot|#39);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[name]!);
  let text = '';
  const kinds = new Set<string>();
  for (const token of tokens) {
    kinds.add(token.type);
    text += token.type === 'escape' ? decode(token.text) : token.type === 'text' ? decode(token.text) : token.raw;
  }
  return { text, kinds };
}

describe('Markdown', () => {
  it('in a paragraph (a report line, a heading, a check case): nothing but text reaches the renderer, and the reader sees the terminal text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const blocks = marked.lexer(`Case ${markdownText(text)}: checked`);
        expect(blocks.map((block) => block.type)).toEqual(['paragraph']);
        const { text: seen, kinds } = inlineOf((blocks[0] as Tokens.Paragraph).tokens);
        expect([...kinds].filter((kind) => kind !== 'text' && kind !== 'escape')).toEqual([]);
        expect(seen).toBe(`Case ${terminalText(text)}: checked`);
        expect(marked.parse(`Case ${markdownText(text)}`)).not.toMatch(/<(?!\/?p>)/);
      }),
      { seed: SEED + 4, numRuns: 600 },
    );
  });

  it('in a table cell (a diff row): one row, one cell per column, the text as it was', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const blocks = marked.lexer(`| line | verdict |\n|---|---|\n| 1 | ${markdownText(text)} |`);
        expect(blocks.map((block) => block.type)).toEqual(['table']);
        const table = blocks[0] as Tokens.Table;
        expect(table.rows).toHaveLength(1);
        expect(table.rows[0]).toHaveLength(2);
        const { text: seen, kinds } = inlineOf(table.rows[0]![1]!.tokens);
        expect([...kinds].filter((kind) => kind !== 'text' && kind !== 'escape')).toEqual([]);
        expect(seen).toBe(terminalText(text).trim());
      }),
      { seed: SEED + 5, numRuns: 400 },
    );
  });

  it('`<script>` and `<img onerror>` stay text', () => {
    expect(marked.parse(markdownText('<script>alert(1)</script><img src=x onerror=alert(1)>'))).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>\n');
  });
});

describe('XML (JUnit, SVG)', () => {
  it('is well-formed whatever the text, and a parser reads back the text with its hidden characters shown, in content and in an attribute', () => {
    const texts = fc.sample(hostileText, { seed: SEED + 6, numRuns: 600 });
    const parsed = parseAll('xml', texts.map((text) => `<r a="${xmlAttribute(text)}"><t>${xmlText(text)}</t></r>`));
    texts.forEach((text, index) => {
      const result = parsed[index]!;
      const input = JSON.stringify(text);
      expect(result.ok, `${input}: ${result.error}`).toBe(true);
      expect(result.tags, input).toEqual(['r', 't']);
      expect(result.text, input).toBe(showHidden(text, { lines: true }));
      expect(result.attrs, input).toEqual([['a', showHidden(text, { lines: true })]]);
      expect(result.text, input).not.toMatch(HIDDEN_BUT_LINES);
    });
  });

  it('an ESC in a holiday name no longer breaks the SVG', () => {
    const [result] = parseAll('xml', [`<svg xmlns="http://www.w3.org/2000/svg"><text>${xmlText('春节\u001b[31m')}</text></svg>`]);
    expect(result?.ok).toBe(true);
    expect(result?.text).toBe('春节\\u001b[31m');
  });
});

describe('HTML (the desk page)', () => {
  it('opens no tag but ours, and a parser reads back the text with its hidden characters shown, in content and in an attribute', () => {
    const texts = fc.sample(hostileText, { seed: SEED + 7, numRuns: 600 });
    const parsed = parseAll('html', texts.map((text) => `<p title="${htmlText(text)}">${htmlText(text)}</p>`));
    texts.forEach((text, index) => {
      const result = parsed[index]!;
      const input = JSON.stringify(text);
      expect(result.tags, input).toEqual(['p']);
      expect(result.attrs, input).toEqual([['title', showHidden(text, { lines: true })]]);
      expect(result.text, input).toBe(showHidden(text, { lines: true }));
      expect(result.text, input).not.toMatch(HIDDEN_BUT_LINES);
    });
  });
});
