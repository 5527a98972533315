/**
 * The windows a decision derives (`derivation.windows[].key`), in the order they are shown: part
 * of the decision format, so that whoever draws a decision's dates needs nothing of the engine.
 *
 * @example
 * WINDOW_KEYS.indexOf('exchange') //=> 1
 */
export const WINDOW_KEYS = ['refund', 'exchange', 'no-reason', 'free-repair', 'warranty'] as const;

/** One of {@link WINDOW_KEYS}. */
export type WindowKey = (typeof WINDOW_KEYS)[number];
