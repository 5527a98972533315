import * as z from 'zod/mini';
import { isCalendarDay } from '../time/calendar-day';

/** The earliest and latest dates a claim may carry: wide enough for any phone sold, narrow enough to catch typos. */
export const EARLIEST_DAY = '1980-01-01';
export const LATEST_DAY = '2099-12-31';

/** The most money a claim may name, in fen (100 million yuan): far above any phone, far below float trouble. */
export const MOST_FEN = 10_000_000_000;

/**
 * A calendar date `YYYY-MM-DD` that exists (no 2025-02-30) and lies between {@link EARLIEST_DAY}
 * and {@link LATEST_DAY}.
 */
export const calendarDaySchema = z
  .string()
  .check(
    z.refine((value) => value >= EARLIEST_DAY && value <= LATEST_DAY && isCalendarDay(value), {
      params: { expected: 'calendar-day' },
      abort: true,
    }),
  )
  .register(z.globalRegistry, {
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: `A calendar date in China, YYYY-MM-DD, from ${EARLIEST_DAY} to ${LATEST_DAY}.`,
  });

/**
 * Whether a 15-digit IMEI's last digit is its Luhn check digit.
 *
 * @example
 * imeiLuhnValid('860000000000009') //=> true
 * imeiLuhnValid('860000000000002') //=> false (the spec's example IMEI: its check digit should be 9)
 */
export function imeiLuhnValid(imei: string): boolean {
  if (!/^\d{15}$/.test(imei)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    let digit = imei.charCodeAt(i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A 15-digit IMEI whose check digit is valid (Luhn). */
export const imeiSchema = z
  .string()
  .check(z.refine(imeiLuhnValid, { params: { expected: 'imei' }, abort: true }))
  .register(z.globalRegistry, { pattern: '^\\d{15}$', description: '15 digits; the last is the Luhn check digit.' });

/** Money in integer fen, never negative. */
export const fenSchema = z
  .number()
  // The bounds first, and final: an amount out of range is one problem, not also "not a safe integer".
  .check(z.minimum(0, { abort: true }), z.maximum(MOST_FEN, { abort: true }), z.int())
  .register(z.globalRegistry, { description: 'Money in integer fen (1 yuan = 100 fen).' });

/** Free text such as a brand or model name. */
export const labelSchema = z.string().check(z.maxLength(200));
