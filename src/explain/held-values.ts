import type { Decision } from '../claim/decision';
import type { Claim } from '../claim/schema';
import type { MessageParams } from '../engine/types';
import { IN_FORCE } from '../law/key-dates';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The days and amounts (fen) a decision and its claim hold, the values its words may state. */
export interface HeldValues {
  readonly days: ReadonlySet<string>;
  readonly amounts: ReadonlySet<number>;
}

/** Every day-shaped string and every number under a key ending `Fen`, at any depth (messages left out). */
function collect(value: unknown, days: Set<string>, amounts: Set<number>, key: string): void {
  if (typeof value === 'string') {
    if (DAY.test(value)) days.add(value);
  } else if (typeof value === 'number') {
    if (key.endsWith('Fen')) amounts.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, days, amounts, key);
  } else if (value !== null && typeof value === 'object') {
    for (const inner in value) if (inner !== 'message') collect((value as Record<string, unknown>)[inner], days, amounts, inner);
  }
}

/**
 * What a decision holds for its words to state (issue 18, item 1): its remedies, dates,
 * derivation and obligations (the law's date and receipt date are the claim's), the claim's own fields, and the days the law's texts took effect.
 */
export function heldValues(decision: { readonly remedies: readonly unknown[]; readonly dates: Decision['dates']; readonly derivation?: unknown; readonly obligations?: readonly unknown[] }, claim: Claim): HeldValues {
  const days = new Set<string>();
  const amounts = new Set<number>();
  collect(decision.remedies, days, amounts, '');
  collect(decision.dates, days, amounts, '');
  collect(decision.derivation, days, amounts, '');
  collect(decision.obligations, days, amounts, '');
  collect(claim, days, amounts, '');
  // The days the cited texts took effect: the law's own dates ("for sales from 2024-07-01").
  for (const day of Object.values(IN_FORCE)) days.add(day);
  return { days, amounts };
}

/** Whether every day and every amount among a finding's parameters is one the decision holds. */
export function paramsHeld(params: MessageParams | undefined, held: HeldValues): boolean {
  if (params === undefined) return true;
  for (const key in params) {
    const value = params[key];
    if (typeof value === 'number') {
      if (key.endsWith('Fen') && !held.amounts.has(value)) return false;
    } else if (typeof value === 'string' && DAY.test(value) && !held.days.has(value)) return false;
  }
  return true;
}
