export { cliWithFiles } from '../support/run';

/**
 * A store sale on Friday 2025-03-07 of a ¥3,999.00 phone that will not power on, brought back
 * on `claimDate`. By hand (MP2001 Arts. 11–12, counted from the day after the sale): the refund
 * window's last day is 2025-03-14 (a Friday, a working day); the exchange window's nominal last
 * day 2025-03-22 is a Saturday and rolls over to Monday 2025-03-24.
 */
export function claimOn(claimDate: string): Record<string, unknown> {
  return { claimDate, item: { kind: 'handset' }, sale: { date: '2025-03-07', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
}
