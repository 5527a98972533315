import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of when the clocks start, and how days are counted (the rules in src/rules/periods.ts). */
export const periodsFindings = {
  'period.start-factory': {
    message: {
      'zh-CN': '三包期间自{start}起算，即出厂日期{factoryDate}后第90日。',
      en: 'The clocks start on {start}, 90 days after the factory date {factoryDate}.',
    },
    cites: ['mp2001:lost-proof'],
    clauseOf: ['factoryFallbackDays'],
    effect: 'dates',
  },
  'period.start-delivery': {
    message: {
      'zh-CN': '该机{saleDate}售出、{start}交付：2024年7月1日起售出的，自交付之日起算。',
      en: 'Sold on {saleDate} and delivered on {start}: for sales from 2024-07-01 the clocks start at delivery.',
    },
    cites: ['cplr2024:art18'],
    effect: 'dates',
  },
  'period.start-sale': {
    message: {
      'zh-CN': '该机{saleDate}售出、{delivered}交付：{changeover}以前售出的，自售出（开票）之日起算。',
      en: 'Sold on {saleDate} and delivered on {delivered}: for sales before {changeover} the clocks start at the sale (invoice) date.',
    },
    cites: ['mp2001:period'],
    effect: 'dates',
  },
  'period.restart': {
    message: {
      'zh-CN': '该机已于{exchangeDate}换货：换货期和三包有效期自该日重新计算（换货期至{exchangeUntil}，有效期至{warrantyUntil}）；7日退货期不重新计算。',
      en: 'The phone was exchanged on {exchangeDate}: the exchange window and the period run anew from that day (exchange until {exchangeUntil}, period until {warrantyUntil}); the 7-day refund window does not restart.',
    },
    cites: ['mp2001:period', 'cplr2024:art18'],
    effect: 'dates',
  },
  'period.restart-period': {
    message: {
      'zh-CN': '该商品已于{exchangeDate}换货：三包有效期自该日重新计算（至{warrantyUntil}）。',
      en: 'The item was exchanged on {exchangeDate}: its 三包 period runs anew from that day (until {warrantyUntil}).',
    },
    cites: ['mp2001:period', 'cplr2024:art18'],
    effect: 'dates',
  },
  'period.repair-extension': {
    message: {
      'zh-CN': '修理占用{days}天不计入三包有效期：有效期由{nominal}顺延至{until}。',
      en: '{days|day} in repair are not counted: the period moves from {nominal} to {until}.',
    },
    cites: ['mp2001:period'],
    effect: 'dates',
  },
  'period.repair-extension-windows': {
    message: {
      'zh-CN': '修理占用{days}天同样顺延7日、15日期间（退货至{refundUntil}，换货至{exchangeUntil}）。',
      en: '{days|day} in repair also move the 7- and 15-day windows (refund until {refundUntil}, exchange until {exchangeUntil}).',
    },
    cites: ['cplr2024:art18'],
    clauseOf: ['repairDaysExtendWindows'],
    effect: 'dates',
  },
  'period.counting-day': {
    message: {
      'zh-CN': '{window}自{from}次日起算{days}日，最后一日为{last}；本次申请为第{dayNumber}日。',
      en: 'The {window} runs {days|day} counted from the day after {from}, so its last day is {last}; the claim is on day {dayNumber}.',
    },
    cites: ['gpcl1986:art154', 'gpcl2017:art201', 'cc2020:art201'],
    effect: 'dates',
  },
  'period.counting-month-end': {
    message: {
      'zh-CN': '自{from}起{months}个月的期间，到期月没有对应日，以该月末日{nominal}为最后一日。',
      en: 'The period of {months|month} from {from} ends on {nominal}: that month has no corresponding day, so its last day ends the period.',
    },
    cites: ['mp2001:period', 'gpcl2017:art202', 'cc2020:art202'],
    effect: 'dates',
  },
  'calendar.unknown-year': {
    message: {
      'zh-CN': '{window}仅按周末顺延，届满日为{last}：{years}年的节假日安排尚未收录，自{nominal}起如有法定节假日，届满日可能顺延至申请日（{claimDate}）之后。在载入该年安排之前，本决定为暂定：该期间内可得{verdict}。',
      en: 'The {window} ended on {last} by weekends only: the holiday calendar for {years} is not known yet, and a holiday from {nominal} could move that last day past the claim date ({claimDate}). Until that year’s notice is loaded, the decision is provisional: the window would give {verdict}.',
    },
    cites: ['gpcl1986:art154', 'gpcl2017:art203', 'cc2020:art203'],
    effect: 'points-to',
  },
  'calendar.not-covered': {
    message: {
      'zh-CN': '节假日日历未收录{years}年的放假安排：{windows}的届满日仅按周末顺延，如遇法定节假日或调休，结果可能不同。',
      en: 'The holiday calendar has no notice for {years}: the end of the {windows} was rolled over weekends only; a holiday or make-up working day could move it.',
    },
    cites: ['gpcl1986:art154', 'gpcl2017:art203', 'cc2020:art203'],
    effect: 'warns',
  },
  'period.start-delivery-profile': {
    message: {
      'zh-CN': '该机{saleDate}售出、{start}交付：按本政策，自交付（签收）之日起算。',
      en: 'Sold on {saleDate} and delivered on {start}: under this profile the clocks start at delivery (sign-for).',
    },
    cites: [],
    clauseOf: ['clockStart'],
    effect: 'dates',
  },
  'period.start-sale-profile': {
    message: {
      'zh-CN': '该机{saleDate}售出、{delivered}交付：按本政策，自售出（开票）之日起算。',
      en: 'Sold on {saleDate} and delivered on {delivered}: under this profile the clocks start at the sale (invoice) date.',
    },
    cites: [],
    clauseOf: ['clockStart'],
    effect: 'dates',
  },
  'period.roll-over-weekend': {
    message: {
      'zh-CN': '{window}的最后一日{nominal}适逢周末，顺延至其后第一个工作日{last}。',
      en: 'The last day of the {window}, {nominal}, fell on a weekend; it moves to the next working day, {last}.',
    },
    cites: ['gpcl1986:art154', 'gpcl2017:art203', 'cc2020:art203'],
    effect: 'dates',
  },
  'period.roll-over-holiday': {
    message: {
      'zh-CN': '{window}的最后一日{nominal}适逢{holiday}假期，顺延至其后第一个工作日{last}。',
      en: 'The last day of the {window}, {nominal}, fell in the {holiday} holiday; it moves to the next working day, {last}.',
    },
    cites: ['gpcl1986:art154', 'gpcl2017:art203', 'cc2020:art203'],
    effect: 'dates',
  },
} as const satisfies FindingDeclarations;
