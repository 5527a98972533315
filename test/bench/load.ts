/**
 * `npm run bench:load`: how fast the package starts and how much a browser downloads (issue 10).
 * Each figure is the median of fresh processes, after `npm run build`:
 *
 *   import   node: import the library and decide one claim (the whole process, start to exit)
 *   version  `sanbao --version`
 *   help     `sanbao --help`
 *   node     an empty node process, for scale
 *
 * and the size of a browser bundle of `decide` alone (esbuild, minified, gzipped). The last line:
 * LOAD import=…ms version=…ms help=…ms node=…ms browser-gzip=…KB
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const RUNS = Number(process.env.LOAD_RUNS ?? 15);
if (!existsSync(join(DIST, 'index.js'))) throw new Error('run `npm run build` first');

const work = mkdtempSync(join(ROOT, '.tmp', 'load-'));
const claim = { claimDate: '2025-03-14', item: { kind: 'handset' }, sale: { date: '2025-03-07', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
const script = join(work, 'decide-one.mjs');
writeFileSync(script, `import { decide } from ${JSON.stringify(join(DIST, 'index.js'))};\nif (decide(${JSON.stringify(claim)}).verdict !== 'refund') process.exit(1);\n`);

function median(args: readonly string[]): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const figures = {
  import: median([script]),
  version: median([join(DIST, 'cli.js'), '--version']),
  help: median([join(DIST, 'cli.js'), '--help']),
  node: median(['-e', '0']),
};

const entry = join(work, 'browser-entry.mjs');
writeFileSync(entry, `export { decide } from ${JSON.stringify(join(DIST, 'index.js'))};\n`);
// The library hashes with node:crypto (src/stamp/sha256.ts); a browser build puts a hash of its own
// in its place (the desk page: @noble/hashes, src/cli/build-desk-page.ts), not counted here.
const bundled = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', external: ['node:crypto'], write: false, logLevel: 'error' });
const bytes = bundled.outputFiles[0]!.contents;
const gzipKb = gzipSync(bytes).length / 1024;

const round = (ms: number) => ms.toFixed(0);
console.log(`fresh processes, median of ${RUNS}; load average ${(await import('node:os')).loadavg().map((n) => n.toFixed(2)).join(' ')}`);
console.log(`  import + one decision   ${round(figures.import)} ms`);
console.log(`  sanbao --version        ${round(figures.version)} ms`);
console.log(`  sanbao --help           ${round(figures.help)} ms`);
console.log(`  empty node process      ${round(figures.node)} ms`);
console.log(`browser bundle of decide: ${(bytes.length / 1024).toFixed(0)} KB minified, ${gzipKb.toFixed(1)} KB gzipped`);
console.log(`LOAD import=${round(figures.import)}ms version=${round(figures.version)}ms help=${round(figures.help)}ms node=${round(figures.node)}ms browser-gzip=${gzipKb.toFixed(1)}KB`);
