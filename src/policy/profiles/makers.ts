import { defineRule } from '../../rules/claim-rule';
import type { ProfileRuleId } from '../../rules/rule-ids';
import { deny } from '../../engine/findings';
import { definePolicy } from '../define-policy';
import { nationalPolicy } from '../national';
import { clause, profileEra } from './clause';
import { exclusionRule } from './exclusion-rule';

/**
 * The makers' published 三包 policies, re-derived in 2026-12 from the makers' own mainland-China
 * pages where they could be found, and otherwise from the best copies that could
 * (`shared/law/vendor-policies.md` and `updates-2024-2026.md` were the leads, not the sources).
 * Each profile encodes what its sources state, with the confidence of those sources; what they do
 * not state is left to the national floor. `asOf` is the date of the source as its content shows
 * it; `provenance.ts` lists every source with its date and grade, and says for each maker whether
 * its current (2024–2026) terms were found.
 */

/**
 * Xiaomi (小米): sign-for date, one-year battery, charger and earphones, postage reimbursed up to
 * 15 yuan an order (the 2012 xiaomi.com page; no Xiaomi-published 2024–2026 text was found, and
 * 2024–25 reposts agree on the sign-for start). The postage cap is kept: it is Xiaomi's term, and
 * the floor check holds it to 消保法 Art. 24 on every quality remedy it rides on, the battery
 * replacement only Xiaomi promises included (a floor conflict on the cap, issue 17 item 3).
 */
export const xiaomi = definePolicy(nationalPolicy, {
  id: 'xiaomi',
  title: { 'zh-CN': '小米质量服务承诺', en: 'Xiaomi quality service promise' },
  source: {
    title: 'xiaomi.com/goods/1021 质量服务承诺 (verbatim mirror, footer ©2012); restated by jinzh.com (undated). No Xiaomi-published 2024–2026 三包 page found (searched 2026-12).',
    name: { 'zh-CN': '小米官网“质量服务承诺”页面（2012年原文的副本）', en: 'Xiaomi’s quality-service promise page (a copy of the 2012 original)' },
    url: 'http://www.xiaomi.com/goods/1021',
  },
  asOf: '2012-12-31',
  confidence: 'A',
  notes: {
    'zh-CN': '未找到小米2024–2026年自行发布的三包条款。2024–2025年的转载（内容农场）称自实际收货日起算，电池、充电器保修1年，有线耳机6个月；耳机期限与2012年原文不同，未据以编码。邮费上限15元低于消保法第二十四条，遇质量问题的退换修（包括小米自行承诺的电池更换），以法律为准。',
    en: 'No Xiaomi-published 2024–2026 三包 terms were found. 2024–25 reposts (content farms) count from the actual receipt date and give battery and charger 1 year, wired earphones 6 months; the earphone period differs from the 2012 text and is not encoded. The 15-yuan postage cap is below 消保法 Art. 24 on every quality return, exchange or repair, the battery replacement Xiaomi alone promises included: the law prevails.',
  },
  clauses: {
    'sign-for': clause('三包起算', 'start of the periods', '退货、换货、保修期均自签收日起计算。', 'Refund, exchange and repair periods run from the sign-for date.', 'A'),
    accessories: clause('配件保修', 'accessories', '电池、充电器、小米品牌有线耳机保修1年。', 'Battery, charger and Xiaomi-brand wired earphones: 1 year.', 'B'),
    postage: clause('邮费', 'postage', '办理退货、换货、保修时，小米免费上门取货；不能上门取货的地区，报销邮资，每单最高15元。', 'For 三包 returns, exchanges and repairs Xiaomi collects free; where it cannot collect, it reimburses postage up to 15 yuan an order.', 'A'),
  },
  parameters: {
    clockStart: { value: 'delivery', clause: 'sign-for' },
    periodMonths: { value: (base) => ({ ...base, battery: 12, charger: 12, 'wired-headset': 12 }), clause: 'accessories' },
    qualityTransportBySeller: { value: true, clause: 'postage' },
    transportCapFen: { value: 1500, clause: 'postage' },
  },
});

/**
 * Huawei (华为): invoice date; built-in battery one year; exchange after two repairs "to be
 * confirmed"; torn seal stickers or labels void the warranty. No Huawei-published 2024–2026 三包
 * page was found: the terms are Vmall's 三包 section as a third party copied it (undated) beside a
 * Vmall FAQ clone of late 2018, and 2025 reposts (content farms) still carry the two-repair wording
 * and the invoice-date start.
 */
const sealStickers = exclusionRule({
  id: 'policy.huawei.seal-stickers',
  profile: 'huawei',
  clause: 'exclusions',
  describes: {
    'zh-CN': '封机标贴撕毁或损坏、机身IMEI或入网许可标签撕毁或无法辨认的，不予保修（退货、换货、免费修理均不给）；法律未规定此除外情形，以法律为准。',
    en: 'Seal stickers torn or damaged, or the IMEI or network-access label torn or illegible: no warranty (no refund, exchange or free repair); the law has no such exclusion, and the law prevails.',
  },
  exclusion: { 'zh-CN': '封机标贴、IMEI或入网许可标签撕毁、损坏或无法辨认', en: 'seal stickers, the IMEI or the network-access label torn, damaged or illegible' },
  shows: (claim) => !claim.condition.labelsIntact,
});

export const huawei = definePolicy(nationalPolicy, {
  id: 'huawei',
  title: { 'zh-CN': '华为手机三包服务', en: 'Huawei phone 三包 service' },
  source: {
    title:
      'Vmall (华为商城) customer-service FAQ (clone, c. late 2018) and its 三包 section as copied by baiwen23.com (undated); 2025 reposts 7tqp.com (2025-08-05) and hei6.com (2025-10-03), content farms. No Huawei-published 2024–2026 三包 page found (searched 2026-12).',
    name: { 'zh-CN': '华为商城三包条款（约2018年末的副本；2025年的转载一致）', en: 'Vmall’s 三包 terms (a copy of about late 2018; 2025 reposts agree)' },
  },
  asOf: '2018-12-31',
  confidence: 'B',
  notes: {
    'zh-CN': '未找到华为2024–2026年自行发布的三包页面。内置电池1年仅见于转述（2025年的一篇转载写“原装电池六个月”），按较长者编码，法律的6个月为底线。封机标贴条款由规则评估：标签不完好时本政策不予三包，法律未规定此除外情形，以法律为准。',
    en: 'No Huawei-published 2024–2026 三包 page was found. The built-in battery’s one year is seen only in restatements (a 2025 repost says “original battery six months”); the longer is encoded, the law’s six months being the floor. The seal-sticker clause is evaluated by a rule: with labels not intact the profile gives no 三包 remedy; the law has no such exclusion and prevails.',
  },
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
  rules: [...sealStickers],
});

/**
 * Honor (荣耀): one-year earphones, cables and chargers; accessories get the 7- and 15-day windows.
 * Honor's own accessory warranty page (undated, still served) gives the accessory terms; the phone
 * terms are its phone warranty policy as copied on 2021-07-24.
 */
export const honor = definePolicy(nationalPolicy, {
  id: 'honor',
  title: { 'zh-CN': '荣耀保修政策', en: 'Honor warranty policy' },
  source: {
    title:
      'honor.com/cn/support/warrantypolicy/accessories 荣耀配件保修政策 (official, undated, still served; post-2020) and 荣耀手机保修政策 (copy on xazmhbgc.com dated 2021-07-24). No dated Honor-published 2024–2026 phone policy found (searched 2026-12).',
    name: { 'zh-CN': '荣耀官网配件保修政策与荣耀手机保修政策（2021-07-24副本）', en: 'Honor’s official accessory warranty policy and its phone warranty policy (copy of 2021-07-24)' },
    url: 'https://www.honor.com/cn/support/warrantypolicy/accessories',
  },
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

/**
 * OPPO: a 30-day exchange; no-reason returns only if not activated; missing or altered warranty
 * marks void the warranty. OPPO's own returns page (undated, still served) gives only the process;
 * the terms are those its restatements and a 2024 copy of OPPO's text give, and 2025 reposts agree.
 */
const warrantyMarks = exclusionRule({
  id: 'policy.oppo.warranty-marks',
  profile: 'oppo',
  clause: 'exclusions',
  describes: {
    'zh-CN': '防拆标签、螺丝塞、序列号标签、丝印信息缺失或改动的，不予保修（退货、换货、免费修理均不给）；法律未规定此除外情形，以法律为准。',
    en: 'Fragile stickers, screw plugs, SN labels or silk-screen information missing or altered: no warranty (no refund, exchange or free repair); the law has no such exclusion, and the law prevails.',
  },
  exclusion: { 'zh-CN': '防拆标签、螺丝塞、序列号标签或丝印信息缺失或改动', en: 'fragile stickers, screw plugs, SN labels or silk-screen information missing or altered' },
  shows: (claim) => !claim.condition.labelsIntact,
});

export const oppo = definePolicy(nationalPolicy, {
  id: 'oppo',
  title: { 'zh-CN': 'OPPO售后服务政策', en: 'OPPO after-sales policy' },
  source: {
    title:
      'oppo.com/cn/service/tuihuan OPPO 官网退换货流程 (official, undated: the process only); the terms as restated by buzen.cn (undated) and copied on mit.51dongshi.com (2024-08-18) and zaodo.com (2025-01-25), content farms. No OPPO-published dated 2024–2026 terms found (searched 2026-12).',
    name: { 'zh-CN': 'OPPO售后服务政策（官网退换货页面及2024年的条款副本）', en: 'OPPO’s after-sales policy (its returns page and a 2024 copy of the terms)' },
    url: 'https://www.oppo.com/cn/service/tuihuan/',
  },
  asOf: '2024-08-18',
  confidence: 'B',
  notes: {
    'zh-CN': 'OPPO官网退换货页面（未注明日期）只写流程；7天退、30天换、1年保修及“已激活不予7天无理由退货”见于2024–2025年的条款副本（内容农场），与此前的转述一致。保修标志条款由规则评估：标签不完好时本政策不予三包，法律未规定此除外情形，以法律为准。',
    en: 'OPPO’s returns page (undated) gives only the process; the 7-day refund, 30-day exchange, one-year repair and “activated: no 7-day no-reason return” are in 2024–25 copies of its terms (content farms), as in the earlier restatements. The warranty-marks clause is evaluated by a rule: with labels not intact the profile gives no 三包 remedy; the law has no such exclusion and prevails.',
  },
  clauses: {
    'exchange-window': clause('包换期', 'exchange period', '包退期7天（含），包换期30天（含），保修期1年。', 'Refund period 7 days, exchange period 30 days (inclusive), repair 1 year.', 'B'),
    'sign-for': clause('起算', 'start', '网购自签收日起计算。', 'Online purchases count from the sign-for date.', 'B'),
    accessories: clause('配件保修', 'accessories', '耳机3个月，电池6个月，充电器、数据线、移动电源1年。', 'Earphones 3 months, battery 6 months, charger, cable, power bank 1 year.', 'C'),
    'no-reason': clause('7天无理由退货', 'no-reason returns', '官方商城及天猫旗舰店7天无理由退货，须未激活、无损坏。', 'Official mall and Tmall flagship: 7-day no-reason return, not activated and undamaged.', 'B'),
    exclusions: clause('不在保修范围', 'exclusions', '防拆标签、螺丝塞、序列号标签、丝印信息缺失或改动的，不予保修。', 'Missing or altered fragile stickers, screw plugs, SN labels or silk-screen: no warranty.', 'B'),
  },
  parameters: {
    exchangeWindow: { value: { days: 30 }, clause: 'exchange-window' },
    clockStart: { value: 'delivery', clause: 'sign-for' },
    periodMonths: { value: (base) => ({ ...base, 'data-cable': 12 }), clause: 'accessories' },
    noReason: { value: (base) => (base === null ? null : { ...base, activationBlocksOnlyIfConfirmed: false }), clause: 'no-reason' },
  },
  rules: [...warrantyMarks],
});

/**
 * vivo: a 30-day exchange and a 30-day official-mall return; without an invoice, repair only;
 * natural wear and a torn IMEI sticker void the warranty. vivo's own service-policy pages
 * (undated, still served) give the exclusions and the sticker rule; the windows are the official
 * mall's (a copy of 2017–18), as vivo's accessory policy page and 2025 reposts still give them.
 */
const naturalWear = exclusionRule({
  id: 'policy.vivo.natural-wear',
  profile: 'vivo',
  clause: 'exclusions',
  describes: {
    'zh-CN': '产品自然磨损（外壳、按键、显示屏、天线、附件等）不实行三包；法律未规定此除外情形，清单所列性能故障仍应三包，以法律为准。',
    en: 'Natural wear of the product (shell, keys, display, antenna, accessories) is outside 三包; the law has no such exclusion, a listed performance fault is still covered, and the law prevails.',
  },
  exclusion: { 'zh-CN': '产品有自然磨损（外壳、按键、显示屏、天线、附件等）', en: 'natural wear of the product (shell, keys, display, antenna, accessories)' },
  shows: (claim) => claim.condition.cosmeticWear,
});

const imeiSticker = exclusionRule({
  id: 'policy.vivo.imei-sticker',
  profile: 'vivo',
  clause: 'imei-sticker',
  describes: {
    'zh-CN': '手机背面的IMEI串号贴纸撕毁的，保修承诺失效；法律未规定此除外情形，以法律为准。',
    en: 'A torn IMEI sticker on the back voids the warranty promise; the law has no such exclusion, and the law prevails.',
  },
  exclusion: { 'zh-CN': '手机背面的IMEI串号贴纸撕毁', en: 'the IMEI sticker on the back torn' },
  shows: (claim) => !claim.condition.labelsIntact,
});

export const vivo = definePolicy(nationalPolicy, {
  id: 'vivo',
  title: { 'zh-CN': 'vivo三包服务细则', en: 'vivo 三包 service rules' },
  source: {
    title:
      'vivo.com.cn/service/policy/3 and /policy/5 服务政策 (official, undated, still served); shop.vivo.com.cn help centre (verbatim clone, c. 2017–18); vivo 智能配件 service policy /policy/2 (mirror, undated); 2025 reposts agree (content farms).',
    name: { 'zh-CN': 'vivo官网服务政策与vivo商城帮助中心（约2017–18年的副本）', en: 'vivo’s service policy pages and the vivo shop help centre (a copy of about 2017–18)' },
    url: 'https://www.vivo.com.cn/service/policy/3',
  },
  asOf: '2018-06-30',
  confidence: 'A',
  notes: {
    'zh-CN': 'vivo官网服务政策页面（未注明日期，仍在发布）载有除外情形与IMEI贴纸条款；30天换货与官方商城30天无理由退换出自约2017–18年的商城副本，vivo智能配件政策页面与2025年的转载仍如此表述。自然磨损与IMEI贴纸条款由规则评估，法律未规定此类除外情形，以法律为准。',
    en: 'vivo’s service-policy pages (undated, still served) carry the exclusions and the IMEI-sticker clause; the 30-day exchange and the official mall’s 30-day return come from a copy of the shop of about 2017–18, and vivo’s accessory policy page and 2025 reposts still say so. The natural-wear and IMEI-sticker clauses are evaluated by rules; the law has no such exclusions and prevails.',
  },
  clauses: {
    'exchange-window': clause('包换期', 'exchange period', '7日内可退换修，第8至30日可换货或维修，1年保修。', 'Within 7 days refund, exchange or repair; days 8–30 exchange or repair; 1-year repair.', 'A'),
    'mall-returns': clause('官方商城30天无理由退换', 'official mall 30-day returns', '官方商城签收后30天内，无人为损坏、赠品发票齐全的，可无理由退换，运费由买方承担。', 'Official mall: within 30 days of sign-for, with no human damage and gifts and invoice complete, return without a reason; the buyer pays the freight.', 'A'),
    accessories: clause('配件保修', 'accessories', '有线耳机3个月，电池6个月，充电器及数据线1年。', 'Wired earphones 3 months, battery 6 months, charger and data cable 1 year.', 'B'),
    proof: clause('凭证', 'proof', '有效发票和三包凭证均遗失、又不能提供发票的，只能维修，不能换货、退货。', 'With invoice and card both lost and no invoice produced: repair only, no exchange or refund.', 'A'),
    exclusions: clause('非保修范围', 'exclusions', '外壳、按键、显示屏、天线、配件等的自然磨损不在保修范围。', 'Natural wear of the shell, keys, display, antenna and accessories is not covered.', 'A'),
    'imei-sticker': clause('维修时带齐证件', 'documents for a repair', '电话背上的IMEI串号贴纸不得撕毁，否则保修承诺将失效。', 'The IMEI sticker on the back must not be torn, or the warranty promise lapses.', 'A'),
  },
  parameters: {
    exchangeWindow: { value: { days: 30 }, clause: 'exchange-window' },
    noReason: { value: (base) => (base === null ? null : { ...base, length: { days: 30 } }), clause: 'mall-returns' },
    periodMonths: { value: (base) => ({ ...base, 'data-cable': 12 }), clause: 'accessories' },
    secondaryProofDenies: { value: ['refund', 'exchange'], clause: 'proof' },
  },
  rules: [...naturalWear, ...imeiSticker],
});

/**
 * Apple (mainland China): purchase (invoice) date; 14-day Apple Store returns; accessories in the
 * box one year. The Apple Store's sales and refund terms for mainland China are Apple's own page
 * (undated; still the 14-day return in June 2025); the 三包 statement is known only as restated.
 */
export const appleCn = definePolicy(nationalPolicy, {
  id: 'apple-cn',
  title: { 'zh-CN': 'Apple中国大陆三包声明', en: 'Apple mainland China 三包 statement' },
  source: {
    title:
      'apple.com.cn/cn/shop/goto/help/sales_refunds 销售和退款政策 (中国大陆客户) (official, undated; read through a translation proxy; the 14-day return confirmed by Yicai, 2025-06-24); Apple 三包 statement as restated by 8.net.cn (undated, content farm).',
    name: { 'zh-CN': 'Apple Store销售和退款政策（中国大陆）与Apple三包声明（转述）', en: 'the Apple Store sales and refund terms (mainland China) and Apple’s 三包 statement (as restated)' },
    url: 'https://www.apple.com.cn/cn/shop/goto/help/sales_refunds',
  },
  asOf: '2025-06-24',
  confidence: 'A',
  notes: {
    'zh-CN': 'Apple Store销售和退款政策为Apple自行发布（未注明日期，2025年6月仍为14天退货）；三包声明只见转述。“未经授权修改软件”的除外条款未编码：理赔事实中没有记录软件修改的字段，按法律规定的除外情形处理。',
    en: 'The Apple Store sales and refund terms are Apple’s own (undated; still a 14-day return in June 2025); the 三包 statement is known only as restated. The “unauthorised software modification” exclusion is not encoded: no fact of the claim records a software modification, and the law’s exclusions decide.',
  },
  clauses: {
    'purchase-date': clause('保修起算', 'start of the warranty', '一年有限保修自原始零售购买（发票）日期起计算。', 'The one-year limited warranty runs from the original retail purchase (invoice) date.', 'B'),
    'store-returns': clause('Apple Store退货', 'Apple Store returns', '在Apple Store购买的，自产品交付之日起14天内可退货，须将未损坏的产品连同原始发票和原始包装一并退回。', 'Bought from the Apple Store: return within 14 days of delivery, the undamaged product with the original invoice and packaging.', 'A'),
    accessories: clause('随附配件', 'accessories in the box', '包装内附件与主机同享一年保修。', 'Accessories in the box share the unit’s one-year warranty.', 'C'),
    exclusions: clause('不保修', 'exclusions', '未经授权的软件修改（越狱）导致的问题不在保修范围。', 'Unauthorised software modification (jailbreak) voids coverage.', 'B'),
  },
  parameters: {
    clockStart: { value: 'sale', clause: 'purchase-date' },
    noReason: { value: (base) => (base === null ? null : { ...base, length: { days: 14 } }), clause: 'store-returns' },
    periodMonths: { value: (base) => ({ ...base, battery: 12, charger: 12, 'wired-headset': 12 }), clause: 'accessories' },
  },
});

/**
 * Meizu (魅族): receipt date; depreciation without the repair days. Its refund at the list price
 * is kept as a clause but not encoded (no list price among the claim's facts); see `notes`.
 */
export const meizu = definePolicy(nationalPolicy, {
  id: 'meizu',
  title: { 'zh-CN': '魅族手机类产品售后政策', en: 'Meizu phone after-sales policy' },
  source: {
    title:
      'store.meizu.com 手机类产品售后政策 (verbatim copy in a shop clone’s SQL dump, timestamps May 2018); 2024–25 reposts (shadafang.com 2024-07, haojdwx.com 2025-06-21, content farms) agree. No Meizu-published 2024–2026 terms found (searched 2026-12).',
    name: { 'zh-CN': '魅族商城手机类产品售后政策（约2017–18年的副本）', en: 'the Meizu shop’s after-sales policy for phones (a copy of about 2017–18)' },
  },
  asOf: '2018-05-03',
  confidence: 'A',
  notes: {
    'zh-CN': '未找到魅族2024–2026年自行发布的条款，2024–2025年的转载与此一致。“按魅族公布的零售价格退款”与“辅助部件、其他部件故障不保修”两条未编码：理赔事实没有魅族公布的零售价格，本库只判定性能故障表所列故障（均属主要部件）；退款按发票价格（或实付金额），以法律为准。',
    en: 'No Meizu-published 2024–2026 terms were found; 2024–25 reposts agree with this text. Two clauses are not encoded: “refund at Meizu’s published retail price” (the claim carries no list price) and “faults of auxiliary or other parts not covered” (the library decides only the listed faults, all of main parts); refunds are at the invoice price (or the amount paid), as the law says.',
  },
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

/**
 * nubia (努比亚): sign-for date; charger, cable, earphones and built-in battery one year; gifts must
 * come back. The nubia.com page of about 2013–14 is the latest found; no nubia-published 2024–2026
 * phone terms were found, and an undated repost gives the same text.
 */
export const nubia = definePolicy(nationalPolicy, {
  id: NUBIA,
  title: { 'zh-CN': '努比亚售后服务政策', en: 'nubia after-sales policy' },
  source: {
    title: 'nubia.com front/shouhou.jsp 售后政策 (verbatim clone, models Z5/Z5S: c. 2013–14); restated unchanged by qwbkw.com (undated, content farm). No nubia-published 2024–2026 phone terms found (searched 2026-12).',
    name: { 'zh-CN': '努比亚官网售后政策页面（约2013–14年的副本）', en: 'nubia’s after-sales policy page (a copy of about 2013–14)' },
  },
  notes: {
    'zh-CN': '未找到努比亚2024–2026年自行发布的手机三包条款（只见红魔笔记本电脑的政策）；一篇未注明日期的转载与本页面相同。',
    en: 'No nubia-published 2024–2026 phone 三包 terms were found (only a Red Magic laptop policy); an undated repost gives this page’s text unchanged.',
  },
  asOf: '2014-06-30',
  confidence: 'A',
  messages: {
    'nubia.gifts-block-refund': {
      'zh-CN': '按本政策，赠品（{giftsFen}）未退回的，手机不能正常退货。',
      en: 'Under this profile a gift not returned ({giftsFen}) means the phone cannot be returned normally.',
    },
  },
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

