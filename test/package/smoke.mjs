// A tiny ESM consumer of the installed package (copied next to node_modules/sanbao by
// package.test.ts): imports the public API by name, decides a claim, prints the verdict and then
// the decision as JSON on the next line.
import { claimSchema, decide, decisionSchema, InvalidClaimError, safeDecide } from 'sanbao';

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
console.log(`esm ${decision.verdict}`);
console.log(JSON.stringify(decision));
