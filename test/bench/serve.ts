/**
 * `npm run bench:serve`: `sanbao serve` under load on this machine, loopback only, every run
 * bounded in time and count, beside the in-process `decide()` and `sanbao batch --jobs N` of the
 * same run, with the load average at each step.
 *
 * - `/v1/decide` with autocannon at 1, 16 and 64 connections (as fast as they go, 10 s each):
 *   requests a second, p50 and p99 latency;
 * - `/v1/decide` at a fixed 1,000 requests a second (16 connections, 10 s): p99 (target < 10 ms);
 * - `/v1/decide/batch`: claims a second through the endpoint, full decisions, beside `sanbao
 *   batch --jobs N` on the same file with the same number of workers (target ≥ 70%);
 * - in-process `decide()` (one thread) on the same claims.
 *
 *   tsx test/bench/serve.ts [--workers N] [--lines N] [--seconds N]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { build } from 'tsup';
import { optionalDependencies } from '../../package.json';
import { decide } from '../../src/index';
import { benchClaims } from './claims';

const root = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : fallback);
const workers = option('workers', availableParallelism());
const lines = option('lines', 40_000);
const seconds = option('seconds', 10);
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

// The command line as users get it, with the serve worker beside it, from the sources as they are now.
const outDir = `${root}.tmp/bench-serve`;
await build({ entry: { cli: `${root}src/cli/bin.ts`, 'serve-worker': `${root}src/cli/serve/worker.ts` }, format: ['esm'], outDir, target: 'node20', silent: true, config: false, external: ['zod', 'date-fns', ...Object.keys(optionalDependencies)] });
const cli = `${outDir}/cli.js`;

const claims = benchClaims(10_000);
const bodies = claims.map((claim) => JSON.stringify(claim));
mkdirSync(`${root}.tmp`, { recursive: true });
const batchFile = `${root}.tmp/bench-serve-${lines}.jsonl`;
writeFileSync(batchFile, Array.from({ length: lines }, (_, index) => `${bodies[index % bodies.length]}\n`).join(''));

console.log(`bench:serve  node ${process.version}, ${availableParallelism()} cores, ${workers} workers; load average at start: ${load()}`);

// In-process decide(), one thread: the same claims for about two seconds.
{
  for (const claim of claims.slice(0, 2000)) decide(claim);
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) {
    JSON.stringify(decide(claims[done % claims.length]), null, 2);
    done += 1;
  }
  const perSecond = done / ((performance.now() - start) / 1000);
  console.log(`  decide() in process, one thread, with the JSON /v1/decide sends: ${perSecond.toFixed(0)} claims/s (${(1e6 / perSecond).toFixed(1)} µs each)   load ${load()}`);
}

/** Starts the server on a port of the system's choosing; resolves with the port and a stop function. */
async function startServer(): Promise<{ port: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--workers', String(workers), '--rate-limit', '0', '--log-level', 'warn', '--timeout', '60000'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
      if (match !== null) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
  return { port, stop: () => new Promise((resolve) => { child.on('exit', () => resolve()); child.kill('SIGTERM'); }) };
}

const server = await startServer();
let next = 0;

for (const connections of [1, 16, 64]) {
  const before = load();
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections,
    duration: seconds,
    requests: [{ method: 'POST', path: '/v1/decide', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
  console.log(
    `  /v1/decide  ${String(connections).padStart(2)} connections: ${result.requests.average.toFixed(0).padStart(5)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  (${result.requests.total} requests, ${result.non2xx} not 2xx, ${result.errors} errors; load ${before} → ${load()})`,
  );
}
{
  const before = load();
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: 16,
    overallRate: 1000,
    duration: seconds,
    requests: [{ method: 'POST', path: '/v1/decide', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
  console.log(
    `  /v1/decide  at 1,000 req/s offered (16 connections): ${result.requests.average.toFixed(0)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  p99.9 ${result.latency.p99_9} ms  (${result.non2xx} not 2xx; load ${before} → ${load()})  target p99 < 10 ms: ${result.latency.p99 < 10 ? 'met' : 'NOT met'}`,
  );
}

/** Posts the batch file to the endpoint and counts the lines that come back. */
async function batchThroughEndpoint(): Promise<{ seconds: number; lines: number }> {
  const { createReadStream } = await import('node:fs');
  const start = performance.now();
  const out = await new Promise<number>((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/v1/decide/batch', headers: { 'content-type': 'application/x-ndjson', 'transfer-encoding': 'chunked' }, agent: false }, (response) => {
      let count = 0;
      response.on('data', (chunk: Buffer) => {
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count += 1;
      });
      response.on('end', () => resolve(count));
      response.on('error', reject);
    });
    request.on('error', reject);
    createReadStream(batchFile).pipe(request);
  });
  return { seconds: (performance.now() - start) / 1000, lines: out };
}

/** `sanbao batch --jobs N` on the same file, its output read and counted the same way. */
function batchOnCommandLine(): Promise<{ seconds: number; lines: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'batch', batchFile, '--jobs', String(workers), '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let count = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count += 1;
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ seconds: (performance.now() - start) / 1000, lines: count }));
  });
}

for (let round = 1; round <= 2; round += 1) {
  const before = load();
  const cliRun = await batchOnCommandLine();
  const middle = load();
  const endpoint = await batchThroughEndpoint();
  const cliRate = cliRun.lines / cliRun.seconds;
  const endpointRate = endpoint.lines / endpoint.seconds;
  console.log(`  batch, round ${round}: sanbao batch --jobs ${workers}: ${cliRate.toFixed(0)} claims/s (${cliRun.seconds.toFixed(1)} s, ${cliRun.lines} lines; load ${before})`);
  console.log(
    `  batch, round ${round}: /v1/decide/batch with ${workers} workers: ${endpointRate.toFixed(0)} claims/s (${endpoint.seconds.toFixed(1)} s, ${endpoint.lines} lines; load ${middle} → ${load()})  = ${((100 * endpointRate) / cliRate).toFixed(0)}% of sanbao batch (target ≥ 70%)`,
  );
  if (endpoint.lines !== lines || cliRun.lines !== lines) console.log(`  LINES LOST: ${lines} in, ${endpoint.lines} from the endpoint, ${cliRun.lines} from sanbao batch`);
}
await server.stop();
console.log(`load average at the end: ${load()}`);
