/**
 * `npm run bench:batch`: `sanbao batch` at scale, as users run it — the CLI built from the
 * sources, in its own process, reading a JSON Lines file — with `--jobs 1` and `--jobs 2`, full
 * and compact output. Reports each run's wall time and peak memory (VmHWM of the process, worker
 * threads included, sampled from /proc/<pid>/status while it runs).
 *
 * The output is checked as it streams, by scanning bytes (a line reader would compete with the
 * batch for the cores): output line N must answer input line N — a decision (`{"formatVersion":1`
 * or `{"compact":1`), or `{"line":N,` for a bad line — and there must be as many lines out as in.
 * A million full decisions are 6–7 GB: nothing is stored.
 *
 *   tsx test/bench/batch.ts [COUNT] [--only jobs1-full,jobs2-compact,…]
 *   (COUNT: default 1,000,000; the input is built once under .tmp/)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const root = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]!.split(',') : undefined;
const count = Number(argv.find((arg) => /^\d+$/.test(arg)) ?? 1_000_000);
mkdirSync(`${root}.tmp`, { recursive: true });
const input = `${root}.tmp/batch-${count}.jsonl`;
if (!existsSync(input)) execFileSync(process.execPath, ['--import', 'tsx', `${root}test/bench/batch-input.ts`, input, String(count)], { stdio: 'inherit' });

// The CLI as users get it, from the sources as they are now (dist/ may be stale).
const outDir = `${root}.tmp/bench-cli`;
await build({ entry: { cli: `${root}src/cli/bin.ts` }, format: ['esm'], outDir, target: 'node20', silent: true, config: false, external: ['zod', 'date-fns'] });
const cli = `${outDir}/cli.js`;

/** Checks streamed output line by line from its bytes alone. */
class Checker {
  lines = 0;
  answered = 0;
  bytes = 0;
  /** The start of the current line (up to 32 bytes), to check it once it is long enough or ends. */
  private head = Buffer.alloc(32);
  private headLength = 0;
  private checked = false;

  constructor(private readonly decision: Buffer) {}

  feed(chunk: Buffer): void {
    this.bytes += chunk.length;
    let start = 0;
    for (let newline = chunk.indexOf(10, start); newline !== -1; newline = chunk.indexOf(10, start)) {
      this.take(chunk, start, newline);
      if (!this.checked) this.check();
      this.lines += 1;
      this.headLength = 0;
      this.checked = false;
      start = newline + 1;
    }
    this.take(chunk, start, chunk.length);
  }

  private take(chunk: Buffer, start: number, end: number): void {
    if (this.checked || this.headLength === this.head.length) return;
    const n = Math.min(end - start, this.head.length - this.headLength);
    chunk.copy(this.head, this.headLength, start, start + n);
    this.headLength += n;
    if (this.headLength === this.head.length) this.check();
  }

  /** Whether the line begun in `head` answers input line `lines + 1`. */
  private check(): void {
    this.checked = true;
    const head = this.head.subarray(0, this.headLength);
    if (head.subarray(0, this.decision.length).equals(this.decision)) this.answered += 1;
    else if (head.subarray(0, 8).toString('latin1') === '{"line":') {
      const number = /^\{"line":(\d+),/.exec(head.toString('latin1'));
      if (number !== null && Number(number[1]) === this.lines + 1) this.answered += 1;
    }
  }
}

interface Result {
  readonly name: string;
  readonly seconds: number;
  readonly peakMb: number;
  readonly status: number;
  readonly lines: number;
  readonly answered: number;
  readonly gigabytes: number;
}

async function runOnce(jobs: number, compact: boolean): Promise<Result> {
  const name = `--jobs ${jobs}${compact ? ' --compact' : ''}`;
  const args = [cli, 'batch', input, '--jobs', String(jobs), '--quiet', ...(compact ? ['--compact'] : [])];
  const checker = new Checker(Buffer.from(compact ? '{"compact":1,' : '{"formatVersion":1,'));
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let peakKb = 0;
  const sample = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (match !== null) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // The process has ended.
    }
  };
  const sampler = setInterval(sample, 100);
  child.stdout.on('data', (chunk: Buffer) => checker.feed(chunk));
  const status: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  clearInterval(sampler);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { name, seconds, peakMb: peakKb / 1024, status, lines: checker.lines, answered: checker.answered, gigabytes: checker.bytes / 1e9 };
}

const runs: [number, boolean][] = [
  [1, false],
  [2, false],
  [1, true],
  [2, true],
];
process.stdout.write(`batch: ${count} lines (${(statSync(input).size / 1e6).toFixed(0)} MB in, one line in 997 deliberately bad); load average before: ${loadavg().map((load) => load.toFixed(2)).join(' ')}\n`);
let failed = false;
for (const [jobs, compact] of runs) {
  if (only !== undefined && !only.includes(`jobs${jobs}-${compact ? 'compact' : 'full'}`)) continue;
  const result = await runOnce(jobs, compact);
  const ok = result.lines === count && result.answered === count && result.status === 1;
  failed ||= !ok;
  process.stdout.write(
    `  ${result.name.padEnd(21)} ${result.seconds.toFixed(1).padStart(6)} s  ${String(Math.round(count / result.seconds)).padStart(7)} lines/s  ` +
      `peak ${result.peakMb.toFixed(0).padStart(4)} MB  ${result.gigabytes.toFixed(2)} GB out  ${result.lines} lines, ${result.answered} answering their line, exit ${result.status}${ok ? '' : '  FAILED'}` +
      `  (load ${loadavg()[0]!.toFixed(2)})\n`,
  );
}
if (failed) process.exitCode = 1;
