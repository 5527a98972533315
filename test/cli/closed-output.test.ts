/**
 * A closed or full output, for every command (issue 10, item 7), through the built CLI as a
 * process: a reader that goes away (`sanbao decide x.json | head -1`) ends the command silently
 * with status 0; an output that cannot take the bytes (`> /dev/full`) is one line in both
 * languages on stderr and status 74 (EX_IOERR). Never Node's stack trace of an unhandled 'error'.
 */
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const built = inject('builtDir');
const cliPath = join(built, 'cli.js');
const work = mkdtempSync(join(built, 'closed-'));

const CLAIM = { claimDate: '2025-03-14', item: { kind: 'handset' }, sale: { date: '2025-03-07', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
const claimFile = join(work, 'claim.json');
writeFileSync(claimFile, JSON.stringify(CLAIM));
/** Enough lines that a batch is still writing when its output goes away. */
const batchFile = join(work, 'claims.jsonl');
writeFileSync(batchFile, `${JSON.stringify(CLAIM)}\n`.repeat(2000));

const FULL = 'sanbao: 无法写出输出：设备上没有空间 / cannot write output: no space left on device\n';

/** The commands tried, each writing to standard output, by a short name for the report. */
const COMMANDS: readonly (readonly [name: string, args: readonly string[]])[] = [
  ['decide claim.json', ['decide', claimFile]],
  ['decide claim.json --format text', ['decide', claimFile, '--format', 'text']],
  ['policies', ['policies']],
  ['audit cn-national', ['audit', 'cn-national']],
  ['schema', ['schema']],
  ['batch claims.jsonl (worker threads)', ['batch', batchFile]],
  ['batch claims.jsonl --jobs 1', ['batch', batchFile, '--jobs', '1']],
  ['--help', ['--help']],
  ['--version', ['--version']],
  ['decide --help', ['decide', '--help']],
];

/**
 * Runs the built CLI with standard output closed by the reader before the command writes (as
 * `head` does once it has its line): the read end of the pipe is destroyed at once.
 */
function withClosedReader(args: readonly string[]): Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stderr }));
  });
}

/** Runs the built CLI with standard output on a file (descriptor) it writes to. */
function withOutputOn(path: string, args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
  const fd = openSync(path, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a closed output pipe (the reader went away)', () => {
  it.each(COMMANDS)('%s ends quietly with status 0', async (_, args) => {
    const result = await withClosedReader(args);
    expect(result.stderr).toBe('');
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
  });
});

describe('in a shell pipeline', () => {
  it('sanbao batch … | head -1: head gets its line, sanbao ends quietly with status 0', async () => {
    // The batch writes far more than a pipe holds, so it is still writing when head exits.
    const script = `"$0" "$1" batch "$2" | head -1; echo "sanbao exit \${PIPESTATUS[0]}" >&2`;
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile('bash', ['-c', script, process.execPath, cliPath, batchFile], (error, out, err) => (error === null ? resolve({ stdout: out, stderr: err }) : reject(error))),
    );
    expect(JSON.parse(stdout).verdict).toBe('refund');
    expect(stderr).toBe('sanbao exit 0\n');
  });
});

describe.skipIf(!existsSync('/dev/full'))('a full output (> /dev/full)', () => {
  it.each(COMMANDS)('%s says so on one line in both languages, status 74', async (_, args) => {
    const result = await withOutputOn('/dev/full', args);
    expect(result.stderr).toBe(FULL);
    expect(result.status).toBe(74);
  });
});

describe('an output that works', () => {
  it('is written whole, status 0 (the handlers change nothing when nothing fails)', async () => {
    const out = join(work, 'out.json');
    const result = await withOutputOn(out, ['decide', claimFile]);
    expect(result).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).verdict).toBe('refund');
  });
});
