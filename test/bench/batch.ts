/**
 * `npm run bench:batch`: `sanbao batch` at scale, as users run it — the built CLI in its own
 * process, one core, reading a JSON Lines file and writing to a file. Reports the time, the peak
 * memory (the child's maximum resident set), and checks that output line N answers input line N.
 *
 *   tsx test/bench/batch.ts [COUNT]     (default 1,000,000; builds the input under .tmp/)
 */
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const count = Number(process.argv[2] ?? 1_000_000);
mkdirSync(`${root}/.tmp`, { recursive: true });
const input = `${root}/.tmp/batch-${count}.jsonl`;
const output = `${root}/.tmp/batch-${count}.out.jsonl`;
if (!existsSync(input)) execFileSync(process.execPath, ['--import', 'tsx', `${root}/test/bench/batch-input.ts`, input, String(count)], { stdio: 'inherit' });
if (!existsSync(`${root}/dist/cli.js`)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const started = process.hrtime.bigint();
const child = spawn('/usr/bin/env', ['bash', '-c', `exec node --max-old-space-size=160 dist/cli.js batch "${input}" > "${output}"; `], { cwd: root, stdio: 'inherit' });
const status: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
// The child's peak memory: Linux keeps the largest resident set of reaped children.
const peak = (process.resourceUsage().maxRSS / 1024).toFixed(0);

let lines = 0;
let answered = 0;
for await (const line of createInterface({ input: createReadStream(output) })) {
  lines += 1;
  const value = JSON.parse(line) as { line?: number; verdict?: string };
  if (value.verdict !== undefined || value.line === lines) answered += 1;
}
process.stdout.write(
  `batch: ${count} lines, ${(statSync(input).size / 1e6).toFixed(0)} MB in, ${(statSync(output).size / 1e6).toFixed(0)} MB out, exit ${status}\n` +
    `       ${seconds.toFixed(1)} s (${Math.round(count / seconds)} lines/s), peak memory ${peak} MB, ${lines} output lines, ${answered} answering their input line\n`,
);
if (lines !== count || answered !== count) process.exitCode = 1;
