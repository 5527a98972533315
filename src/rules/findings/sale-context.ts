import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of activation before the consumer had the phone, and carrier contracts (the rules in src/rules/sale-context.ts). */
export const saleContextFindings = {
  'activation.period-unchanged': {
    message: {
      'zh-CN': '该机于{activationDate}已激活，早于{saleDate}售出；消费者于{receipt}收货。三包期间仍自{start}起算：售前激活不缩短消费者的权利。',
      en: 'The phone was activated on {activationDate}, before the sale on {saleDate}; the consumer received it on {receipt}. The period still starts on {start}: activation before the sale does not shorten the consumer’s rights.',
    },
    cites: ['mp2001:period'],
    effect: 'informs',
  },
  'activation.possibly-used-fraud': {
    message: {
      'zh-CN': '{activationDate}激活、{receipt}才收货，可能是二手机或翻新机当新机出售；如属实，消费者可按欺诈要求商品价款三倍的赔偿。',
      en: 'Activation on {activationDate}, before receipt on {receipt}, suggests a used or refurbished unit sold as new: if so, the consumer may claim three times the price for fraud.',
    },
    cites: ['cpl2013:art55'],
    effect: 'warns',
  },
  'activation.possibly-used': {
    message: {
      'zh-CN': '{activationDate}激活、{receipt}才收货，可能是二手机或翻新机当新机出售；销售者对其所售商品负责。',
      en: 'Activation on {activationDate}, before receipt on {receipt}, suggests a used or refurbished unit sold as new; the seller answers for what it sold.',
    },
    cites: ['mp2001:art3'],
    effect: 'warns',
  },
  'activation.maker-may-refuse': {
    message: {
      'zh-CN': '因售前已激活，生产者可能拒绝向销售者承担费用；但销售者对消费者的责任不变。',
      en: 'The maker may refuse to reimburse the seller because the phone was activated before the sale; the seller still owes the consumer.',
    },
    cites: ['mp2001:art3'],
    effect: 'recourse',
  },
  'activation.period-unchanged-in-transit': {
    message: {
      'zh-CN': '该机于{activationDate}激活，在{saleDate}售出（下单）之后、消费者{receipt}收货之前，并非消费者所为。三包期间仍自{start}起算：交付前的激活不缩短消费者的权利。',
      en: 'The phone was activated on {activationDate}, after the sale (the order) on {saleDate} but before the consumer received it on {receipt}, so not by the consumer. The period still starts on {start}: an activation before delivery does not shorten the consumer’s rights.',
    },
    cites: ['mp2001:period'],
    effect: 'informs',
  },
  'activation.maker-may-refuse-in-transit': {
    message: {
      'zh-CN': '因交付前已激活，生产者可能拒绝向销售者承担费用；但销售者对消费者的责任不变。',
      en: 'The maker may refuse to reimburse the seller because the phone was activated before delivery; the seller still owes the consumer.',
    },
    cites: ['mp2001:art3'],
    effect: 'recourse',
  },
  'carrier.full-sanbao': {
    message: {
      'zh-CN': '合约机与其他手机一样适用三包。',
      en: 'A carrier contract phone is covered by 三包 like any other.',
    },
    cites: ['mp2001:art3'],
    effect: 'informs',
  },
  'carrier.terms-void': {
    message: {
      'zh-CN': '限制合约机三包权利的格式条款或店堂告示无效；入网合约如何解除不在本决定范围内。',
      en: 'A contract or store term that limits 三包 for contract phones is void; unwinding the service contract is outside this decision.',
    },
    cites: ['cpl2013:art26'],
    effect: 'informs',
  },
  'carrier.contract-outside': {
    message: {
      'zh-CN': '入网合约如何解除不在本决定范围内。',
      en: 'Unwinding the service contract is outside this decision.',
    },
    cites: ['mp2001:art3'],
    effect: 'informs',
  },
} as const satisfies FindingDeclarations;
