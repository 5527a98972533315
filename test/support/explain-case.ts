import { type Claim, type Decision, decideClaim, parseClaim, type Policy } from '../../src/index';
import { policyById } from '../../src/entries/policy';

/** A claim decided for the explanation tests: parsed, under its profile, with counterfactuals. */
export interface Case {
  readonly name: string;
  readonly claim: Claim;
  readonly policy: Policy | undefined;
  readonly decision: Decision;
}

export function caseOf(name: string, input: unknown, policyId?: string): Case {
  const parsed = parseClaim(input);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  const policy = policyId === undefined ? undefined : policyById(policyId);
  if (policyId !== undefined && policy === undefined) throw new Error(`unknown policy ${policyId}`);
  const decision = decideClaim(parsed.claim, { counterfactuals: true, ...(policy === undefined ? {} : { policy }) });
  return { name, claim: parsed.claim, policy, decision };
}
