import type { FindingDeclarations } from '../declare-finding';

/** The finding code of the profiles’ shared exclusion rule (src/policy/profiles/exclusion-rule.ts): a profile's clause is its citation. */
export const profilesFindings = {
  'profile.exclusion': {
    message: {
      'zh-CN': '按本政策，{exclusion}的，不予三包（不退货、不换货、不免费修理）。',
      en: 'Under this profile, with {exclusion} there is no 三包 refund, exchange or free repair.',
    },
    cites: [],
    clauseOf: 'own',
    effect: { denies: ['all-free'] },
  },
} as const satisfies FindingDeclarations;
