import type { Decision } from '../claim/decision';
import { receiptDateOf } from '../claim/receipt-date';
import type { Claim } from '../claim/schema';
import type { ClauseSetAside, FloorShortfall } from '../engine/evaluate';
import { paramsOn } from '../engine/parameters';
import type { Route } from '../engine/types';
import { belowIn, type Direction } from '../rules/declare-parameter';
import { type ParameterName, parameterDeclarations } from '../rules/national-parameters';
import type { Policy } from './policy';

type DateKey = Exclude<keyof Decision['dates'], 'claimDate' | 'lastExchange' | 'sellerProvesUntil' | 'delayExchangeFrom'>;

/** The parameters that set the start of the clocks. */
const START: readonly ParameterName[] = ['clockStart', 'factoryFallbackDays'];

/** The parameters whose values decide each date a decision reports (as src/rules/facts.ts reads them). */
const PARAMETERS_OF_DATE: Readonly<Record<DateKey, readonly ParameterName[]>> = {
  periodStart: START,
  refundUntil: [...START, 'refundWindow', 'repairDaysExtendWindows', 'restDayRollOver'],
  exchangeUntil: [...START, 'exchangeWindow', 'repairDaysExtendWindows', 'restDayRollOver', 'exchangeRestartsPeriods'],
  warrantyUntil: [...START, 'periodMonths', 'builtInBatteryMonths', 'restDayRollOver', 'exchangeRestartsPeriods'],
  noReasonUntil: ['noReason', 'restDayRollOver'],
};

const DATE_KEYS = Object.keys(PARAMETERS_OF_DATE) as DateKey[];

/**
 * The profile's clauses the floor set aside on this claim's dates that no shortfall names (issue
 * 18: where the floor prevails, the decision says once which clause was set aside and why), as
 * the `setAside` of the merged evaluation, or nothing. The merge reports for each date the later
 * of the two runs'; where the law's date stood over an earlier one of the profile's (or one the
 * profile's run does not have), each parameter that decides that date, set by a clause of the
 * profile to a value below the floor's for this sale (its declared direction, as the floor audit
 * judges it), was set aside. A clause a shortfall already names is left out; each clause once.
 * `prevailing` gives the statutory citations that prevail over a term resting on some of the
 * floor's citations (the merge's own rule).
 */
export function withClausesSetAside(
  own: Decision['dates'],
  dates: Decision['dates'],
  shortfalls: readonly FloorShortfall[],
  policy: Policy,
  floor: Policy,
  claim: Claim,
  prevailing: (cites: readonly string[], route: Route | undefined) => string[],
): { readonly setAside?: readonly ClauseSetAside[] } {
  let names: Set<ParameterName> | undefined;
  for (const key of DATE_KEYS) {
    const law = dates[key];
    const mine = own[key];
    if (law === undefined || (mine !== undefined && mine >= law)) continue;
    names ??= new Set();
    for (const name of PARAMETERS_OF_DATE[key]) names.add(name);
  }
  if (names === undefined) return {};
  const receipt = receiptDateOf(claim);
  const mine = paramsOn(policy.parameters, claim.sale.date, receipt);
  const theirs = paramsOn(floor.parameters, claim.sale.date, receipt);
  const named = new Set(shortfalls.flatMap((shortfall) => shortfall.clauses));
  const out: ClauseSetAside[] = [];
  for (const name of names) {
    const direction = parameterDeclarations[name].direction as Direction<unknown>;
    if (!belowIn(direction, mine.params[name], theirs.params[name], { mine: mine.params, floor: theirs.params })) continue;
    const clause = mine.cites[name].find((id) => id.startsWith('policy:')) ?? `policy:${policy.id}`;
    if (named.has(clause) || out.some((told) => told.clause === clause)) continue;
    out.push({
      clause,
      parameter: name,
      profileValue: mine.params[name],
      floorValue: theirs.params[name],
      prevails: prevailing(theirs.cites[name], name === 'noReason' ? 'no-reason' : undefined),
    });
  }
  return out.length === 0 ? {} : { setAside: out };
}
