import type { Decision } from '../../claim/decision';
import type { Lang } from '../../law/lang';
import type { Claim } from '../../claim/schema';
import type { CalendarDay } from '../../time/calendar-day';
import { daysBetween } from '../../time/days-between';
import { type TimelineRepair, type TimelineWindow, timelineOf, type WindowKey } from './model';
import { LONG_GAP_DAYS } from './strip';
import { xmlAttribute, xmlText as xml } from '../escape/xml';
import { charWidth } from './width';
import { eventText, restWords, words } from './words';


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

export interface SvgOptions {
  readonly lang: Lang;
}

/**
 * The timeline as a self-contained SVG (no scripts, no external fonts or images): an ordinal axis
 * with one tick per distinct date and the gaps between them written out (+N days), so that a 7-day
 * window and a 1-year period are both readable; a band per window (repair days hatched, the
 * rest-day roll-over in yellow, annotated with the holiday or weekend it passed over); a bar per
 * repair; the claim date as a red line; labels in the chosen language.
 */
export function renderTimelineSvg(decision: Decision, claim: Claim | unknown, options: SvgOptions): string {
  const { lang } = options;
  const timeline = timelineOf(decision, claim);
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
  const claimText = `${w('report.svg.claim', { day: timeline.claimDate })}${claimEvent?.kind === 'claim' ? w('report.svg.day-number', { n: claimEvent.dayNumber, from: claimEvent.from }) : ''}`;
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
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${xmlAttribute(title)}" font-family="${xmlAttribute(FONT)}">`,
    `<title>${xml(title)}</title>`,
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="#ffffff" fill-opacity="0.55"/></pattern></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}
