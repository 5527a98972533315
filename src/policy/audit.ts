import { IN_FORCE } from '../law/key-dates';
import type { Text } from '../law/sources';
import { addDays } from '../time/add-days';
import type { CalendarDay } from '../time/calendar-day';
import { type Parameter, paramsOn } from '../engine/parameters';
import type { Params } from '../rules/national-parameters';
import { shipsRule } from '../engine/run';
import { belowIn, type Direction, type ParameterUnit } from '../rules/declare-parameter';
import { type ParameterName, parameterDeclarations } from '../rules/national-parameters';
import { FLOOR_CITES } from './floor';
import type { Policy } from './policy';

/** One way a profile, as written, gives less than the statutory floor (the façade's `auditPolicy` words it). */
export interface FloorGap {
  /** The parameter (`exchangeWindow`), declared term (`declared.refundAtListPrice`) or rule (`rule:…`). */
  readonly parameter: string;
  /** The profile's clause that says so. */
  readonly clause: string;
  /** The sale dates from which (and to which) the profile is below the floor. */
  readonly from: CalendarDay;
  readonly to?: CalendarDay;
  /** The profile's value and the floor's, as JSON. */
  readonly profile: string;
  readonly floor: string;
  /** The statutory citations that prevail. */
  readonly prevails: readonly string[];
  /** What the finding is about, in a few words (the parameter's description, the exclusion, the rule). */
  readonly subject: Text;
  /** What the words of the finding are made of. */
  readonly words: GapWords;
}

/**
 * What a gap's message says: a parameter's value against the floor's (said in its unit), a refund
 * at the list price, an exclusion the law does not have, a rule that can take away what the law
 * gives; with the profile's clause and the statute that prevails.
 */
export type GapWords =
  | { readonly kind: 'parameter'; readonly unit: ParameterUnit; readonly profileValue: unknown; readonly floorValue: unknown }
  | { readonly kind: 'list-price' | 'exclusion' | 'rule' };

/**
 * Whether the profile's value of a parameter (against the floor's, on the same sale date) gives the
 * consumer less: the parameter's declared direction. A parameter declared not comparable is held
 * by its floor rule on each claim instead, and the audit passes it by.
 */
function below(name: ParameterName, mine: Params, floor: Params): boolean {
  return belowIn(parameterDeclarations[name].direction as Direction<unknown>, mine[name], floor[name], { mine, floor });
}

/** The parameters the audit compares: every one with a direction, in their declared order. */
const COMPARED = (Object.keys(parameterDeclarations) as ParameterName[]).filter((name) => !('notComparable' in parameterDeclarations[name].direction));

/** Every date on which some value of either set of parameters begins, from MP2001 on. */
function boundaries(policy: Policy, floor: Policy): CalendarDay[] {
  const days = new Set<CalendarDay>([IN_FORCE.mp2001]);
  for (const set of [policy.parameters, floor.parameters]) {
    for (const parameter of Object.values(set) as Parameter<unknown>[]) {
      for (const value of parameter.values) if (value.from > IN_FORCE.mp2001) days.add(value.from);
    }
  }
  return [...days].sort();
}

/** The parameters a profile gives every claim sold (and delivered) on `day`, with their citations. */
const paramsAt = (policy: Policy, day: CalendarDay) => paramsOn(policy.parameters, day, day);

/**
 * The statute that prevails over a term below the floor: what the floor's value rests on, the
 * articles that make the law a floor (MP2001 Arts. 3–4), and for sales from 2024-07-01 the
 * 实施条例 article that forbids shorter periods (Art. 18) or wider no-reason exclusions (Art. 19).
 */
const prevails = (floorCites: readonly string[], to: CalendarDay | undefined, from2024: (typeof FLOOR_CITES)[2 | 3]) => [
  ...new Set([...floorCites, FLOOR_CITES[0], FLOOR_CITES[1], ...((to ?? '9999-12-31') >= IN_FORCE.cplr2024 ? [from2024] : [])]),
];

/**
 * Everything in a profile that gives less than its statutory floor, found without any claim: each
 * parameter whose declared direction says the profile's value is below the floor's (and from which
 * sale date), each declared term the floor does not allow (a refund at the list price, an
 * exclusion the law does not have), each rule the profile declares can take away what the law
 * gives. Empty for the floor itself. Structured: `auditPolicy` (the façade) words it.
 *
 * @example
 * floorGapsOf(seedTiered).map((gap) => gap.parameter) //=> ['freeRepairMonths']
 */
export function floorGapsOf(policy: Policy): FloorGap[] {
  const floor = policy.floor;
  if (floor === undefined) return [];
  const gaps: FloorGap[] = [];
  const days = boundaries(policy, floor);
  for (const name of COMPARED) {
    let open: { from: CalendarDay; mine: unknown; theirs: unknown; clause: string; floorCites: readonly string[] } | undefined;
    const close = (to: CalendarDay | undefined) => {
      if (open === undefined) return;
      const range = { from: open.from, ...(to === undefined ? {} : { to }) };
      gaps.push({
        parameter: name,
        clause: open.clause,
        ...range,
        profile: JSON.stringify(open.mine),
        floor: JSON.stringify(open.theirs),
        prevails: prevails(open.floorCites, to, name === 'noReason' ? 'cplr2024:art19' : 'cplr2024:art18'),
        subject: floor.parameters[name].describes,
        words: { kind: 'parameter', unit: parameterDeclarations[name].unit, profileValue: open.mine, floorValue: open.theirs },
      });
      open = undefined;
    };
    for (const [index, day] of days.entries()) {
      const mine = paramsAt(policy, day);
      const theirs = paramsAt(floor, day);
      const isBelow = below(name, mine.params, theirs.params);
      const clause = mine.cites[name]?.find((id) => id.startsWith('policy:')) ?? `policy:${policy.id}`;
      if (isBelow && open === undefined) {
        open = { from: day, mine: mine.params[name], theirs: theirs.params[name], clause, floorCites: theirs.cites[name] ?? [] };
      } else if (!isBelow && open !== undefined) close(addDays(day, -1));
      if (index === days.length - 1) close(undefined);
    }
  }
  const declared = policy.declared;
  if (declared?.refundAtListPrice !== undefined) {
    gaps.push({
      parameter: 'declared.refundAtListPrice',
      clause: declared.refundAtListPrice,
      from: IN_FORCE.mp2001,
      profile: '"list price"',
      floor: '"invoice price"',
      prevails: prevails(['mp2001:art11', 'mp2001:art18'], undefined, 'cplr2024:art18'),
      subject: { 'zh-CN': '按生产者零售价而非发票价退款', en: 'refunds at the list price, not the invoice price' },
      words: { kind: 'list-price' },
    });
  }
  for (const exclusion of declared?.exclusions ?? []) {
    gaps.push({
      parameter: `declared.exclusions.${exclusion.id}`,
      clause: exclusion.clause,
      from: IN_FORCE.mp2001,
      profile: JSON.stringify(exclusion.describes.en),
      floor: '"the six statutory exclusions"',
      prevails: prevails(['mp2001:exclusions'], undefined, 'cplr2024:art18'),
      subject: exclusion.describes,
      words: { kind: 'exclusion' },
    });
  }
  const seen = new Set<string>();
  const floorRules = new Set(floor.rules);
  for (const rule of policy.rules) {
    if (seen.has(rule.id)) continue;
    // A rule the profile brings that the library does not ship (its own code) may deny anything
    // on some claim, whether or not it says so: the audit names it, as it names a declared one.
    const declared = rule.lowersFloor ?? (floorRules.has(rule) || shipsRule(rule) ? undefined : { clause: rule.cites.find((id) => id.startsWith('policy:')) ?? `policy:${policy.id}`, describes: rule.describes });
    if (declared === undefined) continue;
    seen.add(rule.id);
    gaps.push({
      parameter: `rule:${rule.id}`,
      clause: declared.clause,
      from: rule.effective.from,
      profile: JSON.stringify(declared.describes.en),
      floor: '"not in the law"',
      prevails: prevails(['mp2001:art11'], undefined, 'cplr2024:art18'),
      subject: declared.describes,
      words: { kind: 'rule' },
    });
  }
  return gaps;
}
