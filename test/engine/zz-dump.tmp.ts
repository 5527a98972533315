import { writeFileSync } from 'node:fs';
import { decide, policyById } from '../../src/index';
import { loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';
import { sampleClaims, SAMPLE_POLICIES } from './output-digest';
const out: string[] = [];
for (const fixture of loadFixtures()) {
  out.push(JSON.stringify({ k: `fx:${fixture.name}`, d: decideFixture(fixture, { counterfactuals: true }) }));
}
const claims = sampleClaims().slice(0, Number(process.argv[3] ?? 3000));
for (const id of SAMPLE_POLICIES) {
  const policy = policyById(id)!;
  claims.forEach((c, i) => out.push(JSON.stringify({ k: `${id}:${i}`, d: decide(c as Record<string, unknown>, { policy }) })));
}
writeFileSync(process.argv[2]!, out.join('\n'));
