/**
 * `npm run bench:batch`: `sanbao batch` at scale, as users run it — the built CLI in its own
 * process, reading a JSON Lines file. Its output is checked as it streams (output line N must
 * answer input line N) rather than stored: a million decisions are several gigabytes. Reports the
 * wall time of the batch process and its peak memory (maximum resident set, read from
 * /proc/<pid>/status while it runs).
 *
 *   tsx test/bench/batch.ts [COUNT]     (default 1,000,000; builds the input under .tmp/)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const count = Number(process.argv[2] ?? 1_000_000);
mkdirSync(`${root}.tmp`, { recursive: true });
const input = `${root}.tmp/batch-${count}.jsonl`;
if (!existsSync(input)) execFileSync(process.execPath, ['--import', 'tsx', `${root}test/bench/batch-input.ts`, input, String(count)], { stdio: 'inherit' });
if (!existsSync(`${root}dist/cli.js`)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const started = process.hrtime.bigint();
const child = spawn(process.execPath, ['dist/cli.js', 'batch', input], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
let peakKb = 0;
const sample = setInterval(() => {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    if (match !== null) peakKb = Math.max(peakKb, Number(match[1]));
  } catch {
    // The process has ended.
  }
}, 200);
let lines = 0;
let answered = 0;
let bytes = 0;
for await (const line of createInterface({ input: child.stdout })) {
  lines += 1;
  bytes += line.length + 1;
  // A decision starts {"formatVersion":1; an error line names its input line.
  if (line.startsWith('{"formatVersion":1') || line.startsWith(`{"line":${lines},`)) answered += 1;
}
const status: number = await new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('close', (code) => resolve(code ?? -1))));
clearInterval(sample);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(
  `batch: ${count} lines (${(statSync(input).size / 1e6).toFixed(0)} MB in, ${(bytes / 1e9).toFixed(2)} GB out), exit ${status} (1: the deliberately bad lines)\n` +
    `       ${seconds.toFixed(1)} s, ${Math.round(count / seconds)} lines/s, peak memory ${(peakKb / 1024).toFixed(0)} MB; ` +
    `${lines} output lines, ${answered} answering their input line\n`,
);
if (lines !== count || answered !== count) process.exitCode = 1;
