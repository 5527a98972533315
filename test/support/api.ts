/**
 * The library as the tests use it: the public surface (the root entry and each subpath, as
 * `sanbao`, `sanbao/policy`, … export them) plus the few internals they inspect, named below.
 */
import * as library from '../../src/index';
import { requestCite } from '../../src/rules/request-cite';

export * from '../../src/index';
export * from '../../src/entries/policy';
export * from '../../src/entries/testing';
export * from '../../src/entries/dispute';
export * from '../../src/entries/schemas';
export * from '../../src/entries/calendar';

// Internals the tests inspect: a profile's parameters on a date, the timeline's model, and the
// floor's citations (frozen as the exported lists are: test/policy/floor-first.test.ts).
export { paramsOn } from '../../src/engine/parameters';
export { timelineOf } from '../../src/explain/timeline/model';
export { FLOOR_CITES } from '../../src/policy/floor';

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
