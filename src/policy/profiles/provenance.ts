import type { Text } from '../../law/sources';
import type { CalendarDay } from '../../time/calendar-day';

/**
 * Where each shipped profile's terms come from, source by source, with the date each source shows
 * and how far it can be trusted; and, for the makers, whether their current (2024–2026) published
 * terms were found. Re-derived in 2026-12 (issue 19, item 7) from the makers' own mainland-China
 * pages where the stored copies of the web reached them, otherwise from the best copies found;
 * `shared/law/vendor-policies.md` and `updates-2024-2026.md` were the leads.
 *
 * A profile whose only source is a content farm is not offered by default: a list of profiles to
 * choose from (the desk's) leaves it out unless asked (`policiesOfferedByDefault`). It can still be
 * named and decided under.
 */

/**
 * How a source was reached, best first: `statute`, the law itself; `maker-published`, the maker's
 * own page or a verbatim copy of it (grade A of `Policy['confidence']`); `secondary`, a third
 * party's copy or restatement of uncertain age (B); `content-farm`, seen only on a content farm or
 * a repost site (C).
 */
export type SourceGrade = 'statute' | 'maker-published' | 'secondary' | 'content-farm';

/** The grades in order, best first. */
export const SOURCE_GRADES: readonly SourceGrade[] = Object.freeze(['statute', 'maker-published', 'secondary', 'content-farm'] as const);

/** One source a profile rests on. */
export interface ProfileSource {
  /** What it is, as published: the page's title and address, or the document. */
  readonly title: string;
  readonly url?: string;
  /**
   * The date the source shows (published, updated or posted; the last day of the year or month
   * where it shows only that); absent where its date is only inferred from its content.
   */
  readonly date?: CalendarDay;
  /** How the date was read, or why there is none. */
  readonly dated: string;
  readonly grade: SourceGrade;
  /** What of the profile it supports. */
  readonly supports: string;
  /** `false` for a source read for context that no encoded term rests on (it does not lift the grade). */
  readonly encodes?: false;
}

/** What a profile is. */
export type ProfileKind = 'statute' | 'maker' | 'dealer' | 'generic';

/** A shipped profile's provenance: its sources, its grade, and whether a list offers it by default. */
export interface ProfileProvenance {
  readonly id: string;
  readonly kind: ProfileKind;
  /** The grade of the best source the profile's encoded terms rest on. */
  readonly grade: SourceGrade;
  readonly sources: readonly ProfileSource[];
  /**
   * Whether the maker's current (2024–2026) published terms were found when they were last looked
   * for (`checked`), and what that search showed.
   */
  readonly current: { readonly found: 'yes' | 'in-part' | 'no' | 'not-applicable'; readonly checked: CalendarDay; readonly note: Text };
  /** Whether a list of profiles offers it without being asked: not when its only source is a content farm. */
  readonly offeredByDefault: boolean;
}

/** When the makers' current terms were last looked for. */
export const PROVENANCE_CHECKED: CalendarDay = '2026-12-07';

/** The best grade among the sources an encoded term rests on. */
function bestGrade(sources: readonly ProfileSource[]): SourceGrade {
  let best = SOURCE_GRADES.length - 1;
  for (const source of sources) if (source.encodes !== false) best = Math.min(best, SOURCE_GRADES.indexOf(source.grade));
  return SOURCE_GRADES[best]!;
}

/** A profile's provenance, its grade and default offer worked out from its sources. */
function provenance(id: string, kind: ProfileKind, sources: readonly ProfileSource[], current: ProfileProvenance['current']): ProfileProvenance {
  const grade = bestGrade(sources);
  return { id, kind, grade, sources, current, offeredByDefault: grade !== 'content-farm' };
}

const checked = PROVENANCE_CHECKED;

/** The provenance of every shipped profile, in the registry's order. */
// Pure, so that a bundle that never asks where a profile's terms come from leaves them out.
export const PROFILE_PROVENANCE: readonly ProfileProvenance[] = /* @__PURE__ */ (() => [
  provenance(
    'cn-national',
    'statute',
    [{ title: 'MP2001 and the laws around it (src/law/sources.ts)', dated: 'the documents’ dates of force', grade: 'statute', supports: 'every term' }],
    { found: 'not-applicable', checked, note: { 'zh-CN': '法定标准；法律来源见 src/law/sources.ts。', en: 'The statutory floor; its documents are in src/law/sources.ts.' } },
  ),
  provenance(
    'dealer-handbook',
    'dealer',
    [
      {
        title: 'seeds/000 手機售后接待工作內容 (a repost, “编辑:网络投稿 来源:网络资源”)',
        date: '2023-02-28',
        dated: 'the repost’s date; the handbook itself is older (Nokia, Samsung, Motorola kits)',
        grade: 'content-farm',
        supports: 'every clause',
      },
    ],
    {
      found: 'not-applicable',
      checked,
      note: { 'zh-CN': '某经销商的手册，未署名，不是哪家生产者的条款。', en: 'An unnamed dealer’s handbook, not any maker’s terms.' },
    },
  ),
  provenance(
    'seed-tiered',
    'generic',
    [
      {
        title: 'seeds/003 售后服务介绍 / 售后服务细则 (.pptx on a document-sharing site)',
        dated: 'undated; no seller or brand named',
        grade: 'content-farm',
        supports: 'every clause',
      },
    ],
    {
      found: 'not-applicable',
      checked,
      note: { 'zh-CN': '一份通用的分级售后政策，不是哪家生产者的条款。', en: 'A generic tiered after-sales policy, not any maker’s terms.' },
    },
  ),
  provenance(
    'xiaomi',
    'maker',
    [
      {
        title: 'xiaomi.com/goods/1021 质量服务承诺 (verbatim copy in a public repository)',
        url: 'http://www.xiaomi.com/goods/1021',
        date: '2012-12-31',
        dated: 'footer “©2012 xiaomi.com”; the last day of 2012',
        grade: 'maker-published',
        supports: 'sign-for start; postage: collection, else reimbursed up to 15 yuan an order',
      },
      { title: 'jinzh.com/pinpai/show-536017.html (restates the official text)', dated: 'undated', grade: 'secondary', supports: 'battery, charger, Xiaomi-brand wired earphones 1 year' },
      {
        title: 'luyaobj.com/zhishiku/119070.html (copy of mi.com 手机类产品售后政策)',
        date: '2024-03-19',
        dated: 'the post’s date',
        grade: 'content-farm',
        supports: 'counted from the actual receipt date; 7-day return, 15-day exchange, 1-year warranty',
      },
      {
        title: 'zaodo.com/remengonglue/471596.html',
        date: '2025-01-24',
        dated: 'the post’s date',
        grade: 'content-farm',
        supports: 'battery and charger 1 year; wired earphones 6 months (not encoded)',
      },
    ],
    {
      found: 'no',
      checked,
      note: {
        'zh-CN': '未找到小米2024–2026年自行发布的三包条款；2024–2025年的转载与2012年原文的起算日一致，耳机期限不同（6个月），未据以编码。',
        en: 'No Xiaomi-published 2024–2026 三包 terms found; 2024–25 reposts agree with the 2012 text on the start date and differ on earphones (6 months), which is not encoded.',
      },
    },
  ),
  provenance(
    'huawei',
    'maker',
    [
      {
        title: 'Vmall (华为商城) customer-service FAQ (clone in a public repository)',
        dated: 'undated; it mentions the company rename of 2018-11-16 and Mate 20: late 2018',
        grade: 'secondary',
        supports: 'returns counted from the day after sign-for; the e-warranty card without an invoice',
      },
      {
        title: 'baiwen23.com/answer/151624.html (text of Vmall’s 三包 section)',
        dated: 'undated',
        grade: 'secondary',
        supports: 'invoice-date start; seal stickers and labels as an exclusion',
      },
      {
        title: '7tqp.com/news_482156.shtml 华为手机怎么三包的',
        url: 'http://www.7tqp.com/news_482156.shtml',
        date: '2025-08-05',
        dated: 'the page’s “更新时间”',
        grade: 'content-farm',
        supports: 'two repairs: “contact customer service to confirm whether an exchange is possible”',
      },
      {
        title: 'hei6.com/topic/587086795431215105.html',
        date: '2025-10-03',
        dated: 'the post’s date',
        grade: 'content-farm',
        supports: 'invoice-date start, holiday roll-over, factory date + 90 days without proof',
      },
      { title: 'cuoac.com/legalconsultation/lxoprnjrio.html (Korean translation of the policy)', dated: 'undated', grade: 'content-farm', supports: 'built-in battery 1 year, removable 6 months' },
    ],
    {
      found: 'no',
      checked,
      note: {
        'zh-CN': '未找到华为2024–2026年自行发布的三包页面；2025年的转载仍写“两次修理后联系客服确认能否换货”和自发票日期起算。',
        en: 'No Huawei-published 2024–2026 三包 page found; 2025 reposts still carry “after two repairs, contact customer service to confirm an exchange” and the invoice-date start.',
      },
    },
  ),
  provenance(
    'honor',
    'maker',
    [
      {
        title: 'honor.com/cn/support/warrantypolicy/accessories 荣耀配件保修政策',
        url: 'https://www.honor.com/cn/support/warrantypolicy/accessories',
        dated: 'undated; Honor’s own page, after its 2020 separation, still served',
        grade: 'maker-published',
        supports: 'accessory periods; 7-day and 15-day windows for accessories',
      },
      { title: 'xazmhbgc.com/news/show/19656 荣耀手机保修政策 (copy)', date: '2021-07-24', dated: 'the post’s date', grade: 'secondary', supports: 'invoice-date start for phones' },
    ],
    {
      found: 'in-part',
      checked,
      note: {
        'zh-CN': '荣耀配件保修政策是其现行官网页面（未注明日期）；手机保修政策只见2021年的副本。',
        en: 'The accessory policy is Honor’s current page (undated); the phone policy is seen only in a 2021 copy.',
      },
    },
  ),
  provenance(
    'oppo',
    'maker',
    [
      {
        title: 'oppo.com/cn/service/tuihuan OPPO 官网退换货流程',
        url: 'https://www.oppo.com/cn/service/tuihuan/',
        dated: 'undated; OPPO’s own page, still served; the process only',
        grade: 'maker-published',
        supports: 'the process (service centre, invoice and card); no encoded term rests on it',
        encodes: false,
      },
      { title: 'buzen.cn/651875632.html (restates OPPO’s 售后服务政策)', dated: 'undated', grade: 'secondary', supports: '7-day refund, 30-day exchange, 1-year repair; sign-for start online; warranty marks' },
      {
        title: 'mit.51dongshi.com/dadaah/agecsac (copy of OPPO’s text)',
        date: '2024-08-18',
        dated: 'the answer’s date',
        grade: 'content-farm',
        supports: 'no-reason return refused once activated; 7-day refund, 30-day exchange',
      },
      { title: 'zaodo.com/remengonglue/577908.html', date: '2025-01-25', dated: 'the post’s date', grade: 'content-farm', supports: '7 / 30 days / 1 year; activated: no no-reason return' },
    ],
    {
      found: 'in-part',
      checked,
      note: {
        'zh-CN': 'OPPO官网退换货页面为现行页面但只写流程；条款见于2024–2025年的副本（内容农场），与此前的转述一致。',
        en: 'OPPO’s returns page is current but gives only the process; the terms are in 2024–25 copies (content farms), as in earlier restatements.',
      },
    },
  ),
  provenance(
    'vivo',
    'maker',
    [
      {
        title: 'vivo.com.cn/service/policy/3 and /policy/5 服务政策',
        url: 'https://www.vivo.com.cn/service/policy/3',
        dated: 'undated; vivo’s own pages, still served',
        grade: 'maker-published',
        supports: 'exclusions (natural wear); a torn IMEI sticker voids the promise; only the faulty part is replaced',
      },
      {
        title: 'shop.vivo.com.cn help centre (verbatim clone in a public repository)',
        dated: 'undated; its e-invoice and 花呗 pages place it about 2017–18',
        grade: 'maker-published',
        supports: '30-day exchange; official mall 30-day return; repair only without invoice or card',
      },
      { title: 'texasifn.com/service/policy/2 (mirror of vivo’s 智能配件 policy)', dated: 'undated', grade: 'secondary', supports: '7-day refund, days 8–30 exchange, 1-year repair' },
      { title: 'qrbk.net/changshi/a1xPlkZxnQ.html', dated: 'undated; its related-articles list runs to 2025-08', grade: 'content-farm', supports: '7 / 30 days / 1 year; the mall’s 30-day return' },
    ],
    {
      found: 'in-part',
      checked,
      note: {
        'zh-CN': 'vivo官网服务政策页面为现行页面（未注明日期）；30天换货与商城30天退换见于约2017–18年的商城副本，2025年的转载仍如此表述。',
        en: 'vivo’s service-policy pages are current (undated); the 30-day exchange and the mall’s 30-day return come from a copy of about 2017–18, and 2025 reposts still say so.',
      },
    },
  ),
  provenance(
    'apple-cn',
    'maker',
    [
      {
        title: 'apple.com.cn/cn/shop/goto/help/sales_refunds 销售和退款政策 (中国大陆客户)',
        url: 'https://www.apple.com.cn/cn/shop/goto/help/sales_refunds',
        dated: 'undated; Apple’s own page, read through a translation proxy',
        grade: 'maker-published',
        supports: '14-day return from delivery, undamaged, with invoice and packaging; software modification outside the warranty',
      },
      {
        title: 'Yicai Global: Apple takes part in China’s national subsidy',
        url: 'https://www.yicaiglobal.com/news/apple-takes-part-in-chinas-national-subsidy-for-the-first-time-only-in-beijing-and-shanghai',
        date: '2025-06-24',
        dated: 'the article’s date',
        grade: 'secondary',
        supports: 'the 14-day return still offered in June 2025',
      },
      { title: '8.net.cn/g76250517.html (restates Apple’s 三包 statement)', dated: 'undated', grade: 'content-farm', supports: 'warranty from the original purchase date; accessories in the box 1 year' },
    ],
    {
      found: 'yes',
      checked,
      note: {
        'zh-CN': 'Apple Store销售和退款政策为Apple现行页面，2025年6月仍为14天退货；三包声明只见转述。',
        en: 'The Apple Store sales and refund terms are Apple’s current page, still a 14-day return in June 2025; the 三包 statement is seen only as restated.',
      },
    },
  ),
  provenance(
    'meizu',
    'maker',
    [
      {
        title: 'store.meizu.com 手机类产品售后政策 (verbatim copy in a shop clone’s SQL dump)',
        date: '2018-05-03',
        dated: 'the articles’ timestamps (May 2018)',
        grade: 'maker-published',
        supports: 'receipt-date start; refund at the list price; depreciation formula; exclusions',
      },
      { title: 'm.shadafang.com/a/202407/5791876.html', date: '2024-07-31', dated: 'the month in its address (2024-07)', grade: 'content-farm', supports: 'online sales counted from sign-for' },
      { title: 'haojdwx.com/big5/guarantee_820779', date: '2025-06-21', dated: 'the post’s date', grade: 'content-farm', supports: 'refund at Meizu’s published retail price (same text)' },
    ],
    {
      found: 'no',
      checked,
      note: {
        'zh-CN': '未找到魅族2024–2026年自行发布的条款；2024–2025年的转载与2018年的文本一致。',
        en: 'No Meizu-published 2024–2026 terms found; 2024–25 reposts agree with the 2018 text.',
      },
    },
  ),
  provenance(
    'nubia',
    'maker',
    [
      {
        title: 'nubia.com front/shouhou.jsp 售后政策 (verbatim clone in a public repository)',
        dated: 'undated; models Z5, Z5 mini and Z5S place it about 2013–14',
        grade: 'maker-published',
        supports: 'sign-for start; accessories and built-in battery 1 year; gifts must come back',
      },
      { title: 'qwbkw.com/jingyan/2velvy.html', dated: 'undated', grade: 'content-farm', supports: 'the same text' },
    ],
    {
      found: 'no',
      checked,
      note: {
        'zh-CN': '未找到努比亚2024–2026年自行发布的手机三包条款（只见红魔笔记本电脑的政策）。',
        en: 'No nubia-published 2024–2026 phone terms found (only a Red Magic laptop policy).',
      },
    },
  ),
])();
