import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of the rule in force (the rules in src/rules/law-in-force.ts). */
export const lawInForceFindings = {
  'law.not-in-force': {
    message: {
      'zh-CN': '该机于{saleDate}售出，早于手机三包规定施行之日（{inForce}），不适用该规定，不作三包处理；该规定的退货、换货期和三包有效期对本机从未存在，故不列出任何期限。',
      en: 'Sold on {saleDate}, before the 三包 rule for mobile phones took effect on {inForce}: the rule does not apply, and no 三包 remedy is decided; its refund and exchange windows and its period never existed for this phone, so no such date is given.',
    },
    cites: ['mp2001:art31'],
    effect: { denies: ['all'] },
  },
} as const satisfies FindingDeclarations;
