import type { z } from 'zod/mini';
import type { Parameter } from '../engine/parameters';
import type { Text } from '../law/sources';
import { periodEnd, type PeriodLength } from '../time/period-end';

/**
 * What a parameter is, declared once (OpenFisca's parameter files, with types): its dated values
 * and the citations each rests on, what a profile may set it to, how its value is said, and which
 * way is better for the consumer. Everything else (the `Params` type, the profile schema, the
 * floor audit, the words, docs/parameters.md) is derived from the declarations in
 * `national-parameters.ts`.
 */

export type { Parameter, ParameterValue } from '../engine/parameters';

/**
 * How a value is said to a reader (src/explain/parameter-words.ts says each): a count of days or
 * months, a number of times, a percentage, money in fen, a period (`{ days }` or `{ months }`),
 * yes or no, a term (`'sale'`), a rate, the remedies a proof denies, each item's months, the
 * no-reason terms, who performs each remedy.
 */
export type ParameterUnit = NumberUnit | 'period' | 'yes-no' | 'term' | 'rate' | 'remedies' | 'item-months' | 'no-reason' | 'performers';
type NumberUnit = 'days' | 'months' | 'count' | 'percent' | 'fen';

/** The units a value of type `T` can be said in: a number in a number's units, a boolean as yes or no. */
export type UnitFor<T> = [T] extends [boolean]
  ? 'yes-no'
  : [T] extends [number | null]
    ? NumberUnit
    : [T] extends [PeriodLength]
      ? 'period'
      : Exclude<ParameterUnit, NumberUnit | 'period' | 'yes-no'>;

/**
 * The floor's safeguards for a parameter whose values are not better or worse as such: the audit
 * (which has no claim) passes them by, and the rule named here holds the floor instead.
 */
export const FLOOR_RULES = {
  'per-claim': {
    'zh-CN': '逐案比较：先单独判定法定标准，政策的补救只有在每一项条件上都不差时才能取代法定标准的补救（floor.ts，I29）',
    en: 'compared claim by claim: the floor is decided first and alone, and a profile’s remedy replaces the floor’s only when it is as good on every term (floor.ts, I29)',
  },
  'provisional-either': {
    'zh-CN': '政策或法定标准任一判定为暂定时，决定即为暂定（floor.ts）',
    en: 'a decision is provisional when the profile’s run or the floor’s is (floor.ts)',
  },
} as const satisfies Readonly<Record<string, Text>>;
export type FloorRule = keyof typeof FLOOR_RULES;

/** Every parameter's value on one sale date, for a comparison that reads another parameter. */
export type OtherParams = Readonly<Record<string, unknown>>;

/**
 * Which way is better for the consumer: `below` says whether a profile's value gives less than the
 * floor's (on the same sale date), `better` says the direction in words (for docs); or the values
 * are not comparable, and the floor rule that holds the floor is named.
 */
export type Direction<T> =
  | { readonly better: Text; readonly below: (mine: T, floor: T, whole: { readonly mine: OtherParams; readonly floor: OtherParams }) => boolean }
  | { readonly notComparable: FloorRule };

/** A parameter declared once: everything the library knows about it. */
export interface ParameterDeclaration<T> extends Parameter<T> {
  /** How a value is said. */
  readonly unit: UnitFor<T>;
  /** What a profile may set it to (design.md §5: nothing a profile says may make the engine throw). */
  readonly schema: z.ZodMiniType<T>;
  /** Which way is better for the consumer; required, so that a parameter without one does not compile. */
  readonly direction: Direction<T>;
}

/** A declaration, typed by its value (an identity: the type argument is the parameter's type). */
export const declareParameter = <T>(declaration: ParameterDeclaration<T>): ParameterDeclaration<T> => declaration;

/** The dated parameter a declaration gives a profile: its words, interpretation, values (the engine's digest reads these). */
export function parameterOf<T>({ describes, interpretation, selectedBy, lastChecked, values }: Parameter<T>): Parameter<T> {
  return {
    describes,
    ...(interpretation === undefined ? {} : { interpretation }),
    ...(selectedBy === undefined ? {} : { selectedBy }),
    lastChecked,
    values,
  };
}

/** More is better (a count of days after which the period starts, a percentage). */
export const more: Direction<number> = { better: { 'zh-CN': '越多越好', en: 'more' }, below: (mine, floor) => mine < floor };

/** Fewer is better (repairs before an exchange, days before a loaner). */
export const fewer: Direction<number> = { better: { 'zh-CN': '越少越好', en: 'fewer' }, below: (mine, floor) => mine > floor };

/** Yes is better: a profile may not say no where the floor says yes. */
export const yes: Direction<boolean> = { better: { 'zh-CN': '是', en: 'yes' }, below: (mine, floor) => floor && !mine };

/** Starts from which period lengths are compared, to catch month ends and leap days. */
const STARTS = ['2023-01-31', '2024-01-29', '2024-02-29', '2025-06-15', '2025-08-31'];

/** Whether a period ends earlier than another from some start. */
export const shorter = (mine: PeriodLength, floor: PeriodLength) => STARTS.some((start) => periodEnd(start, mine) < periodEnd(start, floor));

/** A longer period is better, compared from several starts (a month is not a number of days). */
export const longer: Direction<PeriodLength> = { better: { 'zh-CN': '越长越好', en: 'longer' }, below: shorter };

/** Fewer remedies denied is better: a profile may not deny one the floor does not. */
export const deniesFewer: Direction<readonly ('refund' | 'exchange')[]> = {
  better: { 'zh-CN': '不能获得的补救越少越好', en: 'fewer remedies denied' },
  below: (mine, floor) => mine.some((remedy) => !floor.includes(remedy)),
};

/** Whether `mine` is fewer months than `floor`, where `null` means none (no months at all). */
export const fewerMonths = (mine: number | null, floor: number | null) => floor !== null && (mine === null || mine < floor);

/** More months are better; `null` (none) is the least. */
export const moreMonths: Direction<number | null> = { better: { 'zh-CN': '越多越好，无为最少', en: 'more; none is the least' }, below: fewerMonths };

/** Not better or worse as such: the named floor rule holds the floor. */
export const notComparable = (rule: FloorRule): { readonly notComparable: FloorRule } => ({ notComparable: rule });

/**
 * Whether `mine` gives the consumer less than `floor` in a direction; never, in one not comparable
 * (its floor rule holds it on each claim).
 *
 * @example
 * belowIn(fewer, 10, 7, { mine: {}, floor: {} }) //=> true
 * belowIn(notComparable('per-claim'), false, true, { mine: {}, floor: {} }) //=> false
 */
export function belowIn<T>(direction: Direction<T>, mine: T, floor: T, whole: { readonly mine: OtherParams; readonly floor: OtherParams }): boolean {
  return 'below' in direction && direction.below(mine, floor, whole);
}
