import type { ClauseId } from '../law/citations';
import type { Rule } from '../engine/types';
import type { Text } from '../law/sources';
import type { CalendarDay } from '../time/calendar-day';
import type { Parameter, ParameterSet, ParameterValue, Params } from '../engine/parameters';
import { deepFreeze } from './deep-freeze';
import { InvalidPolicyError, type PolicyProblem, policyProblem } from './invalid-policy-error';
import { nationalPolicy } from './national';
import { isVouchedFor, vouchFor } from './usable-policy';
import type { DeclaredTerms, Policy, PolicyClause } from './policy';
import { changesProblems, excerpt, parameterSetProblems, pathOf } from './validate-policy';

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

/**
 * Derives a profile from another: its own id, source and clauses, some parameters changed (each
 * citing the clause that changes it), rules appended. The statutory floor of the result is
 * always the library's own national profile, whatever `base` is (design.md §5: the floor is
 * sealed): a base that is itself a changed copy of the national profile is only a base.
 *
 * Every value is checked when the profile is defined, so that no later decision can throw on it:
 * whole days and months in sane ranges, known citation ids and clauses, rules that are rule
 * values. Throws {@link InvalidPolicyError} listing every problem, with its path, in zh-CN and en.
 * The profile returned is frozen.
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
  const id = typeof changes?.id === 'string' ? changes.id : '(no id)';
  if (base === null || typeof base !== 'object' || changes === null || typeof changes !== 'object') {
    throw new InvalidPolicyError(id, [policyProblem('$', 'type', { 'zh-CN': '基础政策与变更对象', en: 'a base profile and an object of changes' }, excerpt(changes))]);
  }
  const clauses: Record<string, PolicyClause> = { ...base.clauses };
  const ownClauses = changes.clauses !== null && typeof changes.clauses === 'object' ? changes.clauses : {};
  for (const [key, clause] of Object.entries(ownClauses)) clauses[`policy:${id}:${key}`] = clause;
  const problems: PolicyProblem[] = changesProblems(changes as unknown as Record<string, unknown>, clauses);
  const parameters: Record<string, Parameter<unknown>> = { ...base.parameters };
  if (problems.length === 0) {
    for (const [name, change] of Object.entries(changes.parameters ?? {}) as [keyof Params, ParameterChange<unknown>][]) {
      try {
        parameters[name] = changed(base.parameters[name] as Parameter<unknown>, change, `policy:${id}:${change.clause}` as ClauseId);
      } catch (error) {
        problems.push(policyProblem(pathOf('$', ['parameters', name, 'value']), 'throws', { 'zh-CN': '不抛出异常的函数', en: 'a function that does not throw' }, excerpt(error instanceof Error ? error.message : error)));
      }
    }
    const checked = isVouchedFor(base) ? new Set<unknown>(Object.values(base.parameters)) : undefined;
    problems.push(...parameterSetProblems(parameters, clauses, '$.parameters', checked));
  }
  if (problems.length > 0) throw new InvalidPolicyError(id, problems);
  return vouchFor(deepFreeze({
    id: changes.id,
    title: changes.title,
    source: changes.source,
    asOf: changes.asOf,
    confidence: changes.confidence,
    parameters: parameters as unknown as ParameterSet,
    rules: [...base.rules, ...(changes.rules ?? [])],
    clauses,
    ...(changes.declared === undefined && base.declared === undefined ? {} : { declared: { ...base.declared, ...changes.declared } }),
    floor: nationalPolicy,
    ...(changes.notes === undefined ? {} : { notes: changes.notes }),
  }));
}
