/**
 * Two trees of the library in one process, decided round by round in alternation on the same
 * claims: each case's least CPU time per decision under each tree, and their ratio. On a shared
 * machine whose load comes and goes, a round of the one tree and the next of the other see much
 * the same load, which two processes one after the other do not. Each tree is its own set of
 * modules, with its own inline caches.
 *
 *   AB_OLD=/path/to/old/src npx tsx test/bench/ab-trees.ts        (the new tree: this one's src)
 *   AB_CASES=af AB_COUNT=1000 AB_ROUNDS=20 …                       (a national, f huawei, g one-rule profile)
 */
import { benchClaims } from './claims';
import { oneRuleProfile } from './one-rule-profile';

type Library = typeof import('../../src/index');
type PolicyTools = typeof import('../../src/entries/policy');

async function load(root: string): Promise<{ lib: Library; tools: PolicyTools }> {
  const lib = (await import(`${root}/index.ts`)) as Library;
  const tools = (await import(`${root}/entries/policy.ts`).catch(() => lib)) as PolicyTools;
  return { lib, tools };
}

const oldRoot = process.env.AB_OLD;
if (oldRoot === undefined) throw new Error('AB_OLD=/path/to/old/src is required');
const newRoot = process.env.AB_NEW ?? new URL('../../src', import.meta.url).pathname;
const trees = [
  { name: 'old', ...(await load(oldRoot)) },
  { name: 'new', ...(await load(newRoot)) },
];
const COUNT = Number(process.env.AB_COUNT ?? 1000);
const ROUNDS = Number(process.env.AB_ROUNDS ?? 20);
const only = process.env.AB_CASES ?? 'afg';
const inputs = benchClaims(COUNT);
const runs = trees.map(({ name, lib, tools }) => {
  const shop = oneRuleProfile(tools);
  const cases: [string, (input: unknown) => unknown][] = [
    ['a national', (input) => lib.decide(input as never)],
    ['f huawei', (input) => lib.decide(input as never, { policy: 'huawei' })],
    ['g own-rule', (input) => lib.decide(input as never, { policy: shop })],
  ];
  return { name, cases: cases.filter(([label]) => only.includes(label[0]!)) };
});
const best = new Map<string, number>();
for (let round = -2; round < ROUNDS; round += 1) {
  for (const { name, cases } of round % 2 === 0 ? runs : [...runs].reverse()) {
    for (const [label, run] of cases) {
      const start = process.cpuUsage();
      for (const input of inputs) run(input);
      const used = process.cpuUsage(start);
      if (round < 0) continue;
      const key = `${label} ${name}`;
      best.set(key, Math.min(best.get(key) ?? Infinity, (used.user + used.system) / inputs.length));
    }
  }
}
for (const [label] of runs[0]!.cases) {
  const old = best.get(`${label} old`)!;
  const now = best.get(`${label} new`)!;
  process.stdout.write(`${label.padEnd(12)} old ${old.toFixed(1).padStart(6)} µs  new ${now.toFixed(1).padStart(6)} µs  new/old ${(now / old).toFixed(2)}\n`);
}
const ratio = (name: string, label: string) => (best.get(`${label} ${name}`)! / best.get(`a national ${name}`)!).toFixed(2);
if (only.includes('a')) for (const { name, cases } of runs) process.stdout.write(`${name}: ${cases.filter(([label]) => label[0] !== 'a').map(([label]) => `${label} ${ratio(name, label)}x national`).join(', ')}\n`);
