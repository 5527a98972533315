import { type Citation, citationBases, type Cpl2013Key, type EarlierCountingId, type LaterLawId, type Mp2001Key, type PeriodCountingKey, type StatuteCitationId } from './citations';
import type { Text } from './sources';

/**
 * What each article of the citation registry says, paraphrased (`Citation.summary`). Kept apart
 * from the registry's numbers and dates (./citations.ts): deciding a claim cites articles but
 * never shows what they say, so a bundle of `decide` leaves these out (docs/performance.md).
 */

/** The 2001 rule (MP2001), by article key. */
const mp2001 = {
  art3: {
    'zh-CN': '谁销售谁负责三包；销售者与生产者、供货者、修理者之间的合同不得免除本规定的三包责任。',
    en: 'The seller is responsible for 三包 (谁销售谁负责); contracts between seller, producer, supplier and repairer cannot waive the duties this rule imposes.',
  },
  art4: {
    'zh-CN': '本规定是三包的最低要求；鼓励销售者、生产者作出更有利于消费者的承诺，该承诺作为明示担保，对作出者有约束力。',
    en: 'This rule is the minimum; sellers and producers may promise more, and such promises are express warranties that bind whoever made them.',
  },
  art11: {
    'zh-CN': '自售出之日起7日内，主机出现附录3所列性能故障，消费者可选择退货、换货或修理；退货按发货票价格一次退清货款。',
    en: 'Within 7 days of the sale, if the main unit shows a performance fault listed in Appendix 3, the consumer chooses a refund, an exchange or a repair; a refund pays back the invoice price in one sum.',
  },
  art12: {
    'zh-CN': '自售出之日起第8日至第15日内，主机出现附录3所列性能故障，消费者可选择换货或修理，换同型号同规格主机。',
    en: 'On days 8 to 15 after the sale, if the main unit shows a listed performance fault, the consumer chooses an exchange (same model and specification) or a repair.',
  },
  art13: {
    'zh-CN': '三包有效期内，主机出现性能故障，经两次修理仍不能正常使用的，凭修理记录由销售者免费更换同型号同规格主机。',
    en: 'Within the period, a main unit with a listed fault that still cannot be used normally after two repairs is exchanged free by the seller against the repair records.',
  },
  art14: {
    'zh-CN': '附件在其三包有效期内出现性能故障，由销售者免费更换同品牌同型号同规格附件；更换两次仍不能正常使用的，免费退货：单独购买的按发货票价格，随主机销售的按退货时该附件单独销售的价格。',
    en: 'An accessory with a listed fault inside its own period is replaced free (same brand, model and specification); if it still fails after two replacements it is refunded: at the invoice price when bought separately, at its stand-alone price at the time of the refund when sold with the main unit.',
  },
  art15: {
    'zh-CN': '主机送修7日内未修好的，修理者应免费为消费者提供备用机，待原机修好后收回。',
    en: 'If a main unit in repair is not fixed within 7 days, the repairer lends the consumer a phone free of charge until the original comes back.',
  },
  art16: {
    'zh-CN': '因生产者未按合同提供零配件，自送修之日起超过60日未修好的，凭发货票和修理记录由销售者免费更换同型号同规格主机。',
    en: 'If the producer fails to supply parts and the phone is not fixed more than 60 days after hand-in, the seller exchanges the main unit free against the invoice and the repair record.',
  },
  art17: {
    'zh-CN': '因修理者自身原因使修理期超过30日的，凭发货票和修理记录由销售者免费更换同型号同规格主机。',
    en: 'If, for the repairer’s own reasons, the repair is not done more than 30 days after hand-in, the seller exchanges the main unit free against the invoice and the repair record.',
  },
  art18: {
    'zh-CN': '符合换货条件，销售者无同型号同规格产品，消费者不愿调换其他型号、规格产品的，销售者应予免费退货，按发货票价格一次退清货款。',
    en: 'Where an exchange is due but the seller has no phone of the same model and specification and the consumer does not want another, the seller refunds free at the full invoice price.',
  },
  art19: {
    'zh-CN': '符合换货条件，销售者有同型号同规格产品，消费者仍要求退货的，销售者应予退货，但可按附录1规定的折旧率收取折旧费，折旧期自开具发货票之日起至退货之日止，扣除修理占用和待修时间。',
    en: 'Where an exchange is due and the seller has the same model but the consumer insists on a refund, the seller takes the phone back and may charge depreciation at the Appendix 1 rate, from the invoice date to the refund date, less the time in or waiting for repair.',
  },
  art31: {
    'zh-CN': '本规定自2001年11月15日起施行。（条号系据全文共31条推定，原文未见。）',
    en: 'The rule takes effect on 2001-11-15. (The number is inferred from the 31-article count; the text was not seen.)',
  },
  period: {
    'zh-CN': '主机三包有效期一年，附件按附录1；自开具发货票之日起计算；扣除修理占用和无零配件待修的时间；有效期最后一天为法定休假日的，以休假日次日为有效期最后一天。',
    en: 'The main unit’s period is one year, accessories’ per Appendix 1, counted from the invoice date; time in repair and waiting for parts is deducted; a last day on a statutory holiday moves to the day after it.',
  },
  'lost-proof': {
    'zh-CN': '发货票和三包凭证遗失，但能提供发货票底联或复印件的，仍享受免费修理和更换；连底联或复印件也无，但按机身号（IMEI）显示的出厂日期推算在有效期内的，三包有效期自出厂日期后第90日起计算，实行免费修理。',
    en: 'With invoice and card lost but the invoice stub or a copy shown, free repair and exchange still apply; with not even that, if the factory date shown by the IMEI puts the phone in the period, the period starts on the 90th day after the factory date and free repair is owed.',
  },
  exclusions: {
    'zh-CN': '下列情形不实行三包，但可以实行收费修理：超过三包有效期；无三包凭证及有效发货票（能证明在有效期内的除外）；三包凭证与实物不符或涂改；未按说明书使用、维护、保养造成损坏；非承担三包的修理者拆动造成损坏；因不可抗力造成损坏。',
    en: 'Outside 三包, but open to paid repair: the period has expired; no card and no valid invoice (unless the period is otherwise proven); the card does not match the phone or was altered; damage from use or care contrary to the manual; damage from opening by a repairer who is not the 三包 repairer; damage by force majeure.',
  },
  appendix1: {
    'zh-CN': '主机（手持、车载、固定台站）三包有效期一年；电池6个月；充电器1年；外接有线耳机3个月；数据接口卡、移动终端卡1年；折旧率按日0.5%（折旧率据二手资料）。',
    en: 'Main units (handheld, vehicle, fixed-station) one year; battery 6 months; charger 1 year; wired headset 3 months; data interface card and terminal card 1 year; depreciation 0.5% a day (rate from secondary sources).',
  },
  appendix2: {
    'zh-CN': '三包凭证载明主机及附件型号、机身号（IMEI）、销售者、发货票号码、销售日期、修理记录等。',
    en: 'The card records the models, the IMEI, the seller, the invoice number, the date of sale and the repair record, among others.',
  },
  appendix3: {
    'zh-CN': '列明主机、充电器、电池、外接有线耳机、移动终端卡、数据接口卡的性能故障；注：网络因素、手机卡数据不正常、顾客人为损坏造成的故障除外。',
    en: 'Lists the performance faults of the main unit, charger, battery, wired headset and cards; notes: faults caused by the network, by abnormal SIM data, or by the customer’s own damage are excluded.',
  },
} satisfies Record<Mp2001Key, Text>;

/** The 2013 consumer law, by article key. */
const cpl2013 = {
  art23: {
    'zh-CN': '经营者保证商品质量；耐用商品自消费者接受商品之日起六个月内发现瑕疵发生争议的，由经营者承担有关瑕疵的举证责任。',
    en: 'The operator guarantees quality; for durable goods, a defect found within six months of receipt and disputed is for the operator to disprove.',
  },
  art24: {
    'zh-CN': '商品不符合质量要求的，可依国家规定或约定退货、更换、修理；经营者承担运输等必要费用。',
    en: 'Goods that fail quality may be returned, replaced or repaired under national rules or agreement; the operator bears transport and other necessary costs.',
  },
  art25: {
    'zh-CN': '网络、电视、电话、邮购方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由；商品应当完好；退回商品的运费由消费者承担；根据商品性质并经消费者在购买时确认不宜退货的商品除外。',
    en: 'For goods sold online, by TV, phone or mail, the consumer may return them within seven days of receipt without a reason; the goods must be intact; the consumer pays the return shipping; goods unsuitable by nature and confirmed so by the consumer at purchase are excepted.',
  },
  art26: {
    'zh-CN': '经营者不得以格式条款、通知、声明、店堂告示等排除或者限制消费者权利、减轻或者免除经营者责任；含有此类内容的，其内容无效。',
    en: 'Standard terms, notices or shop signs may not exclude or limit consumer rights or reduce the operator’s liability; such content is void.',
  },
  'art25-1': {
    'zh-CN': '消费者定作的商品不适用七日无理由退货。',
    en: 'Goods made to the consumer’s order are excluded from the seven-day no-reason return.',
  },
  art55: {
    'zh-CN': '经营者提供商品有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为商品价款的三倍。',
    en: 'An operator who commits fraud in supplying goods compensates, at the consumer’s request, an additional three times the price.',
  },
} satisfies Record<Cpl2013Key, Text>;

/** The later texts, by citation id. */
const laterLaws = {
  nr2017: {
    'zh-CN': '七日无理由退货期间自消费者签收商品的次日开始起算；电子电器类商品经未经授权的维修、改动，CCC标志、序列号等损毁，有难以恢复原状的外观使用痕迹，或产生激活、授权信息、个人数据等使用痕迹的，视为不完好；激活后价值贬损较大的商品须经消费者在购买时确认方可不适用无理由退货；赠品不能退回的，按事先标明的价格折价。',
    en: 'The seven days run from the day after sign-for; electronics are not intact after unauthorised repair or change, damaged CCC mark or serial, hard-to-restore wear, or activation and personal-data traces; goods that lose much value once activated are excluded only if the consumer confirmed it at purchase; gifts not returned are charged at their stated price.',
  },
  'cplr2024:art18': {
    'zh-CN': '约定的退货、更换、修理期限不得低于国家规定；期限自经营者交付商品之日起计算；更换后，更换、修理期限自更换完成之日起重新计算；修理时间不计入期限；退货按发票等购货凭证价格一次退清，经营者能证明实际支付价格不同的，按实际支付价格退还。',
    en: 'Agreed periods may not be shorter than the national rules; they run from delivery; after a replacement the replacement and repair periods restart; repair time does not count; a refund pays the price on the invoice, or the amount actually paid where the operator proves it differs.',
  },
  'cplr2024:art19': {
    'zh-CN': '经营者通过网络、电视、电话、邮购等方式销售商品，应当遵守消费者权益保护法第二十五条规定，不得擅自扩大不适用无理由退货的商品范围。',
    en: 'Distance sellers follow CPL Art. 25 and may not on their own widen the range of goods excluded from no-reason returns.',
  },
  'pql2018:art40': {
    'zh-CN': '售出的产品不具备应当具备的使用性能而事先未作说明、不符合明示的产品标准或者说明的质量状况的，销售者应当负责修理、更换、退货；给购买者造成损失的，应当赔偿损失。',
    en: 'The seller repairs, replaces or takes back goods that lack the performance they should have, fail their stated standard or the quality described, and compensates the buyer’s loss.',
  },
  'spc2022:art3': {
    'zh-CN': '消费者因检查商品的必要对商品进行拆封查验且不影响商品完好，经营者以商品已拆封为由主张不适用七日无理由退货的，人民法院不予支持。',
    en: 'Opening the package as inspection requires, leaving the goods intact, does not defeat the seven-day no-reason return.',
  },
  tradein2025: {
    'zh-CN': '2025年1月20日起，个人消费者购买单件销售价格不超过6000元的手机、平板、智能手表（手环），按最终销售价格的15%给予补贴，每件不超过500元，每人每类限一件，主要以支付立减方式发放；补贴为政府资金，退货时随退款退回补贴渠道，不归消费者（I27）。',
    en: 'From 2025-01-20, individuals buying a phone, tablet or smart watch (band) priced at most ¥6,000 get 15% of the final price, at most ¥500 an item, one per person per category, mostly as an instant discount; the subsidy is public money that a refund sends back through the programme, not to the consumer (I27).',
  },
  tradein2026: {
    'zh-CN': '2026年继续实施数码和智能产品购新补贴：手机仍按最终销售价格的15%补贴，每件不超过500元，单件价格不超过6000元，每人每类限一件，具体由地方确定；补贴为政府资金，退货时退回补贴渠道，不归消费者（I27）。',
    en: 'The 2026 programme continues purchase subsidies for digital and smart products: phones still get 15% of the final price, at most ¥500, price at most ¥6,000, one per category, details set locally; the subsidy is public money that a refund sends back through the programme, not to the consumer (I27).',
  },
} satisfies Record<LaterLawId, Text>;

/** The articles on counting periods, the same words in 民法典 and 民法总则, by article key. */
const periodCounting = {
  art201: {
    'zh-CN': '按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。',
    en: 'For periods in years, months or days, the first day is not counted; counting starts the next day.',
  },
  art202: {
    'zh-CN': '按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。',
    en: 'A period in years or months ends on the corresponding day of the final month, or on that month’s last day if it has no such day.',
  },
  art203: {
    'zh-CN': '期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。',
    en: 'If a period’s last day is a statutory holiday, the day after the holiday ends becomes the last day.',
  },
} satisfies Record<PeriodCountingKey, Text>;

/** 民法通则 Art. 154, the counting rule before 2017-10-01. */
const earlierCounting = {
  'gpcl1986:art154': {
    'zh-CN': '规定按照日、月、年计算期间的，开始的当天不算入，从下一天开始计算；期间的最后一天是星期日或者其他法定休假日的，以休假日的次日为期间的最后一天。',
    en: 'For periods in days, months or years, the first day is not counted; if the last day is a Sunday or another statutory holiday, the day after the holiday is the last day.',
  },
} satisfies Record<EarlierCountingId, Text>;

/** The summary of a statutory citation. */
export function summaryOf(id: StatuteCitationId): Text {
  const [document, key] = id.split(':') as [string, string | undefined];
  if (Object.hasOwn(earlierCounting, id)) return earlierCounting[id as EarlierCountingId];
  if (document === 'mp2001') return mp2001[key as Mp2001Key];
  if (document === 'cpl2013') return cpl2013[key as Cpl2013Key];
  if (document === 'cc2020' || document === 'gpcl2017') return periodCounting[key as PeriodCountingKey];
  return laterLaws[id as LaterLawId];
}

/**
 * Every citation, by id, with what its article says ({@link summaryOf}), frozen. Built
 * from {@link citationBases}; nothing on the way to a decision reads it, so a bundler leaves it
 * and the summaries out of a program that only decides.
 */
export const citations: Readonly<Record<StatuteCitationId, Citation>> = /* @__PURE__ */ withSummaries();

function withSummaries(): Readonly<Record<StatuteCitationId, Citation>> {
  const all = {} as Record<StatuteCitationId, Citation>;
  for (const id of Object.keys(citationBases) as StatuteCitationId[]) {
    const { article, verified, evidence, source, effectiveFrom, effectiveTo, lastChecked } = citationBases[id];
    // The fields in the order the registry always had them.
    all[id] = Object.freeze({
      article: article === null ? null : Object.freeze(article),
      verified,
      evidence,
      summary: Object.freeze(summaryOf(id)),
      id,
      source,
      effectiveFrom,
      ...(effectiveTo === undefined ? {} : { effectiveTo }),
      lastChecked,
    });
  }
  return Object.freeze(all);
}

/**
 * The citation with this id.
 *
 * @example
 * citation('mp2001:art11').article?.en //=> 'Art. 11'
 */
export function citation(id: StatuteCitationId): Citation {
  const found = citations[id];
  if (found === undefined) throw new RangeError(`unknown citation id: ${id}`);
  return found;
}
