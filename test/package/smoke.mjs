// A tiny ESM consumer of the installed package (copied next to node_modules/sanbao by
// package.test.ts): imports the public API by name, decides a claim, prints the verdict and then
// the decision as JSON on the next line. Each subpath entry is used once: its values are the root's
// (one copy of each module behind every entry: the floor from sanbao/policy is the root's floor).
import { decide, InvalidClaimError, safeDecide } from 'sanbao';
import { calendarFrom } from 'sanbao/calendar';
import { sameEngine } from 'sanbao/dispute';
import { nationalPolicy, policyById } from 'sanbao/policy';
import { claimSchema, decisionSchema } from 'sanbao/schemas';
import { checkFixture } from 'sanbao/testing';

const claim = { claimDate: '2025-03-08', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
const decision = decide(claim);
decisionSchema.parse(decision);
if (!claimSchema.safeParse(claim).success) throw new Error('claimSchema refused a valid claim');
if (safeDecide({}).ok) throw new Error('safeDecide accepted {}');
try {
  decide({});
  throw new Error('decide accepted {}');
} catch (error) {
  if (!(error instanceof InvalidClaimError)) throw error;
}
if (!sameEngine(decide(claim, { policy: nationalPolicy }).engine, decision.engine)) throw new Error('the floor from sanbao/policy is not the floor decide uses');
if (decide(claim, { policy: policyById('huawei') }).policy.id !== 'huawei') throw new Error('policyById from sanbao/policy');
if (!checkFixture({ title: 'day 7', claim, expect: { verdict: 'refund' } }).passed) throw new Error('checkFixture from sanbao/testing');
if (checkFixture({ title: 'day 7', claim, expect: { verdict: 'exchange' } }).passed) throw new Error('checkFixture from sanbao/testing passed a wrong verdict');
if (calendarFrom({ years: [] }).ok) throw new Error('calendarFrom from sanbao/calendar accepted no years');
console.log(`esm ${decision.verdict}`);
console.log(JSON.stringify(decision));
