/**
 * `sanbao --version` and `--help` start without the engine (issue 10, item 6): the commands load
 * their work on use (src/cli/commands/*-run.ts by dynamic import), and the built CLI is split
 * into chunks, so a run that only prints text reads none of the engine's files. Each run here goes
 * under a module-load hook (load-hook/register.mjs) that lists every module the process loads;
 * the citation registry (its id `mp2001:art11`) stands for the engine: every decision cites it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

const run = promisify(execFile);
const built = inject('builtDir');
const cliPath = join(built, 'cli.js');
const register = fileURLToPath(new URL('load-hook/register.mjs', import.meta.url));
const work = mkdtempSync(join(built, 'lazy-'));

/** The text that marks the engine: a citation id every statute rule names. */
const ENGINE_MARK = 'mp2001:art11';

const CLAIM = { claimDate: '2025-03-14', item: { kind: 'handset' }, sale: { date: '2025-03-07', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };

let runs = 0;

/** Runs the built CLI under the hook: the files it loaded (the project's own, as paths) and its status. */
async function loadedBy(args: readonly string[]): Promise<{ readonly files: readonly string[]; readonly stdout: string }> {
  const log = join(work, `load-${(runs += 1)}.log`);
  writeFileSync(log, '');
  const { stdout } = await run(process.execPath, ['--import', register, cliPath, ...args], { env: { ...process.env, SANBAO_LOAD_LOG: log } });
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url));
  return { files, stdout };
}

const withMark = (files: readonly string[]) => files.filter((file) => readFileSync(file, 'utf8').includes(ENGINE_MARK));

describe('what the built command line loads', () => {
  it('decide loads the engine (so the hook sees it, and the checks below can fail)', async () => {
    const claim = join(work, 'claim.json');
    writeFileSync(claim, JSON.stringify(CLAIM));
    const { files, stdout } = await loadedBy(['decide', claim]);
    expect(JSON.parse(stdout).verdict).toBe('refund');
    expect(files).toContain(cliPath);
    expect(withMark(files).length).toBeGreaterThan(0);
  });

  it.each([[['--version']], [['--help']], [['decide', '--help']], [['batch', '--help']], [['help']]])('%j loads no file of the engine, nor zod', async (args) => {
    const { files, stdout } = await loadedBy(args);
    expect(stdout.length).toBeGreaterThan(0);
    expect(files).toContain(cliPath);
    expect(withMark(files)).toEqual([]);
    expect(files.filter((file) => file.includes('/node_modules/'))).toEqual([]);
  });
});
