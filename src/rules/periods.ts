import { type NationalFinding, nationalRule } from './national-rule';
import type { Window, WindowName } from './facts-types';
import { note, SILENT, warn } from '../engine/findings';
import { denies } from '../engine/remedy-match';
import type { RemedyGrant, Verdict } from '../engine/types';
import type { RuleContext } from './claim-rule';
import { IN_FORCE } from '../law/key-dates';
import { addDays } from '../time/add-days';
import { daysBetween } from '../time/days-between';
import { countingCite, countingLaw, cplr2024, mp2001 } from './eras';
import type { NationalRuleId } from './rule-ids';

/** The windows a decision reports, by name. */

/**
 * **Which date starts the clocks** (I4). For sales before 2024-07-01, MP2001 counts from the sale
 * (invoice) date even when the phone was delivered later; from 2024-07-01 the 实施条例 Art. 18
 * counts from delivery. Without any document, the factory date + 90 days (lost-proof article).
 * Fires when the start differs from the sale date or a later delivery date was left aside.
 */
export const periodStartBasis = nationalRule({
  id: 'period.start',
  describes: {
    'zh-CN': '三包期间的起算：2024年7月1日前售出的自售出（开票）之日；此后自交付之日；无任何凭证的自出厂日期后第90日。',
    en: 'The clocks start at the sale (invoice) date for sales before 2024-07-01, at delivery from then on, and 90 days after the factory date without any document.',
  },
  interpretations: ['I4', 'I7'],
  basis: [mp2001('mp2001:period', 'mp2001:lost-proof'), cplr2024('cplr2024:art18')],
  reads: ['clockStart', 'factoryFallbackDays'],
  run: (context) => {
    const { claim, facts, params } = context;
    const delivered = claim.sale.deliveredDate;
    if (facts.start.basis === 'factory') {
      return [
        note('period.start-factory', context.citeOf('factoryFallbackDays', 'mp2001:lost-proof'), {
          factoryDate: claim.item.factoryDate ?? '',
          start: facts.start.day,
          days: params.factoryFallbackDays,
        }),
      ];
    }
    if (facts.start.basis === 'delivery') {
      const cite = context.citeOf('clockStart', 'cplr2024:art18');
      return [note(cite.startsWith('policy:') ? 'period.start-delivery-profile' : 'period.start-delivery', cite, { saleDate: claim.sale.date, start: facts.start.day })];
    }
    if (delivered !== undefined && delivered !== claim.sale.date) {
      const cite = context.citeOf('clockStart', 'mp2001:period');
      const code = cite.startsWith('policy:') ? 'period.start-sale-profile' : 'period.start-sale';
      return [note(code, cite, { saleDate: claim.sale.date, delivered, changeover: IN_FORCE.cplr2024 })];
    }
    return SILENT;
  },
});

/**
 * **An exchange restarts the clock** (I6). The exchange window and the repair period run anew
 * from the exchange date (实施条例 Art. 18 for sales from 2024-07-01; before that MP2001's
 * provisions on exchanges, number unverified, read with the 1995 rule's Art. 14); the 7-day refund
 * window does not restart.
 */
export const restartAfterExchange = nationalRule({
  id: 'period.restart',
  describes: {
    'zh-CN': '换货后，换货期和三包有效期自换货之日起重新计算；7日退货期不重新计算。',
    en: 'After an exchange the exchange window and the period restart from the exchange date; the 7-day refund window does not.',
  },
  interpretations: ['I6'],
  basis: [mp2001('mp2001:period'), cplr2024('cplr2024:art18')],
  // An item with no 三包 period of its own (a data cable) restarts nothing; an accessory with a
  // period but no exchange window of its own restarts its period alone, and is told so.
  appliesTo: ({ facts }) => facts.lastExchange !== undefined && facts.warranty !== undefined,
  run: ({ facts }, basis) => {
    const cite = basis.newest('mp2001:period', 'cplr2024:art18');
    const exchangeDate = facts.lastExchange!;
    const warrantyUntil = facts.warranty!.last;
    return [
      facts.exchange === undefined
        ? note('period.restart-period', cite, { exchangeDate, warrantyUntil })
        : note('period.restart', cite, { exchangeDate, exchangeUntil: facts.exchange.last, warrantyUntil }),
    ];
  },
});

/**
 * **Days in repair do not count** (I5). The 1-year period (and an accessory's) moves later by the
 * days each repair took (MP2001 period article: 修理占用及待修时间 deducted); for sales from
 * 2024-07-01 the 7- and 15-day windows move too (实施条例 Art. 18: repair time is not counted).
 */
export const repairExtension = nationalRule({
  id: 'period.repair-extension',
  reads: ['repairDaysExtendWindows'],
  describes: {
    'zh-CN': '修理占用和待修的时间不计入三包有效期；2024年7月1日起售出的，也不计入7日、15日期间。',
    en: 'Time in repair is not counted in the period; for sales from 2024-07-01, nor in the 7- and 15-day windows.',
  },
  interpretations: ['I5'],
  basis: [mp2001('mp2001:period'), cplr2024('cplr2024:art18')],
  run: ({ facts, citeOf }) => {
    const out: NationalFinding[] = [];
    const warranty = facts.warranty;
    if (warranty !== undefined && warranty.extended.repairDays > 0) {
      out.push(
        note('period.repair-extension', 'mp2001:period', {
          days: warranty.extended.repairDays,
          nominal: warranty.extended.nominal,
          until: warranty.extended.day,
        }),
      );
    }
    // The 7- and 15-day windows move by the law from 2024-07-01, before that only by a profile's
    // clause (cited then); said where both windows are there to name.
    const refund = facts.refund;
    const exchange = facts.exchange;
    const days = Math.max(refund?.extended.repairDays ?? 0, exchange?.extended.repairDays ?? 0);
    if (days > 0 && refund !== undefined && exchange !== undefined) {
      out.push(
        note('period.repair-extension-windows', citeOf('repairDaysExtendWindows', 'cplr2024:art18'), {
          days,
          refundUntil: refund.last,
          exchangeUntil: exchange.last,
        }),
      );
    }
    return out;
  },
});

/**
 * **How days are counted** (I1, I2). The sale day is not counted: day 1 is the day after (民法典
 * Art. 201 and its predecessors). A month or year period ends on the corresponding day, or on the
 * month's last day when there is none: one year from 2024-02-29 ends 2025-02-28 (Art. 202).
 * Fires when the counting decides the claim: a claim on the last day in or the first day out of
 * a window, or a period that ended on a month's last day for want of a corresponding day.
 * *Interpretation:* for sales before 2017-10-01 the same month-end reading is applied; 民法通则
 * had no article on it.
 */
export const counting = nationalRule({
  id: 'period.counting',
  describes: {
    'zh-CN': '期间开始的当日不计入，自次日起算；按月、年计算的，到期月的对应日为最后一日，无对应日的为月末日。',
    en: 'The first day is not counted; a month or year period ends on the corresponding day, or on the month’s last day if there is none.',
  },
  interpretations: ['I1', 'I2'],
  basis: [mp2001('mp2001:period'), countingLaw(201, 202)],
  run: ({ claim, facts }, basis) => {
    const out: NationalFinding[] = [];
    for (const { 0: name, 1: window } of facts.windows) {
      if (!('days' in window.length) || window.last !== window.extended.nominal) continue;
      // The last day or the day after: compared as text first, as most claims are far from it.
      if (claim.claimDate < window.last || (claim.claimDate !== window.last && daysBetween(window.last, claim.claimDate) !== 1)) continue;
      out.push(
        note('period.counting-day', countingCite(basis, 201), {
          window: name,
          from: window.from,
          dayNumber: daysBetween(window.from, claim.claimDate),
          days: window.length.days,
          last: window.last,
        }),
      );
    }
    const warranty = facts.warranty;
    if (warranty !== undefined && 'months' in warranty.length) {
      const nominal = warranty.extended.nominal;
      // The day of the month (characters 8 and 9) differs from the start's: clamped to a month's end.
      const clamped = nominal.charCodeAt(8) !== warranty.from.charCodeAt(8) || nominal.charCodeAt(9) !== warranty.from.charCodeAt(9);
      const near = clamped && claim.claimDate >= `${nominal.slice(0, 8)}01` && claim.claimDate <= addDays(nominal, 7);
      if (clamped && near) {
        out.push(
          note('period.counting-month-end', countingCite(basis, 202, 'mp2001:period'), {
            from: warranty.from,
            months: warranty.length.months,
            nominal,
          }),
        );
      }
    }
    return out;
  },
});

/**
 * **A last day on a rest day moves to the next working day** (I3: MP2001 period article; 民法典
 * Art. 203 and its predecessors; applied to every window, as a court applied it to the 7-day
 * return). Rest days are Saturdays, Sundays and statutory holidays, less make-up working days.
 * Fires when the move decides the claim: the claim date falls after the unmoved last day but on
 * or before the moved one.
 */
export const restDayRollOver = nationalRule({
  id: 'period.roll-over',
  describes: {
    'zh-CN': '期间最后一日为休息日（周末或法定节假日，调休上班日除外）的，顺延至其后第一个工作日。',
    en: 'A last day on a rest day (weekend or statutory holiday, except make-up working days) moves to the next working day.',
  },
  interpretations: ['I3'],
  basis: [mp2001('mp2001:period'), countingLaw(203)],
  run: ({ claim, facts }, basis) => {
    const out: NationalFinding[] = [];
    for (const { 0: name, 1: window } of facts.windows) {
      if (claim.claimDate <= window.extended.day || claim.claimDate > window.last) continue;
      const holiday = window.rolled.skipped.find((day) => day.kind === 'holiday')?.holiday;
      const values = { window: name, nominal: window.extended.day, last: window.last };
      out.push(
        holiday === undefined
          ? note('period.roll-over-weekend', countingCite(basis, 203), values)
          : note('period.roll-over-holiday', countingCite(basis, 203), { ...values, 'holiday:zh-CN': holiday['zh-CN'], 'holiday:en': holiday.en }),
      );
    }
    return out;
  },
});

/**
 * **The calendar lacks a year** (I3, I28): the roll-over there counts weekends only. The decision
 * warns that a holiday or make-up working day it does not know could move a last day only where
 * that can change what the decision says: where a holiday of that year could move a window's last
 * day past the claim date and the window would then give a remedy nothing else denies (the case
 * {@link unknownCalendarYear} makes provisional). A day-3 refund of a sale whose period ends in an
 * unknown year carries no such warning: no holiday could change it.
 */
export const calendarCoverage = nationalRule({
  id: 'calendar.coverage',
  describes: {
    'zh-CN': '节假日日历未收录的年份，仅按周末顺延；只有该年的节假日安排可能改变结论时，才给出提示。',
    en: 'In a year the holiday calendar lacks, only weekends roll over; a warning is given only where that year’s holidays could change the outcome.',
  },
  interpretations: ['I3', 'I28'],
  basis: [mp2001('mp2001:period'), countingLaw(203)],
  run: (context, basis) => {
    const changing = holidaysCouldChange(context);
    if (changing.length === 0) return SILENT;
    const years = new Set<number>();
    for (const { window } of changing) for (const year of window.rolled.uncoveredYears) years.add(year);
    for (const { year } of changing) years.add(year);
    return [warn('calendar.not-covered', countingCite(basis, 203), { years: [...years].sort().map(String), windows: changing.map(({ name }) => name) })];
  },
});

/** What each window gives while it is open, and the verdict that is. */
const WINDOW_REMEDY: Readonly<Record<WindowName, { grant: RemedyGrant; verdict: Verdict }>> = {
  refund: { grant: { type: 'refund', route: 'sanbao' }, verdict: 'refund' },
  exchange: { grant: { type: 'exchange' }, verdict: 'exchange' },
  warranty: { grant: { type: 'free-repair' }, verdict: 'free-repair' },
  'no-reason': { grant: { type: 'refund', route: 'no-reason' }, verdict: 'refund' },
};

/** Rules whose denials only say that a window has closed: an unknown holiday could lift them. */
const CLOSING_RULES: ReadonlySet<string> = new Set<NationalRuleId>(['period.expired', 'no-reason.window']);

/** Whether a finding other than a window's closing takes this remedy away. */
function deniedOtherwise(context: RuleContext, grant: RemedyGrant): boolean {
  return context.findings.some(
    ({ rule, finding }) => finding.effect === 'deny' && !CLOSING_RULES.has(rule) && finding.targets.some((target) => denies(target, grant)),
  );
}

/** Whether the claim's fault is one the window remedies (the no-reason return needs none). */
function remedied(context: RuleContext, name: WindowName): boolean {
  const { fault, item } = context.facts;
  if (name === 'no-reason') return true;
  if (name === 'warranty') return fault.hasListed || (item.class === 'main-unit' && fault.unlisted.length > 0);
  return fault.hasListed;
}

/**
 * **A holiday the calendar does not know could have kept the claim in time** (I28). The State
 * Council publishes a year's holidays around November of the year before; a year the calendar
 * lacks rolls over weekends only. When a window closed before the claim date, but every working
 * day from its unmoved last day to the claim date lies in such a year, and no longer a stretch
 * than any run of rest days a notice has set, that year's notice could move the last day past the
 * claim date. If the window would then give a remedy nothing else denies, the decision is
 * provisional, and the year's calendar is the missing fact (`calendar.YYYY`), with what it would
 * give. Runs last, when every grant and denial is known.
 */
export const unknownCalendarYear = nationalRule({
  id: 'calendar.unknown-year',
  describes: {
    'zh-CN': '期间最后一日落在节假日日历未收录的年份，且该年的节假日安排可能使其顺延至申请日之后的，决定为暂定，并列明所缺的年份日历。',
    en: 'When a last day falls in a year the holiday calendar lacks and that year’s holidays could move it past the claim date, the decision is provisional and names the missing year’s calendar.',
  },
  interpretations: ['I28', 'I3'],
  basis: [mp2001('mp2001:period'), countingLaw(203)],
  run: (context, basis) => {
    const { claim } = context;
    if (!context.params.unknownYearProvisional) return SILENT;
    const out: NationalFinding[] = [];
    for (const { name, window, year, verdict } of holidaysCouldChange(context)) {
      out.push(
        note(
          'calendar.unknown-year',
          countingCite(basis, 203),
          { window: name, nominal: window.extended.day, last: window.last, claimDate: claim.claimDate, years: window.couldExtend.map(String), verdict },
          { missing: { fact: `calendar.${year}`, would: verdict } },
        ),
      );
    }
    return out;
  },
});

/**
 * The windows whose last day a holiday of a year the calendar lacks could move past the claim
 * date, where that would give a remedy nothing else denies: what {@link unknownCalendarYear} makes
 * provisional and {@link calendarCoverage} warns of.
 */
function holidaysCouldChange(context: RuleContext): { name: WindowName; window: Window; year: number; verdict: Verdict }[] {
  const out: { name: WindowName; window: Window; year: number; verdict: Verdict }[] = [];
  for (const { 0: name, 1: window } of context.facts.windows) {
    const year = window.couldExtend[0];
    if (year === undefined || !remedied(context, name)) continue;
    const { grant, verdict } = WINDOW_REMEDY[name];
    if (deniedOtherwise(context, grant)) continue;
    out.push({ name, window, year, verdict });
  }
  return out;
}
