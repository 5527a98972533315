/**
 * Every link and image in README.md and docs/*.md is relative and resolves in the repository: the
 * package is not published, so a link to a registry or CDN leads nowhere, and a link to another
 * site cannot be checked here (a source on the web is cited as text, `code`, not linked). A link
 * into a Markdown file with `#anchor` must name one of its headings.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALSO_IN_NPM_TEST, OWN_SUITES } from '../vitest.config';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

interface Link {
  readonly target: string;
  readonly line: number;
  readonly image: boolean;
}

const blank = (part: string) => part.replace(/[^\n]/g, ' ');

/** Markdown without its fenced code blocks, line breaks kept. */
const withoutFences = (text: string): string => text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank);

/** Markdown without its fenced code blocks and inline code spans (a link in code is not a link), line breaks kept. */
const withoutCode = (text: string): string => withoutFences(text).replace(/`[^`\n]+`/g, blank);

/** The links and images of a Markdown page: inline `[t](url)`, `![a](url)`, reference definitions `[r]: url`, HTML `href`/`src`. */
export function linksOf(markdown: string): Link[] {
  const text = withoutCode(markdown);
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const links: Link[] = [];
  for (const match of text.matchAll(/(!?)\[(?:[^\]\n]|\][^(\n])*?\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    links.push({ target: match[2]!, line: lineAt(match.index), image: match[1] === '!' });
  }
  for (const match of text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+[^\n]*)?$/gm)) links.push({ target: match[1]!, line: lineAt(match.index), image: false });
  for (const match of text.matchAll(/<(a|img)\b[^>]*?\s(href|src)\s*=\s*["']([^"']+)["']/gi)) {
    links.push({ target: match[3]!, line: lineAt(match.index), image: match[1]!.toLowerCase() === 'img' });
  }
  return links;
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens; repeats numbered. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = match[1]!
      .replace(/`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** What is wrong with one link of `page`, or undefined when it resolves. */
function problemOf(page: string, link: Link): string | undefined {
  const { target } = link;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return `is not relative: ${target}`;
  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  const path = decodeURIComponent(pathPart);
  const file = path === '' ? join(ROOT, page) : path.startsWith('/') ? join(ROOT, path) : join(ROOT, dirname(page), path);
  if (!relative(ROOT, file).split(/[\\/]/).every((part) => part !== '..')) return `leaves the repository: ${target}`;
  if (!existsSync(file)) return `names no file: ${target}`;
  if (link.image) {
    if (!statSync(file).isFile()) return `is an image that is not a file: ${target}`;
    const head = readFileSync(file).subarray(0, 8);
    const isPng = head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const isSvg = file.endsWith('.svg') && readFileSync(file, 'utf8').includes('<svg');
    if (!isPng && !isSvg) return `is an image that is neither PNG nor SVG: ${target}`;
  }
  if (anchor !== undefined && file.endsWith('.md') && !anchorsOf(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor))) return `names no heading: ${target}`;
  return undefined;
}

describe('links in README.md and docs/*.md', () => {
  it('finds the links it checks (the README has its image and more than ten links)', () => {
    const readme = linksOf(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(readme.filter((link) => link.image).map((link) => link.target)).toContain('docs/desk.png');
    expect(readme.length).toBeGreaterThan(10);
  });

  it.each(PAGES)('%s: every link and image is relative and resolves in the repository', (page) => {
    const problems = linksOf(readFileSync(join(ROOT, page), 'utf8'))
      .map((link) => ({ link, problem: problemOf(page, link) }))
      .filter(({ problem }) => problem !== undefined)
      .map(({ link, problem }) => `${page}:${link.line} ${problem}`);
    expect(problems).toEqual([]);
  });

  it('the checks themselves fail on what they must refuse', () => {
    const page = 'docs/cli.md';
    const check = (target: string, image = false) => problemOf(page, { target, line: 1, image });
    expect(check('https://unpkg.com/sanbao/docs/rules.md')).toMatch(/not relative/);
    expect(check('//example.com/x.md')).toMatch(/not relative/);
    expect(check('no-such-file.md')).toMatch(/names no file/);
    expect(check('../../outside.md')).toMatch(/leaves the repository/);
    expect(check('rules.md#no-such-heading')).toMatch(/names no heading/);
    expect(check('cli.md', true)).toMatch(/neither PNG nor SVG/);
    expect(check('rules.md')).toBeUndefined();
    expect(check('desk.png', true)).toBeUndefined();
  });

  it('reads inline, reference, image and HTML links, and not links inside code', () => {
    const links = linksOf('[a](x.md) ![i](p.png "t") `[c](code.md)`\n\n```\n[d](fenced.md)\n```\n[r]: ref.md\n<img src="h.png"> <a href="y.md#h">y</a>');
    expect(links.map((link) => [link.target, link.image])).toEqual([
      ['x.md', false],
      ['p.png', true],
      ['ref.md', false],
      ['h.png', true],
      ['y.md#h', false],
    ]);
    expect([...anchorsOf('# Expect: what each key checks\n## `sanbao test`\n## Dup\n## Dup\n## 三包 有效期')]).toEqual([
      'expect-what-each-key-checks',
      'sanbao-test',
      'dup',
      'dup-1',
      '三包-有效期',
    ]);
  });
});

/** Whether a path is one of a named suite's (which `npm test` leaves out), by the suite's globs. */
function inOwnSuite(path: string): boolean {
  if (ALSO_IN_NPM_TEST.has(path)) return false;
  return Object.values(OWN_SUITES)
    .flat()
    .some((glob) => (glob.startsWith('test/**/') ? path.endsWith(glob.slice('test/**/*'.length)) : glob.endsWith('/**') ? `${path}/`.startsWith(glob.slice(0, -2)) : path === glob));
}

describe('test commands in README.md and docs/*.md', () => {
  const commands = PAGES.flatMap((page) =>
    [...readFileSync(join(ROOT, page), 'utf8').matchAll(/^(?:(SANBAO_SUITES=\S+) )?npx vitest run --config test\/vitest\.config\.ts((?: [^\s#]+)*)/gm)].map((match) => ({
      page,
      suites: match[1],
      paths: match[2]!.trim().split(' ').filter((part) => part !== '' && !part.startsWith('-')),
    })),
  );

  it('finds them (the README names one)', () => {
    expect(commands.some((command) => command.page === 'README.md')).toBe(true);
  });

  it('each names files that exist and that its command runs (a named suite\'s only with SANBAO_SUITES)', () => {
    for (const { page, suites, paths } of commands) {
      for (const path of paths) {
        expect(existsSync(join(ROOT, path)), `${page}: ${path}`).toBe(true);
        if (suites === undefined) expect(inOwnSuite(path), `${page}: ${path} is left out of npm test; name its suite (SANBAO_SUITES=…)`).toBe(false);
      }
    }
    expect(inOwnSuite('test/desk'), 'the check knows the desk suite').toBe(true);
    expect(inOwnSuite('test/property/decide.property.test.ts')).toBe(true);
    expect(inOwnSuite('test/policy/floor.property.test.ts'), 'a property file npm test runs').toBe(false);
    expect(inOwnSuite('test/property/hostile-profiles.property.test.ts'), 'npm test runs it too, with its fixed seed').toBe(false);
    expect(inOwnSuite('test/policy/sealed-floor.test.ts')).toBe(false);
  });
});
