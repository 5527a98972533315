import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { version } from '../../package.json';
import { buildDeskPage } from '../../src/cli/build-desk-page';
import { engineDigest } from '../../src/stamp/stamp';
import { cliWithFiles } from '../dispute/support';

/**
 * `sanbao desk` copies out the page built next to the command. The suite's build (global setup)
 * builds the command only, so the page is built here into the same directory, as `npm run build`
 * puts dist/desk.html beside dist/cli.js.
 */
const built = inject('builtDir');
let page: string;
let out: string;

beforeAll(async () => {
  page = await buildDeskPage({ version, digest: engineDigest() });
  writeFileSync(join(built, 'desk.html'), page);
  out = mkdtempSync(join(built, 'desk-out-'));
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('sanbao desk', () => {
  it('writes the page to --out, byte for byte, and to standard output without it', () => {
    const file = join(out, 'desk.html');
    execFileSync(process.execPath, [join(built, 'cli.js'), 'desk', '--out', file], { env: { ...process.env, TZ: 'UTC' } });
    expect(readFileSync(file, 'utf8')).toBe(page);
    const stdout = execFileSync(process.execPath, [join(built, 'cli.js'), 'desk'], { maxBuffer: 16 * 1024 * 1024 }).toString('utf8');
    expect(stdout).toBe(page);
  });

  it('is one file that asks for nothing else: no external script, style, image or font, and a policy forbidding requests', () => {
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(page).not.toMatch(/<(script|img|link|iframe)\b[^>]*\b(src|href)=/i);
    expect(page).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
    expect(page).toContain(`sanbao ${version} · ${engineDigest().slice(0, 12)}`);
  });

  it('says where the page should be when the command runs without a build (from the sources)', async () => {
    const run = await cliWithFiles(['desk'], {});
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/desk\.html is not next to the command .*npm run build/);
  });

  it('says on one line that --out names a directory or a missing directory, with exit 2, not that it cannot read it', () => {
    for (const [target, ...reason] of [
      [out, '这是一个目录，不是文件', 'it is a directory, not a file'],
      [join(out, 'missing', 'desk.html'), '文件不存在', 'no such file'],
    ] as const) {
      const run = spawnSync(process.execPath, [join(built, 'cli.js'), 'desk', '--out', target], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`sanbao: 无法写入 ${target}：${reason[0]} / cannot write ${target}: ${reason[1]}\n`);
    }
  });

  it('takes no input file', async () => {
    expect((await cliWithFiles(['desk', 'claim.json'], {})).status).toBe(2);
  });
});
