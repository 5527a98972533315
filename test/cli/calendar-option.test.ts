/**
 * `--calendar FILE` (issue 13, I28): a year the built-in calendar lacks, loaded from JSON by the
 * built command line, turns a provisional decision final; a bad file is refused with every problem.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(inject('builtDir'), 'cli.js');
const work = mkdtempSync(join(ROOT, '.tmp', 'calendar-'));
const FIXTURE = join(ROOT, 'fixtures/closer-law/i28-refund-window-ends-in-2027-provisional.json');

async function sanbao(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: ROOT });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('sanbao decide --calendar', () => {
  it('decides a refund window ending in 2027 provisionally without the 2027 notice, finally with it', async () => {
    // Sold 2026-12-30; the refund window ends Wednesday 2027-01-06, the claim is 01-07. With a 2027
    // notice that makes only 01-01 … 01-03 holidays (New Year), 01-06 stays the last day: the
    // exchange is final, and nothing about 2027 is missing any more.
    const without = JSON.parse((await sanbao(['decide', FIXTURE, '--at', '/claim'])).stdout) as { status: string; missing: { fact: string }[] };
    expect(without.status).toBe('provisional');
    expect(without.missing.map((entry) => entry.fact)).toContain('calendar.2027');

    const file = join(work, '2027.json');
    writeFileSync(file, JSON.stringify({ years: [{ year: 2027, notice: { title: '2027年节假日安排（试例）' }, holidays: [{ name: { 'zh-CN': '元旦', en: "New Year's Day" }, from: '2027-01-01', to: '2027-01-03' }], makeUpWorkdays: [] }] }));
    const result = await sanbao(['decide', FIXTURE, '--at', '/claim', '--calendar', file]);
    expect(result.status).toBe(0);
    const decision = JSON.parse(result.stdout) as { verdict: string; status: string; missing: { fact: string }[] };
    expect(decision).toMatchObject({ verdict: 'exchange', status: 'final' });
    expect(decision.missing.map((entry) => entry.fact)).not.toContain('calendar.2027');
    expect(JSON.parse(readFileSync(FIXTURE, 'utf8')).expect.verdict).toBe('exchange');
  });

  it('refuses a bad calendar file with every problem, with its path, in both languages, exit 1', async () => {
    const file = join(work, 'bad.json');
    writeFileSync(file, JSON.stringify({ years: [{ year: 1850, notice: { title: '' }, holidays: [{ name: { 'zh-CN': '元旦', en: 'x' }, from: '2027-13-01', to: '2027-01-03' }] }] }));
    const result = await sanbao(['decide', FIXTURE, '--at', '/claim', '--calendar', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('$.years[0].year');
    expect(result.stderr).toContain('$.years[0].holidays[0].from');
    expect(result.stderr).toMatch(/[\u4e00-\u9fff]/);
  });

  it('lists the first 100 problems of a file with more, and says how many it left out', async () => {
    const file = join(work, 'many.json');
    writeFileSync(file, JSON.stringify({ years: [], ...Object.fromEntries(Array.from({ length: 120 }, (_, index) => [`extra${index}`, index])) }));
    const result = await sanbao(['decide', FIXTURE, '--at', '/claim', '--calendar', file]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    // The file line, then each of the 100 problems in both languages, then the count in both.
    expect(lines).toHaveLength(1 + 200 + 2);
    expect(lines.slice(-2)).toEqual(['…  另有 21 个错误未列出', '…  and 21 more errors not listed']);
  });

  it('says a missing calendar file on one line, exit 2', async () => {
    const result = await sanbao(['decide', FIXTURE, '--at', '/claim', '--calendar', join(work, 'none.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no such file');
  });
});

describe('sanbao batch --calendar', () => {
  it('decides every line with the loaded year, in worker threads as on the main thread', async () => {
    const claim = JSON.parse(readFileSync(FIXTURE, 'utf8')).claim as unknown;
    const input = join(work, 'claims.jsonl');
    writeFileSync(input, `${JSON.stringify(claim)}\n${JSON.stringify(claim)}\n`);
    const file = join(work, '2027-batch.json');
    writeFileSync(file, JSON.stringify({ years: [{ year: 2027, notice: { title: '2027年节假日安排（试例）' }, holidays: [{ name: { 'zh-CN': '元旦', en: "New Year's Day" }, from: '2027-01-01', to: '2027-01-03' }], makeUpWorkdays: [] }] }));
    const without = await sanbao(['batch', input, '--quiet', '--jobs', '1']);
    const one = await sanbao(['batch', input, '--quiet', '--jobs', '1', '--calendar', file]);
    const two = await sanbao(['batch', input, '--quiet', '--jobs', '2', '--calendar', file]);
    expect(without.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { status: string }).status)).toEqual(['provisional', 'provisional']);
    expect(one.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { status: string }).status)).toEqual(['final', 'final']);
    expect(two.stdout).toBe(one.stdout);
  });
});
