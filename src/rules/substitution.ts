import { nationalRule } from './national-rule';
import { deny, grant, note, SILENT, warn } from '../engine/findings';
import type { RuleContext } from './claim-rule';
import { depreciationFen } from '../money/depreciation';
import { daysBetween } from '../time/days-between';
import { daysInRepair } from '../time/repair-days';
import { cplr2024, mp2001, tradeInProgrammes } from './eras';
import { qualityShipping } from './shipping';

const mainUnit = ({ facts }: RuleContext) => facts.item.class === 'main-unit';

/**
 * **Art. 18: an exchange is due but the seller has no phone of the same model and
 * specification.** If the consumer does not want another model, the seller refunds free at the
 * full invoice price in one payment; if the consumer accepts another model, the exchange is for
 * it (of no lower performance). *Interpretation (I13):* that refund stands in for the exchange,
 * so a bar on choosing a refund (an invoice copy only, I7) does not reach it.
 */
export const noStock = nationalRule({
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
      grant('substitution.no-stock-refund', 'mp2001:art18', [{ type: 'refund', route: 'sanbao', amountFen: facts.refundBase.consumerFen, replacesExchange: true, ...shipping }], {
        amountFen: facts.refundBase.consumerFen,
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
export const refundInsteadOfExchange = nationalRule({
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
    // Art. 19 charges depreciation on the price; it comes out of what the consumer paid, a
    // subsidy going back to its programme whole (I27): never below 0.
    const share = facts.refundBase.consumerFen;
    const depreciation = Math.min(depreciationFen(base, params.depreciationPerDay, days), share);
    const shipping = qualityShipping(params);
    return [
      grant(
        facts.refundBase.subsidyFen > 0 ? 'substitution.refund-instead-subsidy' : 'substitution.refund-instead',
        context.citeOf('depreciationDeductsRepairDays', context.citeOf('depreciationPerDay', 'mp2001:art19')),
        [
          {
            type: 'refund',
            route: 'sanbao',
            amountFen: share - depreciation,
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
          amountFen: share - depreciation,
          consumerFen: share,
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
export const refundAmount = nationalRule({
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

/** The Art. 19 refund the findings so far offer, if depreciation has consumed it whole. */
function consumedRefund(context: RuleContext) {
  for (const { rule, finding } of context.findings) {
    if (rule !== 'substitution.refund-instead' || finding.effect !== 'grant') continue;
    const refund = finding.grants.find((grant) => grant.type === 'refund');
    if (refund !== undefined && refund.amountFen === 0 && (refund.depreciationFen ?? 0) > 0) return refund;
  }
  return undefined;
}

/**
 * **A refund that depreciation has consumed** (I25). Where Art. 19's depreciation takes the
 * whole price, the refund stays on offer — the choice between exchange and refund is the
 * consumer's (Arts. 11–13, 19) — but it ranks below the exchange, and the decision warns what the
 * consumer would get back (nothing) against the exchange, a working phone of the same model.
 */
export const consumedRefundWarning = nationalRule({
  id: 'substitution.refund-consumed',
  describes: {
    'zh-CN': '折旧费已抵尽价款的退货仍可选择，但排在换货之后，并提示消费者退货将一无所得，换货对其更有利。',
    en: 'A refund that depreciation has consumed stays on offer but ranks below the exchange, with a warning that it returns nothing and the exchange is worth more.',
  },
  interpretations: ['I25'],
  basis: [mp2001('mp2001:art19')],
  appliesTo: mainUnit,
  run: (context) => {
    if (!context.params.consumedRefundBelowExchange) return SILENT;
    const refund = consumedRefund(context);
    if (refund === undefined) return SILENT;
    return [
      warn('substitution.refund-consumed', 'mp2001:art19', {
        priceFen: context.facts.refundBase.consumerFen,
        depreciationFen: refund.depreciationFen ?? 0,
        days: refund.depreciationDays ?? 0,
        amountFen: 0,
      }),
    ];
  },
});

/**
 * **A purchase subsidy goes back through its programme** (I27). Where a government trade-in or
 * purchase subsidy paid part of the price (`sale.subsidyFen`), a refund pays the consumer what
 * the consumer paid (I15: the amount actually paid), less depreciation where Art. 19 applies; the
 * subsidy itself is returned through the programme by the seller, an obligation with its amount.
 * Exchanges and repairs are unaffected. Fires when a refund paid from the price is on offer. The
 * duty cites the programme that paid the subsidy: the 2025 trade-in plan (商办流通函2025年第7号)
 * for sales from 2025-01-20, the 2026 notice (发改环资〔2025〕1745号) for 2026 sales; otherwise
 * 实施条例 Art. 18 (the amount actually paid).
 */
export const subsidyReturn = nationalRule({
  id: 'refund.subsidy',
  describes: {
    'zh-CN': '以旧换新或购新补贴支付的部分价款，退货时不退给消费者，由销售者按补贴政策退回；消费者得到其实际支付的部分。换货、修理不受影响。',
    en: 'The part of the price a trade-in or purchase subsidy paid is not refunded to the consumer but returned through the programme by the seller; the consumer gets back what they paid. Exchanges and repairs are unaffected.',
  },
  interpretations: ['I27'],
  basis: [mp2001('mp2001:art11'), cplr2024('cplr2024:art18'), tradeInProgrammes()],
  appliesTo: ({ claim, facts }) => (claim.sale.subsidyFen ?? 0) > 0 && facts.item.class === 'main-unit',
  run: (context, basis) => {
    const { claim, facts } = context;
    if (!context.params.subsidyToProgramme) return SILENT;
    const refunds = context.findings.flatMap(({ finding }) => (finding.effect === 'grant' ? finding.grants : [])).filter((grant) => grant.type === 'refund' && !context.denied(grant));
    if (refunds.length === 0) return SILENT;
    const subsidy = facts.refundBase.subsidyFen;
    // The duty rests on the programme that paid the subsidy, where the registry has it.
    const cite = basis.restsOn('tradein2026') ? 'tradein2026' : basis.restsOn('tradein2025') ? 'tradein2025' : basis.newest('mp2001:art11', 'cplr2024:art18');
    return [
      note('refund.subsidy-returned', cite, { subsidyFen: subsidy, consumerFen: facts.refundBase.consumerFen, priceFen: facts.refundBase.amountFen }, {
        obligation: { type: 'subsidy-return', owedBy: 'seller', since: claim.claimDate, amountFen: subsidy, consumerFen: facts.refundBase.consumerFen },
      }),
    ];
  },
});
