/**
 * A/B harness for deciding under a profile (issue 17's 2× target): (a) national decide, (f) huawei,
 * (g) a one-rule profile, interleaved round by round in one process, CPU time (user+system) per
 * decision as the least of the rounds, and the collector's scavenges per 1,000 decisions.
 * `SANBAO_SRC=/path/to/other/tree/src tsx test/bench/ab-profiles.ts` measures another tree.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { benchClaims } from './claims';
import { oneRuleProfile } from './one-rule-profile';

const root = process.env.SANBAO_SRC ?? '../../src';
const lib = (await import(`${root}/index.ts`)) as typeof import('../../src/index');
// Since issue 20 a profile's tools are in the policy subpath; an older tree has them in its root.
const policyTools = (await import(`${root}/entries/policy.ts`).catch(() => lib)) as typeof import('../../src/entries/policy');
const { decide } = lib;

const COUNT = Number(process.env.AB_COUNT ?? 2000);
const ROUNDS = Number(process.env.AB_ROUNDS ?? 10);
const inputs = benchClaims(COUNT);
const shop = oneRuleProfile(policyTools);
let scavenges = 0;
new PerformanceObserver((list) => { for (const entry of list.getEntries()) if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind === 1) scavenges += 1; }).observe({ entryTypes: ['gc'] });
const only = process.env.AB_CASES;
const cases = ([
  ['a national', (input) => decide(input)],
  ['f huawei', (input) => decide(input, { policy: 'huawei' })],
  ['g own-rule', (input) => decide(input, { policy: shop })],
] as [string, (input: unknown) => unknown][]).filter(([name]) => only === undefined || only.includes(name[0]!));
for (let r = 0; r < 2; r += 1) for (const [, run] of cases) for (const input of inputs) run(input);
const best = new Map<string, number>();
const gcs = new Map<string, number>();
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [name, run] of cases) {
    const before = scavenges;
    const start = process.cpuUsage();
    for (const input of inputs) run(input);
    const used = process.cpuUsage(start);
    await new Promise((resolve) => setImmediate(resolve));
    const us = (used.user + used.system) / inputs.length;
    best.set(name, Math.min(best.get(name) ?? Infinity, us));
    gcs.set(name, (gcs.get(name) ?? 0) + (scavenges - before));
  }
}
const a = best.get('a national') ?? Number.NaN;
for (const [name] of cases) process.stdout.write(`${name.padEnd(12)} ${best.get(name)!.toFixed(1).padStart(6)} µs CPU  ${(best.get(name)! / a).toFixed(2)}x  scavenges/1000: ${((gcs.get(name)! / (ROUNDS * COUNT)) * 1000).toFixed(2)}\n`);
