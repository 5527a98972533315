import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of the no-reason return (the rules in src/rules/no-reason.ts). */
export const noReasonFindings = {
  'no-reason.activated-before-delivery': {
    message: {
      'zh-CN': '该机首次激活于{activationDate}，早于交付日{receipt}：该激活并非消费者所为。商品是否完好以交付时的状态为准，消费者确认的激活除外条款只及于其本人的激活：不影响无理由退货。',
      en: 'The phone was first activated on {activationDate}, before it was delivered on {receipt}: that activation was not the buyer’s. The goods are judged intact against the state they were delivered in, and an exclusion the buyer confirmed covers only the buyer’s own activation: it does not block the no-reason return.',
    },
    cites: ['cpl2013:art25', 'nr2017'],
    clauseOf: ['noReason'],
    effect: 'informs',
  },
  'no-reason.window-closed': {
    message: {
      'zh-CN': '无理由退货限于{receipt}收货后{span}内（至{until}）；本次申请已超过期限。',
      en: 'The no-reason return is open for {span} after receipt on {receipt} (until {until}); this claim is later.',
    },
    cites: ['cpl2013:art25', 'nr2017'],
    clauseOf: ['noReason'],
    effect: { denies: ['no-reason'] },
  },
  'no-reason.in-window': {
    message: {
      'zh-CN': '{channel}购买，{receipt}收货：依法定七日无理由退货，至{until}（含当日）可无理由退货，退货运费由{payer}承担。',
      en: 'Bought {channel} and received on {receipt}: under the law’s seven-day no-reason return it may be returned without a reason until {until}; {payer} pays the return shipping.',
    },
    cites: ['cpl2013:art25'],
    clauseOf: ['noReason'],
    effect: { grants: ['refund'] },
  },
  'no-reason.in-window-profile': {
    message: {
      'zh-CN': '{channel}购买，{receipt}收货：按本政策自行承诺、超出法定范围的{length}无理由退货，至{until}（含当日）可无理由退货，退货运费由{payer}承担。',
      en: 'Bought {channel} and received on {receipt}: under this profile’s own promise of a {length} return, beyond what the law gives, it may be returned without a reason until {until}; {payer} pays the return shipping.',
    },
    cites: [],
    clauseOf: ['noReason'],
    effect: { grants: ['refund'] },
  },
  'no-reason.made-to-order': {
    message: {
      'zh-CN': '该机系按消费者要求定作（刻字或定制）：定作商品不适用无理由退货；因故障享有的三包权利不受影响。',
      en: 'The phone was made to the buyer’s order (engraved or custom-built): goods made to order have no no-reason return. The 三包 remedies for a fault are unaffected.',
    },
    cites: ['cpl2013:art25-1'],
    effect: { denies: ['no-reason'] },
  },
  'no-reason.gifts-charged': {
    message: {
      'zh-CN': '未退回的赠品按标明价格{giftsFen}折价，退款{amountFen}。',
      en: 'Gifts not returned are charged at their stated price, {giftsFen}: the refund is {amountFen}.',
    },
    cites: ['cpl2013:art25', 'nr2017'],
    clauseOf: ['noReason'],
    effect: 'informs',
  },
  'no-reason.not-in-force': {
    message: {
      'zh-CN': '该机于{saleDate}售出：无理由退货适用于{inForce}起的销售，此前只有三包的性能故障退货。',
      en: 'Sold on {saleDate}: the no-reason return applies to sales from {inForce}; before that only the 三包 fault refund existed.',
    },
    cites: ['mp2001:art11'],
    effect: { denies: ['no-reason'] },
  },
  'no-reason.not-distance': {
    message: {
      'zh-CN': '该机系{channel}购买：无理由退货只适用于网络、电视、电话、邮购方式购买的商品。',
      en: 'Sold {channel}: the no-reason return is only for goods bought online, by TV, phone or mail.',
    },
    cites: ['cpl2013:art25'],
    effect: { denies: ['no-reason'] },
  },
  'no-reason.modified': {
    message: {
      'zh-CN': '手机经过未经授权的维修或改动，不属完好，不能无理由退货。',
      en: 'The phone was repaired or modified without authorisation: it is not intact, and the no-reason return is refused.',
    },
    cites: ['cpl2013:art25', 'nr2017'],
    clauseOf: ['noReason'],
    effect: { denies: ['no-reason'] },
  },
  'no-reason.labels': {
    message: {
      'zh-CN': '标签、CCC标志或序列号有损毁或改动，不属完好，不能无理由退货。',
      en: 'A label, the CCC mark or the serial is damaged or altered: not intact, no no-reason return.',
    },
    cites: ['cpl2013:art25', 'nr2017'],
    clauseOf: ['noReason'],
    effect: { denies: ['no-reason'] },
  },
  'no-reason.wear': {
    message: {
      'zh-CN': '手机有难以恢复原状的使用痕迹，不属完好，不能无理由退货。',
      en: 'The phone shows wear that is hard to restore: not intact, no no-reason return.',
    },
    cites: ['cpl2013:art25', 'nr2017'],
    clauseOf: ['noReason'],
    effect: { denies: ['no-reason'] },
  },
  'no-reason.damaged': {
    message: {
      'zh-CN': '手机有损坏，不属完好，不能无理由退货。',
      en: 'The phone is damaged: not intact, no no-reason return.',
    },
    cites: ['cpl2013:art25', 'nr2017'],
    clauseOf: ['noReason'],
    effect: { denies: ['no-reason'] },
  },
  'no-reason.accessories': {
    message: {
      'zh-CN': '配件不全，不属完好，不能无理由退货。',
      en: 'Accessories are missing: not intact, no no-reason return.',
    },
    cites: ['cpl2013:art25'],
    clauseOf: ['noReason'],
    effect: { denies: ['no-reason'] },
  },
  'no-reason.activated-confirmed': {
    message: {
      'zh-CN': '手机已激活，且消费者下单时已确认激活后不适用无理由退货：不能无理由退货。',
      en: 'The phone was activated, and the buyer confirmed at checkout that an activated phone is excluded from no-reason return: the no-reason return is refused.',
    },
    cites: ['cpl2013:art25', 'nr2017'],
    clauseOf: ['noReason'],
    effect: { denies: ['no-reason'] },
  },
  'no-reason.activated-not-confirmed': {
    message: {
      'zh-CN': '手机已激活，但消费者下单时未确认激活后不适用无理由退货：为查验而激活不影响无理由退货。',
      en: 'The phone was activated, but the buyer never confirmed at checkout that activation excludes the return: activation to inspect does not block it.',
    },
    cites: ['cpl2013:art25', 'nr2017'],
    clauseOf: ['noReason'],
    effect: 'informs',
  },
  'no-reason.inspection-allowed': {
    message: {
      'zh-CN': '为检查商品的必要而拆封查验、商品仍完好的，不影响无理由退货。',
      en: 'Opening the package and inspecting the goods, leaving them intact, does not defeat the no-reason return.',
    },
    cites: ['spc2022:art3'],
    effect: 'informs',
  },
  'no-reason.activated-profile': {
    message: {
      'zh-CN': '按本政策，手机激活后不能无理由退货，尽管消费者下单时并未确认该项排除。',
      en: 'Under this profile an activated phone cannot be returned without a reason, though the buyer never confirmed that exclusion at checkout.',
    },
    cites: [],
    clauseOf: ['noReason'],
    effect: { denies: ['no-reason'] },
  },
} as const satisfies FindingDeclarations;
