import { gapMessage } from '../explain/audit-words';
import type { Text } from '../law/sources';
import { type FloorGap, floorGapsOf } from '../policy/audit';
import type { Policy } from '../policy/policy';

/** One way a profile, as written, gives less than the statutory floor, with its message in both languages. */
export interface AuditFinding extends Omit<FloorGap, 'words'> {
  readonly message: Text;
}

/**
 * Reports, without any claim, everything in a profile that gives less than its statutory floor:
 * each parameter below the floor's value by its declared direction (and from which sale date),
 * each declared term the floor does not allow (a refund at the list price, an exclusion the law
 * does not have), each rule the profile declares can take away what the law gives. Empty for the
 * floor itself. The check is the policy layer's (`floorGapsOf`); this words it.
 *
 * @example
 * auditPolicy(seedTiered).map((finding) => finding.parameter) //=> ['freeRepairMonths']
 */
export function auditPolicy(policy: Policy): AuditFinding[] {
  return floorGapsOf(policy).map(({ words, ...gap }) => ({ ...gap, message: gapMessage({ ...gap, words }, policy) }));
}
