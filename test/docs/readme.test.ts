/**
 * The README says what the code does: its example prints what it says it prints, its links point
 * at files the package ships, and its command list is the command line's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index';
import { COMMANDS } from '../../src/cli/commands/index';
import { cliWithFiles } from '../support/run';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(`${ROOT}README.md`, 'utf8');
const PACKAGE = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { files: string[]; scripts: Record<string, string> };

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

  it('links only to files the package ships (every link is relative: test/docs/links.test.ts)', () => {
    const links = [...README.matchAll(/\]\(([^)\s]+)\)|^\[[\w-]+\]: (\S+)$/gm)].map((match) => (match[1] ?? match[2])!.split('#')[0]!);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(existsSync(`${ROOT}${link}`), link).toBe(true);
      expect(PACKAGE.files.some((entry) => link === entry || link.startsWith(`${entry}/`)), `${link} is in package.json "files"`).toBe(true);
    }
  });

  it('starts with two lines for a fresh clone: install and run the main job on a shipped claim, then the tests', () => {
    const first = /```sh\n([\s\S]*?)```/.exec(README)![1]!.trim().split('\n');
    expect(first).toEqual(['npm ci && npm start', 'npm test']);
    const start = PACKAGE.scripts.start!;
    // The main job on a shipped example, from the sources: no build (type declarations took 31 of 36 s).
    expect(start).toMatch(/^tsx src\/cli\/bin\.ts decide (\S+) /);
    expect(start).not.toMatch(/tsup|build|dist\//);
    expect(existsSync(`${ROOT}${/decide (\S+)/.exec(start)![1]}`)).toBe(true);
  });

  it('`npm start` prints the Chinese report of the shipped claim (its arguments, run in this process)', async () => {
    const argv = PACKAGE.scripts.start!.replace(/^tsx src\/cli\/bin\.ts /, '').split(' ');
    const claimFile = argv[1]!;
    const run = await cliWithFiles(argv, { [claimFile]: readFileSync(`${ROOT}${claimFile}`, 'utf8') });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^三包处理意见\n/);
    expect(run.stdout).toContain('结论');
    expect(run.stdout).toContain('依据：');
  });

  it('lists every command the command line has', () => {
    const listed = [...README.matchAll(/^sanbao (\w+)/gm)].map((match) => match[1]);
    for (const command of COMMANDS) expect(listed, command.name).toContain(command.name);
  });
});
