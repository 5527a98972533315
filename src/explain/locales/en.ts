import { findingMessagesIn } from '../../rules/finding-codes';
import type { ReasonLocale } from '../reason-locale';
import { FAULT_CODES, performanceFaults } from '../../law/performance-faults';
import { calendarYears } from './calendar-years';

/**
 * The reasons in English. Placeholders `{name}` take the finding's parameters; money (keys
 * ending `Fen`) renders in yuan; values listed under `terms` render as their term. A national
 * finding code's message is declared with the code (src/rules/findings/); the messages here are
 * the wording's own (`cf.*`, `audit.*`, `floor.*`, `request.*`).
 */
export const en = {
  messages: {
    ...findingMessagesIn('en'),
    'audit.parameter': '{parameter}: the profile sets {profileValue} where the floor gives {floorValue} (sales from {from}); {clause} gives less than the law, and the law prevails ({prevails}).',
    'audit.list-price': 'Refunds at the maker’s list price ({clause}) instead of the invoice price: below the floor, which refunds the invoice price ({prevails}).',
    'audit.exclusion': 'An exclusion the law does not have — {exclusion} ({clause}): it cannot take away a remedy for a listed fault ({prevails}).',
    'audit.rule': 'A rule of the profile can take away what the law gives — {rule} ({clause}); the floor prevails ({prevails}).',
    'floor.remedy-missing': 'Under {profile} alone, {remedy} would not be offered (it decides {verdict}); the statutory floor gives it, and the floor prevails ({prevails}) over {clause}.',
    'floor.remedy-worse': 'Under {profile} alone, {remedy} would be offered on worse terms ({terms}; it decides {verdict}); the statutory floor’s terms prevail ({prevails}) over {clause}.',
    'cf.claim-earlier': 'A claim by {to} (instead of {from}) would have been {verdict} ({cite}).',
    'cf.claim-later-stronger': 'A claim from {to} on, with nothing else changed, would be {verdict} ({cite}).',
    'cf.claim-later-weaker': 'A claim after the last day, on {to}, would only be {verdict} ({cite}).',
    'cf.claim-later-none': 'A claim after the last day, on {to}, would get no remedy ({cite}).',
    'cf.proof-stronger': 'With {to} (instead of {from}), this would be {verdict} ({cite}).',
    'cf.proof-weaker': 'With {to} (instead of {from}), this would only be {verdict} ({cite}).',
    'cf.finding-stronger': 'If {fact} were “{to}” rather than “{from}”, this would be {verdict} ({cite}).',
    'cf.finding-weaker': 'If {fact} were “{to}” rather than “{from}”, this would only be {verdict} ({cite}).',
    'cf.inspection': 'If the inspection came out {to}, this would be {verdict} ({cite}).',
    'cf.request': 'Had the consumer asked for {to} (not {from}), the decision would be {verdict} ({cite}).',
    'cf.repair-record': 'If the repair record gave {fact} as {to}, this would be {verdict} ({cite}).',
    'cf.invoice-imei': 'With an invoice naming this phone’s IMEI, {to}, this would be {verdict} ({cite}).',
    'cf.stock-available-true': 'If the seller had the same model in stock, this would be {verdict} ({cite}).',
    'cf.stock-available-false': 'If the seller had no phone of the same model in stock, this would be {verdict} ({cite}).',
    'cf.accepts-other-true': 'If the consumer accepted another model, this would be {verdict} ({cite}).',
    'cf.accepts-other-false': 'If the consumer declined another model, this would be {verdict} ({cite}).',
    'request.not-met': 'The consumer asked for {request}; that is not available on these facts, so the decision is {verdict}.',
    // Issue 18's last words (one block): a date a missing holiday calendar could move, a reason the decision does not give, a clause set aside.
    'reason.date-provisional': '{date} (provisional: the {years} holiday calendar is not known yet)',
    'reason.date-provisional-years': '{date} (provisional: the {years} holiday calendars are not known yet)',
    'reason.not-given': ' Not given in this decision: {remedy}; another reason rules it out.',
    'reason.not-given-no-reason': ' Not given in this decision: a no-reason return; another reason rules it out.',
    'floor.clause-set-aside': 'Set aside: {clause}, on {parameter}. It gives {profileValue}; the law gives {floorValue}, which is better for the consumer and prevails ({prevails}). The dates in this decision are the law’s.',
  },
  nouns: {
    day: { one: 'day', other: 'days' },
    month: { one: 'month', other: 'months' },
    time: { one: 'time', other: 'times' },
    repair: { one: 'repair', other: 'repairs' },
  },
  terms: {
    story: { floor: 'The law: ', profile: '{profile}: ' },
    fact: {
      ...calendarYears((year) => `the holiday calendar for ${year}`),
      'proof.invoice': 'the invoice',
      'proof.warrantyCard': 'the 三包 card',
      'proof.invoiceImei': 'the IMEI on the invoice',
      'condition.liquid': 'the liquid finding',
      'condition.impact': 'the impact finding',
      'condition.unauthorizedOpening': 'the finding of unauthorised opening',
      'fault.inspection': 'the inspection',
      'stock.sameModelAvailable': 'the same model in stock',
      'stock.consumerAcceptsOtherModel': 'the consumer accepting another model',
      'history.repairs[].delayCause': 'the cause of repair #’s delay',
    },
    invoice: { original: 'an original invoice', electronic: 'an electronic invoice', copy: 'an invoice stub or copy', none: 'no invoice' },
    card: { complete: 'a complete 三包 card', incomplete: 'an incomplete 三包 card', altered: 'an altered 三包 card', none: 'no 三包 card' },
    'finding-value': { none: 'not found', found: 'found', disputed: 'disputed' },
    inspection: { confirmed: 'confirming the fault', 'not-found': 'finding no fault', pending: 'pending' },
    'yes-no': { true: 'yes', false: 'no' },
    'delay-cause': { repairer: 'the repairer’s own reasons', parts: 'waiting for parts', none: 'not recorded' },
    codes: Object.fromEntries(FAULT_CODES.map((code) => [code, performanceFaults[code].name.en])),
    window: { refund: 'refund window', exchange: 'exchange window', warranty: '三包 period', 'no-reason': 'no-reason return window' },
    windows: { refund: 'refund window', exchange: 'exchange window', warranty: '三包 period', 'no-reason': 'no-reason return window' },
    finding: { liquid: 'liquid', impact: 'impact', unauthorizedOpening: 'unauthorised opening' },
    cause: { network: 'the network', 'sim-data': 'abnormal SIM-card data' },
    proof: { 'invoice-copy': 'an invoice stub or copy', 'order-record': 'an order record', 'carrier-record': 'a carrier record' },
    payer: { seller: 'the seller', consumer: 'the buyer' },
    channel: { store: 'in a store', online: 'online', tv: 'by TV', phone: 'by phone', mail: 'by mail' },
    request: { best: 'the best remedy', refund: 'a refund', exchange: 'an exchange', repair: 'a repair', 'no-reason-return': 'a no-reason return' },
    terms: { amount: 'the amount', conditions: 'the conditions', shipping: 'who pays the transport', 'shipping-cap': 'a cap on the transport', performer: 'who performs it', model: 'the model' },
    remedy: { refund: 'a refund', exchange: 'an exchange', 'free-repair': 'a free repair', 'paid-repair': 'a paid repair' },
    verdict: { refund: 'a refund', exchange: 'an exchange', 'free-repair': 'a free repair', 'paid-repair': 'a paid repair', 'no-remedy': 'no remedy' },
  },
} satisfies ReasonLocale;

/**
 * Every code of a decision's messages: a finding's, and the wording's own (`cf.*`, `audit.*`,
 * `floor.*`). The report's and the timeline's words (`report.*`) are in ./report-en.ts.
 */
export type MessageCode = keyof typeof en.messages;
