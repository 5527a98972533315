/**
 * Issue 17, reproduction 10 on the command line: `--calendar FILE` giving 2024 with no holidays
 * silently turned a National Day refund into an exchange, `final`, with the same `engine.digest`.
 * Now the file is refused unless `--calendar-override` says the replacement is meant; then the
 * decision names the calendar and its digest, and the engine digest changes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(inject('builtDir'), 'cli.js');
const work = mkdtempSync(join(ROOT, '.tmp', 'calendar-override-'));

async function sanbao(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: ROOT });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Sold 2024-09-24, a listed fault, back on 2024-10-08: a refund because National Day rolls the refund window's last day (10-01) to 10-08. */
const claim = { claimDate: '2024-10-08', item: { kind: 'handset', imei: '860000000000009' }, sale: { date: '2024-09-24', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
const claimFile = join(work, 'national-day.json');
writeFileSync(claimFile, JSON.stringify(claim));
const calendarFile = join(work, 'bare-2024.json');
writeFileSync(calendarFile, JSON.stringify({ years: [{ year: 2024, notice: { title: 'bare 2024' }, holidays: [], makeUpWorkdays: [] }] }));

interface Decided {
  verdict: string;
  engine: { digest: string };
  calendar?: { digest: string; replaces: { year: number; notice?: string }[] };
}

describe('sanbao --calendar replacing a year the library carries', () => {
  it('refuses the file without --calendar-override (exit 1, the year’s path, how to override)', async () => {
    const result = await sanbao(['decide', claimFile, '--calendar', calendarFile]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('$.years[0].year');
    expect(result.stderr).toContain('--calendar-override');
  });

  it('with --calendar-override: the calendar’s decision, naming the calendar and its digest, under another engine digest', async () => {
    const plain = JSON.parse((await sanbao(['decide', claimFile])).stdout) as Decided;
    expect(plain.verdict).toBe('refund');
    expect(plain.calendar).toBeUndefined();
    const result = await sanbao(['decide', claimFile, '--calendar', calendarFile, '--calendar-override']);
    expect(result.status).toBe(0);
    const decision = JSON.parse(result.stdout) as Decided;
    expect(decision.verdict).toBe('exchange');
    expect(decision.calendar?.replaces).toEqual([{ year: 2024, notice: 'bare 2024' }]);
    expect(decision.calendar?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(decision.engine.digest).not.toBe(plain.engine.digest);
  });

  it('batch: the same in worker threads as on the main thread', async () => {
    const input = join(work, 'claims.jsonl');
    writeFileSync(input, `${JSON.stringify(claim)}\n${JSON.stringify(claim)}\n`);
    const refused = await sanbao(['batch', input, '--quiet', '--jobs', '2', '--calendar', calendarFile]);
    expect(refused.status).toBe(1);
    const one = await sanbao(['batch', input, '--quiet', '--jobs', '1', '--calendar', calendarFile, '--calendar-override']);
    const two = await sanbao(['batch', input, '--quiet', '--jobs', '2', '--calendar', calendarFile, '--calendar-override']);
    const lines = one.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Decided);
    expect(lines.map((line) => [line.verdict, line.calendar?.replaces[0]?.year])).toEqual([
      ['exchange', 2024],
      ['exchange', 2024],
    ]);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--calendar-override without --calendar is wrong usage (exit 2)', async () => {
    const result = await sanbao(['decide', claimFile, '--calendar-override']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--calendar-override needs --calendar FILE');
  });
});
