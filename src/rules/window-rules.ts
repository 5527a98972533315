import type { WindowRules } from '../engine/counterfactuals';
import type { NationalRuleId } from './rule-ids';

/**
 * The national rule each window a decision reports comes from: a claim made the day after the
 * window's last day is decided by it (the no-reason window, Art. 11's refund window, Art. 12's
 * exchange window, the 三包 period). What would change the outcome names it (`counterfactualsOf`).
 *
 * @example
 * WINDOW_RULES.refundUntil //=> 'window.refund'
 */
export const WINDOW_RULES = Object.freeze({
  noReasonUntil: 'no-reason.window',
  refundUntil: 'window.refund',
  exchangeUntil: 'window.exchange',
  warrantyUntil: 'period.expired',
} as const satisfies WindowRules & Readonly<Record<keyof WindowRules, NationalRuleId>>);
