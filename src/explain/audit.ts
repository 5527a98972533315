import { bilingual } from './messages';
import { citationText } from './citation-text';
import { valueWords } from './parameter-words';
import { IN_FORCE } from '../law/key-dates';
import type { Text } from '../law/sources';
import { addDays } from '../time/add-days';
import type { CalendarDay } from '../time/calendar-day';
import { periodEnd, type PeriodLength } from '../time/period-end';
import { type Parameter, type Params, paramsOn } from '../engine/parameters';
import { FLOOR_CITES } from '../policy/floor';
import type { Policy } from '../policy/policy';
import { shipsRule } from '../engine/run';

/** One way a profile, as written, gives less than the statutory floor. */
export interface AuditFinding {
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
  readonly message: Text;
}

/** Starts from which window lengths are compared, to catch month ends and leap days. */
const STARTS = ['2023-01-31', '2024-01-29', '2024-02-29', '2025-06-15', '2025-08-31'];
const shorter = (mine: PeriodLength, floor: PeriodLength) => STARTS.some((start) => periodEnd(start, mine) < periodEnd(start, floor));
const builtInBattery = (params: Params) => params.builtInBatteryMonths ?? params.periodMonths.battery;
const rate = (value: Params['depreciationPerDay']) => value.numerator / value.denominator;
const gives = (value: Params['secondaryProofDenies'], floor: Params['secondaryProofDenies']) => value.some((remedy) => !floor.includes(remedy));

/**
 * For each parameter, whether the profile's value (against the floor's, on the same sale date)
 * gives the consumer less. A parameter not listed here cannot lower the floor.
 */
const BELOW: { readonly [K in keyof Params]?: (mine: Params, floor: Params) => boolean } = {
  clockStart: (m, f) => f.clockStart === 'delivery' && m.clockStart === 'sale',
  repairDaysExtendWindows: (m, f) => f.repairDaysExtendWindows && !m.repairDaysExtendWindows,
  refundWindow: (m, f) => shorter(m.refundWindow, f.refundWindow),
  exchangeWindow: (m, f) => shorter(m.exchangeWindow, f.exchangeWindow),
  periodMonths: (m, f) =>
    (Object.keys(f.periodMonths) as (keyof Params['periodMonths'])[]).some((kind) => {
      const floor = f.periodMonths[kind];
      const mine = m.periodMonths[kind];
      return floor !== null && (mine === null || mine < floor);
    }),
  builtInBatteryMonths: (m, f) => {
    const floor = builtInBattery(f);
    const mine = builtInBattery(m);
    return floor !== null && (mine === null || mine < floor);
  },
  freeRepairMonths: (m, f) => m.freeRepairMonths !== null && (f.freeRepairMonths === null || m.freeRepairMonths < f.freeRepairMonths),
  restDayRollOver: (m, f) => f.restDayRollOver && !m.restDayRollOver,
  exchangeRestartsPeriods: (m, f) => f.exchangeRestartsPeriods && !m.exchangeRestartsPeriods,
  factoryFallbackDays: (m, f) => m.factoryFallbackDays < f.factoryFallbackDays,
  secondaryProofDenies: (m, f) => gives(m.secondaryProofDenies, f.secondaryProofDenies),
  factoryProofDenies: (m, f) => gives(m.factoryProofDenies, f.factoryProofDenies),
  repairsBeforeExchange: (m, f) => m.repairsBeforeExchange > f.repairsBeforeExchange,
  twoRepairsGivesExchange: (m, f) => f.twoRepairsGivesExchange && !m.twoRepairsGivesExchange,
  repairerDelayDays: (m, f) => m.repairerDelayDays > f.repairerDelayDays,
  partsDelayDays: (m, f) => m.partsDelayDays > f.partsDelayDays,
  loanerAfterDays: (m, f) => m.loanerAfterDays > f.loanerAfterDays,
  depreciationPerDay: (m, f) => rate(m.depreciationPerDay) > rate(f.depreciationPerDay),
  depreciationDeductsRepairDays: (m, f) => f.depreciationDeductsRepairDays && !m.depreciationDeductsRepairDays,
  replacementsBeforeRefund: (m, f) => m.replacementsBeforeRefund > f.replacementsBeforeRefund,
  batteryFaultBelowPct: (m, f) => m.batteryFaultBelowPct < f.batteryFaultBelowPct,
  qualityTransportBySeller: (m, f) => f.qualityTransportBySeller && !m.qualityTransportBySeller,
  transportCapFen: (m, f) => f.qualityTransportBySeller && m.transportCapFen !== null && (f.transportCapFen === null || m.transportCapFen < f.transportCapFen),
  burdenOnSellerMonths: (m, f) => f.burdenOnSellerMonths !== null && (m.burdenOnSellerMonths === null || m.burdenOnSellerMonths < f.burdenOnSellerMonths),
  noReason: (m, f) => {
    const floor = f.noReason;
    const mine = m.noReason;
    if (floor === null) return false;
    if (mine === null) return true;
    return (
      shorter(mine.length, floor.length) ||
      floor.channels.some((channel) => !mine.channels.includes(channel)) ||
      (floor.activationBlocksOnlyIfConfirmed && !mine.activationBlocksOnlyIfConfirmed) ||
      (floor.giftsCharged && !mine.giftsCharged) ||
      (floor.shippingPaidBy !== 'consumer' && mine.shippingPaidBy === 'consumer')
    );
  },
  performers: (m, f) => m.performers.refund !== f.performers.refund || m.performers.exchange !== f.performers.exchange,
  activationBeforeDeliveryNotBuyers: (m, f) => f.activationBeforeDeliveryNotBuyers && !m.activationBeforeDeliveryNotBuyers,
  consumedRefundBelowExchange: (m, f) => f.consumedRefundBelowExchange && !m.consumedRefundBelowExchange,
  delayExchangeSurvivesHandBack: (m, f) => f.delayExchangeSurvivesHandBack && !m.delayExchangeSurvivesHandBack,
};

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

/** A profile's clause and the prevailing statute, as a reader knows them, in both languages. */
function citedWords(clause: string, cited: readonly string[], policy: Policy): Record<string, string> {
  return {
    'clause:zh-CN': citationText(clause, 'zh-CN', policy),
    'clause:en': citationText(clause, 'en', policy),
    'prevails:zh-CN': cited.map((id) => citationText(id, 'zh-CN')).join('、'),
    'prevails:en': cited.map((id) => citationText(id, 'en')).join('; '),
  };
}

/**
 * Reports, without any claim, everything in a profile that gives less than its statutory floor:
 * each parameter below the floor's value (and from which sale date), each declared term the
 * floor does not allow (a refund at the list price, an exclusion the law does not have), each
 * rule the profile declares can take away what the law gives. Empty for the floor itself.
 *
 * @example
 * auditPolicy(seedTiered).map((finding) => finding.parameter) //=> ['freeRepairMonths']
 */
export function auditPolicy(policy: Policy): AuditFinding[] {
  const floor = policy.floor;
  if (floor === undefined) return [];
  const findings: AuditFinding[] = [];
  const days = boundaries(policy, floor);
  for (const name of Object.keys(BELOW) as (keyof Params)[]) {
    const test = BELOW[name]!;
    let open: { from: CalendarDay; mine: unknown; theirs: unknown; clause: string; floorCites: readonly string[] } | undefined;
    const close = (to: CalendarDay | undefined) => {
      if (open === undefined) return;
      const range = { from: open.from, ...(to === undefined ? {} : { to }) };
      const cited = prevails(open.floorCites, to, name === 'noReason' ? 'cplr2024:art19' : 'cplr2024:art18');
      findings.push({
        parameter: name,
        clause: open.clause,
        ...range,
        profile: JSON.stringify(open.mine),
        floor: JSON.stringify(open.theirs),
        prevails: cited,
        subject: floor.parameters[name].describes,
        message: bilingual('audit.parameter', {
          'parameter:zh-CN': floor.parameters[name].describes['zh-CN'],
          'parameter:en': floor.parameters[name].describes.en,
          'profileValue:zh-CN': valueWords(name, open.mine, open.theirs, 'zh-CN'),
          'profileValue:en': valueWords(name, open.mine, open.theirs, 'en'),
          'floorValue:zh-CN': valueWords(name, open.theirs, open.mine, 'zh-CN'),
          'floorValue:en': valueWords(name, open.theirs, open.mine, 'en'),
          from: open.from,
          ...citedWords(open.clause, cited, policy),
        }),
      });
      open = undefined;
    };
    for (const [index, day] of days.entries()) {
      const mine = paramsAt(policy, day);
      const theirs = paramsAt(floor, day);
      const below = test(mine.params, theirs.params);
      const clause = mine.cites[name]?.find((id) => id.startsWith('policy:')) ?? `policy:${policy.id}`;
      if (below && open === undefined) {
        open = { from: day, mine: mine.params[name], theirs: theirs.params[name], clause, floorCites: theirs.cites[name] ?? [] };
      } else if (!below && open !== undefined) close(addDays(day, -1));
      if (index === days.length - 1) close(undefined);
    }
  }
  const declared = policy.declared;
  if (declared?.refundAtListPrice !== undefined) {
    const cited = prevails(['mp2001:art11', 'mp2001:art18'], undefined, 'cplr2024:art18');
    findings.push({
      parameter: 'declared.refundAtListPrice',
      clause: declared.refundAtListPrice,
      from: IN_FORCE.mp2001,
      profile: '"list price"',
      floor: '"invoice price"',
      prevails: cited,
      subject: { 'zh-CN': '按生产者零售价而非发票价退款', en: 'refunds at the list price, not the invoice price' },
      message: bilingual('audit.list-price', citedWords(declared.refundAtListPrice, cited, policy)),
    });
  }
  for (const exclusion of declared?.exclusions ?? []) {
    const cited = prevails(['mp2001:exclusions'], undefined, 'cplr2024:art18');
    findings.push({
      parameter: `declared.exclusions.${exclusion.id}`,
      clause: exclusion.clause,
      from: IN_FORCE.mp2001,
      profile: JSON.stringify(exclusion.describes.en),
      floor: '"the six statutory exclusions"',
      prevails: cited,
      subject: exclusion.describes,
      message: bilingual('audit.exclusion', {
        'exclusion:zh-CN': exclusion.describes['zh-CN'],
        'exclusion:en': exclusion.describes.en,
        ...citedWords(exclusion.clause, cited, policy),
      }),
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
    const cited = prevails(['mp2001:art11'], undefined, 'cplr2024:art18');
    findings.push({
      parameter: `rule:${rule.id}`,
      clause: declared.clause,
      from: rule.effective.from,
      profile: JSON.stringify(declared.describes.en),
      floor: '"not in the law"',
      prevails: cited,
      subject: declared.describes,
      message: bilingual('audit.rule', {
        'rule:zh-CN': declared.describes['zh-CN'],
        'rule:en': declared.describes.en,
        ...citedWords(declared.clause, cited, policy),
      }),
    });
  }
  return findings;
}

