import type { Claim } from '../claim/schema';
import { nationalRule } from './national-rule';
import type { FaultFacts } from './facts-types';
import { deny, note, requireFact, SILENT } from '../engine/findings';
import type { Params } from './national-parameters';
import { FAULT_ROW_OF, type FaultCode, performanceFaults } from '../law/performance-faults';
import { mp2001 } from './eras';

/**
 * **The battery's capacity test** (Appendix 3, battery row: 判断依据为电池容量不小于80%, the
 * capacity must be at least 80% of rated). *Interpretation (I17):* a capacity measured below the
 * threshold is a battery performance fault; at or above it the capacity shows no fault (a battery
 * with which the phone does not work after a full charge still has one, by its fault code). The
 * threshold is the parameter `batteryFaultBelowPct`: 80 under the law; a profile may raise it.
 *
 * @example
 * batteryCapacityFault(79, 80) //=> true
 * batteryCapacityFault(80, 80) //=> false
 * batteryCapacityFault(81, 80) //=> false
 */
export function batteryCapacityFault(measuredPct: number, belowPct: number): boolean {
  return measuredPct < belowPct;
}

/**
 * **Which of the claim's faults the performance-fault table lists for this item** (Appendix 3;
 * I10, I17). A code in the item's own row is a listed fault; any other product defect (`other`,
 * or a fault of another item's row) is unlisted: free repair in the period, no 三包 exchange or
 * refund; cosmetic wear is no fault at all. A battery measured below the capacity threshold
 * ({@link batteryCapacityFault}) has a listed fault whatever codes it carries. An item the table
 * has no row for but a profile covers (`covered`, e.g. a data cable) counts every product defect
 * as its fault: the profile's promise stands in for the table.
 *
 * @example
 * const fault = classifyFault(claim, params, true);
 * [fault.row, fault.listed, fault.hasListed, fault.batteryCapacityLow] //=> ['main-unit', ['no-power-on'], true, undefined]
 */
export function classifyFault(claim: Claim, params: Params, covered: boolean): FaultFacts {
  const row = FAULT_ROW_OF[claim.item.kind];
  const listed: FaultCode[] = [];
  const unlisted: FaultCode[] = [];
  let cosmetic = false;
  for (const code of claim.fault.codes) {
    const entry = performanceFaults[code];
    if (code === 'cosmetic') cosmetic = true;
    else if (row !== null && entry.row === row) {
      if (!listed.includes(code)) listed.push(code);
    } else if (!unlisted.includes(code)) unlisted.push(code);
  }
  const pct = claim.fault.batteryCapacityPct;
  const batteryCapacityLow = row === 'battery' && pct !== undefined ? batteryCapacityFault(pct, params.batteryFaultBelowPct) : undefined;
  if (row === null && covered) listed.push(...unlisted.splice(0));
  const hasListed = listed.length > 0 || batteryCapacityLow === true;
  return { row, listed, unlisted, cosmetic, batteryCapacityLow, hasListed, none: !hasListed && unlisted.length === 0 && !cosmetic };
}

/**
 * **The remedies rest on a performance fault** (Arts. 11–14 require that the item "出现附录3所列
 * 性能故障"). An inspection that found no fault gives nothing to remedy; one still pending makes
 * the decision provisional on its result. *Interpretation:* the rule does not say who must
 * confirm the fault; the claim records the inspection outcome (legal-reference open question 4).
 */
export const inspection = nationalRule({
  id: 'fault.inspection',
  describes: {
    'zh-CN': '三包以出现性能故障为前提：检测未见故障的无从补救；检测未完成的，结论待定。',
    en: 'The remedies need a performance fault: none found, nothing to remedy; inspection pending, the decision waits on it.',
  },
  basis: [mp2001('mp2001:appendix3')],
  appliesTo: ({ claim }) => claim.fault.inspection !== 'confirmed' && claim.fault.codes.length > 0,
  run: ({ claim }) =>
    claim.fault.inspection === 'not-found'
      ? [deny('fault.not-found', 'mp2001:appendix3', ['all-sanbao'], undefined, { fact: 'fault.inspection', value: 'confirmed' })]
      : [requireFact('fault.pending', 'mp2001:appendix3', 'fault.inspection')],
});

/**
 * **Faults caused by the network or by abnormal SIM data are excluded** (Appendix 3, notes 1–2):
 * not a product fault, so no 三包 remedy and nothing for the seller to repair (I10).
 */
export const externalCause = nationalRule({
  id: 'fault.external-cause',
  describes: {
    'zh-CN': '因网络因素或手机卡数据不正常造成的故障不属于性能故障。',
    en: 'Faults caused by the network or by abnormal SIM data are not performance faults.',
  },
  interpretations: ['I10'],
  basis: [mp2001('mp2001:appendix3')],
  appliesTo: ({ claim }) => claim.fault.cause === 'network' || claim.fault.cause === 'sim-data',
  run: ({ claim }) => [deny('fault.external-cause', 'mp2001:appendix3', ['all-sanbao'], { cause: claim.fault.cause })],
});

/**
 * **No fault reported, nothing to remedy under 三包.** A claim without fault codes (e.g. a plain
 * no-reason return) gets no 三包 remedy; the no-reason return is decided on its own.
 */
export const noFault = nationalRule({
  id: 'fault.none',
  describes: {
    'zh-CN': '未报告任何故障的，不产生三包补救（无理由退货另行判断）。',
    en: 'With no fault reported there is no 三包 remedy (a no-reason return is decided separately).',
  },
  basis: [mp2001('mp2001:appendix3')],
  appliesTo: ({ facts }) => facts.fault.none,
  run: () => [deny('fault.none', 'mp2001:appendix3', ['all-sanbao'])],
});

/**
 * **Cosmetic wear is not a performance fault** (Appendix 3): paid repair only (I10).
 */
export const cosmeticOnly = nationalRule({
  id: 'fault.cosmetic',
  describes: {
    'zh-CN': '外观磨损、划痕不属于性能故障，只能收费修理。',
    en: 'Cosmetic wear is not a performance fault: paid repair only.',
  },
  interpretations: ['I10'],
  basis: [mp2001('mp2001:appendix3')],
  appliesTo: ({ facts }) => facts.fault.cosmetic && !facts.fault.hasListed && facts.fault.unlisted.length === 0,
  run: () => [deny('fault.cosmetic', 'mp2001:appendix3', ['all-free'])],
});

/**
 * **A defect the table does not list** (code `other`, or another item's fault): the 三包
 * exchange and refund need a listed fault, so they are not open. *Interpretation (I10):* the
 * seller still owes a free repair inside the period for a product defect (产品质量法 Art. 40),
 * which `period.warranty` grants.
 */
export const unlistedFault = nationalRule({
  id: 'fault.unlisted',
  describes: {
    'zh-CN': '性能故障表未列的故障：不适用三包换货、退货；有效期内仍可免费修理。',
    en: 'A fault the table does not list: no 三包 exchange or refund; free repair inside the period still.',
  },
  interpretations: ['I10'],
  basis: [mp2001('mp2001:appendix3')],
  appliesTo: ({ facts }) => !facts.fault.hasListed && facts.fault.unlisted.length > 0,
  run: ({ facts }) => [deny('fault.unlisted', 'mp2001:appendix3', ['refund', 'exchange'], { codes: facts.fault.unlisted })],
});

/**
 * **Battery capacity** (Appendix 3, battery row: "判断依据为电池容量不小于80%"). *Interpretation
 * (I17):* a measured capacity below 80% of rated is a battery fault; at or above it, capacity
 * shows no fault (the phone not working after a full charge still is one).
 */
export const batteryCapacity = nationalRule({
  id: 'fault.battery-capacity',
  describes: {
    'zh-CN': '电池容量低于额定容量的80%的，属于电池性能故障。',
    en: 'A battery holding less than 80% of its rated capacity has a performance fault.',
  },
  interpretations: ['I17'],
  basis: [mp2001('mp2001:appendix3')],
  appliesTo: ({ facts }) => facts.fault.batteryCapacityLow !== undefined,
  run: ({ claim, facts, params }) => {
    const values = { pct: claim.fault.batteryCapacityPct ?? 0, threshold: params.batteryFaultBelowPct };
    if (facts.fault.batteryCapacityLow === true) return [note('fault.battery-low', 'mp2001:appendix3', values)];
    return facts.fault.listed.length > 0 ? SILENT : [note('fault.battery-ok', 'mp2001:appendix3', values)];
  },
});
