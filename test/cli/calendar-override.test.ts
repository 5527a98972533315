/**
 * Issue 17, reproduction 10 on the command line: `--calendar FILE` giving 2024 with no holidays
 * silently turned a National Day refund into an exchange, `final`, with the same `engine.digest`.
 * Now the file is refused unless `--calendar-override` says the replacement is meant; then the
 * decision names the calendar and its digest, and the engine digest changes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { runSanbao } from '../support/process';
import { cliWithFiles } from '../support/run';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(inject('builtDir'), 'cli.js');
const work = mkdtempSync(join(ROOT, '.tmp', 'calendar-override-'));

/** Sold 2024-09-24, a listed fault, back on 2024-10-08: a refund because National Day rolls the refund window's last day (10-01) to 10-08. */
const claim = { claimDate: '2024-10-08', item: { kind: 'handset', imei: '860000000000009' }, sale: { date: '2024-09-24', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
const calendarJson = JSON.stringify({ years: [{ year: 2024, notice: { title: 'bare 2024' }, holidays: [], makeUpWorkdays: [] }] });
const calendarFile = join(work, 'bare-2024.json');
writeFileSync(calendarFile, calendarJson);
/** The command line in this process, with the claim and the calendar as in-memory files. */
const sanbao = (args: readonly string[]) => cliWithFiles(args, { 'claim.json': JSON.stringify(claim), 'bare-2024.json': calendarJson });

interface Decided {
  verdict: string;
  engine: { digest: string };
  calendar?: { digest: string; replaces: { year: number; notice?: string }[] };
}

describe('sanbao --calendar replacing a year the library carries', () => {
  it('refuses the file without --calendar-override (exit 1, the year’s path, how to override)', async () => {
    const result = await sanbao(['decide', 'claim.json', '--calendar', 'bare-2024.json']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('$.years[0].year');
    expect(result.stderr).toContain('--calendar-override');
  });

  it('with --calendar-override: the calendar’s decision, naming the calendar and its digest, under another engine digest', async () => {
    const plain = JSON.parse((await sanbao(['decide', 'claim.json'])).stdout) as Decided;
    expect(plain.verdict).toBe('refund');
    expect(plain.calendar).toBeUndefined();
    const result = await sanbao(['decide', 'claim.json', '--calendar', 'bare-2024.json', '--calendar-override']);
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
    // The built command line, in its own process: worker threads load the calendar again.
    const built = (args: readonly string[]) => runSanbao(CLI, args, { cwd: ROOT });
    const refused = await built(['batch', input, '--quiet', '--jobs', '2', '--calendar', calendarFile]);
    expect(refused.status).toBe(1);
    const one = await built(['batch', input, '--quiet', '--jobs', '1', '--calendar', calendarFile, '--calendar-override']);
    const two = await built(['batch', input, '--quiet', '--jobs', '2', '--calendar', calendarFile, '--calendar-override']);
    const lines = one.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Decided);
    expect(lines.map((line) => [line.verdict, line.calendar?.replaces[0]?.year])).toEqual([
      ['exchange', 2024],
      ['exchange', 2024],
    ]);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--calendar-override without --calendar is wrong usage (exit 2)', async () => {
    const result = await sanbao(['decide', 'claim.json', '--calendar-override']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--calendar-override needs --calendar FILE');
  });
});
