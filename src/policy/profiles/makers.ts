import { defineRule } from '../../engine/define-rule';
import type { ProfileRuleId } from '../../rules/rule-ids';
import { deny } from '../../engine/findings';
import { definePolicy } from '../define-policy';
import { nationalPolicy } from '../national';
import { clause, profileEra } from './clause';

/**
 * The makers' published 三包 policies, as vendor-policies.md records them (`shared/law`). Each
 * profile encodes what its sources state, with the confidence of those sources; what they do not
 * state is left to the national floor. `asOf` is the age of the source as its content shows it.
 */

/** Xiaomi (小米): sign-for date, one-year accessories, postage reimbursed up to 15 yuan (2012 FAQ). */
export const xiaomi = definePolicy(nationalPolicy, {
  id: 'xiaomi',
  title: { 'zh-CN': '小米质量服务承诺', en: 'Xiaomi quality service promise' },
  source: { title: 'xiaomi.com/goods/1021 (mirror, ©2012) and restatements (vendor-policies.md §2.1)', name: { 'zh-CN': '小米官网“质量服务承诺”页面（转载，2012年）', en: 'Xiaomi’s quality-service promise page (mirror, 2012)' }, url: 'http://www.xiaomi.com/goods/1021' },
  asOf: '2012-12-31',
  confidence: 'B',
  clauses: {
    'sign-for': clause('三包起算', 'start of the periods', '退货、换货、保修期均自签收日起计算。', 'Refund, exchange and repair periods run from the sign-for date.', 'A'),
    accessories: clause('配件保修', 'accessories', '电池、充电器、小米品牌有线耳机保修1年。', 'Battery, charger and Xiaomi-brand wired earphones: 1 year.', 'B'),
    postage: clause('邮费', 'postage', '三包退换修由小米上门取件，或报销邮费，每单上限15元。', 'For 三包 returns, exchanges and repairs Xiaomi collects, or reimburses postage up to 15 yuan an order.', 'A'),
  },
  parameters: {
    clockStart: { value: 'delivery', clause: 'sign-for' },
    periodMonths: { value: (base) => ({ ...base, battery: 12, charger: 12, 'wired-headset': 12 }), clause: 'accessories' },
    qualityTransportBySeller: { value: true, clause: 'postage' },
    transportCapFen: { value: 1500, clause: 'postage' },
  },
});

/** Huawei (华为): invoice date; built-in battery one year; exchange after two repairs "to be confirmed". */
export const huawei = definePolicy(nationalPolicy, {
  id: 'huawei',
  title: { 'zh-CN': '华为手机三包服务', en: 'Huawei phone 三包 service' },
  source: { title: 'Vmall customer-service FAQ (mirror, c. late 2018) and restatements (vendor-policies.md §2.2)', name: { 'zh-CN': '华为商城客服常见问题（转载，约2018年末）', en: 'the Vmall customer-service FAQ (mirror, late 2018)' } },
  asOf: '2018-12-31',
  confidence: 'B',
  clauses: {
    'invoice-date': clause('三包起算', 'start of the periods', '三包期自购机发票开具之日起计算。', 'The periods run from the date the invoice was issued.', 'B'),
    accessories: clause('配件保修', 'accessories', '内置电池1年，可拆卸电池6个月，电源适配器1年，耳机3个月。', 'Built-in battery 1 year, removable battery 6 months, adapter 1 year, earphones 3 months.', 'C'),
    'two-repairs': clause('两次维修', 'two repairs', '两次维修后仍不能正常使用的，可选择维修，或联系客服确认能否换货。', 'Still failing after two repairs: choose repair, or contact customer service to confirm whether an exchange is possible.', 'C'),
    exclusions: clause('非保修范围', 'exclusions', '封机标贴撕毁或损坏、机身IMEI或入网许可标签撕毁或无法辨认的，不予保修。', 'Seal stickers torn or damaged, or the IMEI or network-access label torn or illegible: no warranty.', 'C'),
  },
  parameters: {
    clockStart: { value: 'sale', clause: 'invoice-date' },
    builtInBatteryMonths: { value: 12, clause: 'accessories' },
    twoRepairsGivesExchange: { value: false, clause: 'two-repairs' },
  },
  declared: {
    exclusions: [{ id: 'seal-stickers', clause: 'policy:huawei:exclusions', describes: { 'zh-CN': '封机标贴破损即不保修', en: 'torn seal stickers void the warranty' } }],
  },
});

/** Honor (荣耀): one-year earphones, cables and chargers; accessories get the 7- and 15-day windows. */
export const honor = definePolicy(nationalPolicy, {
  id: 'honor',
  title: { 'zh-CN': '荣耀保修政策', en: 'Honor warranty policy' },
  source: { title: 'honor.com/cn/support/warrantypolicy/accessories (official, post-2020) and 荣耀手机保修政策 (copy dated 2021-07-24)', name: { 'zh-CN': '荣耀官网配件保修政策（2020年后）与荣耀手机保修政策（2021-07-24副本）', en: 'Honor’s official accessory warranty policy (after 2020) and its phone warranty policy (copy of 2021-07-24)' }, url: 'https://www.honor.com/cn/support/warrantypolicy/accessories' },
  asOf: '2021-07-24',
  confidence: 'A',
  clauses: {
    'invoice-date': clause('三包起算', 'start of the periods', '三包期自发票开具之日起计算。', 'The periods run from the invoice date.', 'B'),
    accessories: clause('配件保修期', 'accessory periods', '有线耳机12个月（AM115/AM116为3个月）；数据线12个月；充电器（含适配器、车充、无线充、底座）12个月。', 'Wired earphones 12 months (AM115/AM116: 3); cables 12 months; chargers (adapters, car, wireless, docks) 12 months.', 'A'),
    'accessory-windows': clause('配件退换', 'accessory returns', '配件出现非人为性能故障的，7日内可退货，15日内可换货。', 'Accessories with a non-human performance fault: return within 7 days, exchange within 15.', 'A'),
  },
  parameters: {
    clockStart: { value: 'sale', clause: 'invoice-date' },
    periodMonths: { value: (base) => ({ ...base, 'wired-headset': 12, charger: 12, 'data-cable': 12 }), clause: 'accessories' },
    accessoriesGetWindows: { value: true, clause: 'accessory-windows' },
  },
});

/** OPPO: a 30-day exchange; no-reason returns only if not activated. */
export const oppo = definePolicy(nationalPolicy, {
  id: 'oppo',
  title: { 'zh-CN': 'OPPO售后服务政策', en: 'OPPO after-sales policy' },
  source: { title: 'oppo.com/cn/service/tuihuan (official, undated) and restatements (vendor-policies.md §2.4)', name: { 'zh-CN': 'OPPO官网退换货政策（未注明日期）', en: 'OPPO’s official returns and exchanges page (undated)' }, url: 'https://www.oppo.com/cn/service/tuihuan/' },
  asOf: '2023-12-31',
  confidence: 'B',
  clauses: {
    'exchange-window': clause('包换期', 'exchange period', '包退期7天（含），包换期30天（含），保修期1年。', 'Refund period 7 days, exchange period 30 days (inclusive), repair 1 year.', 'B'),
    'sign-for': clause('起算', 'start', '网购自签收日起计算。', 'Online purchases count from the sign-for date.', 'B'),
    accessories: clause('配件保修', 'accessories', '耳机3个月，电池6个月，充电器、数据线、移动电源1年。', 'Earphones 3 months, battery 6 months, charger, cable, power bank 1 year.', 'C'),
    'no-reason': clause('7天无理由退货', 'no-reason returns', '官方商城及天猫旗舰店7天无理由退货，须未激活、无损坏。', 'Official mall and Tmall flagship: 7-day no-reason return, not activated and undamaged.', 'B'),
    exclusions: clause('不在保修范围', 'exclusions', '防拆标签、螺丝塞、SN标签、丝印信息缺失或改动的，不予保修。', 'Missing or altered fragile stickers, screw plugs, SN labels or silk-screen: no warranty.', 'B'),
  },
  parameters: {
    exchangeWindow: { value: { days: 30 }, clause: 'exchange-window' },
    clockStart: { value: 'delivery', clause: 'sign-for' },
    periodMonths: { value: (base) => ({ ...base, 'data-cable': 12 }), clause: 'accessories' },
    noReason: { value: (base) => (base === null ? null : { ...base, activationBlocksOnlyIfConfirmed: false }), clause: 'no-reason' },
  },
  declared: {
    exclusions: [{ id: 'warranty-marks', clause: 'policy:oppo:exclusions', describes: { 'zh-CN': '防拆标签等缺失即不保修', en: 'missing warranty marks void the warranty' } }],
  },
});

/** vivo: a 30-day exchange and a 30-day official-mall return; without an invoice, repair only. */
export const vivo = definePolicy(nationalPolicy, {
  id: 'vivo',
  title: { 'zh-CN': 'vivo三包服务细则', en: 'vivo 三包 service rules' },
  source: { title: 'shop.vivo.com.cn help centre (mirror, c. 2017–18) and vivo.com.cn/service/policy (vendor-policies.md §2.5)', name: { 'zh-CN': 'vivo商城帮助中心（转载，约2017–18年）与vivo官网服务政策', en: 'the vivo shop help centre (mirror, about 2017–18) and vivo’s service policy' }, url: 'https://www.vivo.com.cn/service/policy/3' },
  asOf: '2018-06-30',
  confidence: 'A',
  clauses: {
    'exchange-window': clause('包换期', 'exchange period', '7日内可退换修，第8至30日可换货或维修，1年保修。', 'Within 7 days refund, exchange or repair; days 8–30 exchange or repair; 1-year repair.', 'A'),
    'mall-returns': clause('官方商城30天无理由退换', 'official mall 30-day returns', '官方商城签收后30天内，无人为损坏、赠品发票齐全的，可无理由退换，运费由买方承担。', 'Official mall: within 30 days of sign-for, with no human damage and gifts and invoice complete, return without a reason; the buyer pays the freight.', 'A'),
    accessories: clause('配件保修', 'accessories', '有线耳机3个月，电池6个月，充电器及数据线1年。', 'Wired earphones 3 months, battery 6 months, charger and data cable 1 year.', 'B'),
    proof: clause('凭证', 'proof', '有效发票和三包凭证均遗失、又不能提供发票的，只能维修，不能换货、退货。', 'With invoice and card both lost and no invoice produced: repair only, no exchange or refund.', 'A'),
    exclusions: clause('非保修范围', 'exclusions', '外壳、按键、显示屏、天线、配件等的自然磨损不在保修范围。', 'Natural wear of the shell, keys, display, antenna and accessories is not covered.', 'A'),
  },
  parameters: {
    exchangeWindow: { value: { days: 30 }, clause: 'exchange-window' },
    noReason: { value: (base) => (base === null ? null : { ...base, length: { days: 30 } }), clause: 'mall-returns' },
    periodMonths: { value: (base) => ({ ...base, 'data-cable': 12 }), clause: 'accessories' },
    secondaryProofDenies: { value: ['refund', 'exchange'], clause: 'proof' },
  },
  declared: {
    exclusions: [{ id: 'natural-wear', clause: 'policy:vivo:exclusions', describes: { 'zh-CN': '显示屏等的“自然磨损”不保修', en: '“natural wear” of the display and others is not covered' } }],
  },
});

/** Apple (mainland China): purchase (invoice) date; 14-day Apple Store returns; accessories in the box one year. */
export const appleCn = definePolicy(nationalPolicy, {
  id: 'apple-cn',
  title: { 'zh-CN': 'Apple中国大陆三包声明', en: 'Apple mainland China 三包 statement' },
  source: { title: 'Apple China 三包 statement and Apple Store sales & refund policy, as restated (vendor-policies.md §2.6)', name: { 'zh-CN': 'Apple中国三包声明与Apple Store销售及退款政策（转述）', en: 'Apple China’s 三包 statement and the Apple Store sales and refund policy (as restated)' } },
  asOf: '2020-12-31',
  confidence: 'B',
  clauses: {
    'purchase-date': clause('保修起算', 'start of the warranty', '一年有限保修自原始零售购买（发票）日期起计算。', 'The one-year limited warranty runs from the original retail purchase (invoice) date.', 'B'),
    'store-returns': clause('Apple Store退货', 'Apple Store returns', '在线Apple Store购买的，自送达之日起14天内可退货，须无损坏并附原始发票和包装。', 'Bought from the online Apple Store: return within 14 days of delivery, undamaged, with the original invoice and packaging.', 'B'),
    accessories: clause('随附配件', 'accessories in the box', '包装内附件与主机同享一年保修。', 'Accessories in the box share the unit’s one-year warranty.', 'C'),
    exclusions: clause('不保修', 'exclusions', '未经授权的软件修改（越狱）导致的问题不在保修范围。', 'Unauthorised software modification (jailbreak) voids coverage.', 'B'),
  },
  parameters: {
    clockStart: { value: 'sale', clause: 'purchase-date' },
    noReason: { value: (base) => (base === null ? null : { ...base, length: { days: 14 } }), clause: 'store-returns' },
    periodMonths: { value: (base) => ({ ...base, battery: 12, charger: 12, 'wired-headset': 12 }), clause: 'accessories' },
  },
  declared: {
    exclusions: [{ id: 'software-modification', clause: 'policy:apple-cn:exclusions', describes: { 'zh-CN': '越狱等软件修改即不保修', en: 'software modification (jailbreak) voids coverage' } }],
  },
});

/** Meizu (魅族): receipt date; refund at the list price; depreciation without the repair days. */
export const meizu = definePolicy(nationalPolicy, {
  id: 'meizu',
  title: { 'zh-CN': '魅族手机类产品售后政策', en: 'Meizu phone after-sales policy' },
  source: { title: 'store.meizu.com 手机类产品售后政策 (shop-clone SQL dump, c. 2017–18; vendor-policies.md §2.8)', name: { 'zh-CN': '魅族商城手机类产品售后政策（约2017–18年）', en: 'the Meizu shop’s after-sales policy for phones (about 2017–18)' } },
  asOf: '2018-05-03',
  confidence: 'A',
  clauses: {
    receipt: clause('起算', 'start', '自收货之日起计算。', 'Counted from the day of receipt.', 'A'),
    'refund-price': clause('退货价格', 'refund price', '退货按魅族官方公布的零售价格退款。', 'Refunds are paid at Meizu’s published retail price.', 'A'),
    depreciation: clause('折旧', 'depreciation', '退款金额＝价格－价格×使用天数×0.5%。', 'Refund = price − price × days used × 0.5%.', 'A'),
    exclusions: clause('非保修', 'exclusions', '国家规定所列主要部件以外的辅助部件、其他部件的故障不在保修范围。', 'Faults of auxiliary or other parts beyond the main parts the national rules list are not covered.', 'A'),
  },
  parameters: {
    clockStart: { value: 'delivery', clause: 'receipt' },
    depreciationDeductsRepairDays: { value: false, clause: 'depreciation' },
  },
  declared: {
    refundAtListPrice: 'policy:meizu:refund-price',
    exclusions: [{ id: 'auxiliary-parts', clause: 'policy:meizu:exclusions', describes: { 'zh-CN': '辅助部件、其他部件故障不保修', en: 'faults of “auxiliary or other parts” are not covered' } }],
  },
});

const NUBIA = 'nubia';

const nubiaGifts = defineRule<ProfileRuleId>({
  id: 'policy.nubia.gifts-block-refund',
  describes: {
    'zh-CN': '退货时赠品须一并退回；赠品遗失或损坏的，手机不能正常退货（性能故障退货和无理由退货均然）。',
    en: 'Gifts must come back with a returned phone; with a gift lost or damaged, the phone cannot be returned normally (a fault refund or a no-reason return alike).',
  },
  basis: [profileEra(NUBIA, `policy:${NUBIA}:gifts`)],
  lowersFloor: {
    clause: `policy:${NUBIA}:gifts`,
    describes: { 'zh-CN': '赠品缺失即拒绝退货（含性能故障退货）', en: 'a missing gift blocks any return, a fault refund included' },
  },
  // Any refund on offer so far, a conditional one (Art. 19, the consumer declining an exchange) included.
  appliesTo: (context) =>
    context.claim.condition.giftsMissingFen > 0 &&
    context.findings.some(({ finding }) => finding.effect === 'grant' && finding.grants.some((grant) => grant.type === 'refund')),
  run: (context) => [
    deny('nubia.gifts-block-refund', `policy:${NUBIA}:gifts`, ['refund', 'no-reason'], { giftsFen: context.claim.condition.giftsMissingFen }),
  ],
});

/** nubia (努比亚): sign-for date; charger, cable, earphones and built-in battery one year; gifts must come back. */
export const nubia = definePolicy(nationalPolicy, {
  id: NUBIA,
  title: { 'zh-CN': '努比亚售后服务政策', en: 'nubia after-sales policy' },
  source: { title: 'nubia.com front/shouhou.jsp (mirror, c. 2013–14; vendor-policies.md §2.9)', name: { 'zh-CN': '努比亚官网售后政策页面（转载，约2013–14年）', en: 'nubia’s after-sales policy page (mirror, about 2013–14)' } },
  asOf: '2014-06-30',
  confidence: 'A',
  clauses: {
    'sign-for': clause('起算', 'start', '自签收之日起计算。', 'Counted from the sign-for date.', 'A'),
    accessories: clause('标配附件', 'standard accessories', '充电器、数据线、耳机及内置电池自签收之日起保修12个月。', 'Charger, data cable, earphones and built-in battery: 12 months from sign-for.', 'A'),
    gifts: clause('赠品', 'gifts', '退货时赠品须一并退回；赠品遗失、损坏或贴膜已拆封的，手机不能正常退货。', 'Gifts must come back with a return; lost or damaged gifts, or an opened film gift, and the phone cannot be returned normally.', 'A'),
  },
  parameters: {
    clockStart: { value: 'delivery', clause: 'sign-for' },
    periodMonths: { value: (base) => ({ ...base, charger: 12, 'data-cable': 12, 'wired-headset': 12 }), clause: 'accessories' },
    builtInBatteryMonths: { value: 12, clause: 'accessories' },
  },
  rules: [...nubiaGifts],
});

