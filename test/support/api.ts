/** The library as the tests use it: the public surface plus a few internals they inspect. */
export * from '../../src/index';
import { requestCite } from '../../src/engine/decide';

/** The citation a failed request's reason must carry. */
export function requestCiteFor(claim: Record<string, unknown>): string {
  const request = (claim.request ?? 'best') as Parameters<typeof requestCite>[0];
  const sale = claim.sale as { date: string };
  return requestCite(request, sale.date);
}
