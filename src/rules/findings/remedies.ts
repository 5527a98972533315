import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of paid repair, who performs, who pays the transport (the rules in src/rules/remedies.ts). */
export const remediesFindings = {
  'transport.seller-pays-capped': {
    message: {
      'zh-CN': '因质量问题退货、换货、修理的运费由经营者承担，但按本政策以{capFen}为限。',
      en: 'The seller bears the transport costs of a quality return, exchange or repair, but under this profile only up to {capFen}.',
    },
    cites: [],
    clauseOf: ['transportCapFen'],
    effect: 'informs',
  },
  'remedy.paid-repair': {
    message: {
      'zh-CN': '不属三包范围的故障，仍可收费修理。',
      en: 'A paid repair is always open for a fault outside 三包.',
    },
    cites: ['mp2001:exclusions'],
    effect: { grants: ['paid-repair'] },
  },
  'performer.seller': {
    message: {
      'zh-CN': '退货、换货由销售者办理，不得推给生产者。',
      en: 'The seller carries out the refund or exchange and may not send the consumer to the maker.',
    },
    cites: ['mp2001:art3'],
    effect: 'informs',
  },
  'transport.seller-pays': {
    message: {
      'zh-CN': '因质量问题退货、换货、修理的，运输等必要费用由经营者承担。',
      en: 'For a return, exchange or repair on a quality fault the seller bears the transport costs.',
    },
    cites: ['cpl2013:art24'],
    clauseOf: ['qualityTransportBySeller'],
    effect: 'informs',
  },
} as const satisfies FindingDeclarations;
