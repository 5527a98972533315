import { IN_FORCE } from './key-dates';
/**
 * The documents the national rules rest on, each with its rank and the dates it was in force.
 * Article-level entries are in `citations.ts`; this file says what each document is.
 *
 * Reference: `shared/law/legal-reference.md` (texts read from reproductions of the 2001 rule and
 * from the LawRefBook/Laws snapshot of the laws), last checked on the date below.
 */

/** Bilingual text: what every human-readable string in the registry carries. */
export interface Text {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** A document's rank in Chinese law; a higher rank prevails where two conflict. */
export type Rank = 'law' | 'administrative-regulation' | 'departmental-rule' | 'judicial-interpretation' | 'normative-document';

export interface Source {
  readonly id: SourceId;
  readonly title: Text;
  /** How citations name it in English: "MP2001 Art. 11". */
  readonly short: Text;
  readonly issuer: Text;
  readonly rank: Rank;
  readonly effectiveFrom: string;
  /** The last day it governed, when it was repealed or superseded. */
  readonly effectiveTo?: string;
  /** Where the text used here was read. */
  readonly reference: string;
}

export type SourceId =
  | 'mp2001'
  | 'cpl2013'
  | 'nr2017'
  | 'cplr2024'
  | 'cc2020'
  | 'gpcl2017'
  | 'gpcl1986'
  | 'pql2018'
  | 'spc2022'
  | 'tradein2025'
  | 'tradein2026';

/** The date every entry of the registry was last compared with its reference. */
export const REGISTRY_LAST_CHECKED = '2026-11-22';

export const sources: Readonly<Record<SourceId, Source>> = {
  mp2001: {
    id: 'mp2001',
    title: { 'zh-CN': '移动电话机商品修理更换退货责任规定', en: 'Provisions on the Liability for Repair, Replacement and Return of Mobile Telephone Sets' },
    short: { 'zh-CN': '手机三包规定', en: 'MP2001' },
    issuer: {
      'zh-CN': '国家质量监督检验检疫总局、国家工商行政管理总局、信息产业部（第4号令）',
      en: 'AQSIQ, SAIC and MII (joint order No. 4)',
    },
    rank: 'departmental-rule',
    effectiveFrom: IN_FORCE.mp2001,
    reference: 'legal-reference.md §1 (rebuilt from unofficial reproductions; no official copy reached)',
  },
  cpl2013: {
    id: 'cpl2013',
    title: { 'zh-CN': '中华人民共和国消费者权益保护法', en: 'Consumer Rights Protection Law of the PRC (2013 revision)' },
    short: { 'zh-CN': '消费者权益保护法', en: 'CPL' },
    issuer: { 'zh-CN': '全国人民代表大会常务委员会', en: 'NPC Standing Committee' },
    rank: 'law',
    effectiveFrom: IN_FORCE.cpl2013,
    reference: 'legal-reference.md §3 (LawRefBook/Laws 消费者权益保护法(2013-10-25).md, read in full)',
  },
  nr2017: {
    id: 'nr2017',
    title: { 'zh-CN': '网络购买商品七日无理由退货暂行办法', en: 'Interim Measures for Seven-Day No-Reason Returns of Goods Bought Online' },
    short: { 'zh-CN': '七日无理由退货办法', en: 'NR2017' },
    issuer: { 'zh-CN': '国家工商行政管理总局（第90号令）', en: 'SAIC (Order No. 90)' },
    rank: 'departmental-rule',
    effectiveFrom: IN_FORCE.nr2017,
    reference: 'legal-reference.md §4 (news reports and explanatory pages; article numbers mostly not seen)',
  },
  cplr2024: {
    id: 'cplr2024',
    title: { 'zh-CN': '中华人民共和国消费者权益保护法实施条例', en: 'Implementing Regulations of the Consumer Rights Protection Law' },
    short: { 'zh-CN': '消费者权益保护法实施条例', en: 'CPL Regs 2024' },
    issuer: { 'zh-CN': '国务院（国务院令第778号）', en: 'State Council (Decree No. 778)' },
    rank: 'administrative-regulation',
    effectiveFrom: IN_FORCE.cplr2024,
    reference: 'legal-reference.md §5 (full text reposted from 中国政府网; Arts. 16–19 seen)',
  },
  cc2020: {
    id: 'cc2020',
    title: { 'zh-CN': '中华人民共和国民法典', en: 'Civil Code of the PRC' },
    short: { 'zh-CN': '民法典', en: 'Civil Code' },
    issuer: { 'zh-CN': '全国人民代表大会', en: 'National People’s Congress' },
    rank: 'law',
    effectiveFrom: IN_FORCE.cc2020,
    reference: 'legal-reference.md §6 (LawRefBook/Laws 民法典/总则.md, read in full)',
  },
  gpcl2017: {
    id: 'gpcl2017',
    title: { 'zh-CN': '中华人民共和国民法总则', en: 'General Provisions of the Civil Law of the PRC' },
    short: { 'zh-CN': '民法总则', en: 'GPCL 2017' },
    issuer: { 'zh-CN': '全国人民代表大会', en: 'National People’s Congress' },
    rank: 'law',
    effectiveFrom: IN_FORCE.gpcl2017,
    effectiveTo: '2020-12-31',
    reference:
      'Not in legal-reference.md. Arts. 200–204 (期间计算) carry the same numbers and text as 民法典 Arts. 200–204, which replaced them on 2021-01-01.',
  },
  gpcl1986: {
    id: 'gpcl1986',
    title: { 'zh-CN': '中华人民共和国民法通则', en: 'General Principles of the Civil Law of the PRC' },
    short: { 'zh-CN': '民法通则', en: 'GPCL 1986' },
    issuer: { 'zh-CN': '全国人民代表大会', en: 'National People’s Congress' },
    rank: 'law',
    effectiveFrom: IN_FORCE.gpcl1986,
    effectiveTo: '2017-09-30',
    reference:
      'Not in legal-reference.md. Art. 154 governed the counting of periods until 民法总则 (in force 2017-10-01) took that matter over; repealed 2021-01-01.',
  },
  pql2018: {
    id: 'pql2018',
    title: { 'zh-CN': '中华人民共和国产品质量法', en: 'Product Quality Law of the PRC' },
    short: { 'zh-CN': '产品质量法', en: 'PQL' },
    issuer: { 'zh-CN': '全国人民代表大会常务委员会', en: 'NPC Standing Committee' },
    rank: 'law',
    effectiveFrom: '2000-09-01',
    reference:
      'legal-reference.md §7 (LawRefBook/Laws 产品质量法(2018-12-29).md). Art. 40 has stood with this number and content since the 2000 revision.',
  },
  spc2022: {
    id: 'spc2022',
    title: {
      'zh-CN': '最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）',
      en: 'SPC Provisions on Online Consumer Disputes (I)',
    },
    short: { 'zh-CN': '网络消费纠纷司法解释（一）', en: 'SPC 2022' },
    issuer: { 'zh-CN': '最高人民法院（法释〔2022〕8号）', en: 'Supreme People’s Court (Fa Shi [2022] No. 8)' },
    rank: 'judicial-interpretation',
    effectiveFrom: IN_FORCE.spc2022,
    reference: 'legal-reference.md §8 (LawRefBook/Laws, read in full)',
  },
  tradein2025: {
    id: 'tradein2025',
    title: { 'zh-CN': '手机、平板、智能手表（手环）购新补贴实施方案', en: 'Implementation Plan for Purchase Subsidies on Phones, Tablets and Smart Watches (Bands)' },
    short: { 'zh-CN': '2025年购新补贴实施方案', en: 'Trade-in Plan 2025' },
    issuer: {
      'zh-CN': '商务部等5部门办公厅（商办流通函2025年第7号，2025年1月13日），依据国家发展改革委、财政部《关于2025年加力扩围实施大规模设备更新和消费品以旧换新政策的通知》（发改环资〔2025〕13号）',
      en: 'General Offices of MOFCOM and four other departments (Shang Ban Liu Tong Han [2025] No. 7, 2025-01-13), under the NDRC and MOF notice on the 2025 trade-in programme (Fa Gai Huan Zi [2025] No. 13)',
    },
    rank: 'normative-document',
    effectiveFrom: '2025-01-20',
    effectiveTo: '2025-12-31',
    reference:
      'updates-2024-2026.md §1.3 (news reproductions of the plan: phones priced up to ¥6,000, 15% of the final price, at most ¥500 an item, one per person per category). The plan sets the subsidy; the refund of the consumer’s share only (I27) rests on 实施条例 Art. 18.',
  },
  tradein2026: {
    id: 'tradein2026',
    title: { 'zh-CN': '关于2026年实施大规模设备更新和消费品以旧换新政策的通知', en: 'Notice on the 2026 Large-Scale Equipment Renewal and Consumer Goods Trade-in Policy' },
    short: { 'zh-CN': '2026年以旧换新通知', en: 'Trade-in Notice 2026' },
    issuer: { 'zh-CN': '国家发展改革委、财政部（发改环资〔2025〕1745号，2025年12月30日）', en: 'NDRC and MOF (Fa Gai Huan Zi [2025] No. 1745, 2025-12-30)' },
    rank: 'normative-document',
    effectiveFrom: '2026-01-01',
    effectiveTo: '2026-12-31',
    reference:
      'updates-2024-2026.md §1.3 (news reproductions: phones keep 15%, at most ¥500, price up to ¥6,000, one per category; implemented by the MOFCOM and four departments’ notice on 2026 digital and smart product purchase subsidies).',
  },
};
