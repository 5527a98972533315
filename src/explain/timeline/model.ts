import type { Decision } from '../../claim/decision';
import type { Claim } from '../../claim/schema';
import type { CalendarDay } from '../../time/calendar-day';
import { daysBetween } from '../../time/days-between';
import { daysInRepair } from '../../time/repair-days';
import type { DayKind } from '../../time/rest-day-calendar';
import { claimOf } from '../claim-of';
import { WINDOW_KEYS, type WindowKey } from '../../claim/window-keys';

/**
 * The claim on its calendar: the sale, the windows with how their last days were reached (repair
 * days added, rest days rolled over), the repairs and exchanges, and the claim date. Built from
 * the claim and the decision with the same facts the engine used; rendered as a compact text strip
 * (for the text report) and as a self-contained SVG.
 */

export { WINDOW_KEYS, type WindowKey };

/** One window as it runs on the calendar. */
export interface TimelineWindow {
  readonly key: WindowKey;
  /** The day it counts from (not itself counted). */
  readonly from: CalendarDay;
  /** The last day by the length alone. */
  readonly nominal: CalendarDay;
  /** The last day after the days in repair were added. */
  readonly extended: CalendarDay;
  readonly repairDays: number;
  /** The last day after the rest-day roll-over: the day the claim is compared with. */
  readonly last: CalendarDay;
  /** The rest days passed over by the roll-over (empty when it did not move). */
  readonly skipped: readonly DayKind[];
  /** The years whose unknown holidays could still move `last` (I28): it is provisional. */
  readonly unknownHolidays?: readonly number[];
}

/** One repair of the claim's history. */
export interface TimelineRepair {
  /** 1-based, in the order of the claim's history. */
  readonly n: number;
  readonly handedIn: CalendarDay;
  /** `null` while still in repair on the claim date. */
  readonly returned: CalendarDay | null;
  /** Days in repair (hand-in day not counted), to the claim date while open. */
  readonly days: number;
}

/** Something that happened, or ends, on one day. */
export type TimelineEvent =
  | { readonly kind: 'factory' | 'sale' | 'delivery' | 'activation' | 'period-start'; readonly day: CalendarDay }
  | { readonly kind: 'exchange'; readonly day: CalendarDay; readonly n: number; readonly restart: boolean }
  | { readonly kind: 'repair-in'; readonly day: CalendarDay; readonly n: number }
  | { readonly kind: 'repair-out'; readonly day: CalendarDay; readonly n: number; readonly days: number }
  | { readonly kind: 'repair-open'; readonly day: CalendarDay; readonly n: number; readonly days: number }
  /** A window's last day by its length, when repairs or a roll-over moved it. */
  | { readonly kind: 'window-nominal'; readonly day: CalendarDay; readonly window: WindowKey; readonly rest?: readonly DayKind[] }
  /** A window's last day after the repair days, when a roll-over then moved it. */
  | { readonly kind: 'window-extended'; readonly day: CalendarDay; readonly window: WindowKey; readonly repairDays: number; readonly rest: readonly DayKind[] }
  | { readonly kind: 'window-end'; readonly day: CalendarDay; readonly window: WindowKey; readonly repairDays: number; readonly rolled: boolean; readonly unknownHolidays?: readonly number[] }
  | { readonly kind: 'loaner'; readonly day: CalendarDay }
  | { readonly kind: 'claim'; readonly day: CalendarDay; readonly dayNumber: number; readonly from: CalendarDay };

export interface Timeline {
  /** In date order; on one day, in the order things happen (sale first, the claim last). */
  readonly events: readonly TimelineEvent[];
  readonly windows: readonly TimelineWindow[];
  readonly repairs: readonly TimelineRepair[];
  readonly exchanges: readonly CalendarDay[];
  readonly claimDate: CalendarDay;
  /** Every distinct day of the events, ascending: the slots of the ordinal axis. */
  readonly days: readonly CalendarDay[];
}

const RANK: Readonly<Record<TimelineEvent['kind'], number>> = {
  factory: 0,
  sale: 1,
  delivery: 2,
  activation: 3,
  'period-start': 4,
  exchange: 5,
  'repair-out': 6,
  'repair-in': 7,
  'window-nominal': 8,
  'window-extended': 9,
  'window-end': 10,
  loaner: 11,
  'repair-open': 12,
  claim: 13,
};

/**
 * The timeline of a decided claim, drawn from what the decision itself says: its dates and the
 * derivation of each window (nothing is decided again, and no profile is looked up).
 *
 * @example
 * timelineOf(decide(claim), claim).events.map((e) => `${e.day} ${e.kind}`)
 * //=> ['2025-03-07 sale', '2025-03-07 period-start', '2025-03-14 window-end', '2025-03-14 claim', …]
 */
export function timelineOf(decision: Decision, claimInput: Claim | unknown): Timeline {
  const claim = claimOf(claimInput);
  const derivation = decision.derivation;
  const windows: TimelineWindow[] = (derivation?.windows ?? []).map((window) => ({
    key: window.key,
    from: window.from,
    nominal: window.nominal,
    extended: window.extended,
    repairDays: window.repairDays,
    last: window.last,
    skipped: window.skipped as readonly DayKind[],
    ...(window.unknownHolidays === undefined ? {} : { unknownHolidays: window.unknownHolidays }),
  }));

  const repairs: TimelineRepair[] = claim.history.repairs.map((repair, index) => ({
    n: index + 1,
    handedIn: repair.handedIn,
    returned: repair.returned,
    days: daysInRepair(repair, claim.claimDate),
  }));
  const exchanges = claim.history.exchanges.map((exchange) => exchange.date);

  const events: TimelineEvent[] = [];
  const start = decision.dates.periodStart;
  if (claim.item.factoryDate !== undefined && derivation?.start.basis === 'factory') events.push({ kind: 'factory', day: claim.item.factoryDate });
  events.push({ kind: 'sale', day: claim.sale.date });
  if (claim.sale.deliveredDate !== undefined && claim.sale.deliveredDate !== claim.sale.date) events.push({ kind: 'delivery', day: claim.sale.deliveredDate });
  if (claim.condition.activationDate !== undefined) events.push({ kind: 'activation', day: claim.condition.activationDate });
  events.push({ kind: 'period-start', day: start });
  exchanges.forEach((day, index) => events.push({ kind: 'exchange', day, n: index + 1, restart: day === decision.dates.lastExchange }));
  for (const repair of repairs) {
    events.push({ kind: 'repair-in', day: repair.handedIn, n: repair.n });
    if (repair.returned === null) events.push({ kind: 'repair-open', day: claim.claimDate, n: repair.n, days: repair.days });
    else events.push({ kind: 'repair-out', day: repair.returned, n: repair.n, days: repair.days });
  }
  for (const window of windows) {
    const rolled = window.skipped.length > 0;
    if (window.nominal !== window.last) {
      events.push({ kind: 'window-nominal', day: window.nominal, window: window.key, ...(window.nominal === window.extended ? { rest: window.skipped } : {}) });
    }
    if (window.extended !== window.nominal && window.extended !== window.last) {
      events.push({ kind: 'window-extended', day: window.extended, window: window.key, repairDays: window.repairDays, rest: window.skipped });
    }
    events.push({ kind: 'window-end', day: window.last, window: window.key, repairDays: window.repairDays, rolled, ...(window.unknownHolidays === undefined ? {} : { unknownHolidays: window.unknownHolidays }) });
  }
  for (const obligation of decision.obligations) if (obligation.type === 'loaner-phone') events.push({ kind: 'loaner', day: obligation.since });
  // The claim's day number says where it counts from (the clocks' start), as the reasons do.
  events.push({ kind: 'claim', day: claim.claimDate, dayNumber: daysBetween(start, claim.claimDate), from: start });

  const order = (e: TimelineEvent) => RANK[e.kind] * 10 + ('window' in e ? WINDOW_KEYS.indexOf(e.window) : 'n' in e ? Math.min(e.n, 9) : 0);
  events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : order(a) - order(b)));
  const days = [...new Set(events.map((event) => event.day))];
  return { events, windows, repairs, exchanges, claimDate: claim.claimDate, days };
}
