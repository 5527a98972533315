import { trustRules } from '../engine/run';
import { nationalPolicy } from './national';
import type { Policy } from './policy';
import { dealerHandbook } from './profiles/dealer-handbook';
import { appleCn, honor, huawei, meizu, nubia, oppo, vivo, xiaomi } from './profiles/makers';
import { seedTiered } from './profiles/seed-tiered';

/** The profiles the library ships, by id: the statutory floor first. */
export const shippedPolicies: readonly Policy[] = [
  nationalPolicy,
  dealerHandbook,
  seedTiered,
  xiaomi,
  huawei,
  honor,
  oppo,
  vivo,
  appleCn,
  meizu,
  nubia,
];

// The shipped profiles' own rules are the library's, tested like the national ones.
for (const policy of shippedPolicies) trustRules(policy.rules);

/** The shipped profile with this id, or `undefined`. */
export function policyById(id: string): Policy | undefined {
  return shippedPolicies.find((policy) => policy.id === id);
}
