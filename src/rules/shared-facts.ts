import type { Claim } from '../claim/schema';
import { weakCache } from '../engine/caches';
import { sameData } from '../engine/same-data';
import type { Params } from './national-parameters';

/**
 * The parameters `factsOf` reads (src/rules/facts.ts), each for the facts it feeds. Two
 * parameter sets that agree on these give the same facts for the same claim and calendar, so a
 * profile's evaluation can take the floor's facts instead of working them out again.
 * test/rules/shared-facts.test.ts holds `factsOf` to this list.
 */
export const FACT_PARAMETERS = Object.freeze([
  'builtInBatteryMonths',
  'periodMonths',
  'factoryFallbackDays',
  'clockStart',
  'exchangeRestartsPeriods',
  'accessoriesGetWindows',
  'repairDaysExtendWindows',
  'refundWindow',
  'exchangeWindow',
  'freeRepairMonths',
  'noReason',
  'refundAtPaidPrice',
  'subsidyToProgramme',
  'restDayRollOver',
  'batteryFaultBelowPct',
] as const satisfies readonly (keyof Params)[]);

/**
 * For a pair of parameter sets: whether they agree on every fact parameter but the three whose
 * effect depends on the claim (`periodMonths`, `builtInBatteryMonths`: the claim's item;
 * `clockStart`: whether the claim was delivered on another day than it was sold), which are
 * compared on the claim itself.
 */
const agreements = weakCache<Params, WeakMap<Params, boolean>>('shared-facts.agreements', 'for two parameter sets (each cached per era), whether they agree on the parameters the facts read');

function agreeBeyondItem(a: Params, b: Params): boolean {
  let byOther = agreements.get(a);
  if (byOther === undefined) agreements.set(a, (byOther = new WeakMap()));
  let agree = byOther.get(b);
  if (agree === undefined) {
    agree = true;
    for (const name of FACT_PARAMETERS) {
      if (name === 'periodMonths' || name === 'builtInBatteryMonths' || name === 'clockStart') continue;
      if (!sameData(a[name], b[name])) agree = false;
    }
    byOther.set(b, agree);
  }
  return agree;
}

/**
 * Whether `factsOf` gives the same facts for this claim under both parameter sets: they agree on
 * every parameter the facts read, where that parameter matters for this claim: the item's period
 * (`periodMonths` of the claim's kind, and the built-in battery's months for a built-in battery)
 * and the day the clocks start (`clockStart`, for a claim delivered on another day than sold).
 *
 * @example
 * factsAgree(params, params, claim) //=> true
 */
export function factsAgree(a: Params, b: Params, claim: Claim): boolean {
  if (a === b) return true;
  if (!agreeBeyondItem(a, b)) return false;
  const kind = claim.item.kind;
  if (a.periodMonths !== b.periodMonths && !Object.is(a.periodMonths[kind], b.periodMonths[kind])) return false;
  if (kind === 'battery' && claim.item.builtIn && !Object.is(a.builtInBatteryMonths, b.builtInBatteryMonths)) return false;
  // The clock starts on the sale day under either answer unless delivery came on another day (I4).
  const delivered = claim.sale.deliveredDate;
  if (a.clockStart !== b.clockStart && delivered !== undefined && delivered !== claim.sale.date) return false;
  return true;
}
