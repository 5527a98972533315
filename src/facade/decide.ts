import type { Decision } from '../claim/decision';
import { InvalidClaimError, parseClaim } from '../claim/parse';
import type { Claim, ClaimInput } from '../claim/schema';
import type { InputError } from '../claim/input-error';
import { renderDecision } from '../explain/render-decision';
import { restDayCalendar } from '../law/rest-day-calendar';
import { nationalPolicy } from '../policy/national';
import { type PolicyId, policyNamed } from '../policy/registry';
import { UnknownPolicyError } from '../policy/unknown-policy-error';
import type { Policy } from '../policy/policy';
import { type RestDayCalendar, restDayCalendarOf } from '../time/rest-day-calendar';
import { mergeWithFloor, withRestoredRecourse } from '../policy/floor';
import { type Evaluation, evaluate } from '../engine/evaluate';
import { claimFacts } from '../rules/claim-facts';
import { paramsOn } from '../engine/parameters';
import { receiptDateOf } from '../claim/receipt-date';
import { engineStamp, withCalendarNamed } from '../stamp/stamp';
import { decideOptionsOf, InvalidOptionsError } from './decide-options';
import { InvalidPolicyError } from '../policy/invalid-policy-error';
import { usablePolicy } from '../policy/usable-policy';
import { RuleFailedError, thrownText } from '../engine/rule-failed-error';
import { counterfactualMessage } from '../explain/counterfactual-message';
import { counterfactualsOf, repairLimitsOf } from '../engine/counterfactuals';
import { WINDOW_RULES } from '../rules/window-rules';

export interface DecideOptions {
  /**
   * The profile to decide under: a profile, or the id of one the library ships (`'huawei'`); the
   * national floor (`cn-national`) by default. An unknown id is an error, never the floor.
   */
  readonly policy?: Policy | PolicyId;
  /** The rest-day calendar; the one built from `law/` by default. */
  readonly calendar?: RestDayCalendar;
  /** Also work out what would change the outcome (`counterfactuals`): a few dozen more decisions. */
  readonly counterfactuals?: boolean;
}

let builtIn: RestDayCalendar | undefined;
/** The calendar of China's statutory holidays kept in `law/`, built on first use. */
export function defaultCalendar(): RestDayCalendar {
  builtIn ??= restDayCalendarOf(restDayCalendar);
  return builtIn;
}

/**
 * Decides a parsed claim under one profile, with no floor comparison: the building block of
 * {@link decideClaim}. Never throws on a claim that passed the schema.
 */
export function decideUnder(
  policy: Policy,
  claim: Claim,
  calendar: RestDayCalendar = defaultCalendar(),
  options: { readonly missing?: boolean } = {},
): Decision {
  return withCalendarNamed(renderDecision(evaluate(claimFacts, policy, claim, calendar, options), policy, claim, undefined, engineStamp(policy, calendar)), calendar);
}

/**
 * The evaluation of a claim under a profile, merged with the floor's when the profile is not the
 * floor: the substance of a decision, before any wording.
 */
function evaluateAgainstFloor(policy: Policy, floor: Policy | undefined, claim: Claim, calendar: RestDayCalendar, missing: boolean): Evaluation {
  if (floor === undefined) return evaluate(claimFacts, policy, claim, calendar, { missing });
  // The floor first and alone, before any code the profile brings runs (design.md §5). A profile's
  // own rules never see the claim, the facts or the findings the library's rules work on, only
  // sealed copies of them (src/engine/run.ts), so the floor's facts can be handed on where the
  // profile's parameters give the same facts (src/rules/shared-facts.ts).
  const floorEvaluation = evaluate(claimFacts, floor, claim, calendar, { missing });
  const shared = { facts: floorEvaluation.facts, params: paramsOn(floor.parameters, claim.sale.date, receiptDateOf(claim)).params };
  const under = evaluate(claimFacts, policy, claim, calendar, { missing, shared });
  return mergeWithFloor(under, floorEvaluation, policy, floor, claim, (reverted) => evaluate(claimFacts, reverted, claim, calendar, { missing: false, shared }));
}

/**
 * Decides a claim that has already been parsed (see `parseClaim`). Under any profile other than
 * the national floor, the claim is decided under both and the consumer gets the better of them.
 * The floor is always the library's own national profile (design.md §5), never one a profile
 * brings along: a profile's `floor` field is informative only.
 *
 * Throws {@link InvalidPolicyError} for a profile whose values the engine cannot use (checked
 * once per profile object; `definePolicy` checks when the profile is made), and
 * {@link RuleFailedError} when a rule the library does not ship throws or returns nonsense.
 */
export function decideClaim(claim: Claim, given: DecideOptions = {}): Decision {
  // Anything but an options object is a TypeError, never the floor in silence.
  const options = decideOptionsOf(given);
  const policy = usablePolicy(policyNamed(options.policy));
  const calendar = options.calendar ?? defaultCalendar();
  const floor = policy === nationalPolicy ? undefined : nationalPolicy;
  const merged = evaluateAgainstFloor(policy, floor, claim, calendar, true);
  const decision = withCalendarNamed(renderDecision(floor === undefined ? merged : withRestoredRecourse(merged, policy, floor, claim, calendar), policy, claim, floor, engineStamp(policy, calendar)), calendar);
  if (options.counterfactuals !== true) return decision;
  const citeOfRule = (id: string) => {
    const version = decision.trace.find((entry) => entry.rule === id && entry.under === undefined)?.version;
    return policy.rules.find((rule) => rule.id === id && rule.version === version)?.cites[0];
  };
  const found = counterfactualsOf(claim, decision, (variant) => renderDecision(evaluateAgainstFloor(policy, floor, variant, calendar, false), policy, variant, floor), WINDOW_RULES, citeOfRule, repairLimitsOf([policy, floor], claim));
  return { ...decision, counterfactuals: found.map((counterfactual) => ({ ...counterfactual, message: counterfactualMessage(counterfactual, policy) })) };
}

/**
 * What `decide` takes: JSON from the wire, checked at run time (a value typed `unknown`, `any`,
 * or a record with an index signature such as `Record<string, unknown>`), or, written in code,
 * an object of the claim format, so that a misspelt key (`claimdate`) or a wrong value
 * (`kind: 'tablet'`) is a compile error.
 */
export type ClaimArgument<T> = T extends object ? (string extends keyof T ? T : ClaimInput) : T;

/**
 * Decides a claim given as a JSON value: parses it (defaults filled in), then decides it.
 * Throws {@link InvalidClaimError}, listing every problem, when the input is not a valid claim.
 *
 * @example
 * decide({ claimDate: '2025-03-08', item: { kind: 'handset' },
 *          sale: { date: '2025-03-01', priceFen: 399900 }, fault: { codes: ['no-power-on'] } }).verdict
 * //=> 'refund'
 */
export function decide<T>(input: ClaimArgument<T>, options: DecideOptions = {}): Decision {
  const parsed = parseClaim(input);
  if (!parsed.ok) throw new InvalidClaimError(parsed.errors, parsed.omittedErrors);
  return decideClaim(parsed.claim, options ?? {});
}

/**
 * Something that kept a claim from being decided: an input error, or (with code `policy` or
 * `rule-failed`) a problem of the profile or of one of its own rules, in the same shape.
 */
export interface DecideError {
  readonly path: string;
  readonly code: InputError['code'] | 'policy' | 'rule-failed' | 'internal';
  readonly expected: InputError['expected'];
  readonly received: string;
  readonly message: InputError['message'];
}

function decideErrorsOf(error: unknown): readonly DecideError[] {
  if (error instanceof InvalidClaimError) return error.errors;
  if (error instanceof InvalidPolicyError) {
    return error.problems.map((problem) => ({ path: `policy:${problem.path}`, code: 'policy', expected: problem.expected, received: problem.received, message: problem.message }));
  }
  if (error instanceof UnknownPolicyError) {
    return [{ path: 'options.policy', code: 'policy', expected: { 'zh-CN': `以下之一：${error.known.join('、')}`, en: `one of ${error.known.join(', ')}` }, received: error.id, message: error.text }];
  }
  if (error instanceof InvalidOptionsError) {
    return [{ path: error.path, code: 'type', expected: error.expected, received: error.received, message: error.text }];
  }
  if (error instanceof RuleFailedError) {
    return [{ path: `rule:${error.rule}`, code: 'rule-failed', expected: { 'zh-CN': '规则正常返回结论', en: 'the rule to return findings' }, received: error.rule, message: error.text }];
  }
  const text = thrownText(error);
  return [{ path: '$', code: 'internal', expected: { 'zh-CN': '正常完成判定', en: 'the decision to complete' }, received: text, message: { 'zh-CN': `判定未能完成：${text}`, en: `the claim could not be decided: ${text}` } }];
}

/**
 * Like {@link decide}, but never throws: input errors, a profile's problems and a failing rule of
 * a profile's own come back as `errors`, whatever `input` and `options` are.
 */
export function safeDecide<T>(
  input: ClaimArgument<T>,
  options: DecideOptions = {},
): { readonly ok: true; readonly decision: Decision } | { readonly ok: false; readonly errors: readonly DecideError[]; readonly omittedErrors?: number } {
  try {
    const parsed = parseClaim(input);
    if (!parsed.ok) return parsed;
    return { ok: true, decision: decideClaim(parsed.claim, options ?? {}) };
  } catch (error) {
    return { ok: false, errors: decideErrorsOf(error) };
  }
}

