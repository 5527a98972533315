import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of no stock, a refund instead of an exchange, and the refund amount (the rules in src/rules/substitution.ts). */
export const substitutionFindings = {
  'substitution.refund-consumed': {
    message: {
      'zh-CN': '如不换货而退货，消费者将一无所得：{days}天的折旧费（{depreciationFen}）已抵尽其支付的{priceFen}，退款为{amountFen}。换货（同型号、可正常使用的手机）对消费者更有利；消费者坚持退货的，仍可退货。',
      en: 'A refund instead of the exchange would return nothing: depreciation for {days|day} ({depreciationFen}) takes all of the {priceFen} paid, so the refund is {amountFen}. The exchange, a working phone of the same model, is worth more to the consumer; the refund stays open if the consumer insists on it.',
    },
    cites: ['mp2001:art19'],
    effect: 'warns',
  },
  'refund.subsidy-returned': {
    message: {
      'zh-CN': '价款{priceFen}中有{subsidyFen}由政府补贴支付：退货时向消费者退还其实际支付的部分（{consumerFen}，有折旧的扣除折旧费），{subsidyFen}由销售者按补贴政策退回。换货、修理不受影响。',
      en: 'A government subsidy paid {subsidyFen} of the price {priceFen}: a refund pays the consumer what the consumer paid ({consumerFen}, less any depreciation), and the seller returns the {subsidyFen} through the subsidy programme. Exchanges and repairs are unaffected.',
    },
    cites: ['tradein2025', 'tradein2026', 'mp2001:art11', 'cplr2024:art18'],
    effect: { obliges: 'subsidy-return' },
  },
  'substitution.no-stock': {
    message: {
      'zh-CN': '销售者没有同型号、同规格的手机可供更换。',
      en: 'The seller has no phone of the same model and specification to exchange.',
    },
    cites: ['mp2001:art18'],
    effect: { denies: ['same-model-exchange'] },
  },
  'substitution.other-model': {
    message: {
      'zh-CN': '消费者同意调换其他型号：应换性能不低于原机的型号。',
      en: 'The consumer accepts another model: the exchange is for a model of no lower performance.',
    },
    cites: ['mp2001:art18'],
    effect: { grants: ['exchange'] },
  },
  'substitution.no-stock-refund': {
    message: {
      'zh-CN': '无同型号同规格手机，消费者不愿调换其他型号：销售者予以退货，退款{amountFen}，不收折旧费。',
      en: 'With no same model in stock and the consumer declining another, the seller takes the phone back and refunds {amountFen}, with no depreciation.',
    },
    cites: ['mp2001:art18'],
    effect: { grants: ['refund'] },
  },
  'substitution.refund-instead-subsidy': {
    message: {
      'zh-CN': '如消费者不要换货而要求退货：按价款{priceFen}每日{ratePermille}‰计{days}天（自{from}起{calendarDays}天，扣除修理{repairDays}天）的折旧费为{depreciationFen}，从消费者实际支付的{consumerFen}中扣除（其余价款由补贴支付）；退款{amountFen}。',
      en: 'If the consumer declines the exchange and wants a refund: depreciation on the price {priceFen} at {ratePermille}‰ a day for {days|day} ({calendarDays|day} since {from}, less {repairDays|day} in repair) = {depreciationFen}, taken from the {consumerFen} the consumer paid (a subsidy paid the rest); refund {amountFen}.',
    },
    cites: ['mp2001:art19'],
    clauseOf: ['depreciationPerDay', 'depreciationDeductsRepairDays'],
    effect: { grants: ['refund'] },
  },
  'substitution.refund-instead': {
    message: {
      'zh-CN': '如消费者不要换货而要求退货：{priceFen}减去折旧费，按每日{ratePermille}‰计{days}天（自{from}起{calendarDays}天，扣除修理{repairDays}天），折旧费{depreciationFen}，退款{amountFen}。',
      en: 'If the consumer declines the exchange and wants a refund: {priceFen} less depreciation at {ratePermille}‰ a day for {days|day} ({calendarDays|day} since {from}, less {repairDays|day} in repair) = {depreciationFen}; refund {amountFen}.',
    },
    cites: ['mp2001:art19'],
    clauseOf: ['depreciationPerDay', 'depreciationDeductsRepairDays'],
    effect: { grants: ['refund'] },
  },
  'refund.paid-price': {
    message: {
      'zh-CN': '经营者证明实际支付{paidFen}，与发票价格{priceFen}不同：2024年7月1日起售出的，按实际支付价格退还。',
      en: 'The seller shows {paidFen} was paid instead of the invoice price {priceFen}: for sales from 2024-07-01 the refund is the amount actually paid.',
    },
    cites: ['cplr2024:art18'],
    effect: 'informs',
  },
  'refund.invoice-price': {
    message: {
      'zh-CN': '退款按发票价格{priceFen}，虽实际支付{paidFen}：2024年7月1日以前售出的，按发票价格退还。',
      en: 'The refund is the invoice price, {priceFen}, though {paidFen} was paid: sales before 2024-07-01 are refunded at the invoice price.',
    },
    cites: ['mp2001:art11'],
    effect: 'informs',
  },
} as const satisfies FindingDeclarations;
