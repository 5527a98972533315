import type { ClauseId } from '../../law/citations';
import type { Claim } from '../../claim/schema';
import { defineRule } from '../../rules/claim-rule';
import type { ProfileRuleId } from '../../rules/rule-ids';
import { note, recourse } from '../../engine/findings';
import type { Finding } from '../../engine/types';
import type { RuleContext } from '../../rules/claim-rule';
import { definePolicy } from '../define-policy';
import { nationalPolicy } from '../national';
import { clause, profileEra } from './clause';

/**
 * `dealer-handbook`: a dealer handbook's 三包 policy — the after-sales handbook of a phone dealer
 * (seed 000, 手機售后接待工作內容, a 2023 content-farm repost, "网络投稿", of an older
 * Nokia/Samsung/Motorola-era text; no dealer or maker is named). Its only source being a content
 * farm, it is not offered by default (`provenance.ts`); it ships as a worked example of recourse. It adds paperwork: for a fault
 * exchange and the 15-day exchange, the original complete card, an invoice naming model and
 * IMEI, card and invoice dates and seller names equal, the owner reachable for a call-back, the
 * network-access label intact, no wear, and each brand's kit. None of this reduces what the
 * consumer is owed (MP2001 Art. 3): each unmet requirement is a `recourse` finding, the dealer
 * risking the maker's refusal to reimburse it. Its accessory periods are the law's, plus one year
 * for the data cable; its fallback to the bare factory date (no +90 days) is below the floor.
 */

const ID = 'dealer-handbook';
const cite = (key: string): ClauseId => `policy:${ID}:${key}`;

const BRAND_KITS: Readonly<Record<string, readonly NonNullable<Claim['condition']['kit']>[number][]>> = {
  nokia: ['handset', 'back-cover', 'warranty-card', 'imei-sticker-a', 'imei-sticker-b', 'imei-sticker-c'],
  samsung: ['handset', 'warranty-card', 'imei-sticker-a', 'imei-sticker-b', 'imei-sticker-c', 'box-label'],
  motorola: ['handset', 'stylus', 'imei-sticker-a', 'warranty-card', 'invoice'],
};

/** The requirements of one of the handbook's lists that this claim shows unmet (an unknown fact is not unmet). */
function unmet(claim: Claim, list: 'exchange' | 'accessory' | 'repair'): string[] {
  const out: string[] = [];
  const { proof, condition } = claim;
  if (proof.warrantyCard !== 'complete') out.push('warranty-card-complete');
  if ((proof.invoice !== 'original' && proof.invoice !== 'electronic') || proof.invoiceNamesModelAndImei === false) {
    out.push('invoice-names-model-and-imei');
  }
  if (proof.ownerReachable === false) out.push('owner-reachable');
  if (list !== 'exchange') return out;
  if (proof.warrantyCardDate !== undefined && proof.warrantyCardDate !== claim.sale.date) out.push('card-date-equals-invoice-date');
  if (proof.sellerNamesMatch === false) out.push('seller-names-match');
  if (!condition.labelsIntact) out.push('labels-intact');
  if (condition.cosmeticWear) out.push('no-wear');
  const kit = BRAND_KITS[(claim.item.brand ?? '').toLowerCase()];
  if (kit !== undefined && condition.kit !== undefined && kit.some((item) => !condition.kit!.includes(item))) out.push('kit-complete');
  return out;
}

const asRecourse = (requirements: readonly string[], key: string, context: RuleContext): Finding[] =>
  requirements.map((requirement) =>
    recourse(`dealer.unmet.${requirement}`, cite(key), requirement, { brand: context.claim.item.brand ?? '' }),
  );

const exchangeRequirements = defineRule<ProfileRuleId>({
  id: 'policy.dealer-handbook.exchange-requirements',
  describes: {
    'zh-CN': '故障换机及十五天换机须有完整保修卡原件、注明型号和IMEI的发票、保修卡与发票日期及单位一致、机主可回访、入网证背贴完好无磨损、各品牌开箱换机配件齐全；不符的，销售者仍须履行，但可能无法向厂家追偿。',
    en: 'Fault and 15-day exchanges need the complete original card, an invoice naming model and IMEI, equal card and invoice dates and seller names, a reachable owner, intact labels with no wear and the brand’s kit; unmet, the seller still owes the remedy but may not be reimbursed.',
  },
  basis: [profileEra(ID, cite('exchange-requirements'), cite('kit-lists'))],
  appliesTo: (context) =>
    context.facts.item.class === 'main-unit' && (context.entitled('exchange') || context.entitled('refund', 'sanbao')),
  run: (context) => {
    const requirements = unmet(context.claim, 'exchange');
    return [
      ...asRecourse(requirements.filter((r) => r !== 'kit-complete'), 'exchange-requirements', context),
      ...asRecourse(requirements.filter((r) => r === 'kit-complete'), 'kit-lists', context),
    ];
  },
});

/** One of the handbook's lists of requirements, checked when the remedy it is for is owed. */
const requirementsRule = (
  key: 'accessory-requirements' | 'repair-requirements',
  list: 'accessory' | 'repair',
  describes: { 'zh-CN': string; en: string },
  owed: (context: RuleContext) => boolean,
) =>
  defineRule<ProfileRuleId>({
    id: `policy.${ID}.${key}`,
    describes,
    basis: [profileEra(ID, cite(key))],
    appliesTo: owed,
    run: (context) => asRecourse(unmet(context.claim, list), key, context),
  });

const accessoryRequirements = requirementsRule(
  'accessory-requirements',
  'accessory',
  {
    'zh-CN': '附件更换须有保修卡原件、注明型号和IMEI的发票、机主可回访；不符的，销售者仍须更换，但可能无法追偿。',
    en: 'Accessory replacements need the original card, an invoice naming model and IMEI and a reachable owner; unmet, the seller still replaces but may not be reimbursed.',
  },
  (context) => context.facts.item.class === 'accessory' && (context.entitled('exchange') || context.entitled('refund', 'sanbao')),
);

const repairRequirements = requirementsRule(
  'repair-requirements',
  'repair',
  {
    'zh-CN': '保修须有保修卡原件、发票、机主可回访；不符的，仍须免费修理，但可能无法追偿。',
    en: 'Warranty repairs need the original card, the invoice and a reachable owner; unmet, the repair is still free but may not be reimbursed.',
  },
  (context) => context.entitled('free-repair') && !context.entitled('exchange') && !context.entitled('refund', 'sanbao'),
);

const faultyPartOnly = defineRule<ProfileRuleId>({
  id: 'policy.dealer-handbook.faulty-part-only',
  describes: {
    'zh-CN': '十五天包换的机器，什么有故障就换什么：手机有故障只换手机，电池、充电器等不换。',
    en: 'In a 15-day exchange only the faulty part is exchanged: a faulty phone, not its battery or charger.',
  },
  basis: [profileEra(ID, cite('faulty-part-only'))],
  appliesTo: (context) => context.facts.item.class === 'main-unit',
  run: (context) => (context.entitled('exchange') ? [note('dealer.faulty-part-only', cite('faulty-part-only'))] : []),
});

/**
 * The codes of the handbook's own rules, with their messages: an unmet requirement for the maker's
 * reimbursement (recourse), and the exchange of the faulty part only.
 */
const messages = {
  'dealer.unmet.warranty-card-complete': {
    'zh-CN': '经销商手册要求完整的三包凭证原件，本案未能提供。销售者仍须履行，但厂家可能不予承担费用。',
    en: 'The dealer’s handbook wants the original, complete 三包 card; no such card was shown. The seller still owes the remedy, but the maker may refuse to reimburse it.',
  },
  'dealer.unmet.invoice-names-model-and-imei': {
    'zh-CN': '经销商手册要求发票注明型号和IMEI，本案未能提供这样的发票。销售者仍须履行，但可能无法向厂家追偿。',
    en: 'The dealer’s handbook wants an invoice naming the model and the IMEI; no such invoice was shown. The seller still owes the remedy, at the risk of not being reimbursed.',
  },
  'dealer.unmet.owner-reachable': {
    'zh-CN': '回访未能联系上机主。销售者仍须履行，但可能无法向厂家追偿。',
    en: 'The owner could not be reached for the dealer’s call-back. The seller still owes the remedy, at the risk of not being reimbursed.',
  },
  'dealer.unmet.card-date-equals-invoice-date': {
    'zh-CN': '保修卡日期与发票日期不一致，不符合经销商手册要求。销售者仍须履行，但可能无法向厂家追偿。',
    en: 'The date on the card differs from the invoice date, which the dealer’s handbook requires to be equal. The seller still owes the remedy, at the risk of not being reimbursed.',
  },
  'dealer.unmet.seller-names-match': {
    'zh-CN': '保修卡与发票上的销售单位名称不一致。销售者仍须履行，但可能无法向厂家追偿。',
    en: 'The seller’s name on the card and on the invoice differ. The seller still owes the remedy, at the risk of not being reimbursed.',
  },
  'dealer.unmet.labels-intact': {
    'zh-CN': '入网证或背贴不完好，不符合经销商手册的换机要求。销售者仍须履行，但可能无法向厂家追偿。',
    en: 'The network-access label or back sticker is not intact, as the dealer’s handbook requires for an exchange. The seller still owes the remedy, at the risk of not being reimbursed.',
  },
  'dealer.unmet.no-wear': {
    'zh-CN': '机身有磨损，不符合经销商手册的换机要求。销售者仍须履行，但可能无法向厂家追偿。',
    en: 'The phone shows wear, which the dealer’s handbook does not accept for an exchange. The seller still owes the remedy, at the risk of not being reimbursed.',
  },
  'dealer.unmet.kit-complete': {
    'zh-CN': '经销商手册所列{brand}换机配件不齐全。销售者仍须履行，但可能无法向厂家追偿。',
    en: 'The {brand} kit the dealer’s handbook lists for an exchange is not complete. The seller still owes the remedy, at the risk of not being reimbursed.',
  },
  'dealer.faulty-part-only': {
    'zh-CN': '什么有故障就换什么：手机有故障只换手机，电池、充电器等附件不换。',
    en: 'Only the faulty part is exchanged: a faulty phone is exchanged, its battery, charger and other accessories are not.',
  },
} as const;

export const dealerHandbook = definePolicy(nationalPolicy, {
  id: ID,
  messages,
  title: { 'zh-CN': '某经销商手册的三包政策', en: 'Dealer handbook 三包 policy' },
  source: {
    title: 'seeds/000: 手機售后接待工作內容 (a dealer’s after-sales handbook, reposted on a content site 2023-02-28, “编辑:网络投稿 来源:网络资源”; the dealer is not named)',
    name: { 'zh-CN': '某经销商的售后接待手册（2023-02-28网络转载）', en: 'a dealer’s after-sales handbook (reposted online 2023-02-28)' },
  },
  asOf: '2023-02-28',
  confidence: 'C',
  notes: {
    'zh-CN': '来源只是一篇内容网站的转载（未署经销商名），默认不在柜台页面的政策列表中提供；作为追偿要求的示例随库发布。',
    en: 'Its only source is a repost on a content site (no dealer named): not offered by default in the desk’s list of profiles; it ships as a worked example of recourse requirements.',
  },
  clauses: {
    'exchange-requirements': clause(
      '一、（一）故障换机要求／（二）十五天换机要求',
      '§1 (1)–(2) fault and 15-day exchange requirements',
      '保修卡原件完整未涂改；发票注明型号和IMEI；保修卡与发票日期一致、单位名称一致；机主能联系上；入网证、背贴、外壳无磨损破损。',
      'Original complete card; invoice naming model and IMEI; equal card and invoice dates and seller names; owner reachable; labels, back sticker and casing free of wear.',
      'C',
    ),
    'kit-lists': clause(
      '各品牌开箱换机必需明细',
      'brands’ kit lists',
      '诺基亚：机头、后盖、完整保修卡、3联串贴；三星：机头、完整保修卡、3联串贴、外盒盒贴；摩托罗拉：机头、手写笔、A联串贴粘到保修卡、发票。',
      'Nokia: handset, back cover, complete card, 3-part IMEI stickers; Samsung: handset, complete card, 3-part stickers, box label; Motorola: handset, stylus, sticker A on the card, invoice.',
      'C',
    ),
    'accessory-requirements': clause('一、（三）附件更换要求', '§1 (3) accessory replacement', '保修卡原件；发票注明型号、IMEI（三星另需S/N）；机主可回访；详细故障信息。', 'Original card; invoice naming model and IMEI (Samsung: also S/N); reachable owner; fault details.', 'C'),
    'repair-requirements': clause('一、（四）保修要求', '§1 (4) repair', '保修卡原件；发票；机主可回访；详细故障信息。', 'Original card; invoice; reachable owner; fault details.', 'C'),
    'accessory-periods': clause('附件保修期', 'accessory periods', '耳机保修3个月，电池保修半年，充电器／数据线保修一年。', 'Earphones 3 months, battery 6 months, charger and data cable 1 year.', 'C'),
    'factory-date': clause('保修（无卡无票）', 'repair without card or invoice', '如果无法提供保修卡和发票，将按照手机的出厂日期计算保修期。', 'Without card and invoice, the warranty is counted from the phone’s factory date.', 'C'),
    'faulty-part-only': clause('十五天包换原则', '15-day exchange principle', '什么有故障就换什么：手机有故障只更换手机，其他（包括电池、充电器等）一律不换。', 'Exchange what is faulty: a faulty phone is exchanged, not the battery, charger or the rest.', 'C'),
  },
  parameters: {
    periodMonths: { value: (base) => ({ ...base, 'wired-headset': 3, battery: 6, charger: 12, 'data-cable': 12 }), clause: 'accessory-periods' },
    factoryFallbackDays: { value: 0, clause: 'factory-date' },
  },
  rules: [...exchangeRequirements, ...accessoryRequirements, ...repairRequirements, ...faultyPartOnly],
});
