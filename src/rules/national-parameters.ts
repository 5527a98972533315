import * as z from 'zod/mini';
import { CHANNELS, DISTANCE_CHANNELS, type Channel } from '../claim/schema';
import { catalogue, DEPRECIATION_PER_DAY, ITEM_KINDS, type ItemKind } from '../law/catalogue';
import { IN_FORCE } from '../law/key-dates';
import { BATTERY_FAULT_BELOW_PCT } from '../law/performance-faults';
import { REGISTRY_LAST_CHECKED } from '../law/sources';
import type { CitationId } from '../law/citations';
import type { ParamCitesOf, ParameterSetOf, ParamKeysOf } from '../engine/parameters';
import type { PeriodLength } from '../time/period-end';
import type { ClockStart } from '../time/period-start';
import {
  declareParameter,
  deniesFewer,
  fewer,
  fewerMonths,
  longer,
  more,
  moreMonths,
  notComparable,
  type OtherParams,
  type ParameterDeclaration,
  shorter,
  yes,
} from './declare-parameter';

/**
 * The statutory floor's parameters, each declared once (OpenFisca style): its dated values with
 * the citations they rest on, its words in both languages, how a value is said, what a profile may
 * set it to, and which way is better for the consumer. The value applied to a claim is the one in
 * force on its sale (or, where said, delivery) date. Interpretation choices name their row of
 * design.md §4.
 *
 * Adding a parameter is one entry here plus the rule that reads it: its type joins `Params`, its
 * schema the profile check, its words the audit and docs/parameters.md (`npm run docs`), and its
 * direction the floor audit. An entry without a direction, a schema or words does not compile.
 */

/** Who bears a cost or performs a remedy. */
export type Party = 'seller' | 'repairer' | 'consumer';

/** The no-reason return's terms. */
export interface NoReasonTerms {
  /** How long, counted from the day after delivery (I19): 7 days by law. */
  readonly length: PeriodLength;
  /** Days after delivery within which the seller, not the buyer, pays the return shipping (a profile's promise). */
  readonly sellerPaysShippingDays: number;
  readonly channels: readonly Channel[];
  /** Activation blocks the return only when the buyer confirmed the exclusion at checkout (I19). */
  readonly activationBlocksOnlyIfConfirmed: boolean;
  /** Gifts not returned are charged at their stated price rather than blocking the return. */
  readonly giftsCharged: boolean;
  readonly shippingPaidBy: Party;
}

type Performers = Readonly<Record<'refund' | 'exchange' | 'free-repair' | 'paid-repair', Party>>;
type Rate = { readonly numerator: number; readonly denominator: number };
type Denied = readonly ('refund' | 'exchange')[];

const checked = REGISTRY_LAST_CHECKED;
const { mp2001: MP2001, cpl2013: CPL2013, nr2017: NR2017, cplr2024: CPLR2024 } = IN_FORCE;

/** Days a window or delay may last: a whole number up to 50 years (date arithmetic stays inside the calendar). */
const days = z.number().check(z.int(), z.minimum(0), z.maximum(18_262));
/** Months a period may last: a whole number up to 50 years. */
const months = z.number().check(z.int(), z.minimum(0), z.maximum(600));
/** A count of repairs or replacements. */
const count = z.number().check(z.int(), z.minimum(1), z.maximum(100));
const party = z.enum(['seller', 'repairer', 'consumer']);
/** A period: whole days or months (a period of 2.5 days has no last day). */
const periodLength = z.union([z.strictObject({ days }), z.strictObject({ months })]);
const fen = z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
const denied = z.array(z.enum(['refund', 'exchange'])).check(z.maxLength(2));

/** A parameter with one value from MP2001 on. */
const since2001 = <T>(value: T, cites: readonly CitationId[]) => [{ from: MP2001, value, cites }] as const;

const periodMonths = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, catalogue[kind].periodMonths])) as Record<ItemKind, number | null>;
const builtInBattery = (params: OtherParams) => (params.builtInBatteryMonths as number | null) ?? (params.periodMonths as Record<ItemKind, number | null>).battery;

/** The national parameters, in the order every profile's parameters keep. */
export const parameterDeclarations = {
  /** I4: which date starts the clocks. */
  clockStart: declareParameter<ClockStart>({
    describes: { 'zh-CN': '三包期间的起算日', en: 'the day the 三包 clocks start' },
    interpretation: 'I4',
    lastChecked: checked,
    values: [
      { from: MP2001, value: 'sale', cites: ['mp2001:art11', 'mp2001:period'] },
      { from: CPLR2024, value: 'delivery', cites: ['cplr2024:art18'] },
    ],
    unit: 'term',
    schema: z.enum(['sale', 'delivery']),
    direction: { better: { 'zh-CN': '交付之日（起算更晚）', en: 'the delivery date (a later start)' }, below: (mine, floor) => floor === 'delivery' && mine === 'sale' },
  }),
  /** I5: whether repair days also move the 7- and 15-day windows (the 1-year period always moves). */
  repairDaysExtendWindows: declareParameter<boolean>({
    describes: { 'zh-CN': '修理时间是否也顺延7日、15日期间', en: 'whether repair days also move the 7- and 15-day windows' },
    interpretation: 'I5',
    lastChecked: checked,
    values: [
      { from: MP2001, value: false, cites: ['mp2001:period'] },
      { from: CPLR2024, value: true, cites: ['cplr2024:art18'] },
    ],
    unit: 'yes-no',
    schema: z.boolean(),
    direction: yes,
  }),
  /** Art. 11: how long after the start a listed fault gives the choice of a refund (7 days). */
  refundWindow: declareParameter<PeriodLength>({
    describes: { 'zh-CN': '可选择退货的期间', en: 'how long a listed fault gives a refund' },
    lastChecked: checked,
    values: since2001({ days: 7 }, ['mp2001:art11']),
    unit: 'period',
    schema: periodLength,
    direction: longer,
  }),
  /** Art. 12: how long after the start (or the latest exchange) it gives an exchange (15 days). */
  exchangeWindow: declareParameter<PeriodLength>({
    describes: { 'zh-CN': '可选择换货的期间', en: 'how long a listed fault gives an exchange' },
    lastChecked: checked,
    values: since2001({ days: 15 }, ['mp2001:art12']),
    unit: 'period',
    schema: periodLength,
    direction: longer,
  }),
  /** Appendix 1: each item's period in months; `null` where the item has none. */
  periodMonths: declareParameter<Readonly<Record<ItemKind, number | null>>>({
    describes: { 'zh-CN': '各商品的三包有效期（月）', en: 'each item’s period in months' },
    lastChecked: checked,
    values: since2001(periodMonths, ['mp2001:appendix1', 'mp2001:period']),
    unit: 'item-months',
    schema: z.strictObject(Object.fromEntries(ITEM_KINDS.map((kind) => [kind, z.nullable(months)])) as Record<ItemKind, z.ZodMiniNullable<typeof months>>),
    direction: {
      better: { 'zh-CN': '每一项都越长越好，无为最短', en: 'longer for every item; none is the shortest' },
      below: (mine, floor) => ITEM_KINDS.some((kind) => fewerMonths(mine[kind], floor[kind])),
    },
  }),
  /** A built-in battery's period in months, where it differs from a removable one's; `null`: the same. */
  builtInBatteryMonths: declareParameter<number | null>({
    describes: { 'zh-CN': '内置电池的三包有效期（月），与电池相同时为空', en: 'a built-in battery’s period in months; empty when the same as any battery’s' },
    interpretation: 'I16',
    lastChecked: checked,
    values: since2001(null, ['mp2001:appendix1']),
    unit: 'months',
    schema: z.nullable(months),
    direction: {
      better: { 'zh-CN': '越长越好（为空时按电池的有效期）', en: 'longer (empty: the battery’s period)' },
      below: (_mine, _floor, whole) => fewerMonths(builtInBattery(whole.mine), builtInBattery(whole.floor)),
    },
  }),
  /** Months of the period in which repairs are free; `null`: the whole period (the law). */
  freeRepairMonths: declareParameter<number | null>({
    describes: { 'zh-CN': '有效期内免费修理的月数，全期免费时为空', en: 'months of the period with free repair; empty for the whole period' },
    lastChecked: checked,
    values: since2001(null, ['mp2001:period']),
    unit: 'months',
    schema: z.nullable(months),
    direction: {
      better: { 'zh-CN': '越多越好，为空（全期）最多', en: 'more; empty (the whole period) is the most' },
      below: (mine, floor) => mine !== null && (floor === null || mine < floor),
    },
  }),
  /** Whether the accessories get the 7- and 15-day windows too (a profile's promise; not the law, I16). */
  accessoriesGetWindows: declareParameter<boolean>({
    describes: { 'zh-CN': '附件是否也适用7日退货、15日换货', en: 'whether accessories also get the 7- and 15-day windows' },
    interpretation: 'I16',
    lastChecked: checked,
    values: since2001(false, ['mp2001:art14']),
    unit: 'yes-no',
    schema: z.boolean(),
    direction: yes,
  }),
  /** I3: whether a last day on a rest day moves to the next working day. */
  restDayRollOver: declareParameter<boolean>({
    describes: { 'zh-CN': '最后一日为休息日时顺延', en: 'a last day on a rest day moves to the next working day' },
    interpretation: 'I3',
    lastChecked: checked,
    values: since2001(true, ['mp2001:period']),
    unit: 'yes-no',
    schema: z.boolean(),
    direction: yes,
  }),
  /** I6: whether an exchange restarts the exchange window and the repair period. */
  exchangeRestartsPeriods: declareParameter<boolean>({
    describes: { 'zh-CN': '换货后换货期与保修期重新计算', en: 'an exchange restarts the exchange window and the repair period' },
    interpretation: 'I6',
    lastChecked: checked,
    values: [
      { from: MP2001, value: true, cites: ['mp2001:period'] },
      { from: CPLR2024, value: true, cites: ['cplr2024:art18'] },
    ],
    unit: 'yes-no',
    schema: z.boolean(),
    direction: yes,
  }),
  /** I7: with only the IMEI's factory date, the period starts this many days after it. */
  factoryFallbackDays: declareParameter<number>({
    describes: { 'zh-CN': '无凭证时自出厂日期后起算的天数', en: 'days after the factory date at which the period starts without proof' },
    interpretation: 'I7',
    lastChecked: checked,
    values: since2001(90, ['mp2001:lost-proof']),
    unit: 'days',
    schema: days,
    direction: more,
  }),
  /** I7: what an invoice copy or other date proof cannot give. */
  secondaryProofDenies: declareParameter<Denied>({
    describes: { 'zh-CN': '仅有发票底联、复印件或其他日期证明时不能获得的补救', en: 'what an invoice copy or other date proof cannot give' },
    interpretation: 'I7',
    lastChecked: checked,
    values: since2001<Denied>(['refund'], ['mp2001:lost-proof']),
    unit: 'remedies',
    schema: denied,
    direction: deniesFewer,
  }),
  /** I7: what the factory-date fallback cannot give. */
  factoryProofDenies: declareParameter<Denied>({
    describes: { 'zh-CN': '仅凭出厂日期时不能获得的补救', en: 'what the factory-date fallback cannot give' },
    interpretation: 'I7',
    lastChecked: checked,
    values: since2001<Denied>(['refund', 'exchange'], ['mp2001:lost-proof']),
    unit: 'remedies',
    schema: denied,
    direction: deniesFewer,
  }),
  /** I11: failed repairs after which the main unit is exchanged. */
  repairsBeforeExchange: declareParameter<number>({
    describes: { 'zh-CN': '换货前的修理次数', en: 'failed repairs before an exchange' },
    interpretation: 'I11',
    lastChecked: checked,
    values: since2001(2, ['mp2001:art13']),
    unit: 'count',
    schema: count,
    direction: fewer,
  }),
  /** I11: whether those repairs give the exchange as of right (the law), or only at the seller's discretion. */
  twoRepairsGivesExchange: declareParameter<boolean>({
    describes: { 'zh-CN': '两次修理后是否当然换货', en: 'whether two failed repairs give an exchange as of right' },
    interpretation: 'I11',
    lastChecked: checked,
    values: since2001(true, ['mp2001:art13']),
    unit: 'yes-no',
    schema: z.boolean(),
    direction: yes,
  }),
  /** I12: days in repair, for the repairer's own reasons, beyond which an exchange is due. */
  repairerDelayDays: declareParameter<number>({
    describes: { 'zh-CN': '修理者原因的修理期限（日）', en: 'days in repair for the repairer’s reasons' },
    interpretation: 'I12',
    lastChecked: checked,
    values: since2001(30, ['mp2001:art17']),
    unit: 'days',
    schema: days,
    direction: fewer,
  }),
  /** I12: days in repair, for want of parts, beyond which an exchange is due. */
  partsDelayDays: declareParameter<number>({
    describes: { 'zh-CN': '缺少零配件的修理期限（日）', en: 'days in repair for want of parts' },
    interpretation: 'I12',
    lastChecked: checked,
    values: since2001(60, ['mp2001:art16']),
    unit: 'days',
    schema: days,
    direction: fewer,
  }),
  /** I18: days in repair beyond which a loaner phone is owed. */
  loanerAfterDays: declareParameter<number>({
    describes: { 'zh-CN': '提供备用机前的修理天数', en: 'days in repair before a loaner is owed' },
    interpretation: 'I18',
    lastChecked: checked,
    values: since2001(7, ['mp2001:art15']),
    unit: 'days',
    schema: days,
    direction: fewer,
  }),
  /** I14: depreciation a day as a fraction of the price. */
  depreciationPerDay: declareParameter<Rate>({
    describes: { 'zh-CN': '日折旧率', en: 'depreciation a day' },
    interpretation: 'I14',
    lastChecked: checked,
    values: since2001(DEPRECIATION_PER_DAY, ['mp2001:art19', 'mp2001:appendix1']),
    unit: 'rate',
    schema: z
      .strictObject({
        numerator: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)),
        denominator: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000_000)),
      })
      .check(z.refine((rate) => rate.numerator <= rate.denominator, { message: 'numerator ≤ denominator' })),
    direction: {
      better: { 'zh-CN': '越低越好', en: 'lower' },
      below: (mine, floor) => mine.numerator / mine.denominator > floor.numerator / floor.denominator,
    },
  }),
  /** I14: whether days in repair are taken out of the depreciation days. */
  depreciationDeductsRepairDays: declareParameter<boolean>({
    describes: { 'zh-CN': '折旧天数扣除修理时间', en: 'depreciation days exclude days in repair' },
    interpretation: 'I14',
    lastChecked: checked,
    values: since2001(true, ['mp2001:art19']),
    unit: 'yes-no',
    schema: z.boolean(),
    direction: yes,
  }),
  /** I15: whether a refund pays what was actually paid (when the seller shows it) instead of the invoice price. */
  refundAtPaidPrice: declareParameter<boolean>({
    describes: { 'zh-CN': '退货是否按实际支付价格（经营者能证明时）', en: 'whether a refund pays the amount actually paid, where the seller shows it' },
    interpretation: 'I15',
    lastChecked: checked,
    values: [
      { from: MP2001, value: false, cites: ['mp2001:art11'] },
      { from: CPLR2024, value: true, cites: ['cplr2024:art18'] },
    ],
    unit: 'yes-no',
    schema: z.boolean(),
    direction: notComparable('per-claim'),
  }),
  /** I16: failed replacements after which an accessory is refunded. */
  replacementsBeforeRefund: declareParameter<number>({
    describes: { 'zh-CN': '附件退货前的更换次数', en: 'failed replacements before an accessory is refunded' },
    interpretation: 'I16',
    lastChecked: checked,
    values: since2001(2, ['mp2001:art14']),
    unit: 'count',
    schema: count,
    direction: fewer,
  }),
  /** I17: battery capacity below this % of rated is a fault. */
  batteryFaultBelowPct: declareParameter<number>({
    describes: { 'zh-CN': '电池容量低于额定容量的百分比即为故障', en: 'battery capacity below this % of rated is a fault' },
    interpretation: 'I17',
    lastChecked: checked,
    values: since2001(BATTERY_FAULT_BELOW_PCT, ['mp2001:appendix3']),
    unit: 'percent',
    schema: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
    direction: more,
  }),
  /** I20: whether the operator bears transport costs of quality returns, exchanges and repairs. */
  qualityTransportBySeller: declareParameter<boolean>({
    describes: { 'zh-CN': '质量问题退换修的运输费用是否由经营者承担', en: 'whether the operator bears transport costs of quality returns, exchanges and repairs' },
    interpretation: 'I20',
    lastChecked: checked,
    values: [
      { from: MP2001, value: false, cites: ['mp2001:art11'] },
      { from: CPL2013, value: true, cites: ['cpl2013:art24'] },
    ],
    unit: 'yes-no',
    schema: z.boolean(),
    direction: yes,
  }),
  /** A cap, in fen, on the transport costs the operator bears; `null`: none (the law). */
  transportCapFen: declareParameter<number | null>({
    describes: { 'zh-CN': '经营者承担运费的上限（分），无上限时为空', en: 'a cap on the transport costs the operator bears, in fen; empty for none' },
    interpretation: 'I20',
    lastChecked: checked,
    values: since2001(null, ['cpl2013:art24']),
    unit: 'fen',
    schema: z.nullable(fen),
    direction: {
      better: { 'zh-CN': '越高越好，为空（无上限）最好；仅在法定标准由经营者承担运费时比较', en: 'higher; empty (no cap) is best; compared only where the floor has the operator bear transport' },
      below: (mine, floor, whole) => whole.floor.qualityTransportBySeller === true && mine !== null && (floor === null || mine < floor),
    },
  }),
  /** I9: months after receipt in which a disputed defect is for the seller to disprove; `null` for none. */
  burdenOnSellerMonths: declareParameter<number | null>({
    describes: { 'zh-CN': '收货后由经营者对瑕疵承担举证责任的月数', en: 'months after receipt in which the seller must prove a disputed defect' },
    interpretation: 'I9',
    selectedBy: 'delivery',
    lastChecked: checked,
    values: [
      { from: MP2001, value: null, cites: ['mp2001:exclusions'] },
      { from: CPL2013, value: 6, cites: ['cpl2013:art23'] },
    ],
    unit: 'months',
    schema: z.nullable(months),
    direction: moreMonths,
  }),
  /** I19: the no-reason return, or `null` where the law gives none. */
  noReason: declareParameter<NoReasonTerms | null>({
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
    unit: 'no-reason',
    schema: z.nullable(
      z.strictObject({
        length: periodLength,
        sellerPaysShippingDays: days,
        channels: z.array(z.enum(CHANNELS)).check(z.maxLength(CHANNELS.length)),
        activationBlocksOnlyIfConfirmed: z.boolean(),
        giftsCharged: z.boolean(),
        shippingPaidBy: party,
      }),
    ),
    direction: {
      better: {
        'zh-CN': '有胜于无；期间不短、渠道不少、激活与赠品的条件不严、运费不转给消费者',
        en: 'some over none; no shorter, on no fewer channels, no stricter on activation or gifts, shipping not moved to the consumer',
      },
      below: (mine, floor) =>
        floor !== null &&
        (mine === null ||
          shorter(mine.length, floor.length) ||
          floor.channels.some((channel) => !mine.channels.includes(channel)) ||
          (floor.activationBlocksOnlyIfConfirmed && !mine.activationBlocksOnlyIfConfirmed) ||
          (floor.giftsCharged && !mine.giftsCharged) ||
          (floor.shippingPaidBy !== 'consumer' && mine.shippingPaidBy === 'consumer')),
    },
  }),
  /** I23: who performs each remedy. */
  performers: declareParameter<Performers>({
    describes: { 'zh-CN': '谁履行各项补救', en: 'who performs each remedy' },
    interpretation: 'I23',
    lastChecked: checked,
    values: since2001<Performers>({ refund: 'seller', exchange: 'seller', 'free-repair': 'repairer', 'paid-repair': 'repairer' }, ['mp2001:art3']),
    unit: 'performers',
    schema: z.strictObject({ refund: party, exchange: party, 'free-repair': party, 'paid-repair': party }),
    direction: {
      better: { 'zh-CN': '退货、换货由法定的履行者负责', en: 'refunds and exchanges by the party the law names' },
      below: (mine, floor) => mine.refund !== floor.refund || mine.exchange !== floor.exchange,
    },
  }),
  /** I24: a first activation before delivery was not the buyer's (the no-reason return is judged as delivered). */
  activationBeforeDeliveryNotBuyers: declareParameter<boolean>({
    describes: { 'zh-CN': '交付前的激活不视为消费者的激活', en: 'an activation before delivery is not the buyer’s' },
    interpretation: 'I24',
    lastChecked: checked,
    values: [
      { from: MP2001, value: true, cites: ['cpl2013:art25'] },
      { from: NR2017, value: true, cites: ['cpl2013:art25', 'nr2017'] },
    ],
    unit: 'yes-no',
    schema: z.boolean(),
    direction: yes,
  }),
  /** I25: a refund Art. 19 depreciation consumed whole ranks below the exchange, with a warning. */
  consumedRefundBelowExchange: declareParameter<boolean>({
    describes: { 'zh-CN': '折旧抵尽价款的退货排在换货之后', en: 'a refund depreciation consumed ranks below the exchange' },
    interpretation: 'I25',
    lastChecked: checked,
    values: since2001(true, ['mp2001:art19']),
    unit: 'yes-no',
    schema: z.boolean(),
    direction: yes,
  }),
  /** I26: the exchange from a 30/60-day repair delay survives the hand-back (warning: waiver disputed). */
  delayExchangeSurvivesHandBack: declareParameter<boolean>({
    describes: { 'zh-CN': '修理超期所生的换货权在取回后仍然存在', en: 'the exchange from a repair delay survives the hand-back' },
    interpretation: 'I26',
    lastChecked: checked,
    values: since2001(true, ['mp2001:art16', 'mp2001:art17']),
    unit: 'yes-no',
    schema: z.boolean(),
    direction: yes,
  }),
  /** I27: a refunded government subsidy goes back through its programme, not to the consumer. */
  subsidyToProgramme: declareParameter<boolean>({
    describes: { 'zh-CN': '退货时政府补贴部分退回补贴渠道', en: 'a refunded subsidy goes back through its programme' },
    interpretation: 'I27',
    lastChecked: checked,
    values: [
      { from: MP2001, value: true, cites: ['mp2001:art11'] },
      { from: CPLR2024, value: true, cites: ['cplr2024:art18'] },
    ],
    unit: 'yes-no',
    schema: z.boolean(),
    direction: notComparable('per-claim'),
  }),
  /** I28: a decision an unknown year's holidays could change is provisional, naming the year. */
  unknownYearProvisional: declareParameter<boolean>({
    describes: { 'zh-CN': '未收录年份的节假日可能改变结果时决定为暂定', en: 'a decision an unknown year’s holidays could change is provisional' },
    interpretation: 'I28',
    lastChecked: checked,
    values: since2001(true, ['mp2001:period']),
    unit: 'yes-no',
    schema: z.boolean(),
    direction: notComparable('provisional-either'),
  }),
} as const;

/** The value type a declaration declares. */
type ValueOf<D> = D extends ParameterDeclaration<infer T> ? T : never;

/**
 * The parameters every rule reads, as they stand for one claim: each declaration's value in force
 * on the sale (or delivery) date. Derived from {@link parameterDeclarations}.
 */
export type Params = { readonly [K in keyof typeof parameterDeclarations]: ValueOf<(typeof parameterDeclarations)[K]> };

/** A parameter's name. */
export type ParameterName = keyof Params;

/** A profile's dated parameters: one for each of {@link Params}. */
export type ParameterSet = ParameterSetOf<Params>;

/** The citations each parameter's value in force rests on. */
export type ParamCites = ParamCitesOf<Params>;

/** For parameters changed in part by a profile: the keys changed (absent: the whole value). */
export type ParamKeys = ParamKeysOf<Params>;

/** Every parameter's declaration, typed by its name (for code that walks them all). */
export type ParameterDeclarations = { readonly [K in ParameterName]: ParameterDeclaration<Params[K]> };
