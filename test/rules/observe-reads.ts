/**
 * What each national rule reads of its context: the parameters (by value or through `citeOf`),
 * and whether it reads the run so far (`findings`, `entitled`, `denied`). Observed by running the
 * national rules, wrapped in watching proxies, on claims under the floor and every shipped profile.
 */
import type { Claim } from '../../src/claim/schema';
import { receiptDateOf } from '../../src/claim/receipt-date';
import { paramsOn } from '../../src/engine/parameters';
import { runChain, trustRules } from '../../src/engine/run';
import type { Rule, RuleContext } from '../../src/engine/types';
import { defaultCalendar } from '../../src/facade/decide';
import { nationalPolicy } from '../../src/policy/national';
import { shippedPolicies } from '../../src/policy/registry';
import { claimFacts } from '../../src/rules/claim-facts';
import type { Policy } from '../../src/policy/policy';

export interface Reads {
  readonly params: Set<string>;
  run: boolean;
}

const RUN_STATE = new Set(['findings', 'entitled', 'denied']);

/** Every national rule version, and what it was seen to read. */
export function observeReads(claims: readonly Claim[], extra: readonly Policy[] = []): Map<Rule, Reads> {
  const reads = new Map<Rule, Reads>();
  const national = new Set<Rule>(nationalPolicy.rules);
  const wrappedOf = new Map<Rule, Rule>();
  const readsOf = (rule: Rule) => {
    let seen = reads.get(rule);
    if (seen === undefined) reads.set(rule, (seen = { params: new Set(), run: false }));
    return seen;
  };
  const watch = (context: RuleContext, rule: Rule): RuleContext =>
    new Proxy(context, {
      get(target, key, receiver) {
        const seen = readsOf(rule);
        const name = String(key);
        if (RUN_STATE.has(name)) seen.run = true;
        const value = Reflect.get(target, key, receiver);
        if (name === 'params') return new Proxy(value as object, { get: (params, parameter, r) => (seen.params.add(String(parameter)), Reflect.get(params, parameter, r)) });
        if (name === 'paramCites' || name === 'paramKeys') return new Proxy(value as object, { get: (cites, parameter, r) => (seen.params.add(String(parameter)), Reflect.get(cites, parameter, r)) });
        if (name === 'citeOf') return (parameter: string, statutory: never, k?: string) => (seen.params.add(parameter), target.citeOf(parameter as never, statutory, k));
        return value;
      },
    });
  const wrap = (rule: Rule): Rule => {
    if (!national.has(rule)) return rule;
    let wrapped = wrappedOf.get(rule);
    if (wrapped === undefined) {
      const appliesTo = rule.appliesTo;
      wrapped = {
        ...rule,
        ...(appliesTo === undefined ? {} : { appliesTo: (context: RuleContext, basis: never) => appliesTo.call(rule, watch(context, rule), basis) }),
        run: (context: RuleContext, basis: never) => rule.run(watch(context, rule), basis),
      } as Rule;
      wrappedOf.set(rule, wrapped);
      readsOf(rule);
    }
    return wrapped;
  };
  const policies: Policy[] = [nationalPolicy, ...shippedPolicies, ...extra];
  const chains = policies.map((policy) => {
    const rules = policy.rules.map(wrap);
    trustRules(rules);
    return { policy, rules };
  });
  const calendar = defaultCalendar();
  for (const claim of claims) {
    for (const { policy, rules } of chains) {
      const { params, cites, keys } = paramsOn(policy.parameters, claim.sale.date, receiptDateOf(claim));
      const facts = claimFacts.factsOf(claim, params, calendar);
      runChain(rules, claim, facts, params, cites, keys, calendar);
    }
  }
  return reads;
}
