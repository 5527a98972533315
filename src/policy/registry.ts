import { trustRules } from '../engine/run';
import { nationalPolicy } from './national';
import type { Policy } from './policy';
import { UnknownPolicyError } from './unknown-policy-error';
import { dealerHandbook } from './profiles/dealer-handbook';
import { appleCn, honor, huawei, meizu, nubia, oppo, vivo, xiaomi } from './profiles/makers';
import { seedTiered } from './profiles/seed-tiered';


/** The ids of the profiles the library ships, in the order of {@link shippedPolicies}. */
export const POLICY_IDS = Object.freeze(['cn-national', 'dealer-handbook', 'seed-tiered', 'xiaomi', 'huawei', 'honor', 'oppo', 'vivo', 'apple-cn', 'meizu', 'nubia'] as const);

/** The id of a profile the library ships: a literal, so that a misspelt id is a compile error. */
export type PolicyId = (typeof POLICY_IDS)[number];

/** The profiles the library ships, by id: the statutory floor first. */
export const shippedPolicies: readonly Policy[] = Object.freeze([
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
]);

// The shipped profiles' own rules are the library's, tested like the national ones.
for (const policy of shippedPolicies) trustRules(policy.rules);

/**
 * The shipped profile with this id, or `undefined`. Ids are matched without regard to case or
 * surrounding spaces (`HUAWEI` is `huawei`).
 *
 * @example
 * policyById('HUAWEI')?.id //=> 'huawei'
 * policyById('nokia') //=> undefined
 */
export function policyById(id: string): Policy | undefined {
  if (typeof id !== 'string') return undefined;
  const wanted = id.trim().toLowerCase();
  return shippedPolicies.find((policy) => policy.id === wanted);
}

/**
 * The profile named by `policy`: a profile value as it is, a shipped profile's id looked up
 * (see {@link policyById}), the national floor when none is given. Throws
 * {@link UnknownPolicyError}, naming the known ids, for any other id: never a silent fall back
 * to the floor.
 */
export function policyNamed(policy: Policy | PolicyId | undefined): Policy {
  if (policy === undefined) return nationalPolicy;
  if (typeof policy !== 'string') return policy;
  const found = policyById(policy);
  if (found === undefined) throw new UnknownPolicyError(policy, POLICY_IDS);
  return found;
}
