import type { Decision } from '../claim/decision';
import type { Lang } from '../claim/input-error';
import type { Claim } from '../claim/schema';
import { defaultCalendar } from '../engine/decide';
import { type Facts, factsOf, type Window } from '../engine/facts';
import { nationalPolicy } from '../policy/national';
import { paramsOn } from '../policy/parameters';
import type { Policy } from '../policy/policy';
import { policyById } from '../policy/registry';
import type { CalendarDay } from '../time/calendar-day';
import { daysBetween } from '../time/days-between';
import { daysInRepair } from '../time/repair-days';
import type { DayKind, RestDayCalendar } from '../time/rest-day-calendar';
import { message, reasonLocales } from './messages';

/**
 * The claim on its calendar: the sale, the windows with how their last days were reached (repair
 * days added, rest days rolled over), the repairs and exchanges, and the claim date. Built from
 * the claim and the decision with the same facts the engine used; rendered as a compact text strip
 * (for the text report) and as a self-contained SVG.
 */

/** The windows a timeline shows, in the order they are drawn. */
export const WINDOW_KEYS = ['refund', 'exchange', 'no-reason', 'free-repair', 'warranty'] as const;
export type WindowKey = (typeof WINDOW_KEYS)[number];

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
  | { readonly kind: 'window-end'; readonly day: CalendarDay; readonly window: WindowKey; readonly repairDays: number; readonly rolled: boolean }
  | { readonly kind: 'loaner'; readonly day: CalendarDay }
  | { readonly kind: 'claim'; readonly day: CalendarDay; readonly dayNumber: number };

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

export interface TimelineOptions {
  /** The profile the decision was made under; by default the shipped profile of `decision.policy.id`. */
  readonly policy?: Policy;
  /** The rest-day calendar the decision was made with; the built-in one by default. */
  readonly calendar?: RestDayCalendar;
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

const DATE_KEY: Readonly<Record<WindowKey, keyof Decision['dates'] | undefined>> = {
  refund: 'refundUntil',
  exchange: 'exchangeUntil',
  'no-reason': 'noReasonUntil',
  'free-repair': undefined,
  warranty: 'warrantyUntil',
};

function windowOf(facts: Facts, key: WindowKey): Window | undefined {
  switch (key) {
    case 'refund':
      return facts.refund;
    case 'exchange':
      return facts.exchange;
    case 'no-reason':
      return facts.noReason;
    case 'free-repair':
      return facts.freeRepair;
    case 'warranty':
      return facts.warranty;
  }
}

function factsUnder(policy: Policy, claim: Claim, calendar: RestDayCalendar): Facts {
  const receipt = claim.sale.deliveredDate ?? claim.sale.date;
  return factsOf(claim, paramsOn(policy.parameters, claim.sale.date, receipt).params, calendar);
}

/**
 * The timeline of a decided claim. The windows are worked out again from the claim with the
 * profile's parameters (and, for a profile checked against the floor, the floor's), taking for
 * each the run whose last day the decision reports.
 *
 * @example
 * timelineOf(decision, claim).events.map((e) => `${e.day} ${e.kind}`)
 * //=> ['2025-03-07 sale', '2025-03-07 period-start', '2025-03-14 window-end', '2025-03-14 claim', …]
 */
export function timelineOf(decision: Decision, claim: Claim, options: TimelineOptions = {}): Timeline {
  const policy = options.policy ?? policyById(decision.policy.id) ?? nationalPolicy;
  const calendar = options.calendar ?? defaultCalendar();
  const runs = [factsUnder(policy, claim, calendar)];
  if (policy.floor !== undefined) runs.push(factsUnder(policy.floor, claim, calendar));

  const windows: TimelineWindow[] = [];
  for (const key of WINDOW_KEYS) {
    const dateKey = DATE_KEY[key];
    const reported = dateKey === undefined ? undefined : decision.dates[dateKey];
    if (dateKey !== undefined && reported === undefined) continue;
    const candidates = runs.map((facts) => windowOf(facts, key)).filter((w): w is Window => w !== undefined);
    // Key dates are reported by the decision; the free-repair limit only by the profile's own run.
    const chosen =
      key === 'free-repair'
        ? windowOf(runs[0]!, key)
        : (candidates.find((w) => w.last === reported) ?? candidates.sort((a, b) => (a.last < b.last ? 1 : -1))[0]);
    if (chosen === undefined) continue;
    windows.push({
      key,
      from: chosen.from,
      nominal: chosen.extended.nominal,
      extended: chosen.extended.day,
      repairDays: chosen.extended.repairDays,
      last: chosen.last,
      skipped: chosen.rolled.skipped,
    });
  }

  const repairs: TimelineRepair[] = claim.history.repairs.map((repair, index) => ({
    n: index + 1,
    handedIn: repair.handedIn,
    returned: repair.returned,
    days: daysInRepair(repair, claim.claimDate),
  }));
  const exchanges = claim.history.exchanges.map((exchange) => exchange.date);

  const events: TimelineEvent[] = [];
  const start = decision.dates.periodStart;
  if (claim.item.factoryDate !== undefined && runs[0]!.start.basis === 'factory') events.push({ kind: 'factory', day: claim.item.factoryDate });
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
    events.push({ kind: 'window-end', day: window.last, window: window.key, repairDays: window.repairDays, rolled });
  }
  for (const obligation of decision.obligations) events.push({ kind: 'loaner', day: obligation.since });
  events.push({ kind: 'claim', day: claim.claimDate, dayNumber: daysBetween(start, claim.claimDate) });

  const order = (e: TimelineEvent) => RANK[e.kind] * 10 + ('window' in e ? WINDOW_KEYS.indexOf(e.window) : 'n' in e ? Math.min(e.n, 9) : 0);
  events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : order(a) - order(b)));
  const days = [...new Set(events.map((event) => event.day))];
  return { events, windows, repairs, exchanges, claimDate: claim.claimDate, days };
}

// ————————————————————————————————————————————————————————————— words

function words(code: string, lang: Lang, params: Record<string, string | number> = {}): string {
  return message(code, params, lang);
}

/** A window's name in running text: 7日退货期 / refund window. */
export function windowName(key: WindowKey, lang: Lang): string {
  if (key === 'free-repair') return words('report.window.free-repair', lang);
  return reasonLocales[lang].terms.window?.[key] ?? key;
}

/** The rest days a last day fell on: 周末 / the National Day holiday; several joined. */
export function restWords(skipped: readonly DayKind[], lang: Lang): string {
  const names: string[] = [];
  for (const day of skipped) {
    const name = day.kind === 'holiday' && day.holiday !== undefined ? words('report.rest.holiday', lang, { name: day.holiday[lang] }) : words('report.rest.weekend', lang);
    if (!names.includes(name)) names.push(name);
  }
  return names.join(words('report.and', lang));
}

/** What an event says, in one language: 第1次送修 / repair 1 handed in. */
export function eventText(event: TimelineEvent, lang: Lang): string {
  switch (event.kind) {
    case 'factory':
    case 'sale':
    case 'delivery':
    case 'activation':
    case 'period-start':
    case 'loaner':
      return words(`report.event.${event.kind}`, lang);
    case 'exchange':
      return words(event.restart ? 'report.event.exchange-restart' : 'report.event.exchange', lang, { n: event.n });
    case 'repair-in':
      return words('report.event.repair-in', lang, { n: event.n });
    case 'repair-out':
      return words('report.event.repair-out', lang, { n: event.n, days: event.days });
    case 'repair-open':
      return words('report.event.repair-open', lang, { n: event.n, days: event.days });
    case 'window-nominal':
      return event.rest === undefined || event.rest.length === 0
        ? words('report.event.nominal', lang, { window: windowName(event.window, lang) })
        : words('report.event.nominal-rest', lang, { window: windowName(event.window, lang), rest: restWords(event.rest, lang) });
    case 'window-extended':
      return words('report.event.extended-rest', lang, { window: windowName(event.window, lang), days: event.repairDays, rest: restWords(event.rest, lang) });
    case 'window-end': {
      const window = windowName(event.window, lang);
      if (event.rolled) return words('report.event.end-rolled', lang, { window });
      if (event.repairDays > 0) return words('report.event.end-extended', lang, { window, days: event.repairDays });
      return words('report.event.end', lang, { window });
    }
    case 'claim':
      return words('report.event.claim', lang, { day: event.dayNumber });
  }
}

/** The events of one day said together, in the timeline's order. */
export function dayText(timeline: Timeline, day: CalendarDay, lang: Lang): string {
  return timeline.events
    .filter((event) => event.day === day)
    .map((event) => eventText(event, lang))
    .join(words('report.separator', lang));
}

// ————————————————————————————————————————————————————————————— width

/** Whether a code point takes two terminal columns (East Asian Wide or Fullwidth). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Columns one character takes in a terminal: 2 for CJK and full-width, 0 for controls and combining marks. */
export function charWidth(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  return isWide(cp) ? 2 : 1;
}

/**
 * The columns a string takes in a terminal.
 *
 * @example
 * displayWidth('三包 period') //=> 11
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Pads on the right to a display width. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

// ————————————————————————————————————————————————————————————— text strip

const LONG_GAP_DAYS = 31;

/**
 * The timeline as a compact text strip on an ordinal axis (one mark per distinct date, not to
 * scale), one row per window, repair and exchange and one for the claim, with a legend: ASCII
 * only, so it lines up in any terminal, and no wider than `width` columns.
 *
 * @example
 * timelineStrip(timeline, 'en')
 * //=> ['dates      +----+----+~~~~+      ', 'refund     [====]           2025-03-14', …]
 */
export function timelineStrip(timeline: Timeline, lang: Lang, width = 78): string[] {
  const { days } = timeline;
  const slot = new Map(days.map((day, index) => [day, index]));
  const rows: { label: string; cells: string[]; right: string }[] = [];
  const labels = [
    words('report.strip.dates', lang),
    ...timeline.windows.map((w) => words(`report.strip.${w.key}`, lang)),
    ...timeline.repairs.map((r) => words('report.strip.repair', lang, { n: r.n })),
    words('report.strip.exchanged', lang),
    words('report.strip.claim', lang),
  ];
  const labelWidth = Math.max(...labels.map(displayWidth));
  const rightWidth = 10;
  const bar = Math.max(8, width - labelWidth - rightWidth - 2);
  const span = Math.max(1, days.length - 1);
  const pos = (day: CalendarDay) => Math.round(((slot.get(day) ?? 0) * (bar - 1)) / span);
  const blank = () => Array.from({ length: bar }, () => ' ');
  const used = new Set<string>();

  // The axis: a mark per date, `~` over the stretches longer than a month.
  const axis = blank();
  for (let index = 0; index < days.length - 1; index += 1) {
    const long = daysBetween(days[index]!, days[index + 1]!) > LONG_GAP_DAYS;
    if (long) used.add('compressed');
    for (let x = pos(days[index]!) + 1; x < pos(days[index + 1]!); x += 1) axis[x] = long ? '~' : '-';
  }
  for (const day of days) axis[pos(day)] = '+';
  rows.push({ label: words('report.strip.dates', lang), cells: axis, right: '' });

  const fill = (cells: string[], from: number, to: number, char: string) => {
    for (let x = from; x <= to; x += 1) cells[x] = char;
  };
  for (const window of timeline.windows) {
    const cells = blank();
    const a = pos(window.from);
    fill(cells, a, pos(window.nominal), '=');
    used.add('period');
    if (window.extended !== window.nominal) {
      fill(cells, pos(window.nominal) + 1, pos(window.extended), '+');
      used.add('repair-days');
    }
    if (window.last !== window.extended) {
      fill(cells, pos(window.extended) + 1, pos(window.last), '>');
      used.add('roll-over');
    }
    cells[a] = '[';
    cells[pos(window.last)] = ']';
    rows.push({ label: words(`report.strip.${window.key}`, lang), cells, right: window.last });
  }
  for (const repair of timeline.repairs) {
    const cells = blank();
    fill(cells, pos(repair.handedIn), pos(repair.returned ?? timeline.claimDate), '#');
    used.add('repair');
    rows.push({ label: words('report.strip.repair', lang, { n: repair.n }), cells, right: repair.returned ?? words('report.strip.open', lang) });
  }
  if (timeline.exchanges.length > 0) {
    const cells = blank();
    for (const day of timeline.exchanges) cells[pos(day)] = 'x';
    used.add('exchange');
    rows.push({ label: words('report.strip.exchanged', lang), cells, right: timeline.exchanges[timeline.exchanges.length - 1]! });
  }
  const claim = blank();
  claim[pos(timeline.claimDate)] = '^';
  rows.push({ label: words('report.strip.claim', lang), cells: claim, right: timeline.claimDate });
  used.add('claim');

  const lines = rows.map((row) => `${padEnd(row.label, labelWidth)} ${row.cells.join('')} ${row.right}`.trimEnd());
  const legend = (
    [
      ['period', '='],
      ['repair-days', '+'],
      ['roll-over', '>'],
      ['repair', '#'],
      ['exchange', 'x'],
      ['claim', '^'],
      ['compressed', '~'],
    ] as const
  )
    .filter(([key]) => used.has(key))
    .map(([key, char]) => `${char} ${words(`report.legend.${key}`, lang)}`);
  legend.push(words('report.legend.slots', lang));
  // The legend wraps on its items, never inside one.
  let line = '';
  for (const item of legend) {
    const next = line === '' ? item : `${line}   ${item}`;
    if (displayWidth(next) > width && line !== '') {
      lines.push(line);
      line = item;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

// ————————————————————————————————————————————————————————————— SVG

const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

const COLOURS: Readonly<Record<WindowKey, string>> = {
  refund: '#2f9e44',
  exchange: '#1c7ed6',
  'no-reason': '#e8590c',
  'free-repair': '#0c8599',
  warranty: '#7048e8',
};
const CLAIM = '#e03131';
const REPAIR = '#495057';
const ROLL = '#fcc419';
/** A white outline under small text, so that it stays readable where it crosses a line. */
const HALO = ' stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"';

function xml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

/** A rough rendered width in pixels: full-width characters take 1 em, others about 0.56 em. */
function textPx(text: string, size: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char) === 2 ? 1 : 0.56;
  return em * size;
}

/** A date, shorter where the year is plain from the context. */
function shortDay(day: CalendarDay, year: string): string {
  return day.startsWith(year) ? day.slice(5) : day;
}

/** Places labels (at x, with a width) on the fewest rows so that none overlap. */
function rowsFor(items: readonly { x: number; width: number; anchor: 'start' | 'middle' | 'end' }[], gap = 10): number[] {
  const ends: number[] = [];
  return items.map((item) => {
    const left = item.anchor === 'start' ? item.x : item.anchor === 'middle' ? item.x - item.width / 2 : item.x - item.width;
    let row = ends.findIndex((end) => end + gap <= left);
    if (row === -1) {
      row = ends.length;
      ends.push(-Infinity);
    }
    ends[row] = left + item.width;
    return row;
  });
}

export interface SvgOptions extends TimelineOptions {
  readonly lang: Lang;
}

/**
 * The timeline as a self-contained SVG (no scripts, no external fonts or images): an ordinal axis
 * with one tick per distinct date and the gaps between them written out (+N days), so that a 7-day
 * window and a 1-year period are both readable; a band per window (repair days hatched, the
 * rest-day roll-over in yellow, annotated with the holiday or weekend it passed over); a bar per
 * repair; the claim date as a red line; labels in the chosen language.
 */
export function renderTimelineSvg(decision: Decision, claim: Claim, options: SvgOptions): string {
  const { lang } = options;
  const timeline = timelineOf(decision, claim, options);
  const { days } = timeline;
  const w = (code: string, params: Record<string, string | number> = {}) => words(code, lang, params);

  // Lanes: what happened, each window, each repair.
  type Lane = { readonly label: string; readonly kind: 'events' | 'window' | 'repair'; readonly window?: TimelineWindow; readonly repair?: TimelineRepair };
  const lanes: Lane[] = [{ label: w('report.svg.events'), kind: 'events' }];
  for (const window of timeline.windows) lanes.push({ label: w(`report.svg.lane.${window.key}`), kind: 'window', window });
  for (const repair of timeline.repairs) lanes.push({ label: w('report.svg.repair', { n: repair.n }), kind: 'repair', repair });

  const labelFont = 13;
  const left = Math.ceil(Math.max(...lanes.map((lane) => textPx(lane.label, labelFont)))) + 36;
  const target = 1240;
  const step = days.length <= 1 ? 0 : Math.max(56, Math.min(130, Math.floor((target - left - 200) / (days.length - 1))));
  const rotate = step < 86;
  const x = (day: CalendarDay) => left + 20 + days.indexOf(day) * step;
  const width = Math.max(760, left + 20 + (days.length - 1) * step + 220);

  const out: string[] = [];
  let y = 0;

  // Title and note.
  const verdict = w(`report.remedy.${decision.verdict}`);
  const title = w('report.svg.title', { claimDate: timeline.claimDate, verdict });
  out.push(`<text x="20" y="30" font-size="18" font-weight="700" fill="#212529">${xml(title)}</text>`);
  out.push(`<text x="20" y="52" font-size="12" fill="#868e96">${xml(w('report.svg.note'))}</text>`);
  y = 72;

  // The axis: date labels, ticks, the gaps.
  const axisY = y + (rotate ? 78 : 34);
  const first = days[0] ?? timeline.claimDate;
  const lastDay = days[days.length - 1] ?? timeline.claimDate;
  out.push(`<line x1="${x(first) - 12}" y1="${axisY}" x2="${x(lastDay) + 12}" y2="${axisY}" stroke="#adb5bd" stroke-width="2"/>`);
  for (const day of days) {
    const isClaim = day === timeline.claimDate;
    const colour = isClaim ? CLAIM : '#343a40';
    const weight = isClaim ? ' font-weight="700"' : '';
    out.push(`<line x1="${x(day)}" y1="${axisY - 6}" x2="${x(day)}" y2="${axisY + 6}" stroke="${colour}" stroke-width="2"/>`);
    if (rotate) {
      out.push(`<text x="${x(day)}" y="${axisY - 12}" font-size="12" fill="${colour}"${weight} text-anchor="start" transform="rotate(-40 ${x(day)} ${axisY - 12})">${xml(day)}</text>`);
    } else {
      out.push(`<text x="${x(day)}" y="${axisY - 14}" font-size="12" fill="${colour}"${weight} text-anchor="middle">${xml(day)}</text>`);
    }
  }
  for (let index = 0; index < days.length - 1; index += 1) {
    const gap = daysBetween(days[index]!, days[index + 1]!);
    const mid = (x(days[index]!) + x(days[index + 1]!)) / 2;
    const text = gap === 1 ? w('report.gap-one') : w('report.gap', { days: gap });
    const long = gap > LONG_GAP_DAYS;
    if (long) {
      // A break in the axis: the stretch is not to scale.
      out.push(`<path d="M ${mid - 7} ${axisY + 5} l 5 -10 M ${mid + 1} ${axisY + 5} l 5 -10" stroke="#868e96" stroke-width="1.5" fill="none"/>`);
    }
    out.push(`<text x="${mid}" y="${axisY + 20}" font-size="11" fill="${long ? '#495057' : '#868e96'}" text-anchor="middle"${long ? ' font-weight="600"' : ''}>${xml(text)}</text>`);
  }
  y = axisY + 34;

  const laneTop: number[] = [];
  const body: string[] = [];
  const texts: string[] = [];
  const year = timeline.claimDate.slice(0, 5);
  for (const lane of lanes) {
    const top = y;
    laneTop.push(top);
    let height = 52;
    if (lane.kind === 'events') {
      const marks = timeline.events.filter((event) =>
        ['factory', 'sale', 'delivery', 'activation', 'period-start', 'exchange', 'loaner'].includes(event.kind),
      );
      const byDay = [...new Set(marks.map((event) => event.day))];
      const items = byDay.map((day) => {
        const text = marks
          .filter((event) => event.day === day)
          .map((event) => eventText(event, lang))
          .join(w('report.separator'));
        const px = textPx(text, 12);
        // Centred under its mark, unless that would run into the lane labels or off the right edge.
        const anchor: 'start' | 'middle' | 'end' = x(day) - px / 2 < left ? 'start' : x(day) + px / 2 > width - 20 ? 'end' : 'middle';
        return { day, text, x: anchor === 'start' ? x(day) - 6 : anchor === 'end' ? x(day) + 6 : x(day), width: px, anchor };
      });
      const rows = rowsFor(items);
      items.forEach((item, index) => {
        const row = rows[index]!;
        const cy = top + 14;
        body.push(`<circle cx="${item.x}" cy="${cy}" r="5" fill="#343a40"/>`);
        if (row > 0) body.push(`<line x1="${item.x}" y1="${cy + 5}" x2="${item.x}" y2="${cy + 12 + row * 16}" stroke="#ced4da"/>`);
        texts.push(`<text x="${item.x}" y="${cy + 22 + row * 16}" font-size="12" fill="#343a40" text-anchor="${item.anchor}"${HALO}>${xml(item.text)}</text>`);
      });
      height = 34 + Math.max(1, Math.max(0, ...rows) + 1) * 16;
    } else if (lane.kind === 'window' && lane.window !== undefined) {
      const window = lane.window;
      const colour = COLOURS[window.key];
      const bandY = top + 6;
      const a = x(window.from);
      const n = x(window.nominal);
      const e = x(window.extended);
      const l = x(window.last);
      body.push(`<rect x="${a}" y="${bandY}" width="${Math.max(2, n - a)}" height="16" rx="3" fill="${colour}" fill-opacity="0.85"/>`);
      if (e > n) {
        body.push(`<rect x="${n}" y="${bandY}" width="${e - n}" height="16" fill="${colour}" fill-opacity="0.85"/>`);
        body.push(`<rect x="${n}" y="${bandY}" width="${e - n}" height="16" fill="url(#hatch)"/>`);
      }
      if (l > e) body.push(`<rect x="${e}" y="${bandY}" width="${l - e}" height="16" fill="${ROLL}" stroke="${colour}" stroke-width="1.5"/>`);
      body.push(`<line x1="${l}" y1="${bandY - 3}" x2="${l}" y2="${bandY + 19}" stroke="${colour}" stroke-width="3"/>`);
      texts.push(`<text x="${l + 8}" y="${bandY + 13}" font-size="12" font-weight="600" fill="${colour}">${xml(w('report.svg.until', { day: window.last }))}</text>`);
      const notes: string[] = [];
      if (window.repairDays > 0) notes.push(w('report.svg.repair-days', { from: shortDay(window.nominal, year), days: window.repairDays, to: shortDay(window.extended, year) }));
      if (window.skipped.length > 0) notes.push(w('report.svg.rolled', { from: shortDay(window.extended, year), rest: restWords(window.skipped, lang), to: shortDay(window.last, year) }));
      if (notes.length > 0) {
        const note = notes.join(w('report.separator'));
        const px = textPx(note, 11);
        const anchorEnd = l - 4 - px >= left;
        texts.push(`<text x="${anchorEnd ? l - 4 : a}" y="${bandY + 34}" font-size="11" fill="#495057" text-anchor="${anchorEnd ? 'end' : 'start'}"${HALO}>${xml(note)}</text>`);
      } else height = 36;
    } else if (lane.repair !== undefined) {
      const repair = lane.repair;
      const a = x(repair.handedIn);
      const b = x(repair.returned ?? timeline.claimDate);
      const barY = top + 8;
      body.push(`<rect x="${a}" y="${barY}" width="${Math.max(6, b - a)}" height="12" rx="6" fill="${REPAIR}"${repair.returned === null ? ' fill-opacity="0.55" stroke="#212529" stroke-dasharray="4 3"' : ''}/>`);
      const text =
        repair.returned === null
          ? w('report.svg.repair-open', { from: repair.handedIn, days: repair.days })
          : w('report.svg.repair-span', { from: repair.handedIn, to: shortDay(repair.returned, repair.handedIn.slice(0, 5)), days: repair.days });
      const px = textPx(text, 11);
      const anchorStart = a + px <= width - 10;
      texts.push(`<text x="${anchorStart ? a : b}" y="${barY + 28}" font-size="11" fill="#343a40" text-anchor="${anchorStart ? 'start' : 'end'}"${HALO}>${xml(text)}</text>`);
      height = 44;
    }
    // The lane's label, and a faint rule under it.
    texts.push(`<text x="20" y="${top + 19}" font-size="${labelFont}" font-weight="600" fill="#343a40">${xml(lane.label)}</text>`);
    body.push(`<line x1="20" y1="${top + height - 4}" x2="${width - 20}" y2="${top + height - 4}" stroke="#f1f3f5"/>`);
    y = top + height;
  }

  // The claim date across every lane.
  const cx = x(timeline.claimDate);
  out.push(`<rect x="${cx - 9}" y="${axisY + 26}" width="18" height="${y - axisY - 26}" fill="${CLAIM}" fill-opacity="0.08"/>`);
  out.push(...body);
  out.push(`<line x1="${cx}" y1="${axisY - 6}" x2="${cx}" y2="${y + 6}" stroke="${CLAIM}" stroke-width="2" stroke-dasharray="6 4"/>`);
  out.push(...texts);
  out.push(`<circle cx="${cx}" cy="${axisY}" r="6" fill="${CLAIM}"/>`);
  const claimEvent = timeline.events.find((event) => event.kind === 'claim');
  const claimText = `${w('report.svg.claim', { day: timeline.claimDate })}${claimEvent?.kind === 'claim' ? w('report.svg.day-number', { n: claimEvent.dayNumber }) : ''}`;
  const claimPx = textPx(claimText, 13) * 1.1; // bold
  const claimX = Math.min(Math.max(cx, 20 + claimPx / 2), width - 20 - claimPx / 2);
  out.push(`<rect x="${claimX - claimPx / 2 - 8}" y="${y + 8}" width="${claimPx + 16}" height="24" rx="4" fill="${CLAIM}"/>`);
  out.push(`<text x="${claimX}" y="${y + 25}" font-size="13" font-weight="700" fill="#fff" text-anchor="middle">${xml(claimText)}</text>`);
  y += 52;

  // Legend.
  const legend: { swatch: string; text: string }[] = [];
  legend.push({ swatch: `<rect width="22" height="12" rx="2" fill="${COLOURS.warranty}" fill-opacity="0.85"/>`, text: w('report.legend.period') });
  if (timeline.windows.some((window) => window.repairDays > 0)) {
    legend.push({ swatch: `<rect width="22" height="12" fill="${COLOURS.warranty}" fill-opacity="0.85"/><rect width="22" height="12" fill="url(#hatch)"/>`, text: w('report.legend.repair-days') });
  }
  if (timeline.windows.some((window) => window.skipped.length > 0)) {
    legend.push({ swatch: `<rect width="22" height="12" fill="${ROLL}" stroke="${COLOURS.warranty}" stroke-width="1.5"/>`, text: w('report.legend.roll-over') });
  }
  if (timeline.repairs.length > 0) legend.push({ swatch: `<rect y="1" width="22" height="10" rx="5" fill="${REPAIR}"/>`, text: w('report.legend.repair') });
  legend.push({ swatch: `<line x1="11" y1="-2" x2="11" y2="14" stroke="${CLAIM}" stroke-width="2" stroke-dasharray="4 3"/>`, text: w('report.legend.claim') });
  let lx = 20;
  for (const item of legend) {
    const itemWidth = 30 + textPx(item.text, 12) + 20;
    if (lx + itemWidth > width - 20) {
      lx = 20;
      y += 22;
    }
    out.push(`<g transform="translate(${lx} ${y})">${item.swatch}<text x="30" y="11" font-size="12" fill="#495057">${xml(item.text)}</text></g>`);
    lx += itemWidth;
  }
  y += 30;

  const height = Math.ceil(y);
  const label = xml(title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}" font-family="${xml(FONT)}">`,
    `<title>${label}</title>`,
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="#ffffff" fill-opacity="0.55"/></pattern></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}
