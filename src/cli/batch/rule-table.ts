import { parseClaim } from '../../claim/parse';
import { decideClaim } from '../../facade/decide';
import type { Policy } from '../../policy/policy';
import { type RuleTable, ruleTableOf } from './compact';

/**
 * A claim to read a profile's rule table from: the table is the same for every claim (each rule
 * family of the chain has one trace entry, whatever its outcome), so any valid claim shows it.
 */
const SAMPLE = { claimDate: '2025-03-08', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };

/** The rule table a compact trace is read against, under a profile (`sanbao batch --rule-table`). */
export function ruleTableUnder(policy: Policy): RuleTable {
  const parsed = parseClaim(SAMPLE);
  if (!parsed.ok) throw new Error('the sample claim of rule-table.ts is not a valid claim');
  return ruleTableOf(decideClaim(parsed.claim, { policy }).trace);
}
