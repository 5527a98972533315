import type { ClauseId } from '../law/citations';
import type { Rule } from '../engine/types';
import type { Text } from '../law/sources';
import type { CalendarDay } from '../time/calendar-day';
import type { Parameter, ParameterValue } from '../engine/parameters';
import type { ParameterSet, Params } from '../rules/national-parameters';
import { excerpt } from '../claim/excerpt';
import { jsonPath } from '../claim/json-path';
import { deepFreeze } from './deep-freeze';
import { InvalidPolicyError, type PolicyProblem, policyProblem } from './invalid-policy-error';
import { nationalPolicy } from './national';
import { checkedProfile, isVouchedFor, vouchFor } from './usable-policy';
import { beyondCopy, dataCopy } from './policy-data';
import { thrownText } from '../engine/rule-failed-error';
import type { DeclaredTerms, Policy, PolicyClause } from './policy';
import { changesProblems, parameterSetProblems } from './validate-policy';

/**
 * A change to one parameter: its new value (or a function of the base value, e.g. to change one
 * accessory's period), the profile clause that says so, and optionally the date from which it
 * applies (by default, for every sale).
 */
export interface ParameterChange<T> {
  readonly value: T | ((base: T) => T);
  /** The clause key (`exchange-window`); cited as `policy:<profile-id>:<clause>`. */
  readonly clause: string;
  readonly from?: CalendarDay;
}

export interface PolicyChanges {
  readonly id: string;
  readonly title: Text;
  readonly source: Policy['source'];
  readonly asOf: CalendarDay;
  readonly confidence: Policy['confidence'];
  readonly clauses?: Readonly<Record<string, PolicyClause>>;
  readonly parameters?: { readonly [K in keyof Params]?: ParameterChange<Params[K]> };
  /** Rules appended after the base profile's (a shop's own). */
  readonly rules?: readonly Rule[];
  readonly declared?: DeclaredTerms;
  readonly notes?: Text;
  /** Messages for the codes the profile's own rules use, in both languages (added to the base profile's). */
  readonly messages?: Readonly<Record<string, Text>>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The keys of a record a change touched, when both values are plain records (one accessory's period). */
function changedKeys(before: unknown, after: unknown): string[] | undefined {
  const record = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!record(before) || !record(after)) return undefined;
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !same(a[key], b[key]));
}

/**
 * A profile's value of a parameter, citing its clause; where the change was made to part of the
 * base value (a function of it), also the keys it changed.
 */
function profileValue<T>(from: string, before: T, value: T, cite: ClauseId, partial: boolean): ParameterValue<T> {
  const keys = partial ? changedKeys(before, value) : undefined;
  return keys === undefined ? { from, value, cites: [cite] } : { from, value, cites: [cite], keys };
}

function changed<T>(base: Parameter<T>, change: ParameterChange<T>, cite: ClauseId): Parameter<T> {
  const apply = (value: T): T => (typeof change.value === 'function' ? (change.value as (base: T) => T)(value) : change.value);
  const from = change.from;
  const partial = typeof change.value === 'function';
  const values = base.values.flatMap((entry, index) => {
    const next = base.values[index + 1];
    if (from === undefined || from <= entry.from) {
      const value = apply(entry.value);
      return [same(value, entry.value) ? entry : profileValue(entry.from, entry.value, value, cite, partial)];
    }
    if (next !== undefined && next.from <= from) return [entry];
    const value = apply(entry.value);
    return [entry, ...(same(value, entry.value) ? [] : [profileValue(from, entry.value, value, cite, partial)])];
  });
  return { ...base, values };
}

/** Where the changes hold functions: a parameter change's `value` (of the base value), a rule's `run` and `appliesTo`. */
const changeFunction = (keys: readonly PropertyKey[]) =>
  keys.length === 3 && ((keys[0] === 'parameters' && keys[2] === 'value') || (keys[0] === 'rules' && (keys[2] === 'run' || keys[2] === 'appliesTo')));

/** Each problem once (a function of the base value is called once for each of its dated values). */
function distinct(problems: readonly PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}|${problem.code}|${problem.received}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Derives a profile from another: its own id, source and clauses, some parameters changed (each
 * citing the clause that changes it), rules appended. The statutory floor of the result is
 * always the library's own national profile, whatever `base` is (design.md §5: the floor is
 * sealed): a base that is itself a changed copy of the national profile is only a base.
 *
 * The changes and the base are checked whole when the profile is defined, so that no later
 * decision can throw on them: every value is data (read once and copied: no getters, proxies,
 * cycles, BigInts or functions where data is expected), whole days and months in sane ranges,
 * known citation ids and clauses, rules that are rule values (the base's too, when the base was
 * not made by the library), and every declared term evaluated by a rule. Throws
 * {@link InvalidPolicyError} listing every problem, with its path (`$` for the changes, `base`
 * for the base), in zh-CN and en; never anything else. The profile returned is frozen through.
 *
 * @example
 * const shop = definePolicy(nationalPolicy, {
 *   id: 'my-shop', title: { 'zh-CN': '本店政策', en: 'My shop' }, source: { title: 'counter notice' },
 *   asOf: '2026-01-01', confidence: 'A',
 *   clauses: { 'exchange-30': { label: { 'zh-CN': '30天包换', en: '30-day exchange' }, text: { 'zh-CN': '30天内可换货。', en: 'Exchange within 30 days.' }, confidence: 'A' } },
 *   parameters: { exchangeWindow: { value: { days: 30 }, clause: 'exchange-30' } },
 * });
 * shop.floor?.id //=> 'cn-national'
 */
export function definePolicy(base: Policy, changes: PolicyChanges): Policy {
  const copyProblems: PolicyProblem[] = [];
  const copied = dataCopy(changes, '$', copyProblems, { functionAt: changeFunction });
  const problems: PolicyProblem[] = [...copyProblems];
  const own = copied !== null && typeof copied === 'object' && !Array.isArray(copied) ? (copied as Record<string, unknown>) : undefined;
  const id = typeof own?.id === 'string' ? own.id : '(no id)';
  if (own === undefined) {
    throw new InvalidPolicyError(id, problems.length > 0 ? problems : [policyProblem('$', 'type', { 'zh-CN': '变更对象', en: 'an object of changes' }, excerpt(copied, 'json'))]);
  }
  // A base the library made or checked is taken as it is; any other is read once and checked whole.
  let from: Policy | undefined;
  if (base !== null && typeof base === 'object' && isVouchedFor(base)) from = base;
  else {
    const checked = checkedProfile(base, 'base');
    problems.push(...checked.problems);
    from = checked.policy;
  }
  const changed_ = own as unknown as PolicyChanges;
  const clauses: Record<string, PolicyClause> = { ...from?.clauses };
  const ownClauses = own.clauses !== null && typeof own.clauses === 'object' && !Array.isArray(own.clauses) ? (own.clauses as Record<string, PolicyClause>) : {};
  for (const [key, clause] of Object.entries(ownClauses)) clauses[`policy:${id}:${key}`] = clause;
  problems.push(...beyondCopy(copyProblems, changesProblems(own, clauses, from?.rules ?? [])));
  if (problems.length > 0 || from === undefined) throw new InvalidPolicyError(id, distinct(problems));
  const parameters: Record<string, Parameter<unknown>> = { ...from.parameters };
  for (const [name, change] of Object.entries(changed_.parameters ?? {}) as [keyof Params, ParameterChange<unknown>][]) {
    const at = jsonPath(['parameters', name, 'value']);
    // A function's result is read once and copied like any value the changes give.
    const data: ParameterChange<unknown> = typeof change.value === 'function' ? { ...change, value: (value: unknown) => dataCopy((change.value as (base: unknown) => unknown)(value), at, problems) } : change;
    try {
      parameters[name] = changed(from.parameters[name] as Parameter<unknown>, data, `policy:${id}:${change.clause}` as ClauseId);
    } catch (error) {
      problems.push(policyProblem(at, 'throws', { 'zh-CN': '不抛出异常的函数', en: 'a function that does not throw' }, excerpt(error instanceof Error ? thrownText(error) : error, 'json')));
    }
  }
  problems.push(...parameterSetProblems(parameters, clauses, '$.parameters', new Set<unknown>(Object.values(from.parameters))));
  if (problems.length > 0) throw new InvalidPolicyError(id, distinct(problems));
  return vouchFor(
    deepFreeze({
      id,
      title: changed_.title,
      source: changed_.source,
      asOf: changed_.asOf,
      confidence: changed_.confidence,
      parameters: parameters as unknown as ParameterSet,
      rules: [...from.rules, ...(changed_.rules ?? [])],
      clauses,
      ...(changed_.declared === undefined && from.declared === undefined ? {} : { declared: { ...from.declared, ...changed_.declared } }),
      floor: nationalPolicy,
      ...(changed_.notes === undefined ? {} : { notes: changed_.notes }),
      ...(changed_.messages === undefined && from.messages === undefined ? {} : { messages: { ...from.messages, ...changed_.messages } }),
    }),
  );
}
