import { weakCache } from '../engine/caches';
import { deepFreeze } from './deep-freeze';
import { InvalidPolicyError, type PolicyProblem } from './invalid-policy-error';
import type { Policy } from './policy';
import { beyondCopy, dataCopy } from './policy-data';
import { profileProblems } from './validate-policy';

const usable = new WeakSet<Policy>();
const copies = weakCache<object, Policy>('usable-policy.copies', 'a profile assembled by hand, with its checked copy');

/** Whether a profile is known to be usable (made by `definePolicy`, or checked once already). */
export function isVouchedFor(policy: Policy): boolean {
  return usable.has(policy);
}

/** Records a profile as checked (`definePolicy` checks what it makes). */
export function vouchFor(policy: Policy): Policy {
  usable.add(policy);
  return policy;
}

/** A rule's functions are the only ones a whole profile holds. */
const ruleFunction = (keys: readonly PropertyKey[]) => keys.length === 3 && keys[0] === 'rules' && (keys[2] === 'run' || keys[2] === 'appliesTo');
/** A hand-built profile's `floor` is never used (the floor is the library's national profile): not read. */
const floorField = (keys: readonly PropertyKey[]) => keys.length === 1 && keys[0] === 'floor';

/**
 * A profile assembled by hand, read once into a plain copy and checked whole (its fields,
 * parameters, rules, clauses and declared terms), with every problem under `root`. The copy has
 * no `floor`: every profile's floor is the library's national profile, whatever it names. Never throws.
 */
export function checkedProfile(value: unknown, root: string): { readonly policy: Policy | undefined; readonly problems: readonly PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  const copy = dataCopy(value, root, problems, { functionAt: ruleFunction, skip: floorField });
  problems.push(...beyondCopy(problems, profileProblems(copy, root)));
  if (problems.length > 0) return { policy: undefined, problems };
  return { policy: vouchFor(deepFreeze(copy as Policy)), problems };
}

/** A profile's id for an error, read without trusting it. */
function idOf(policy: unknown): string {
  try {
    const id = (policy as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : '(no id)';
  } catch {
    return '(unreadable id)';
  }
}

/**
 * The profile, once it is known that the engine can use it. A profile made by `definePolicy` was
 * checked then; one assembled by hand is read once into a plain, frozen copy and checked whole on
 * first use (once per object): later changes to the object it came from reach no decision.
 * Throws {@link InvalidPolicyError} with every problem otherwise, never anything else.
 */
export function usablePolicy(policy: Policy): Policy {
  if (usable.has(policy)) return policy;
  const known = policy !== null && typeof policy === 'object' ? copies.get(policy) : undefined;
  if (known !== undefined) return known;
  const checked = checkedProfile(policy, '$');
  if (checked.policy === undefined) throw new InvalidPolicyError(idOf(policy), checked.problems);
  copies.set(policy, checked.policy);
  return checked.policy;
}
