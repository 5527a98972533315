import { IN_FORCE } from '../law/key-dates';
import type { CitationId } from '../law/citations';
import { catalogue, DEPRECIATION_PER_DAY, ITEM_KINDS, type ItemKind } from '../law/catalogue';
import { BATTERY_FAULT_BELOW_PCT } from '../law/performance-faults';
import { REGISTRY_LAST_CHECKED } from '../law/sources';
import { DISTANCE_CHANNELS } from '../claim/schema';
import type { PeriodLength } from '../time/period-end';
import { constant, type Parameter, type ParameterSet, type Params } from '../engine/parameters';

/**
 * The statutory floor as dated parameters (OpenFisca style): each value carries the date it took
 * effect and the citations it rests on; the value applied to a claim is the one in force on its
 * sale (or, where said, delivery) date. Interpretation choices name their row of design.md §4.
 */

const checked = REGISTRY_LAST_CHECKED;
const { mp2001: MP2001, cpl2013: CPL2013, nr2017: NR2017, cplr2024: CPLR2024 } = IN_FORCE;

const periodMonths = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, catalogue[kind].periodMonths])) as Record<
  ItemKind,
  number | null
>;

const clockStart: Parameter<Params['clockStart']> = {
  describes: { 'zh-CN': '三包期间的起算日', en: 'the day the 三包 clocks start' },
  interpretation: 'I4',
  lastChecked: checked,
  values: [
    { from: MP2001, value: 'sale', cites: ['mp2001:art11', 'mp2001:period'] },
    { from: CPLR2024, value: 'delivery', cites: ['cplr2024:art18'] },
  ],
};

const repairDaysExtendWindows: Parameter<boolean> = {
  describes: { 'zh-CN': '修理时间是否也顺延7日、15日期间', en: 'whether repair days also move the 7- and 15-day windows' },
  interpretation: 'I5',
  lastChecked: checked,
  values: [
    { from: MP2001, value: false, cites: ['mp2001:period'] },
    { from: CPLR2024, value: true, cites: ['cplr2024:art18'] },
  ],
};

const refundAtPaidPrice: Parameter<boolean> = {
  describes: { 'zh-CN': '退货是否按实际支付价格（经营者能证明时）', en: 'whether a refund pays the amount actually paid, where the seller shows it' },
  interpretation: 'I15',
  lastChecked: checked,
  values: [
    { from: MP2001, value: false, cites: ['mp2001:art11'] },
    { from: CPLR2024, value: true, cites: ['cplr2024:art18'] },
  ],
};

const qualityTransportBySeller: Parameter<boolean> = {
  describes: { 'zh-CN': '质量问题退换修的运输费用是否由经营者承担', en: 'whether the operator bears transport costs of quality returns, exchanges and repairs' },
  interpretation: 'I20',
  lastChecked: checked,
  values: [
    { from: MP2001, value: false, cites: ['mp2001:art11'] },
    { from: CPL2013, value: true, cites: ['cpl2013:art24'] },
  ],
};

const burdenOnSellerMonths: Parameter<number | null> = {
  describes: { 'zh-CN': '收货后由经营者对瑕疵承担举证责任的月数', en: 'months after receipt in which the seller must prove a disputed defect' },
  interpretation: 'I9',
  selectedBy: 'delivery',
  lastChecked: checked,
  values: [
    { from: MP2001, value: null, cites: ['mp2001:exclusions'] },
    { from: CPL2013, value: 6, cites: ['cpl2013:art23'] },
  ],
};

const exchangeRestartsPeriods: Parameter<boolean> = {
  describes: { 'zh-CN': '换货后换货期与保修期重新计算', en: 'an exchange restarts the exchange window and the repair period' },
  interpretation: 'I6',
  lastChecked: checked,
  values: [
    { from: MP2001, value: true, cites: ['mp2001:period'] },
    { from: CPLR2024, value: true, cites: ['cplr2024:art18'] },
  ],
};

const noReason: Parameter<Params['noReason']> = {
  describes: { 'zh-CN': '七日无理由退货', en: 'the seven-day no-reason return' },
  interpretation: 'I19',
  lastChecked: checked,
  values: [
    { from: MP2001, value: null, cites: ['cpl2013:art25'] },
    {
      from: CPL2013,
      value: { length: { days: 7 }, sellerPaysShippingDays: 0, channels: DISTANCE_CHANNELS, activationBlocksOnlyIfConfirmed: true, giftsCharged: true, shippingPaidBy: 'consumer' },
      cites: ['cpl2013:art25'],
    },
    {
      from: NR2017,
      value: { length: { days: 7 }, sellerPaysShippingDays: 0, channels: DISTANCE_CHANNELS, activationBlocksOnlyIfConfirmed: true, giftsCharged: true, shippingPaidBy: 'consumer' },
      cites: ['cpl2013:art25', 'nr2017'],
    },
  ],
};

const fixed = <T>(value: T, cites: CitationId[], zh: string, en: string, interpretation?: string): Parameter<T> =>
  constant(value, cites, { 'zh-CN': zh, en }, { from: MP2001, lastChecked: checked, ...(interpretation === undefined ? {} : { interpretation }) });

/** The national profile's parameters: the statutory floor. */
export const nationalParameters: ParameterSet = {
  clockStart,
  repairDaysExtendWindows,
  refundWindow: fixed<PeriodLength>({ days: 7 }, ['mp2001:art11'], '可选择退货的期间', 'how long a listed fault gives a refund'),
  exchangeWindow: fixed<PeriodLength>({ days: 15 }, ['mp2001:art12'], '可选择换货的期间', 'how long a listed fault gives an exchange'),
  periodMonths: fixed(periodMonths, ['mp2001:appendix1', 'mp2001:period'], '各商品的三包有效期（月）', 'each item’s period in months'),
  builtInBatteryMonths: fixed<number | null>(null, ['mp2001:appendix1'], '内置电池的三包有效期（月），与电池相同时为空', 'a built-in battery’s period in months; empty when the same as any battery’s', 'I16'),
  freeRepairMonths: fixed<number | null>(null, ['mp2001:period'], '有效期内免费修理的月数，全期免费时为空', 'months of the period with free repair; empty for the whole period'),
  accessoriesGetWindows: fixed(false, ['mp2001:art14'], '附件是否也适用7日退货、15日换货', 'whether accessories also get the 7- and 15-day windows', 'I16'),
  twoRepairsGivesExchange: fixed(true, ['mp2001:art13'], '两次修理后是否当然换货', 'whether two failed repairs give an exchange as of right', 'I11'),
  transportCapFen: fixed<number | null>(null, ['cpl2013:art24'], '经营者承担运费的上限（分），无上限时为空', 'a cap on the transport costs the operator bears, in fen; empty for none', 'I20'),
  restDayRollOver: fixed(true, ['mp2001:period'], '最后一日为休息日时顺延', 'a last day on a rest day moves to the next working day', 'I3'),
  exchangeRestartsPeriods,
  factoryFallbackDays: fixed(90, ['mp2001:lost-proof'], '无凭证时自出厂日期后起算的天数', 'days after the factory date at which the period starts without proof', 'I7'),
  secondaryProofDenies: fixed<readonly ('refund' | 'exchange')[]>(['refund'], ['mp2001:lost-proof'], '仅有发票底联、复印件或其他日期证明时不能获得的补救', 'what an invoice copy or other date proof cannot give', 'I7'),
  factoryProofDenies: fixed<readonly ('refund' | 'exchange')[]>(['refund', 'exchange'], ['mp2001:lost-proof'], '仅凭出厂日期时不能获得的补救', 'what the factory-date fallback cannot give', 'I7'),
  repairsBeforeExchange: fixed(2, ['mp2001:art13'], '换货前的修理次数', 'failed repairs before an exchange', 'I11'),
  repairerDelayDays: fixed(30, ['mp2001:art17'], '修理者原因的修理期限（日）', 'days in repair for the repairer’s reasons', 'I12'),
  partsDelayDays: fixed(60, ['mp2001:art16'], '缺少零配件的修理期限（日）', 'days in repair for want of parts', 'I12'),
  loanerAfterDays: fixed(7, ['mp2001:art15'], '提供备用机前的修理天数', 'days in repair before a loaner is owed', 'I18'),
  depreciationPerDay: fixed(DEPRECIATION_PER_DAY, ['mp2001:art19', 'mp2001:appendix1'], '日折旧率', 'depreciation a day', 'I14'),
  depreciationDeductsRepairDays: fixed(true, ['mp2001:art19'], '折旧天数扣除修理时间', 'depreciation days exclude days in repair', 'I14'),
  refundAtPaidPrice,
  replacementsBeforeRefund: fixed(2, ['mp2001:art14'], '附件退货前的更换次数', 'failed replacements before an accessory is refunded', 'I16'),
  batteryFaultBelowPct: fixed(BATTERY_FAULT_BELOW_PCT, ['mp2001:appendix3'], '电池容量低于额定容量的百分比即为故障', 'battery capacity below this % of rated is a fault', 'I17'),
  qualityTransportBySeller,
  burdenOnSellerMonths,
  noReason,
  performers: fixed(
    { refund: 'seller', exchange: 'seller', 'free-repair': 'repairer', 'paid-repair': 'repairer' } as const,
    ['mp2001:art3'],
    '谁履行各项补救',
    'who performs each remedy',
    'I23',
  ),
  activationBeforeDeliveryNotBuyers: {
    describes: { 'zh-CN': '交付前的激活不视为消费者的激活', en: 'an activation before delivery is not the buyer’s' },
    interpretation: 'I24',
    lastChecked: checked,
    values: [
      { from: MP2001, value: true, cites: ['cpl2013:art25'] },
      { from: NR2017, value: true, cites: ['cpl2013:art25', 'nr2017'] },
    ],
  },
  consumedRefundBelowExchange: fixed(true, ['mp2001:art19'], '折旧抵尽价款的退货排在换货之后', 'a refund depreciation consumed ranks below the exchange', 'I25'),
  delayExchangeSurvivesHandBack: fixed(true, ['mp2001:art16', 'mp2001:art17'], '修理超期所生的换货权在取回后仍然存在', 'the exchange from a repair delay survives the hand-back', 'I26'),
  subsidyToProgramme: {
    describes: { 'zh-CN': '退货时政府补贴部分退回补贴渠道', en: 'a refunded subsidy goes back through its programme' },
    interpretation: 'I27',
    lastChecked: checked,
    values: [
      { from: MP2001, value: true, cites: ['mp2001:art11'] },
      { from: CPLR2024, value: true, cites: ['cplr2024:art18'] },
    ],
  },
  unknownYearProvisional: fixed(true, ['mp2001:period'], '未收录年份的节假日可能改变结果时决定为暂定', 'a decision an unknown year’s holidays could change is provisional', 'I28'),
};
