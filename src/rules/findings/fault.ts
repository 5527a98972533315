import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of the fault (the rules in src/rules/fault.ts). */
export const faultFindings = {
  'fault.not-found': {
    message: {
      'zh-CN': '检测未发现故障，无需补救。',
      en: 'The inspection found no fault: there is nothing to remedy.',
    },
    cites: ['mp2001:appendix3'],
    effect: { denies: ['all-sanbao'] },
  },
  'fault.pending': {
    message: {
      'zh-CN': '检测尚未完成：本决定以检测确认故障为前提。',
      en: 'The inspection is not finished: the decision holds only if it confirms the fault.',
    },
    cites: ['mp2001:appendix3'],
    effect: 'awaits',
  },
  'fault.external-cause': {
    message: {
      'zh-CN': '故障由{cause}造成，性能故障表明确排除，不属于手机本身的性能故障。',
      en: 'The fault is caused by {cause}, which the fault table excludes: it is not a performance fault of the phone.',
    },
    cites: ['mp2001:appendix3'],
    effect: { denies: ['all-sanbao'] },
  },
  'fault.none': {
    message: {
      'zh-CN': '未报告任何故障，不产生三包补救。',
      en: 'No fault is reported: there is no 三包 remedy to decide.',
    },
    cites: ['mp2001:appendix3'],
    effect: { denies: ['all-sanbao'] },
  },
  'fault.cosmetic': {
    message: {
      'zh-CN': '外观磨损、划痕不属于性能故障，只能收费修理。',
      en: 'Wear or marks are not a performance fault: only a paid repair is open.',
    },
    cites: ['mp2001:appendix3'],
    effect: { denies: ['all-free'] },
  },
  'fault.unlisted': {
    message: {
      'zh-CN': '该故障（{codes}）不在性能故障表内：不能三包换货或退货，但有效期内的产品缺陷仍应免费修理。',
      en: 'The fault ({codes}) is not in the performance-fault table: no 三包 exchange or refund, though a product defect is still repaired free inside the period.',
    },
    cites: ['mp2001:appendix3'],
    effect: { denies: ['refund', 'exchange'] },
  },
  'fault.battery-low': {
    message: {
      'zh-CN': '电池实测容量为额定容量的{pct}%，低于{threshold}%，属于电池性能故障。',
      en: 'The battery holds {pct}% of its rated capacity, below {threshold}%: a listed battery fault.',
    },
    cites: ['mp2001:appendix3'],
    effect: 'informs',
  },
  'fault.battery-ok': {
    message: {
      'zh-CN': '电池实测容量为额定容量的{pct}%，不低于{threshold}%，按容量标准不属于故障。',
      en: 'The battery holds {pct}% of its rated capacity, not below {threshold}%: no battery fault by capacity.',
    },
    cites: ['mp2001:appendix3'],
    effect: 'informs',
  },
} as const satisfies FindingDeclarations;
