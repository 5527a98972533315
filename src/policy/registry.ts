import { nationalPolicy } from './national';
import type { Policy } from './policy';

/** The profiles the library ships, by id. */
export const shippedPolicies: readonly Policy[] = [nationalPolicy];

/** The shipped profile with this id, or `undefined`. */
export function policyById(id: string): Policy | undefined {
  return shippedPolicies.find((policy) => policy.id === id);
}
