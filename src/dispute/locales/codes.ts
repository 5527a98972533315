/** The codes of the dispute messages (`check` and `diff`); every locale has a template for each. */
export const DISPUTE_CODES = [
  'check.meets',
  'check.below',
  'check.provisional',
  'shortfall.not-offered',
  'shortfall.amount',
  'shortfall.amount-declined',
  'shortfall.amount-instead',
  'shortfall.shipping',
  'shortfall.condition',
  'shortfall.other-model',
  'shortfall.condition-instead',
  'shortfall.shipping-instead',
  'shortfall.other-model-instead',
  'more.stronger',
  'more.not-owed',
  'more.amount',
  'more.shipping',
  'engine.different',
  'engine.same',
  'engine.unknown',
  'words.remedy-amount',
  'words.owed-or-declined',
] as const;
export type DisputeCode = (typeof DISPUTE_CODES)[number];

/** One locale: a template per code, and the words for remedies and payers. */
export interface DisputeLocale {
  readonly messages: Readonly<Record<DisputeCode, string>>;
  readonly verdict: Readonly<Record<'refund' | 'exchange' | 'free-repair' | 'paid-repair' | 'no-remedy', string>>;
  readonly party: Readonly<Record<'seller' | 'repairer' | 'consumer', string>>;
}
