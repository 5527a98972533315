/** What a consumer can be given, strongest first. */
export const REMEDY_TYPES = ['refund', 'exchange', 'free-repair', 'paid-repair'] as const;
export type RemedyType = (typeof REMEDY_TYPES)[number];

/** A decision's verdict: the remedy decided, or nothing. */
export type Verdict = RemedyType | 'no-remedy';
