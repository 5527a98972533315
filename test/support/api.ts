/** The library as the tests use it: the public surface plus a few internals they inspect. */
import * as library from '../../src/index';
import { requestCite } from '../../src/facade/decide';

export * from '../../src/index';

/**
 * `decide` and `safeDecide` as JSON from the wire reaches them (`unknown`): the tests build
 * claims as plain objects, often deliberately wrong, and check them at run time. The typed
 * signature itself is checked in test/types/decide-types.test.ts.
 */
export const decide = (input: unknown, options?: library.DecideOptions): library.Decision => library.decide(input, options);
export const safeDecide = (input: unknown, options?: library.DecideOptions): ReturnType<typeof library.safeDecide> => library.safeDecide(input, options);

/** The citation a failed request's reason must carry. */
export function requestCiteFor(claim: Record<string, unknown>): string {
  const request = (claim.request ?? 'best') as Parameters<typeof requestCite>[0];
  const sale = claim.sale as { date: string };
  return requestCite(request, sale.date);
}
