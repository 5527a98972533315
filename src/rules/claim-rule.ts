import { defineRule as defineVersions, type RuleDefinition as EngineRuleDefinition } from '../engine/define-rule';
import type { Rule as EngineRule, RuleContext as EngineRuleContext } from '../engine/types';
import type { Facts } from './facts-types';
import type { Params } from './national-parameters';

/**
 * The engine's rule types for rules about a 三包 claim: the context a rule sees carries the
 * claim's {@link Facts} and the national {@link Params}. The engine's own (src/engine/types.ts) run on any facts; the national
 * rules and a profile's own rules are written against these.
 */

/** What a rule about a claim sees: the claim, its facts, the parameters in force, what came before. */
export type RuleContext = EngineRuleContext<Facts, Params>;

/** A rule about a claim: one version of it. */
export type Rule<Id extends string = string> = EngineRule<Id, Facts, Params>;

/** A rule about a claim as written (see `defineRule`). */
export type RuleDefinition<Id extends string = string, Code extends string = string> = EngineRuleDefinition<Id, Code, Facts, Params>;

/**
 * Turns a rule about a claim into its versions: the engine's `defineRule`, with the context typed
 * by the claim's {@link Facts} (so that `run: ({ facts }) => …` reads `facts.refund`).
 *
 * @example
 * defineRule({ id: 'shop.note', describes: { 'zh-CN': '备注', en: 'a note' }, run: ({ facts }) => (facts.refund === undefined ? [] : []), basis: [
 *   [{ from: '2001-11-15', tag: 'mp2001', cites: ['mp2001:art11'] }],
 * ] }).map((rule) => rule.version) //=> ['mp2001']
 */
export function defineRule<const Id extends string>(definition: RuleDefinition<Id>): Rule<Id>[] {
  return defineVersions(definition);
}
