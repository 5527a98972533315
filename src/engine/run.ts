import type { Claim } from '../claim/schema';
import type { CitationId } from '../law/citations';
import type { EngineParams, ParamCitesOf, ParamKeysOf } from './parameters';

/** The citations and changed keys behind the parameters in force, whatever the rule set declares. */
type ParamCites = ParamCitesOf<EngineParams>;
type ParamKeys = ParamKeysOf<EngineParams>;
import { denies } from './remedy-match';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import { addDays } from '../time/add-days';
import { dayNumber } from '../time/day-number';
import { eraIndex } from '../time/era-index';
import { checkedFindings } from './checked-findings';
import { RuleFailedError, thrownText } from './rule-failed-error';
import { basisOf } from './define-rule';
import { sealed, sealedCopy } from './seal';
import { weakCache } from './caches';
import type { Attributed, Basis, ChainFacts, DenyTarget, Finding, RemedyGrant, RemedyType, Route, Rule, RuleContext, TraceEntry } from './types';

/** Rule versions grouped by id, in chain order (the order of each id's first version). */
interface Family {
  readonly id: string;
  readonly versions: readonly Rule[];
  readonly byDelivery: boolean;
}

/**
 * A chain prepared for running: its families, and for each stretch of sale and delivery dates
 * between two version boundaries, the version of every family in force (worked out once).
 */
interface Plan {
  readonly families: readonly Family[];
  /** The days versions change, as day numbers (compared for every evaluation: numbers, not strings). */
  readonly saleBounds: readonly number[];
  readonly deliveryBounds: readonly number[];
  readonly steps: Map<number, readonly Step[]>;
}

/** A family's version in force, with its three possible trace entries made once. */
interface Step {
  readonly rule: Rule | undefined;
  /** The version's legal basis, handed to its `appliesTo` and `run` (made once per version). */
  readonly basis: Basis | undefined;
  readonly notInForce: TraceEntry;
  readonly notApplicable: TraceEntry;
  readonly fired: TraceEntry;
  readonly silent: TraceEntry;
  /** Whether the library ships the rule (its output needs no checking). */
  readonly trusted: boolean;
  /**
   * A shipped rule's two functions, read off the rule once (the library's rules never use
   * `this`); `undefined` for a rule the library does not ship, which runs guarded.
   */
  readonly appliesTo: ((context: RuleContext, basis: Basis) => boolean) | undefined;
  readonly run: ((context: RuleContext, basis: Basis) => readonly Finding[]) | undefined;
}

const plans = weakCache<readonly Rule[], Plan>('run.plans', "a chain's plan: its families and, per era of sale and delivery dates, the version of each in force");

/** The rules the library ships, which are tested; any other rule runs guarded. */
const TRUSTED = new WeakSet<Rule>();

/** Whether the library ships a rule (one it has tested); any other runs guarded, and the audit names it. */
export function shipsRule(rule: Rule): boolean {
  return TRUSTED.has(rule);
}

/** Marks rules as the library's own: they run unguarded, on the hot path. */
export function trustRules(rules: readonly Rule[]): void {
  for (const rule of rules) TRUSTED.add(rule);
}

/** Asks a rule the library does not ship whether it applies: a throw is the rule's failure, named. */
function applies(rule: Rule, context: RuleContext, basis: Basis): boolean {
  try {
    return rule.appliesTo!(context, basis) === true;
  } catch (error) {
    throw new RuleFailedError(rule.id, rule.version, { 'zh-CN': `appliesTo 抛出异常：${thrownText(error)}`, en: `appliesTo threw ${thrownText(error)}` }, { cause: error });
  }
}

/** Runs a rule the library does not ship: a throw or a malformed result is the rule's failure, named. */
function untrustedRun(rule: Rule, context: RuleContext, basis: Basis): readonly Finding[] {
  let out: unknown;
  try {
    out = rule.run(context, basis);
  } catch (error) {
    throw new RuleFailedError(rule.id, rule.version, { 'zh-CN': `抛出异常：${thrownText(error)}`, en: `it threw ${thrownText(error)}` }, { cause: error });
  }
  return checkedFindings(rule, out);
}

function planOf(rules: readonly Rule[]): Plan {
  const hit = plans.get(rules);
  if (hit !== undefined) return hit;
  const byId = new Map<string, Rule[]>();
  for (const rule of rules) {
    const versions = byId.get(rule.id);
    if (versions === undefined) byId.set(rule.id, [rule]);
    else versions.push(rule);
  }
  const families = [...byId].map(([id, versions]) => ({ id, versions, byDelivery: versions[0]!.versionBy === 'delivery' }));
  const bounds = (delivery: boolean) =>
    [...new Set(families.filter((family) => family.byDelivery === delivery).flatMap((family) => family.versions.flatMap((rule) => [rule.effective.from, ...(rule.effective.to === undefined ? [] : [addDays(rule.effective.to, 1)])])))]
      .sort()
      .map(dayNumber);
  const plan = { families, saleBounds: bounds(false), deliveryBounds: bounds(true), steps: new Map() };
  plans.set(rules, plan);
  return plan;
}

/** The version of each family in force for a claim with these dates, in chain order. */
function stepsOf(plan: Plan, saleDay: string, deliveryDay: string): readonly Step[] {
  const saleEra = eraIndex(plan.saleBounds, dayNumber(saleDay));
  const key = plan.deliveryBounds.length === 0 ? saleEra : saleEra * 1000 + eraIndex(plan.deliveryBounds, dayNumber(deliveryDay));
  let steps = plan.steps.get(key);
  if (steps === undefined) {
    steps = plan.families.map((family) => {
      const rule = versionOn(family.versions, family.byDelivery ? deliveryDay : saleDay);
      const entry = (result: TraceEntry['result']): TraceEntry =>
        Object.freeze(rule === undefined ? { rule: family.id, result } : { rule: family.id, version: rule.version, result });
      const trusted = rule === undefined || TRUSTED.has(rule);
      return {
        rule,
        // A profile's own rule is handed its basis frozen: the basis is kept and shared by every decision.
        basis: rule === undefined ? undefined : trusted ? basisOf(rule) : sealed(basisOf(rule)),
        notInForce: entry('not-in-force'),
        notApplicable: entry('not-applicable'),
        fired: entry('fired'),
        silent: entry('silent'),
        trusted,
        appliesTo: trusted ? rule?.appliesTo : undefined,
        run: trusted ? rule?.run : undefined,
      };
    });
    plan.steps.set(key, steps);
  }
  return steps;
}

/**
 * The version of a rule in force on a day, if any. The refund window (Art. 11) rests on MP2001
 * alone, so the 2013 consumer law's start changes nothing for it; before MP2001 it has no version.
 *
 * @example
 * versionOn(refundWindowVersions, '2014-03-15')?.version //=> 'mp2001'
 * versionOn(refundWindowVersions, '2001-11-14')          //=> undefined
 */
export function versionOn(versions: readonly Rule[], day: string): Rule | undefined {
  for (const rule of versions) {
    if (rule.effective.from <= day && (rule.effective.to === undefined || day <= rule.effective.to)) return rule;
  }
  return undefined;
}

/** Whether any of these denials takes this grant away. */
function deniedBy(targets: readonly DenyTarget[], grant: RemedyGrant): boolean {
  for (const target of targets) if (denies(target, grant)) return true;
  return false;
}

/** Whether the grants so far give a remedy (unconditionally) that none of the denials takes away. */
function entitledBy(grants: readonly RemedyGrant[], targets: readonly DenyTarget[], type: RemedyType, route: Route | undefined): boolean {
  for (const grant of grants) {
    if (grant.type !== type) continue;
    if (route !== undefined && (grant.route ?? 'sanbao') !== route) continue;
    if (grant.conditions !== undefined && grant.conditions.length > 0) continue;
    if (!deniedBy(targets, grant)) return true;
  }
  return false;
}

/**
 * The context's `entitled` and `denied` over one run's grants and denials so far. Made by
 * factories rather than written inline so that no per-claim function is named at run time (a
 * `keepNames` build names each inline one, a property write per claim).
 */
function entitledIn(grants: readonly RemedyGrant[], targets: readonly DenyTarget[]): RuleContext['entitled'] {
  return (type, route) => entitledBy(grants, targets, type, route);
}

function deniedIn(targets: readonly DenyTarget[]): RuleContext['denied'] {
  return (grant) => deniedBy(targets, grant);
}

/** The outcome of running a rule chain on one claim. */
export interface ChainResult {
  readonly findings: readonly Attributed[];
  readonly trace: readonly TraceEntry[];
}

/**
 * Runs a rule chain on a claim: for each rule, the version in force on the sale date (or the
 * delivery date, for a rule that says so), in chain order, each seeing what came before and
 * handed its version's {@link Basis} (the citations it rests on) to cite from.
 */
export function runChain(
  rules: readonly Rule[],
  claim: Claim,
  facts: ChainFacts,
  params: EngineParams,
  paramCites: ParamCites,
  paramKeys: ParamKeys,
  calendar: RestDayCalendar,
  entitlement?: (type: RemedyType, route: Route | undefined) => boolean,
): ChainResult {
  const plan = planOf(rules);
  const findings: Attributed[] = [];
  const grants: RemedyGrant[] = [];
  const targets: DenyTarget[] = [];
  const context: RuleContext = {
    claim,
    facts,
    params,
    paramCites,
    findings,
    calendar,
    entitled: entitlement ?? entitledIn(grants, targets),
    denied: deniedIn(targets),
    paramKeys,
    citeOf: citeOfFor(paramCites, paramKeys),
  };
  const steps = stepsOf(plan, facts.lawDate, facts.receiptDate);
  // What a profile's own rule was handed in this run, copied when first asked for (`sealedContext`).
  let guard: Guard | undefined;
  // One entry per step, every slot filled: sized once rather than grown by pushes.
  const trace = new Array<TraceEntry>(steps.length);
  // Indexed loops, no spreads: this runs for every rule of every evaluation.
  for (let index = 0; index < steps.length; index += 1) {
    const step = steps[index]!;
    const rule = step.rule;
    const basis = step.basis;
    if (rule === undefined || basis === undefined) {
      trace[index] = step.notInForce;
      continue;
    }
    if (step.run !== undefined) {
      if (step.appliesTo !== undefined && !step.appliesTo(context, basis)) {
        trace[index] = step.notApplicable;
        continue;
      }
    } else if (rule.appliesTo !== undefined && !applies(rule, sealedContext(context, findings, guard ??= {}), basis)) {
      trace[index] = step.notApplicable;
      continue;
    }
    const out = step.run !== undefined ? step.run(context, basis) : untrustedRun(rule, sealedContext(context, findings, guard ??= {}), basis);
    for (let at = 0; at < out.length; at += 1) {
      const finding = out[at]!;
      findings.push({ rule: rule.id, version: rule.version, finding });
      if (finding.effect === 'grant') for (let g = 0; g < finding.grants.length; g += 1) grants.push(finding.grants[g]!);
      else if (finding.effect === 'deny') for (let t = 0; t < finding.targets.length; t += 1) targets.push(finding.targets[t]!);
    }
    trace[index] = out.length > 0 ? step.fired : step.silent;
  }
  return { findings, trace };
}

/** The sealed copies a profile's own rules were handed in one run: made once, on first read. */
interface Guard {
  claim?: Claim;
  facts?: ChainFacts;
}

/**
 * The context a profile's own rule is handed: frozen, with sealed copies of the claim, the facts
 * and the findings so far, never the objects the library's rules work on (design.md §5: nothing a
 * rule is handed is shared or writable). Copies rather than the originals frozen in place: the
 * library's rules, here and in every national decision of the process, then only ever see objects
 * of one shape, which V8 keeps monomorphic (docs/performance.md: freezing in place made a national
 * decision about 20 % slower in a process that also decided under a profile with rules of its
 * own). Each copy is made when the rule first reads it: a rule that never looks at the facts (most
 * do not) costs no copy of them. The parameters and their citations are frozen when they are
 * resolved (once per era), for every chain alike.
 */
function sealedContext(context: RuleContext, findings: readonly Attributed[], guard: Guard): RuleContext {
  const facts = context.facts;
  let seen: readonly Attributed[] | undefined;
  return Object.freeze({
    get claim() {
      return (guard.claim ??= sealedCopy(context.claim));
    },
    get facts() {
      return (guard.facts ??= sealedCopy(facts));
    },
    params: context.params,
    paramCites: context.paramCites,
    paramKeys: context.paramKeys,
    get findings() {
      return (seen ??= sealedCopy(findings.slice()));
    },
    calendar: context.calendar,
    // The run's own two questions, frozen so that nothing can be hung on them either.
    entitled: Object.freeze(context.entitled),
    denied: Object.freeze(context.denied),
    citeOf: context.citeOf,
  });
}

/** The `citeOf` of a context, made once per set of parameter citations (they are cached per era). */
const citeOfs = weakCache<ParamCites, WeakMap<ParamKeys, RuleContext['citeOf']>>('run.cite-of', "a context's citeOf, per set of parameter citations and keys (each cached per era)");

function citeOfFor(paramCites: ParamCites, paramKeys: ParamKeys): RuleContext['citeOf'] {
  let byKeys = citeOfs.get(paramCites);
  if (byKeys === undefined) {
    byKeys = new WeakMap();
    citeOfs.set(paramCites, byKeys);
  }
  let citeOf = byKeys.get(paramKeys);
  if (citeOf === undefined) {
    // Each parameter's profile clause, if any, looked up once per era rather than on every call.
    const clauses: Partial<Record<string, CitationId>> = {};
    const every = paramCites as Readonly<Record<string, readonly CitationId[]>>;
    for (const parameter of Object.keys(every)) {
      const clause = every[parameter]!.find((id) => id.startsWith('policy:'));
      if (clause !== undefined) clauses[parameter] = clause;
    }
    citeOf = (parameter, statutory, key) => {
      const clause = clauses[parameter];
      if (clause === undefined) return statutory;
      const keys = (paramKeys as Readonly<Record<string, readonly string[] | undefined>>)[parameter];
      if (key !== undefined && keys !== undefined && !keys.includes(key)) return statutory;
      return clause;
    };
    byKeys.set(paramKeys, Object.freeze(citeOf));
  }
  return citeOf;
}
