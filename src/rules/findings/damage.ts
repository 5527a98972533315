import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of damage (the rules in src/rules/damage.ts). */
export const damageFindings = {
  'damage.liquid': {
    message: {
      'zh-CN': '检测发现进液：未按说明书使用造成的损坏不实行三包，只能收费修理。',
      en: 'Liquid damage was found: damage from use contrary to the manual is outside 三包; paid repair only.',
    },
    cites: ['mp2001:appendix3'],
    effect: { denies: ['all-free'] },
  },
  'damage.impact': {
    message: {
      'zh-CN': '检测发现摔、压等外力损坏：人为损坏不实行三包，只能收费修理。',
      en: 'Drop, crush or other impact damage was found: damage the customer caused is outside 三包; paid repair only.',
    },
    cites: ['mp2001:appendix3'],
    effect: { denies: ['all-free'] },
  },
  'damage.unauthorizedOpening': {
    message: {
      'zh-CN': '手机曾被非三包修理者拆动或维修：由此造成的损坏不实行三包，只能收费修理。',
      en: 'The phone was opened or repaired by someone other than the 三包 repairer: that damage is outside 三包; paid repair only.',
    },
    cites: ['mp2001:exclusions'],
    effect: { denies: ['all-free'] },
  },
  'damage.force-majeure': {
    message: {
      'zh-CN': '损坏由不可抗力造成，不实行三包，只能收费修理。',
      en: 'The damage was caused by force majeure: outside 三包; paid repair only.',
    },
    cites: ['mp2001:exclusions'],
    effect: { denies: ['all-free'] },
  },
  'damage.seller-must-prove': {
    message: {
      'zh-CN': '消费者对“{finding}”的认定有异议。该机于{receipt}收货，本次申请在收货后六个月内（至{until}），应由经营者举证；举证之前，各项补救暂时成立。',
      en: 'The consumer disputes the {finding} finding. The phone was received on {receipt} and the claim falls within six months (until {until}): the seller must prove the damage, and until it does the remedies stand.',
    },
    cites: ['cpl2013:art23'],
    effect: 'awaits',
  },
  'damage.consumer-must-prove': {
    message: {
      'zh-CN': '消费者对“{finding}”的认定有异议，但已超过收货后六个月，经营者无需举证：除非消费者证明损坏并非自己造成，免费补救不成立。',
      en: 'The consumer disputes the {finding} finding, but outside the six months after receipt the seller need not prove it: the free remedies fall unless the consumer shows the damage is not theirs.',
    },
    cites: ['mp2001:exclusions'],
    effect: { denies: ['all-free'] },
  },
  'damage.consumer-proof-pending': {
    message: {
      'zh-CN': '待定：消费者对“{finding}”认定的反证。',
      en: 'Pending: the consumer’s proof against the {finding} finding.',
    },
    cites: ['mp2001:exclusions'],
    effect: 'awaits',
  },
} as const satisfies FindingDeclarations;
