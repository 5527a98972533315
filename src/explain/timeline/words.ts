import type { Lang } from '../../law/lang';
import type { CalendarDay } from '../../time/calendar-day';
import type { DayKind } from '../../time/rest-day-calendar';
import type { MessageParams } from '../../engine/types';
import { message, reasonLocales } from '../messages';
import type { Timeline, TimelineEvent, WindowKey } from './model';


export function words(code: string, lang: Lang, params: MessageParams = {}): string {
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
      const text = windowEndText(event, lang);
      // A last day a year's unknown holidays could still move is marked so, on the date itself (I28).
      return event.unknownHolidays === undefined ? text : text + words('report.event.end-provisional', lang, { years: event.unknownHolidays.map(String) });
    }
    case 'claim':
      return words('report.event.claim', lang, { day: event.dayNumber, from: event.from });
  }
}

function windowEndText(event: Extract<TimelineEvent, { kind: 'window-end' }>, lang: Lang): string {
  const window = windowName(event.window, lang);
  if (event.rolled) return words('report.event.end-rolled', lang, { window });
  if (event.repairDays > 0) return words('report.event.end-extended', lang, { window, days: event.repairDays });
  return words('report.event.end', lang, { window });
}

/** The events of one day said together, in the timeline's order. */
export function dayText(timeline: Timeline, day: CalendarDay, lang: Lang): string {
  return timeline.events
    .filter((event) => event.day === day)
    .map((event) => eventText(event, lang))
    .join(words('report.separator', lang));
}
