import type { Claim } from '../claim/schema';
import type { ParamCites, ParamKeys, Params } from '../policy/parameters';
import type { Facts } from './facts';
import { denies } from './remedy-match';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import type { Attributed, RemedyGrant, RemedyType, Route, Rule, RuleContext, TraceEntry } from './types';

/** Rule versions grouped by id, in chain order (the order of each id's first version). */
interface Family {
  readonly id: string;
  readonly versions: readonly Rule[];
}

const compiled = new WeakMap<readonly Rule[], readonly Family[]>();

function familiesOf(rules: readonly Rule[]): readonly Family[] {
  const hit = compiled.get(rules);
  if (hit !== undefined) return hit;
  const byId = new Map<string, Rule[]>();
  for (const rule of rules) {
    const versions = byId.get(rule.id);
    if (versions === undefined) byId.set(rule.id, [rule]);
    else versions.push(rule);
  }
  const families = [...byId].map(([id, versions]) => ({ id, versions }));
  compiled.set(rules, families);
  return families;
}

/**
 * The version of a rule in force on a day, if any.
 *
 * @example
 * versionOn(refundWindowVersions, '2014-03-15')?.version //=> 'mp2001+cpl2013'
 */
export function versionOn(versions: readonly Rule[], day: string): Rule | undefined {
  for (const rule of versions) {
    if (rule.effective.from <= day && (rule.effective.to === undefined || day <= rule.effective.to)) return rule;
  }
  return undefined;
}

/** Whether a finding so far denies this grant. */
function deniedSoFar(findings: readonly Attributed[], grant: RemedyGrant): boolean {
  return findings.some(({ finding }) => finding.effect === 'deny' && finding.targets.some((target) => denies(target, grant)));
}

/** Whether the findings so far grant a remedy that none of them denies. */
function entitledSoFar(findings: readonly Attributed[], type: RemedyType, route: Route | undefined): boolean {
  for (const { finding } of findings) {
    if (finding.effect !== 'grant') continue;
    for (const grant of finding.grants) {
      if (grant.type !== type) continue;
      if (route !== undefined && (grant.route ?? 'sanbao') !== route) continue;
      if (grant.conditions !== undefined && grant.conditions.length > 0) continue;
      if (!deniedSoFar(findings, grant)) return true;
    }
  }
  return false;
}

const traced = new WeakMap<Rule, Partial<Record<TraceEntry['result'], TraceEntry>>>();
const notInForce = new Map<string, TraceEntry>();

/** A trace entry; the same few values recur on every claim, so each is built once (and frozen). */
function traceEntry(rule: Rule, result: 'fired' | 'silent' | 'not-applicable'): TraceEntry {
  let entries = traced.get(rule);
  if (entries === undefined) {
    entries = {};
    traced.set(rule, entries);
  }
  return (entries[result] ??= Object.freeze({ rule: rule.id, version: rule.version, result }));
}

/** The outcome of running a rule chain on one claim. */
export interface ChainResult {
  readonly findings: readonly Attributed[];
  readonly trace: readonly TraceEntry[];
}

/**
 * Runs a rule chain on a claim: for each rule, the version in force on the sale date (or the
 * delivery date, for a rule that says so), in chain order, each seeing what came before.
 */
export function runChain(
  rules: readonly Rule[],
  claim: Claim,
  facts: Facts,
  params: Params,
  paramCites: ParamCites,
  paramKeys: ParamKeys,
  calendar: RestDayCalendar,
  entitlement?: (type: RemedyType, route: Route | undefined) => boolean,
): ChainResult {
  const findings: Attributed[] = [];
  const trace: TraceEntry[] = [];
  const context: RuleContext = {
    claim,
    facts,
    params,
    paramCites,
    findings,
    calendar,
    entitled: entitlement ?? ((type, route) => entitledSoFar(findings, type, route)),
    denied: (grant) => deniedSoFar(findings, grant),
    paramKeys,
    citeOf: (parameter, statutory, key) => {
      const keys = paramKeys[parameter];
      if (key !== undefined && keys !== undefined && !keys.includes(key)) return statutory;
      return paramCites[parameter].find((id) => id.startsWith('policy:')) ?? statutory;
    },
  };
  for (const family of familiesOf(rules)) {
    const first = family.versions[0]!;
    const day = first.versionBy === 'delivery' ? facts.receiptDate : facts.lawDate;
    const rule = versionOn(family.versions, day);
    if (rule === undefined) {
      let entry = notInForce.get(family.id);
      if (entry === undefined) {
        entry = Object.freeze({ rule: family.id, result: 'not-in-force' as const });
        notInForce.set(family.id, entry);
      }
      trace.push(entry);
      continue;
    }
    if (rule.appliesTo !== undefined && !rule.appliesTo(context)) {
      trace.push(traceEntry(rule, 'not-applicable'));
      continue;
    }
    const out = rule.run(context);
    for (const finding of out) findings.push({ rule: rule.id, version: rule.version, finding });
    trace.push(traceEntry(rule, out.length > 0 ? 'fired' : 'silent'));
  }
  return { findings, trace };
}
