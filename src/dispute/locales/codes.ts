/** The codes of the dispute messages (`check` and `diff`); every locale has a template for each. */
export const DISPUTE_CODES = [
  'check.meets',
  'check.below',
  'check.provisional',
  'shortfall.not-offered',
  'shortfall.amount',
  'shortfall.shipping',
  'shortfall.condition',
  'shortfall.other-model',
  'more.stronger',
  'more.not-owed',
  'more.amount',
  'more.shipping',
  'engine.different',
  'engine.same',
  'engine.unknown',
] as const;
export type DisputeCode = (typeof DISPUTE_CODES)[number];

/** One locale: a template per code, and the words for remedies and payers. */
export interface DisputeLocale {
  readonly messages: Readonly<Record<DisputeCode, string>>;
  readonly verdict: Readonly<Record<'refund' | 'exchange' | 'free-repair' | 'paid-repair' | 'no-remedy', string>>;
  readonly party: Readonly<Record<'seller' | 'repairer' | 'consumer', string>>;
}
