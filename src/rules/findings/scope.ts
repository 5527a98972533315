import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of what 三包 covers (the rules in src/rules/scope.ts). */
export const scopeFindings = {
  'scope.not-in-catalogue': {
    message: {
      'zh-CN': '{item}不在三包商品目录（附录1）内，国家规定未给它三包有效期。可依生产者或销售者自己的承诺，或一般产品质量规定处理，不在本决定范围内。',
      en: 'A {item} is not in the rule’s product list (Appendix 1): the national rule gives it no 三包 period. Look to the maker’s or seller’s own promise, or the general quality rules, outside this decision.',
    },
    cites: ['mp2001:appendix1'],
    effect: { denies: ['all-sanbao'] },
  },
} as const satisfies FindingDeclarations;
