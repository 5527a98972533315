import type { CitationId } from '../law/citations';
import type { CalendarDay } from '../time/calendar-day';
import { eraIndex } from '../time/era-index';
import type { Parameter, ParameterValue } from '../rules/declare-parameter';
import type { Params } from '../rules/national-parameters';

export type { Parameter, ParameterValue } from '../rules/declare-parameter';
export type { NoReasonTerms, Params, Party } from '../rules/national-parameters';

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

const erasOf = new WeakMap<ParameterSet, Eras>();

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
