/** Where a decision under a profile spends its time: stage by stage, CPU µs per claim, least of the rounds. */
import { benchClaims } from './claims';
import { oneRuleProfile } from './one-rule-profile';
import { parseClaim } from '../../src/claim/parse';
import { evaluate } from '../../src/engine/evaluate';
import { claimFacts } from '../../src/rules/claim-facts';
import { nationalPolicy } from '../../src/policy/national';
import { policyNamed } from '../../src/policy/registry';
import { usablePolicy } from '../../src/policy/usable-policy';
import { mergeWithFloor, withRestoredRecourse } from '../../src/policy/floor';
import { renderDecision } from '../../src/explain/render-decision';
import { defaultCalendar, decide } from '../../src/facade/decide';
import * as policyTools from '../../src/entries/policy';
import type { Claim } from '../../src/claim/schema';

const COUNT = Number(process.env.AB_COUNT ?? 1000);
const ROUNDS = Number(process.env.AB_ROUNDS ?? 8);
const inputs = benchClaims(COUNT);
const claims = inputs.map((input) => { const parsed = parseClaim(input); if (!parsed.ok) throw new Error('bad'); return parsed.claim; });
const which = process.env.MIX ?? 'f';
const policy = usablePolicy(which === 'g' ? oneRuleProfile(policyTools) : policyNamed('huawei'));
const calendar = defaultCalendar();
const floor = nationalPolicy;
const floorEvals = claims.map((claim) => evaluate(claimFacts, floor, claim, calendar, { missing: true }));
const shareds = claims.map((_claim, i) => floorEvals[i]!.run);
const unders = claims.map((claim, i) => evaluate(claimFacts, policy, claim, calendar, { missing: true, shared: shareds[i] }));
const merged = claims.map((claim, i) => mergeWithFloor(unders[i]!, floorEvals[i]!, policy, floor, claim, (reverted) => evaluate(claimFacts, reverted, claim, calendar, { missing: false, shared: shareds[i] })));
const stages: [string, (claim: Claim, i: number) => unknown][] = [
  ['decide national', (_c, i) => decide(inputs[i] as never)],
  ['decide profile', (_c, i) => decide(inputs[i] as never, { policy })],
  ['parse', (_c, i) => parseClaim(inputs[i])],
  ['evaluate floor', (claim) => evaluate(claimFacts, floor, claim, calendar, { missing: true })],
  ['render national', (claim, i) => renderDecision(floorEvals[i]!, floor, claim, undefined)],
  ['evaluate profile (shared)', (claim, i) => evaluate(claimFacts, policy, claim, calendar, { missing: true, shared: shareds[i] })],
  ['evaluate profile (own facts)', (claim) => evaluate(claimFacts, policy, claim, calendar, { missing: true })],
  ['merge', (claim, i) => mergeWithFloor(unders[i]!, floorEvals[i]!, policy, floor, claim, (reverted) => evaluate(claimFacts, reverted, claim, calendar, { missing: false, shared: shareds[i] }))],
  ['restored recourse', (claim, i) => withRestoredRecourse(merged[i]!, policy, floor, claim, calendar)],
  ['render merged', (claim, i) => renderDecision(merged[i]!, policy, claim, floor)],
];
const best = new Map<string, number>();
for (let r = 0; r < 2; r += 1) for (const [, run] of stages) claims.forEach(run);
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [name, run] of stages) {
    const start = process.cpuUsage();
    for (let i = 0; i < claims.length; i += 1) run(claims[i]!, i);
    const used = process.cpuUsage(start);
    best.set(name, Math.min(best.get(name) ?? Infinity, (used.user + used.system) / claims.length));
  }
}
const national = best.get('decide national')!;
for (const [name] of stages) process.stdout.write(`${name.padEnd(30)} ${best.get(name)!.toFixed(1).padStart(6)} µs  ${(best.get(name)! / national).toFixed(2)}\n`);
const shortfalls = merged.filter((m) => m.shortfalls.length > 0).length;
process.stdout.write(`claims with a shortfall: ${shortfalls} of ${claims.length}\n`);
