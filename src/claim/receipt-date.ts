import type { CalendarDay } from '../time/calendar-day';
import type { Claim } from './schema';

/**
 * The day the consumer received the phone: the delivery (sign-for) date when there is one, else
 * the sale date. From 2024-07-01 the clocks start on it (I4), and the rules whose version the
 * receipt picks (the burden of proof, I9) read it.
 *
 * @example
 * receiptDateOf({ sale: { date: '2025-03-01', deliveredDate: '2025-03-03' } }) //=> '2025-03-03'
 * receiptDateOf({ sale: { date: '2025-03-01' } }) //=> '2025-03-01'
 */
export function receiptDateOf(claim: { readonly sale: Pick<Claim['sale'], 'date' | 'deliveredDate'> }): CalendarDay {
  return claim.sale.deliveredDate ?? claim.sale.date;
}
