import { addDays } from './add-days';
import type { CalendarDay } from './calendar-day';
import { daysBetween } from './days-between';

/** A repair as the time rules see it. */
export interface RepairSpan {
  readonly handedIn: CalendarDay;
  /** The day the phone came back; `null` while it is still in repair. */
  readonly returned: CalendarDay | null;
}

/**
 * Calendar days one repair took: from hand-in (not counted) to hand-back, or to `claimDate`
 * while it is still open (I5, I12). Never negative.
 *
 * @example
 * daysInRepair({ handedIn: '2025-04-01', returned: '2025-04-05' }, '2025-05-01') //=> 4
 * daysInRepair({ handedIn: '2025-04-01', returned: null }, '2025-05-01')         //=> 30
 */
export function daysInRepair(repair: RepairSpan, claimDate: CalendarDay): number {
  const end = repair.returned ?? claimDate;
  return Math.max(0, daysBetween(repair.handedIn, end < claimDate ? end : claimDate));
}

const NONE: readonly { readonly repair: RepairSpan; readonly days: number }[] = [];

/** A period end moved later by the days its repairs took (I5). */
export interface ExtendedEnd {
  readonly nominal: CalendarDay;
  readonly day: CalendarDay;
  /** Days added in all. */
  readonly repairDays: number;
  /** The repairs that moved it, each with its days. */
  readonly counted: readonly { readonly repair: RepairSpan; readonly days: number }[];
}

/**
 * Moves a period's end later by the days spent in repair (I5: MP2001's period article deducts
 * 修理占用 and 待修 time; 实施条例 Art. 18 says repair time does not count). A repair counts when it
 * was handed in on or after `from` (the period's start: repairs of a unit before its exchange do
 * not count, I6) and no later than the end as moved so far (a repair handed in after the period
 * ended was not a 三包 repair).
 *
 * @example
 * extendByRepairs('2026-03-01', [{ handedIn: '2025-06-01', returned: '2025-06-11' }],
 *   '2025-03-01', '2026-03-10').day //=> '2026-03-11'
 */
export function extendByRepairs(
  nominal: CalendarDay,
  repairs: readonly RepairSpan[],
  from: CalendarDay,
  claimDate: CalendarDay,
): ExtendedEnd {
  if (repairs.length === 0) return { nominal, day: nominal, repairDays: 0, counted: NONE };
  const counted: { repair: RepairSpan; days: number }[] = [];
  let end = nominal;
  let total = 0;
  // A parsed claim's repairs are already in hand-in order (the schema checks it): copied and
  // sorted (stably, so the same order) only when they are not.
  const ordered = inHandInOrder(repairs) ? repairs : [...repairs].sort((a, b) => (a.handedIn < b.handedIn ? -1 : a.handedIn > b.handedIn ? 1 : 0));
  for (const repair of ordered) {
    if (repair.handedIn < from) continue;
    if (repair.handedIn > end) break;
    const days = daysInRepair(repair, claimDate);
    if (days === 0) continue;
    counted.push({ repair, days });
    total += days;
    end = addDays(nominal, total);
  }
  return { nominal, day: end, repairDays: total, counted };
}

function inHandInOrder(repairs: readonly RepairSpan[]): boolean {
  for (let index = 1; index < repairs.length; index += 1) if (repairs[index]!.handedIn < repairs[index - 1]!.handedIn) return false;
  return true;
}
