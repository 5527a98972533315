import { weakCache } from './caches';
import type { Channel } from '../claim/schema';
import type { ItemKind } from '../law/catalogue';
import type { CitationId } from '../law/citations';
import type { Text } from '../law/sources';
import type { CalendarDay } from '../time/calendar-day';
import type { PeriodLength } from '../time/period-end';
import type { ClockStart } from '../time/period-start';

/** Who bears a cost or performs a remedy. */
export type Party = 'seller' | 'repairer' | 'consumer';

/** The no-reason return's terms, or `null` where there is none. */
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

/**
 * The parameters every rule reads, as they stand for one claim. Each comes from a dated
 * {@link Parameter}: the value in force on the sale (or delivery) date.
 */
export interface Params {
  /** I4: which date starts the clocks. */
  readonly clockStart: ClockStart;
  /** I5: whether repair days also move the 7- and 15-day windows (the 1-year period always moves). */
  readonly repairDaysExtendWindows: boolean;
  /** Art. 11: how long after the start a listed fault gives the choice of a refund (7 days). */
  readonly refundWindow: PeriodLength;
  /** Art. 12: how long after the start (or the latest exchange) it gives an exchange (15 days). */
  readonly exchangeWindow: PeriodLength;
  /** Appendix 1: each item's period in months; `null` where the item has none. */
  readonly periodMonths: Readonly<Record<ItemKind, number | null>>;
  /** A built-in battery's period in months, where it differs from a removable one's; `null`: the same. */
  readonly builtInBatteryMonths: number | null;
  /** Months of the period in which repairs are free; `null`: the whole period (the law). */
  readonly freeRepairMonths: number | null;
  /** Whether the accessories get the 7- and 15-day windows too (a profile's promise; not the law, I16). */
  readonly accessoriesGetWindows: boolean;
  /** I3: whether a last day on a rest day moves to the next working day. */
  readonly restDayRollOver: boolean;
  /** I6: whether an exchange restarts the exchange window and the repair period. */
  readonly exchangeRestartsPeriods: boolean;
  /** I7: with only the IMEI's factory date, the period starts this many days after it. */
  readonly factoryFallbackDays: number;
  /** I7: what an invoice copy or other date proof cannot give. */
  readonly secondaryProofDenies: readonly ('refund' | 'exchange')[];
  /** I7: what the factory-date fallback cannot give. */
  readonly factoryProofDenies: readonly ('refund' | 'exchange')[];
  /** I11: failed repairs after which the main unit is exchanged. */
  readonly repairsBeforeExchange: number;
  /** I11: whether those repairs give the exchange as of right (the law), or only at the seller's discretion. */
  readonly twoRepairsGivesExchange: boolean;
  /** I12: days in repair, for the repairer's own reasons, beyond which an exchange is due. */
  readonly repairerDelayDays: number;
  /** I12: days in repair, for want of parts, beyond which an exchange is due. */
  readonly partsDelayDays: number;
  /** I18: days in repair beyond which a loaner phone is owed. */
  readonly loanerAfterDays: number;
  /** I14: depreciation a day as a fraction of the price. */
  readonly depreciationPerDay: { readonly numerator: number; readonly denominator: number };
  /** I14: whether days in repair are taken out of the depreciation days. */
  readonly depreciationDeductsRepairDays: boolean;
  /** I15: whether a refund pays what was actually paid (when the seller shows it) instead of the invoice price. */
  readonly refundAtPaidPrice: boolean;
  /** I16: failed replacements after which an accessory is refunded. */
  readonly replacementsBeforeRefund: number;
  /** I17: battery capacity below this % of rated is a fault. */
  readonly batteryFaultBelowPct: number;
  /** I20: whether the operator bears transport costs of quality returns, exchanges and repairs. */
  readonly qualityTransportBySeller: boolean;
  /** A cap, in fen, on the transport costs the operator bears; `null`: none (the law). */
  readonly transportCapFen: number | null;
  /** I9: months after receipt in which a disputed defect is for the seller to disprove; `null` for none. */
  readonly burdenOnSellerMonths: number | null;
  /** I19: the no-reason return, or `null` where the law gives none. */
  readonly noReason: NoReasonTerms | null;
  /** I23: who performs each remedy. */
  readonly performers: Readonly<Record<'refund' | 'exchange' | 'free-repair' | 'paid-repair', Party>>;
  /** I24: a first activation before delivery was not the buyer's (the no-reason return is judged as delivered). */
  readonly activationBeforeDeliveryNotBuyers: boolean;
  /** I25: a refund Art. 19 depreciation consumed whole ranks below the exchange, with a warning. */
  readonly consumedRefundBelowExchange: boolean;
  /** I26: the exchange from a 30/60-day repair delay survives the hand-back (warning: waiver disputed). */
  readonly delayExchangeSurvivesHandBack: boolean;
  /** I27: a refunded government subsidy goes back through its programme, not to the consumer. */
  readonly subsidyToProgramme: boolean;
  /** I28: a decision an unknown year's holidays could change is provisional, naming the year. */
  readonly unknownYearProvisional: boolean;
}

/** One value of a parameter, in force from `from` until the next value's `from`. */
export interface ParameterValue<T> {
  readonly from: CalendarDay;
  readonly value: T;
  /** The citations the value rests on (`policy:…` ids for a profile's own terms). */
  readonly cites: readonly CitationId[];
  /** For a record value a profile changed in part (one accessory's period): the keys it changed. */
  readonly keys?: readonly string[];
}

/** A parameter over time: dated values, the interpretation it encodes, when it was last checked. */
export interface Parameter<T> {
  readonly describes: Text;
  readonly interpretation?: string;
  /** Which date picks the value; the sale date unless said. */
  readonly selectedBy?: 'sale' | 'delivery';
  readonly lastChecked: CalendarDay;
  /** Ascending by `from`. */
  readonly values: readonly ParameterValue<T>[];
}

export type ParameterSet = { readonly [K in keyof Params]: Parameter<Params[K]> };

/**
 * The value of a parameter in force on `day`; before its first value, its first value.
 *
 * @example
 * valueOn(nationalParameters.clockStart, '2024-06-30').value //=> 'sale'
 * valueOn(nationalParameters.clockStart, '2024-07-01').value //=> 'delivery'
 */
export function valueOn<T>(parameter: Parameter<T>, day: CalendarDay): ParameterValue<T> {
  const values = parameter.values;
  let chosen = values[0];
  if (chosen === undefined) throw new RangeError('a parameter needs at least one value');
  for (const candidate of values) {
    if (candidate.from <= day) chosen = candidate;
    else break;
  }
  return chosen;
}

/** The citations each parameter's value in force rests on. */
export type ParamCites = { readonly [K in keyof Params]: readonly CitationId[] };

/** For parameters changed in part by a profile: the keys changed (absent: the whole value). */
export type ParamKeys = { readonly [K in keyof Params]?: readonly string[] };

/** The days on which some parameter of a set changes value, by the date that selects it. */
interface Eras {
  readonly sale: readonly CalendarDay[];
  readonly delivery: readonly CalendarDay[];
  readonly resolved: Map<number, { params: Params; cites: ParamCites; keys: ParamKeys }>;
}

const erasOf = weakCache<ParameterSet, Eras>('parameters.eras', 'a parameter set resolved per stretch of sale and delivery dates');

const eraIndex = (bounds: readonly CalendarDay[], day: CalendarDay) => {
  let index = 0;
  while (index < bounds.length && bounds[index]! <= day) index += 1;
  return index;
};

/**
 * The parameters as they stand for a claim with this sale and delivery date, with their
 * citations. Values only change on a few days, so the answer is the same for every claim between
 * two of them: it is worked out once per stretch and kept.
 */
export function paramsOn(set: ParameterSet, saleDate: CalendarDay, deliveredDate: CalendarDay): { params: Params; cites: ParamCites; keys: ParamKeys } {
  let eras = erasOf.get(set);
  if (eras === undefined) {
    const sale = new Set<CalendarDay>();
    const delivery = new Set<CalendarDay>();
    for (const parameter of Object.values(set) as Parameter<unknown>[]) {
      for (const value of parameter.values) (parameter.selectedBy === 'delivery' ? delivery : sale).add(value.from);
    }
    eras = { sale: [...sale].sort(), delivery: [...delivery].sort(), resolved: new Map() };
    erasOf.set(set, eras);
  }
  // A number, not a string: this runs for every evaluation.
  const key = eraIndex(eras.sale, saleDate) * (eras.delivery.length + 1) + eraIndex(eras.delivery, deliveredDate);
  const hit = eras.resolved.get(key);
  if (hit !== undefined) return hit;
  const result = resolveParams(set, saleDate, deliveredDate);
  eras.resolved.set(key, result);
  return result;
}

function resolveParams(set: ParameterSet, saleDate: CalendarDay, deliveredDate: CalendarDay): { params: Params; cites: ParamCites; keys: ParamKeys } {
  const params: Record<string, unknown> = {};
  const cites: Record<string, readonly CitationId[]> = {};
  const keys: Record<string, readonly string[]> = {};
  for (const key of Object.keys(set) as (keyof Params)[]) {
    const parameter = set[key] as Parameter<unknown>;
    const value = valueOn(parameter, parameter.selectedBy === 'delivery' ? deliveredDate : saleDate);
    params[key] = value.value;
    cites[key] = value.cites;
    if (value.keys !== undefined) keys[key] = value.keys;
  }
  return { params: params as unknown as Params, cites: cites as unknown as ParamCites, keys: keys as ParamKeys };
}

/** A parameter with one value from `from` on. */
export function constant<T>(value: T, cites: readonly CitationId[], describes: Text, options: { from?: CalendarDay; interpretation?: string; lastChecked: CalendarDay }): Parameter<T> {
  return {
    describes,
    ...(options.interpretation === undefined ? {} : { interpretation: options.interpretation }),
    lastChecked: options.lastChecked,
    values: [{ from: options.from ?? '1980-01-01', value, cites }],
  };
}
