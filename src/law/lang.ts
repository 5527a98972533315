/**
 * The languages every word of the library comes in: the law's own (Simplified Chinese) and
 * English. Every message, citation text and report is given in each of them.
 */
export type Lang = 'zh-CN' | 'en';

/**
 * The languages, in the order the library gives them.
 *
 * @example
 * LANGS //=> ['zh-CN', 'en']
 */
export const LANGS: readonly Lang[] = Object.freeze(['zh-CN', 'en'] as const);
