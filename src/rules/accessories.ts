import type { Claim } from '../claim/schema';
import { nationalRule } from './national-rule';
import type { Facts } from './facts-types';
import { grant, note } from '../engine/findings';
import type { RuleContext } from './claim-rule';
import { catalogue } from '../law/catalogue';
import { mp2001 } from './eras';
import { qualityShipping } from './shipping';

const inAccessoryPeriod = ({ claim, facts }: RuleContext) =>
  facts.item.class === 'accessory' && facts.fault.hasListed && facts.warranty !== undefined && claim.claimDate <= facts.warranty.last;

/**
 * What refunding an accessory pays (Art. 14): bought separately, the refund base (invoice price,
 * or the amount paid from 2024-07-01); sold with the main unit, its current stand-alone price,
 * unknown when the claim does not give it.
 */
export function accessoryRefundFen(claim: Claim, facts: Facts): number | undefined {
  return claim.item.boughtWith === 'separately' ? facts.refundBase.amountFen : claim.item.standaloneFen;
}

const itemNames = (context: RuleContext) => ({
  'item:zh-CN': catalogue[context.claim.item.kind].name['zh-CN'],
  'item:en': catalogue[context.claim.item.kind].name.en,
});

/**
 * **Art. 14: an accessory with a listed fault inside its own period is replaced free** by the
 * seller, same brand, model and specification. Its period is its own (Appendix 1: battery 6
 * months, charger 1 year, wired headset 3 months, cards 1 year), counted from the same start as
 * the main unit. *Interpretation (I16):* no 7-day refund for an accessory alone; "exchange" in
 * an accessory decision means this replacement.
 */
export const accessoryReplacement = nationalRule({
  id: 'accessory.replacement',
  describes: {
    'zh-CN': '附件在其三包有效期内出现性能故障的，由销售者免费更换同品牌同型号同规格附件。',
    en: 'An accessory with a listed fault inside its own period is replaced free by the seller.',
  },
  interpretations: ['I16'],
  basis: [mp2001('mp2001:art14', 'mp2001:appendix1')],
  reads: ['periodMonths', 'builtInBatteryMonths'],
  appliesTo: inAccessoryPeriod,
  run: (context) => {
    const shipping = qualityShipping(context.params);
    const builtIn = context.claim.item.kind === 'battery' && context.claim.item.builtIn && context.params.builtInBatteryMonths !== null;
    const cite = builtIn ? context.citeOf('builtInBatteryMonths', 'mp2001:art14') : context.citeOf('periodMonths', 'mp2001:art14', context.claim.item.kind);
    return [
      grant('accessory.replacement', cite, [{ type: 'exchange', ...shipping }], {
        ...itemNames(context),
        until: context.facts.warranty?.last ?? '',
        months: context.facts.item.periodMonths ?? 0,
      }),
    ];
  },
});

/**
 * **Art. 14: after two failed replacements, a refund.** Bought separately: the invoice price (the
 * amount paid, for sales from 2024-07-01, I15). Sold with the main unit: the price at which the
 * accessory sells on its own at the time of the refund (`item.standaloneFen`); without it the
 * amount is the missing fact.
 */
export const accessoryRefund = nationalRule({
  id: 'accessory.refund',
  describes: {
    'zh-CN': '附件更换两次仍不能正常使用的，免费退货：单独购买的按发货票价格，随主机销售的按退货时该附件单独销售的价格。',
    en: 'An accessory still failing after two replacements is refunded: at the invoice price if bought separately, at its current stand-alone price if it came with the main unit.',
  },
  interpretations: ['I16'],
  basis: [mp2001('mp2001:art14')],
  appliesTo: (context) => inAccessoryPeriod(context) && context.claim.history.replacements >= context.params.replacementsBeforeRefund,
  run: (context) => {
    const { claim, facts, params } = context;
    const shipping = qualityShipping(params);
    const values = { ...itemNames(context), replacements: claim.history.replacements };
    const standalone = accessoryRefundFen(claim, facts);
    if (claim.item.boughtWith === 'separately' && standalone !== undefined) {
      return [grant('accessory.refund-separate', 'mp2001:art14', [{ type: 'refund', route: 'sanbao', amountFen: standalone, ...shipping }], { ...values, amountFen: standalone })];
    }
    if (standalone === undefined) {
      return [
        grant('accessory.refund-bundled', 'mp2001:art14', [{ type: 'refund', route: 'sanbao', ...shipping }], values),
        note('accessory.standalone-price-missing', 'mp2001:art14', values, { missing: { fact: 'item.standaloneFen', would: 'refund' } }),
      ];
    }
    return [
      grant('accessory.refund-bundled-priced', 'mp2001:art14', [{ type: 'refund', route: 'sanbao', amountFen: standalone, ...shipping }], {
        ...values,
        amountFen: standalone,
      }),
    ];
  },
});

