import { defineRule } from '../engine/define-rule';
import { deny, SILENT } from '../engine/findings';
import { IN_FORCE } from '../law/key-dates';
import { addDays } from '../time/add-days';

/**
 * **MP2001 came into force on 2001-11-15** (its last article; number unverified). A phone sold
 * before that day is outside the rule: no 三包 remedy is decided, and the decision says why.
 * From that day on the rule is silent.
 */
export const lawInForce = [
  ...defineRule({
    id: 'law.in-force',
    describes: {
      'zh-CN': '2001年11月15日以前售出的手机不适用本规定。',
      en: 'Phones sold before 2001-11-15 are outside the rule.',
    },
    basis: [[{ from: '1980-01-01', tag: 'before-mp2001', cites: ['mp2001:art31'] }]],
    until: addDays(IN_FORCE.mp2001, -1),
    run: ({ claim }) => [
      deny('law.not-in-force', 'mp2001:art31', ['all'], { saleDate: claim.sale.date, inForce: IN_FORCE.mp2001 }),
    ],
  }),
  ...defineRule({
    id: 'law.in-force',
    describes: {
      'zh-CN': '2001年11月15日以前售出的手机不适用本规定。',
      en: 'Phones sold before 2001-11-15 are outside the rule.',
    },
    basis: [[{ from: IN_FORCE.mp2001, tag: 'mp2001', cites: ['mp2001:art31'] }]],
    run: () => SILENT,
  }),
];
