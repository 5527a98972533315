/**
 * The README says what the code does: its example prints what it says it prints, its links point
 * at files the package ships, and its command list is the command line's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index';
import { COMMANDS } from '../../src/cli/commands/index';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(`${ROOT}README.md`, 'utf8');
const PACKAGE = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { files: string[] };

describe('README.md', () => {
  it('prints what its example says it prints', () => {
    const section = README.slice(README.indexOf('## Use it from code'));
    const code = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
    const printed = /prints\n\n```\n([\s\S]*?)```/.exec(section)![1]!.trim();
    const lines: string[] = [];
    const body = code.replace(/^import .*$/m, '').replace(/console\.log\(([\s\S]*)\);/, 'out($1);');
    new Function('decide', 'out', body)(library.decide, (...values: unknown[]) => {
      lines.push(values.map((value) => (typeof value === 'string' ? value : `[ ${(value as unknown[]).map((item) => `'${String(item)}'`).join(', ')} ]`)).join(' '));
    });
    expect(lines.join('\n')).toBe(printed);
  });

  it('links only to files the package ships', () => {
    const links = [...README.matchAll(/https:\/\/unpkg\.com\/sanbao\/([^\s)]+)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(existsSync(`${ROOT}${link}`), link).toBe(true);
      expect(PACKAGE.files.some((entry) => link === entry || link.startsWith(`${entry}/`)), `${link} is in package.json "files"`).toBe(true);
    }
  });

  it('lists every command the command line has', () => {
    const listed = [...README.matchAll(/^sanbao (\w+)/gm)].map((match) => match[1]);
    for (const command of COMMANDS) expect(listed, command.name).toContain(command.name);
  });
});
