import { CHANNELS } from '../../claim/schema';
import { definePolicy } from '../define-policy';
import { nationalPolicy } from '../national';
import { clause } from './clause';

/**
 * `seed-tiered`: a generic tiered after-sales policy — the 售后服务细则 of a slide deck (seed 003,
 * 售后服务介绍, a .pptx on a document-sharing site; no seller, brand or date named). Its only source
 * being a content farm, it is not offered by default (`provenance.ts`).
 * Tiers from the purchase: 7 days return or exchange; to 1 month repair or exchange; to 6 months
 * free mail-in repair; to 1 year mail-in repair at the buyer's cost. Returns without a fault: 7
 * days with the seller paying the freight, to 1 month with the buyer paying it, for any channel.
 * Below the floor: paid repairs in months 7–12 of the one-year period (MP2001 period article;
 * Arts. 3–4). More than the floor: the one-month exchange and the no-reason return for store sales.
 */
export const seedTiered = definePolicy(nationalPolicy, {
  id: 'seed-tiered',
  title: { 'zh-CN': '通用分级售后政策', en: 'Generic tiered after-sales policy' },
  source: {
    title: 'seeds/003: 售后服务介绍 / 售后服务细则 (a generic after-sales slide deck, .pptx on a document-sharing site; no seller, brand or date)',
    name: { 'zh-CN': '一份通用售后服务细则（文档分享网站上的幻灯片）', en: 'a generic after-sales policy (a slide deck on a document-sharing site)' },
  },
  asOf: '2024-01-01',
  confidence: 'C',
  notes: {
    'zh-CN': '原文未写明日期、经营者与适用商品，按手机理解；“1个月”按民法典第二百零二条以月计算。来源只是文档分享网站上的一份幻灯片，默认不在柜台页面的政策列表中提供。',
    en: 'The source names no date, seller or product; read as applying to phones; “1 month” counted as a month (Civil Code Art. 202). Its only source is a slide deck on a document-sharing site: not offered by default in the desk’s list of profiles.',
  },
  clauses: {
    '2.2-exchange': clause('2.2 质量问题（7天至1个月）', '§2.2 quality (7 days to 1 month)', '在商品购买后7天至1个月内，如发现商品存在质量问题，消费者可以联系我们进行维修或换货。', 'From 7 days to 1 month after purchase, a quality problem gives repair or exchange.', 'C'),
    '2.2-repair': clause('2.2 质量问题（1个月至1年）', '§2.2 quality (1 month to 1 year)', '1个月至半年内寄修，我们承担维修费用；半年至1年内寄修，消费者需承担维修费用。', 'Months 1–6: mail-in repair at our cost; months 7–12: mail-in repair at the buyer’s cost.', 'C'),
    '2.3-returns': clause('2.3 商品退换货政策', '§2.3 returns', '新品退换：7天内可无理由退换货，我们承担退货运费；非质量问题退换：7天至1个月内可退换，消费者承担退货运费。', 'New goods: no-reason return within 7 days, we pay the return freight; non-quality returns from 7 days to 1 month, the buyer pays it.', 'C'),
  },
  parameters: {
    exchangeWindow: { value: { months: 1 }, clause: '2.2-exchange' },
    freeRepairMonths: { value: 6, clause: '2.2-repair' },
    noReason: {
      value: (base) => ({
        length: { months: 1 },
        sellerPaysShippingDays: 7,
        channels: CHANNELS,
        activationBlocksOnlyIfConfirmed: base?.activationBlocksOnlyIfConfirmed ?? true,
        giftsCharged: true,
        shippingPaidBy: 'consumer',
      }),
      clause: '2.3-returns',
    },
  },
});
