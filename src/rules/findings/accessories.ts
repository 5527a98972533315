import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of accessories (the rules in src/rules/accessories.ts). */
export const accessoriesFindings = {
  'accessory.replacement': {
    message: {
      'zh-CN': '{item}在其{months}个月的三包有效期内（至{until}）出现性能故障：免费更换同品牌、同型号、同规格的{item}。',
      en: 'The {item} has a listed fault inside its own period of {months|month} (until {until}): it is replaced free with the same brand, model and specification.',
    },
    cites: ['mp2001:art14'],
    clauseOf: ['periodMonths', 'builtInBatteryMonths'],
    effect: { grants: ['exchange'] },
  },
  'accessory.refund-separate': {
    message: {
      'zh-CN': '{item}已更换{replacements}次仍不能正常使用：按发票价格{amountFen}退货。',
      en: 'The {item} has been replaced {replacements|time} and still fails: it is refunded at the invoice price, {amountFen}.',
    },
    cites: ['mp2001:art14'],
    effect: { grants: ['refund'] },
  },
  'accessory.refund-bundled': {
    message: {
      'zh-CN': '{item}已更换{replacements}次仍不能正常使用：按退货时该附件单独销售的价格退货。',
      en: 'The {item} has been replaced {replacements|time} and still fails: it is refunded at its current stand-alone price.',
    },
    cites: ['mp2001:art14'],
    effect: { grants: ['refund'] },
  },
  'accessory.refund-bundled-priced': {
    message: {
      'zh-CN': '{item}已更换{replacements}次仍不能正常使用，且随主机销售：按退货时单独销售价格{amountFen}退货。',
      en: 'The {item} has been replaced {replacements|time} and still fails: it came with the phone, so it is refunded at its current stand-alone price, {amountFen}.',
    },
    cites: ['mp2001:art14'],
    effect: { grants: ['refund'] },
  },
  'accessory.standalone-price-missing': {
    message: {
      'zh-CN': '未提供{item}目前的单独销售价格，无法确定退货金额。',
      en: 'The {item}’s current stand-alone price is not given: the refund amount cannot be stated.',
    },
    cites: ['mp2001:art14'],
    effect: 'points-to',
  },
} as const satisfies FindingDeclarations;
