import { InvalidPolicyError, type PolicyProblem, policyProblem } from './invalid-policy-error';
import type { Policy } from './policy';
import { excerpt, parameterSetProblems, ruleProblems } from './validate-policy';

const usable = new WeakSet<Policy>();

/** Whether a profile is known to be usable (made by `definePolicy`, or checked once already). */
export function isVouchedFor(policy: Policy): boolean {
  return usable.has(policy);
}

/** Records a profile as checked (`definePolicy` checks what it makes). */
export function vouchFor(policy: Policy): Policy {
  usable.add(policy);
  return policy;
}

/**
 * The profile, once it is known that the engine can use it: its parameters within their bounds
 * and citing known ids, its rules rule values. A profile made by `definePolicy` was checked then;
 * one assembled by hand is checked on first use, once per object. Throws
 * {@link InvalidPolicyError} with every problem otherwise.
 */
export function usablePolicy(policy: Policy): Policy {
  if (usable.has(policy)) return policy;
  const problems: PolicyProblem[] = [];
  if (policy === null || typeof policy !== 'object' || typeof policy.parameters !== 'object' || policy.parameters === null || !Array.isArray(policy.rules)) {
    throw new InvalidPolicyError('(unknown)', [policyProblem('$', 'type', { 'zh-CN': '政策对象（含 parameters 与 rules）', en: 'a profile with parameters and rules' }, excerpt(policy))]);
  }
  const clauses = policy.clauses !== null && typeof policy.clauses === 'object' ? policy.clauses : {};
  problems.push(...parameterSetProblems(policy.parameters as never, clauses, '$.parameters'));
  policy.rules.forEach((rule, index) => problems.push(...ruleProblems(rule, clauses, ['rules', index])));
  if (problems.length > 0) throw new InvalidPolicyError(typeof policy.id === 'string' ? policy.id : '(no id)', problems);
  usable.add(policy);
  return policy;
}
