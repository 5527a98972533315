import type { Lang } from '../../law/lang';
import type { CalendarDay } from '../../time/calendar-day';
import type { Timeline } from './model';
import { displayWidth, padEnd } from './width';
import { daysBetween } from '../../time/days-between';
import { words } from './words';


/** A gap between two dates longer than this is drawn as a break (~) rather than to scale. */
export const LONG_GAP_DAYS = 31;

/**
 * The timeline as a compact text strip on an ordinal axis (one mark per distinct date, not to
 * scale), one row per window, repair and exchange and one for the claim, with a legend: ASCII
 * only, so it lines up in any terminal, and no wider than `width` columns.
 *
 * @example
 * // `timeline`: a handset sold on Friday 2025-03-07, brought back on day 7. Six dates, so marks at
 * // columns 0, 11, 22, 34, 45 and 56 of a 57-column bar; the exchange window's day 15 (Saturday
 * // 03-22) rolls over to Monday 03-24 (`>`).
 * timelineStrip(timeline, 'en')
 * //=> ['dates     +----------+----------+-----------+~~~~~~~~~~+----------+', 'refund    [==========]…', 'exchange  [======================>>>>>>>>>>>]…', …]
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
