import { sealed } from './seal';
import { weakCache } from './caches';
import type { RemedyType } from '../claim/remedy-types';
import type { CitationId } from '../law/citations';
import type { Text } from '../law/sources';
import type { CalendarDay } from '../time/calendar-day';
import { eraIndex } from '../time/era-index';

/**
 * The machinery of dated parameters (OpenFisca's parameters, with types): a value in force from a
 * day, a parameter as its dated values, a set of them resolved for a claim's sale and delivery
 * dates. Which parameters there are, their values and their words are the rules'
 * (src/rules/national-parameters.ts declares each once): here `P` is any record of values.
 */

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

/** A set of dated parameters: one {@link Parameter} for each value of `P`. */
export type ParameterSetOf<P> = { readonly [K in keyof P]: Parameter<P[K]> };

/** The citations each parameter's value in force rests on. */
export type ParamCitesOf<P> = { readonly [K in keyof P]: readonly CitationId[] };

/** For parameters changed in part by a profile: the keys changed (absent: the whole value). */
export type ParamKeysOf<P> = { readonly [K in keyof P]?: readonly string[] };

/** A parameter set as it stands for one claim: the values, and the citations and keys behind them. */
export interface ParamsAt<P> {
  readonly params: P;
  readonly cites: ParamCitesOf<P>;
  readonly keys: ParamKeysOf<P>;
}

/**
 * The parameters the engine's own machinery reads, whatever else a rule set declares: who
 * performs each remedy and how a consumed refund ranks (the resolver), and the repair-delay
 * thresholds a counterfactual probes. The national parameters (src/rules/national-parameters.ts)
 * hold these among the rest.
 */
export interface EngineParams {
  /** Who performs each remedy (I23): the resolver marks a remedy the repairer performs. */
  readonly performers: Readonly<Record<RemedyType, string>>;
  /** I25: a refund Art. 19 depreciation consumed whole ranks below the exchange. */
  readonly consumedRefundBelowExchange: boolean;
  /** I12: days in repair, for the repairer's own reasons, beyond which an exchange is due. */
  readonly repairerDelayDays: number;
  /** I12: days in repair, for want of parts, beyond which an exchange is due. */
  readonly partsDelayDays: number;
}

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

/** The days on which some parameter of a set changes value, by the date that selects it. */
interface Eras {
  readonly sale: readonly CalendarDay[];
  readonly delivery: readonly CalendarDay[];
  readonly resolved: Map<number, ParamsAt<unknown>>;
}

const erasOf = weakCache<object, Eras>('parameters.eras', 'a parameter set resolved per stretch of sale and delivery dates');

/**
 * The parameters as they stand for a claim with this sale and delivery date, with their
 * citations. Values only change on a few days, so the answer is the same for every claim between
 * two of them: it is worked out once per stretch and kept.
 */
export function paramsOn<P>(set: ParameterSetOf<P>, saleDate: CalendarDay, deliveredDate: CalendarDay): ParamsAt<P> {
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
  if (hit !== undefined) return hit as ParamsAt<P>;
  const result = resolveParams(set, saleDate, deliveredDate);
  eras.resolved.set(key, result as ParamsAt<unknown>);
  return result;
}

function resolveParams<P>(set: ParameterSetOf<P>, saleDate: CalendarDay, deliveredDate: CalendarDay): ParamsAt<P> {
  const params: Record<string, unknown> = {};
  const cites: Record<string, readonly CitationId[]> = {};
  const keys: Record<string, readonly string[]> = {};
  for (const key of Object.keys(set) as (keyof P & string)[]) {
    const parameter = set[key] as Parameter<unknown>;
    const value = valueOn(parameter, parameter.selectedBy === 'delivery' ? deliveredDate : saleDate);
    params[key] = value.value;
    cites[key] = value.cites;
    if (value.keys !== undefined) keys[key] = value.keys;
  }
  return Object.freeze({ params: sealed(params) as P, cites: sealed(cites) as ParamCitesOf<P>, keys: sealed(keys) as ParamKeysOf<P> });
}
