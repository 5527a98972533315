import type { Compared } from '../diff';

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

/** The words of `check`'s report: its headings and labels. */
export interface CheckWords {
  readonly case: string;
  readonly line: string;
  readonly meets: string;
  readonly below: string;
  readonly short: string;
  readonly more: string;
  readonly moot: string;
  readonly summary: string;
  readonly checked: string;
  readonly belowCount: string;
  readonly invalid: string;
  readonly byArticle: string;
  readonly otherEngine: string;
  readonly provisional: string;
}

/** The words of `diff`'s report: headings, templates (`{n}`, `{before}`…), and words for results and parts. */
export interface DiffWords {
  readonly title: string;
  readonly unpaired: string;
  readonly invalid: string;
  readonly profiles: string;
  readonly profileChanged: string;
  readonly engines: string;
  readonly none: string;
  readonly notCompared: string;
  readonly sameEngine: string;
  readonly sameEngineProfiles: string;
  readonly engineChanged: string;
  readonly undetermined: string;
  readonly noChange: string;
  readonly verdictChanges: string;
  readonly rulesChanged: string;
  readonly changedLines: string;
  readonly lines: string;
  readonly oneLine: string;
  readonly line: string;
  readonly lineHead: string;
  readonly before: string;
  readonly after: string;
  readonly what: string;
  readonly rules: string;
  readonly rule: string;
  readonly count: string;
  readonly nothing: string;
  readonly floorRun: string;
  readonly outcome: Readonly<Record<string, string>>;
  readonly result: Readonly<Record<string, string>>;
  readonly compared: Readonly<Record<Compared, string>>;
  readonly list: string;
}

/** One locale: a template per code, the words for remedies and payers, and the reports' words. */
export interface DisputeLocale {
  readonly messages: Readonly<Record<DisputeCode, string>>;
  readonly check: CheckWords;
  readonly diff: DiffWords;
  readonly verdict: Readonly<Record<'refund' | 'exchange' | 'free-repair' | 'paid-repair' | 'no-remedy', string>>;
  readonly party: Readonly<Record<'seller' | 'repairer' | 'consumer', string>>;
}
