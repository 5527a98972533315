import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of the refund and exchange windows and the 三包 period (the rules in src/rules/windows.ts). */
export const windowsFindings = {
  'window.refund': {
    message: {
      'zh-CN': '自{start}起第{day}日出现性能故障，在7日退货期内（最后一日为{until}）：消费者可选择退货、换货或修理。',
      en: 'A listed fault on day {day} after {start}, inside the 7-day refund window (last day {until}): the consumer chooses a refund, an exchange or a repair.',
    },
    cites: ['mp2001:art11'],
    clauseOf: ['refundWindow', 'accessoriesGetWindows'],
    effect: { grants: ['refund', 'exchange', 'free-repair'] },
  },
  'window.refund-closed': {
    message: {
      'zh-CN': '性能故障退货只限{start}起7日内（最后一日为{until}）；本次申请为第{day}日。',
      en: 'A refund for a fault is open only in the 7-day window after {start} (last day {until}); this claim is on day {day}.',
    },
    cites: ['mp2001:art11'],
    clauseOf: ['refundWindow', 'accessoriesGetWindows'],
    effect: 'informs',
  },
  'window.exchange': {
    message: {
      'zh-CN': '自{from}起第{day}日出现性能故障，在换货期内（最后一日为{until}）：消费者可选择换货或修理。',
      en: 'A listed fault on day {day} after {from}, inside the exchange window (last day {until}): the consumer chooses an exchange or a repair.',
    },
    cites: ['mp2001:art12'],
    clauseOf: ['exchangeWindow', 'accessoriesGetWindows'],
    effect: { grants: ['exchange', 'free-repair'] },
  },
  'window.exchange-closed': {
    message: {
      'zh-CN': '性能故障换货只限{from}起15日内（最后一日为{until}）；本次申请为第{day}日。',
      en: 'An exchange for a fault is open only in the 15-day window after {from} (last day {until}); this claim is on day {day}.',
    },
    cites: ['mp2001:art12'],
    clauseOf: ['exchangeWindow', 'accessoriesGetWindows'],
    effect: 'informs',
  },
  'period.in-warranty': {
    message: {
      'zh-CN': '在三包有效期内（至{until}）：免费修理。',
      en: 'Inside the 三包 period (until {until}): the fault is repaired free.',
    },
    cites: ['mp2001:period'],
    clauseOf: ['periodMonths'],
    effect: { grants: ['free-repair'] },
  },
  'period.in-warranty-unlisted': {
    message: {
      'zh-CN': '在有效期内（至{until}），性能故障表以外的产品缺陷，销售者仍应依产品质量义务免费修理。',
      en: 'Inside the period (until {until}), a product defect not in the fault table is still repaired free by the seller’s duty of quality.',
    },
    cites: ['pql2018:art40'],
    effect: { grants: ['free-repair'] },
  },
  'period.free-repair-limit': {
    message: {
      'zh-CN': '按本政策，免费修理只到{freeUntil}；此后至有效期届满（{until}）的修理由消费者付费。',
      en: 'This profile repairs free only until {freeUntil}; from then to the end of the period ({until}) repairs are at the buyer’s cost.',
    },
    cites: [],
    clauseOf: ['freeRepairMonths'],
    effect: 'informs',
  },
  'period.expired': {
    message: {
      'zh-CN': '三包有效期已于{until}届满，本次申请晚了{daysLate}天：不实行三包，只能收费修理。',
      en: 'The 三包 period ended on {until}; this claim came {daysLate|day} later: outside 三包, paid repair only.',
    },
    cites: ['mp2001:exclusions'],
    effect: { denies: ['all-free'] },
  },
} as const satisfies FindingDeclarations;
