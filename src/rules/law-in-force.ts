import { EARLIEST_DAY } from '../claim/primitives';
import { deny, SILENT } from '../engine/findings';
import { IN_FORCE } from '../law/key-dates';
import { addDays } from '../time/add-days';
import type { CalendarDay } from '../time/calendar-day';
import { mp2001 } from './eras';
import { nationalRule } from './national-rule';

/**
 * **MP2001 came into force on 2001-11-15** (its last article; number unverified). A phone sold
 * before that day is outside the rule: no 三包 remedy is decided, and the decision says why.
 * From that day on the rule is silent.
 */
export const lawInForce = [
  ...nationalRule({
    id: 'law.in-force',
    describes: {
      'zh-CN': '2001年11月15日以前售出的手机不适用本规定。',
      en: 'Phones sold before 2001-11-15 are outside the rule.',
    },
    basis: [[{ from: EARLIEST_DAY, tag: 'before-mp2001', cites: ['mp2001:art31'] }]],
    until: addDays(IN_FORCE.mp2001, -1),
    run: ({ claim }) => [
      deny('law.not-in-force', 'mp2001:art31', ['all'], { saleDate: claim.sale.date, inForce: IN_FORCE.mp2001 }),
    ],
  }),
  ...nationalRule({
    id: 'law.in-force',
    describes: {
      'zh-CN': '2001年11月15日以前售出的手机不适用本规定。',
      en: 'Phones sold before 2001-11-15 are outside the rule.',
    },
    basis: [mp2001('mp2001:art31')],
    run: () => SILENT,
  }),
];

const underMp2001 = lawInForce.find((rule) => rule.version === 'mp2001')!;

/**
 * **Whether MP2001 governs a sale** (its last article: in force from 2001-11-15; number
 * unverified). Before that day no 三包 window or period exists, so the facts work none out. The
 * day is not repeated here: it is where the `mp2001` version of `law.in-force` begins.
 *
 * @example
 * mp2001Governs('2001-11-14') //=> false
 * mp2001Governs('2001-11-15') //=> true
 */
export function mp2001Governs(saleDate: CalendarDay): boolean {
  return saleDate >= underMp2001.effective.from;
}
