import { nationalRule } from './national-rule';
import { deny, grant, note, SILENT } from '../engine/findings';
import type { RemedyGrant } from '../engine/types';
import type { RuleContext } from './claim-rule';
import { daysBetween } from '../time/days-between';
import { accessoryRefundFen } from './accessories';
import { mp2001 } from './eras';
import { qualityShipping } from './shipping';

const mainUnit = ({ facts }: RuleContext) => facts.item.class === 'main-unit';

/** The 三包 grants of a window, with who bears the transport (I20). */
function qualityGrants(context: RuleContext, types: readonly QualityRemedy[]): RemedyGrant[] {
  const shipping = qualityShipping(context.params);
  const grants: RemedyGrant[] = [];
  for (let index = 0; index < types.length; index += 1) {
    const grant: { -readonly [K in keyof RemedyGrant]: RemedyGrant[K] } = { type: types[index]! };
    if (grant.type === 'refund') {
      grant.route = 'sanbao';
      // A main unit's refund pays back what the consumer paid: a subsidy goes back to its programme (I27).
      const amountFen = context.facts.item.class === 'accessory' ? accessoryRefundFen(context.claim, context.facts) : context.facts.refundBase.consumerFen;
      if (amountFen !== undefined) grant.amountFen = amountFen;
    }
    if (shipping.shippingPaidBy !== undefined) grant.shippingPaidBy = shipping.shippingPaidBy;
    if (shipping.shippingCapFen !== undefined) grant.shippingCapFen = shipping.shippingCapFen;
    grants.push(grant);
  }
  return grants;
}

type QualityRemedy = 'refund' | 'exchange' | 'free-repair';
const REFUND_EXCHANGE_REPAIR: readonly QualityRemedy[] = ['refund', 'exchange', 'free-repair'];
const EXCHANGE_REPAIR: readonly QualityRemedy[] = ['exchange', 'free-repair'];
const REPAIR: readonly QualityRemedy[] = ['free-repair'];

/** Main units; accessories too where a profile gives them the windows. */
const windowed = ({ facts, params }: RuleContext) =>
  facts.item.class === 'main-unit' || (facts.item.class === 'accessory' && params.accessoriesGetWindows);

/**
 * **Art. 11: days 1–7.** A main unit with a fault listed in Appendix 3 within 7 days of the sale:
 * the consumer chooses a refund (the invoice price in one sum), an exchange for the same model
 * and specification, or a repair. *Interpretation (I1, I4, I20):* day 1 is the day after the
 * start; the start is the sale date, or the delivery date for sales from 2024-07-01; activation
 * does not matter. The window does not restart after an exchange (I6).
 */
export const refundWindow = nationalRule({
  id: 'window.refund',
  describes: {
    'zh-CN': '售出之日起7日内主机出现性能故障的，消费者可选择退货、换货或修理。',
    en: 'A listed fault of the main unit within 7 days of the sale: the consumer chooses a refund, an exchange or a repair.',
  },
  interpretations: ['I1', 'I20'],
  basis: [mp2001('mp2001:art11')],
  reads: ['refundWindow', 'accessoriesGetWindows'],
  appliesTo: windowed,
  run: (context) => {
    const { claim, facts } = context;
    const window = facts.refund;
    if (window === undefined || !facts.fault.hasListed) return SILENT;
    const cite = context.citeOf(facts.item.class === 'accessory' ? 'accessoriesGetWindows' : 'refundWindow', 'mp2001:art11');
    const values = { day: facts.daysSinceStart, start: facts.start.day, until: window.last };
    if (claim.claimDate <= window.last) {
      return [grant('window.refund', cite, qualityGrants(context, REFUND_EXCHANGE_REPAIR), values)];
    }
    return claim.request === 'refund' ? [note('window.refund-closed', cite, values)] : SILENT;
  },
});

/**
 * **Art. 12: days 8–15.** A main unit with a listed fault on days 8 to 15: the consumer chooses
 * an exchange (same model and specification) or a repair. After a 三包 exchange the 15 days run
 * again from the exchange date (I6).
 */
export const exchangeWindow = nationalRule({
  id: 'window.exchange',
  describes: {
    'zh-CN': '售出之日起第8日至第15日内主机出现性能故障的，消费者可选择换货或修理。',
    en: 'A listed fault of the main unit on days 8 to 15: the consumer chooses an exchange or a repair.',
  },
  interpretations: ['I1', 'I6'],
  basis: [mp2001('mp2001:art12')],
  reads: ['exchangeWindow', 'accessoriesGetWindows'],
  appliesTo: windowed,
  run: (context) => {
    const { claim, facts } = context;
    const window = facts.exchange;
    if (window === undefined || !facts.fault.hasListed) return SILENT;
    if (facts.refund !== undefined && claim.claimDate <= facts.refund.last) return SILENT;
    const cite = context.citeOf(facts.item.class === 'accessory' ? 'accessoriesGetWindows' : 'exchangeWindow', 'mp2001:art12');
    const values = { day: facts.daysSinceUnitStart, from: window.from, until: window.last };
    if (claim.claimDate <= window.last) {
      return [grant('window.exchange', cite, qualityGrants(context, EXCHANGE_REPAIR), values)];
    }
    return claim.request === 'exchange' || claim.request === 'refund' ? [note('window.exchange-closed', cite, values)] : SILENT;
  },
});

/**
 * **The 三包 period: free repair** (period article; Art. 6(2) puts free repairs inside it). A main
 * unit with a listed fault inside its one-year period is repaired free. *Interpretation (I10):* a
 * product defect the table does not list is also repaired free inside the period, on the seller's
 * general duty to repair goods lacking the performance they should have (产品质量法 Art. 40).
 */
export const warrantyPeriod = nationalRule({
  id: 'period.warranty',
  describes: {
    'zh-CN': '三包有效期（主机一年）内出现性能故障的，免费修理；表外的产品缺陷亦免费修理。',
    en: 'Inside the period (one year for the main unit) a listed fault is repaired free, and so is a product defect the table does not list.',
  },
  interpretations: ['I10'],
  basis: [mp2001('mp2001:period', 'pql2018:art40')],
  reads: ['periodMonths', 'freeRepairMonths'],
  appliesTo: mainUnit,
  run: (context) => {
    const { claim, facts } = context;
    const window = facts.warranty;
    if (window === undefined || claim.claimDate > window.last) return SILENT;
    if (!facts.fault.hasListed && facts.fault.unlisted.length === 0) return SILENT;
    const free = facts.freeRepair;
    if (free !== undefined && claim.claimDate > free.last) {
      return [note('period.free-repair-limit', context.citeOf('freeRepairMonths', 'mp2001:period'), { freeUntil: free.last, until: window.last })];
    }
    // Only what the messages say (see activation.before-sale): the start is in `derivation`.
    const values = { until: window.last };
    if (facts.fault.hasListed) {
      return [grant('period.in-warranty', context.citeOf('periodMonths', 'mp2001:period', claim.item.kind), qualityGrants(context, REPAIR), values)];
    }
    return [grant('period.in-warranty-unlisted', 'pql2018:art40', qualityGrants(context, REPAIR), values)];
  },
});

/**
 * **The period has expired** (exclusions item 1): outside 三包, paid repair. Applies to main units
 * and accessories alike, each with its own period.
 */
export const periodExpired = nationalRule({
  id: 'period.expired',
  describes: {
    'zh-CN': '超过三包有效期的，不实行三包，可收费修理。',
    en: 'Past the period: outside 三包, paid repair.',
  },
  basis: [mp2001('mp2001:exclusions')],
  reads: ['periodMonths', 'builtInBatteryMonths'],
  appliesTo: ({ facts }) => facts.warranty !== undefined,
  run: ({ claim, facts }) => {
    const window = facts.warranty;
    if (window === undefined || claim.claimDate <= window.last) return SILENT;
    return [deny('period.expired', 'mp2001:exclusions', ['all-free'], { until: window.last, daysLate: daysBetween(window.last, claim.claimDate) })];
  },
});
