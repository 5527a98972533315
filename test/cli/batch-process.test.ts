/**
 * `sanbao batch --jobs N` as users run it: the built command line in its own process, deciding in
 * worker threads started from that same file. Output must be byte for byte the same for any
 * number of jobs (and the same as this process deciding from the sources), every input line
 * answered in place, hostile lines included.
 */
import { expectOnlySummary } from '../support/batch-summary';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { loadFixtures } from '../support/fixtures';

const built = inject('builtDir');
const cliPath = join(built, 'cli.js');

interface Run {
  readonly status: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs the built `sanbao` on bytes; `stopAfter` closes its output after that many bytes. */
function sanbao(args: string[], input: Buffer | undefined, stopAfter?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let length = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      length += chunk.length;
      if (stopAfter !== undefined && length >= stopAfter) child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? -1, stdout: Buffer.concat(out), stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}

const claims = loadFixtures()
  .filter((fixture) => fixture.policy === undefined)
  .map((fixture) => Buffer.from(JSON.stringify(fixture.claim)));
/** Lines no claim can be; each must be answered with `{"line": N, "errors": …}` in its place. */
const HOSTILE: Buffer[] = [
  Buffer.from(''),
  Buffer.from('{"claimDate": '),
  Buffer.from([0xff, 0xfe, 0x7b, 0x7d]),
  Buffer.from('{"claimDate":"2025-02-30","item":{"kind":"handset"},"sale":{"date":"2025-01-01","priceFen":1}}'),
  Buffer.from(`{"pad":"${'x'.repeat(70_000)}"}`),
  Buffer.from('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['),
  Buffer.from('{"__proto__":{"polluted":true}}'),
];
/** 2,000 lines: every national fixture's claim several times, some with CRLF or a BOM, a hostile line every 40. */
const lines: Buffer[] = [];
for (let index = 0; lines.length < 2000; index += 1) {
  if (index % 40 === 39) lines.push(HOSTILE[(index / 40) % HOSTILE.length | 0]!);
  else {
    const claim = claims[index % claims.length]!;
    lines.push(index % 17 === 0 ? Buffer.concat([claim, Buffer.from('\r')]) : index % 23 === 0 ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), claim]) : claim);
  }
}
const input = Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
const file = join(built, 'batch-jobs.jsonl');
writeFileSync(file, input);

/** Checks the output answers input line N on line N; returns how many were errors. */
function answeredInPlace(stdout: Buffer): number {
  const out = stdout.toString('utf8').replace(/\n$/, '').split('\n');
  expect(out).toHaveLength(lines.length);
  let errors = 0;
  out.forEach((line, index) => {
    if (line.startsWith('{"line":')) {
      errors += 1;
      expect(line.startsWith(`{"line":${index + 1},"errors":[`), `line ${index + 1}`).toBe(true);
    } else expect(line.startsWith('{"formatVersion":1,') || line.startsWith('{"compact":1,'), `line ${index + 1}`).toBe(true);
  });
  return errors;
}

describe('sanbao batch --jobs N (the built CLI, worker threads)', () => {
  it('writes the same bytes with 1, 2 and 3 jobs, from a file or standard input, as this process does from the sources', async () => {
    const one = await sanbao(['batch', file, '--jobs', '1'], undefined);
    expect(one.status).toBe(1);
    expectOnlySummary(one.stderr, 2000);
    expect(answeredInPlace(one.stdout)).toBe(50);
    const two = await sanbao(['batch', file, '--jobs', '2'], undefined);
    const three = await sanbao(['batch', '-', '--jobs', '3'], input);
    const byDefault = await sanbao(['batch'], input);
    for (const run of [two, three, byDefault]) {
      expectOnlySummary(run.stderr, 2000);
      expect(run.status).toBe(1);
      expect(run.stdout.equals(one.stdout)).toBe(true);
    }
    // From the sources in this process (on its own thread): the same bytes.
    let text = '';
    const status = await runCli(['batch'], {
      stdin: (async function* () {
        yield input;
      })(),
      stdout: { write: (chunk) => ((text += chunk), true) },
      stderr: { write: () => true },
      openFile: () => {
        throw new Error('no files');
      },
    });
    expect(status).toBe(1);
    expect(Buffer.from(text, 'utf8').equals(one.stdout)).toBe(true);
  });

  it('the compact shape and --fields too: the same bytes whatever the number of jobs', async () => {
    for (const shape of [['--compact'], ['--fields', 'verdict,remedies,dates']]) {
      const one = await sanbao(['batch', file, '--jobs', '1', ...shape], undefined);
      const two = await sanbao(['batch', file, '--jobs', '2', ...shape], undefined);
      expect(one.status).toBe(1);
      if (shape[0] === '--compact') answeredInPlace(one.stdout);
      expect(two.stdout.equals(one.stdout), shape.join(' ')).toBe(true);
    }
  });

  it('writes the summary to standard error only; --quiet leaves standard error empty', async () => {
    const plain = await sanbao(['batch', file, '--jobs', '2'], undefined);
    const shown = await sanbao(['batch', file, '--jobs', '2', '--progress'], undefined);
    const quiet = await sanbao(['batch', file, '--jobs', '2', '--quiet'], undefined);
    expectOnlySummary(plain.stderr, 2000);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout.equals(plain.stdout)).toBe(true);
    expect(shown.stdout.equals(plain.stdout)).toBe(true);
    expect(shown.stderr).toMatch(/sanbao batch: 2,000 lines in \d+:\d\d: 1,950 decided, 50 in error\n {2}verdict: .+\n {2}status: .+\n$/);
  });

  it('stops quietly when the reader of its output goes away (… | head)', async () => {
    const many = Buffer.concat(Array.from({ length: 10 }, () => input));
    const run = await sanbao(['batch', '--jobs', '2'], many, 100_000);
    expect(run.stderr).not.toContain('internal error');
    expect([0, 1]).toContain(run.status);
  });
});
