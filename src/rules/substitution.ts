import { defineRule } from '../engine/define-rule';
import { deny, grant, note, SILENT } from '../engine/findings';
import type { RuleContext } from '../engine/types';
import { depreciationFen } from '../money/depreciation';
import { daysBetween } from '../time/days-between';
import { daysInRepair } from '../time/repair-days';
import { cplr2024, mp2001 } from './eras';
import { qualityShipping } from './shipping';

const mainUnit = ({ facts }: RuleContext) => facts.item.class === 'main-unit';

/**
 * **Art. 18: an exchange is due but the seller has no phone of the same model and
 * specification.** If the consumer does not want another model, the seller refunds free at the
 * full invoice price in one payment; if the consumer accepts another model, the exchange is for
 * it (of no lower performance). *Interpretation (I13):* that refund stands in for the exchange,
 * so a bar on choosing a refund (an invoice copy only, I7) does not reach it.
 */
export const noStock = defineRule({
  id: 'substitution.no-stock',
  describes: {
    'zh-CN': '符合换货条件而销售者无同型号同规格产品，消费者不愿调换其他型号的，全额退货。',
    en: 'An exchange due, no phone of the same model in stock, and the consumer declines another model: a full refund.',
  },
  interpretations: ['I13'],
  basis: [mp2001('mp2001:art18')],
  appliesTo: mainUnit,
  run: (context) => {
    const { claim, facts, params } = context;
    if (claim.stock.sameModelAvailable || !context.entitled('exchange')) return SILENT;
    const shipping = qualityShipping(params);
    const unavailable = deny('substitution.no-stock', 'mp2001:art18', ['same-model-exchange']);
    if (claim.stock.consumerAcceptsOtherModel) {
      return [unavailable, grant('substitution.other-model', 'mp2001:art18', [{ type: 'exchange', otherModel: true, ...shipping }])];
    }
    return [
      unavailable,
      grant('substitution.no-stock-refund', 'mp2001:art18', [{ type: 'refund', route: 'sanbao', amountFen: facts.refundBase.amountFen, replacesExchange: true, ...shipping }], {
        amountFen: facts.refundBase.amountFen,
      }),
    ];
  },
});

/**
 * **Art. 19: an exchange is due, the seller has the same model, and the consumer still wants a
 * refund.** The seller takes the phone back but may deduct depreciation at the Appendix 1 rate
 * (0.5% a day), from the start to the refund, less the time in or waiting for repair.
 * *Interpretation (I14):* the days run from the period start (the latest exchange, if any) to the
 * claim date, less each repair's days; integer fen, rounded half up, never below 0 nor above
 * the price. The refund hangs on the consumer declining the exchange, which a request for a
 * refund does. Where a finding already bars the consumer's choice of a refund (proof by copy
 * only, I7), the rule stays silent.
 */
export const refundInsteadOfExchange = defineRule({
  id: 'substitution.refund-instead',
  describes: {
    'zh-CN': '符合换货条件且有同型号产品，消费者仍要求退货的，应予退货，可收取折旧费。',
    en: 'An exchange due with the same model in stock, but the consumer wants a refund: refund less depreciation.',
  },
  interpretations: ['I14'],
  basis: [mp2001('mp2001:art19')],
  reads: ['depreciationPerDay', 'depreciationDeductsRepairDays'],
  appliesTo: mainUnit,
  run: (context) => {
    const { claim, facts, params } = context;
    if (!claim.stock.sameModelAvailable || !context.entitled('exchange') || context.entitled('refund', 'sanbao')) return SILENT;
    if (context.denied({ type: 'refund', route: 'sanbao' })) return SILENT;
    const from = facts.unitStart;
    const calendarDays = Math.max(0, daysBetween(from, claim.claimDate));
    const repairDays = params.depreciationDeductsRepairDays
      ? claim.history.repairs.filter((repair) => repair.handedIn >= from).reduce((sum, repair) => sum + daysInRepair(repair, claim.claimDate), 0)
      : 0;
    const days = Math.max(0, calendarDays - repairDays);
    const base = facts.refundBase.amountFen;
    const depreciation = depreciationFen(base, params.depreciationPerDay, days);
    const shipping = qualityShipping(params);
    return [
      grant(
        'substitution.refund-instead',
        context.citeOf('depreciationDeductsRepairDays', context.citeOf('depreciationPerDay', 'mp2001:art19')),
        [
          {
            type: 'refund',
            route: 'sanbao',
            amountFen: base - depreciation,
            depreciationFen: depreciation,
            depreciationDays: days,
            conditions: ['consumer-declines-exchange'],
            ...shipping,
          },
        ],
        {
          priceFen: base,
          from,
          calendarDays,
          repairDays,
          days,
          ratePermille: (params.depreciationPerDay.numerator * 1000) / params.depreciationPerDay.denominator,
          depreciationFen: depreciation,
          amountFen: base - depreciation,
        },
      ),
    ];
  },
});

/**
 * **The refund amount** (I15). MP2001 refunds the invoice price; for sales from 2024-07-01 the
 * 实施条例 Art. 18 refunds the amount actually paid where the seller shows it differs. Fires when
 * a 三包 refund is due and the claim shows a paid amount other than the invoice price.
 */
export const refundAmount = defineRule({
  id: 'refund.amount',
  describes: {
    'zh-CN': '退货按发货票价格一次退清；2024年7月1日起售出的，经营者能证明实际支付价格不同的，按实际支付价格退还。',
    en: 'A refund pays the invoice price; for sales from 2024-07-01, the amount actually paid where the seller shows it differs.',
  },
  interpretations: ['I15'],
  basis: [mp2001('mp2001:art11'), cplr2024('cplr2024:art18')],
  run: (context) => {
    const { claim, facts } = context;
    const paid = claim.sale.paidFen;
    if (paid === undefined || paid === claim.sale.priceFen || !context.entitled('refund', 'sanbao')) return SILENT;
    const values = { priceFen: claim.sale.priceFen, paidFen: paid };
    return facts.refundBase.basis === 'paid'
      ? [note('refund.paid-price', 'cplr2024:art18', values)]
      : [note('refund.invoice-price', 'mp2001:art11', values)];
  },
});
