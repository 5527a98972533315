/**
 * One place owns the process-wide caches (issue 20 item 3): `src/engine/caches.ts` lists each in
 * `CACHES`, docs/architecture.md ("Caches") shows the same list, and the folders that say the law
 * (`src/time/`, `src/law/`, `src/money/`, `src/rules/`) keep no state of their own between calls.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// Every entry, so that every module that declares a cache has loaded.
import '../../src/index';
import '../../src/entries/calendar';
import '../../src/entries/dispute';
import '../../src/entries/policy';
import '../../src/entries/schemas';
import '../../src/entries/testing';
import { CACHES } from '../../src/engine/caches';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sourcesBelow(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the registry of caches', () => {
  const declared = CACHES.filter((entry) => !entry.name.startsWith('example.'));

  it('lists every cache once, each frozen, with what it holds and what bounds it', () => {
    expect(declared.length).toBeGreaterThan(10);
    expect(new Set(declared.map((entry) => entry.name)).size).toBe(declared.length);
    for (const entry of declared) {
      expect(Object.isFrozen(entry)).toBe(true);
      expect(entry.holds).not.toBe('');
      expect(entry.bound).toMatch(/^(weak: goes with its key|at most \d+ entries|\d+ slots)$/);
    }
    expect(declared.map((entry) => entry.name)).toEqual(expect.arrayContaining(['calendar-memo.day-names', 'calendar-memo.roll-over', 'stamp.stamps']));
  });

  it('is the list docs/architecture.md shows (add a row there for a new cache)', () => {
    const text = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    const table = text.slice(text.indexOf('<!-- caches: start -->'), text.indexOf('<!-- caches: end -->'));
    const documented = [...table.matchAll(/^\| `([^`]+)` \| .* \| ([^|]+) \|$/gm)].map((match) => `${match[1]} (${match[2]!.trim()})`);
    const registered = declared.map((entry) => `${entry.name} (${entry.bound})`);
    expect([...documented].sort(), `rows for docs/architecture.md:\n${declared.map((entry) => `| \`${entry.name}\` | ${entry.holds} | ${entry.bound} |`).join('\n')}`).toEqual([...registered].sort());
  });
});

describe('the folders that say the law keep nothing between calls', () => {
  // A variable at the top of a module, or a map made there, is state kept from call to call.
  const STATE = /^(?:export )?(?:let|var) |^(?:export )?const [\w$]+(?::[^=]+)? = new (?:Weak)?Map\b/m;

  it.each(['src/time', 'src/law', 'src/money', 'src/rules'])('%s', (folder) => {
    const files = sourcesBelow(folder);
    expect(files.length).toBeGreaterThan(0);
    const holding = files.filter((file) => STATE.test(readFileSync(file, 'utf8'))).map((file) => file.slice(ROOT.length));
    expect(holding).toEqual([]);
  });

  it('and their comments carry no speed notes ("every claim", "cache", "fast path")', () => {
    const SPEED = /every claim|per claim|hot path|fast path|\bcach(?:e|ed|es|ing)\b/i;
    const noted = ['src/time', 'src/law', 'src/money', 'src/rules']
      .flatMap(sourcesBelow)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ file: file.slice(ROOT.length), line: index + 1, text: line }))
          .filter(({ text }) => /^\s*(\/\/|\*|\/\*\*)/.test(text) && SPEED.test(text)),
      );
    expect(noted).toEqual([]);
  });
});
