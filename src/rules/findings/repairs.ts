import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of repairs: failed, late, and the loaner (the rules in src/rules/repairs.ts). */
export const repairsFindings = {
  'repairs.repairer-delay-ended': {
    message: {
      'zh-CN': '自{handedIn}送修至{returned}取回，共{days}天，因修理者自身原因超过{limit}天：由销售者免费更换主机。',
      en: 'In repair from {handedIn} to {returned}, {days|day}, more than {limit|day}, for the repairer’s own reasons: the seller exchanges the main unit free.',
    },
    cites: ['mp2001:art17'],
    effect: { grants: ['exchange'] },
  },
  'repairs.parts-delay-ended': {
    message: {
      'zh-CN': '自{handedIn}送修至{returned}取回，共{days}天，因生产者未供应零配件超过{limit}天：由销售者免费更换主机。',
      en: 'In repair from {handedIn} to {returned}, {days|day}, more than {limit|day}, because the maker did not supply parts: the seller exchanges the main unit free.',
    },
    cites: ['mp2001:art16'],
    effect: { grants: ['exchange'] },
  },
  'repairs.delay-waiver-disputed': {
    message: {
      'zh-CN': '消费者已于{returned}取回经{days}天修理的手机。规定未对该延误所生的换货权设定期限，故仍予列明；接受修好的手机是否视为放弃该权利，存在争议。',
      en: 'The consumer took the phone back on {returned} after the {days}-day repair. The rule sets no time limit on the exchange that delay gave, so it is listed; whether accepting the repaired phone gave it up is disputed.',
    },
    cites: ['mp2001:art17', 'mp2001:art16'],
    effect: 'warns',
  },
  'repairs.delay-lapsed': {
    message: {
      'zh-CN': '自{handedIn}至{returned}的修理共{days}天，超过{limit}天；按本方案，消费者接受修好的手机后，由此产生的换货权即告消灭。',
      en: 'The repair from {handedIn} to {returned} took {days|day}, more than {limit|day}; under this profile the exchange it gave lapsed when the consumer accepted the repaired phone.',
    },
    // Only a profile lapses the exchange (the law keeps it, I26): its clause is the ground.
    cites: [],
    clauseOf: ['delayExchangeSurvivesHandBack'],
    effect: 'informs',
  },
  'repairs.delay-not-yet': {
    message: {
      'zh-CN': '自{handedIn}送修，因修理者自身原因至今{days}天：修理期超过{limit}天才可换货，届时仍未修好的，自{due}起可换货。',
      en: 'In repair since {handedIn} for the repairer’s own reasons, {days|day} so far: an exchange for the delay is due only after more than {limit|day}, from {due} if the repair is still not done.',
    },
    cites: ['mp2001:art17'],
    effect: 'informs',
  },
  'repairs.exchange-discretionary': {
    message: {
      'zh-CN': '已因性能故障修理{count}次（{dates}）；按本政策，多次修理后是否换货由销售者酌定。',
      en: 'Repaired {count|time} for listed faults ({dates}); under this profile an exchange after repeated repairs is at the seller’s discretion.',
    },
    cites: [],
    clauseOf: ['twoRepairsGivesExchange'],
    effect: 'informs',
  },
  'repairs.two-repairs': {
    message: {
      'zh-CN': '三包有效期内已因性能故障修理{count}次（{dates}），仍不能正常使用：由销售者免费更换主机。',
      en: 'Repaired {count|time} for listed faults inside the period ({dates}) and still failing: the seller exchanges the main unit free.',
    },
    cites: ['mp2001:art13'],
    clauseOf: ['repairsBeforeExchange'],
    effect: { grants: ['exchange'] },
  },
  'repairs.fewer-than-needed': {
    message: {
      'zh-CN': '目前因性能故障修理{count}次（{dates}）；因修理换货需满{needed}次。',
      en: '{count|repair} for listed faults so far ({dates}); an exchange for failed repairs needs {needed}.',
    },
    cites: ['mp2001:art13'],
    effect: 'informs',
  },
  'repairs.repairer-delay': {
    message: {
      'zh-CN': '自{handedIn}送修已{days}天，因修理者自身原因超过{limit}天：由销售者免费更换主机。',
      en: 'In repair since {handedIn}, {days|day}, more than {limit|day}, for the repairer’s own reasons: the seller exchanges the main unit free.',
    },
    cites: ['mp2001:art17'],
    effect: { grants: ['exchange'] },
  },
  'repairs.delay-cause-unknown': {
    message: {
      'zh-CN': '自{handedIn}送修已{days}天，超过{limit}天，但未记录延误原因：如属修理者自身原因，应予换货。',
      en: 'In repair since {handedIn}, {days|day}, more than {limit|day}, but the cause of the delay is not recorded: if it is the repairer’s, an exchange is due.',
    },
    cites: ['mp2001:art17'],
    effect: 'points-to',
  },
  'repairs.parts-delay': {
    message: {
      'zh-CN': '自{handedIn}送修已{days}天，因生产者未供应零配件超过{limit}天：由销售者免费更换主机。',
      en: 'In repair since {handedIn}, {days|day}, more than {limit|day}, because the maker did not supply parts: the seller exchanges the main unit free.',
    },
    cites: ['mp2001:art16'],
    effect: { grants: ['exchange'] },
  },
  'repairs.loaner': {
    message: {
      'zh-CN': '自{handedIn}送修已{days}天，7日内未修好：修理者应自{since}起免费提供备用机，至原机修好取回为止。',
      en: 'In repair since {handedIn}, {days|day}, and not fixed within 7 days: the repairer owes a free loaner phone from {since} until the phone comes back.',
    },
    cites: ['mp2001:art15'],
    effect: { obliges: 'loaner-phone' },
  },
} as const satisfies FindingDeclarations;
