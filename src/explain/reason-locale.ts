/** One language's reason messages, as data: the template of every code, and the words for values. */
export interface ReasonLocale {
  readonly messages: Readonly<Record<string, string>>;
  /** For a parameter name, the word for each of its values (`window: { refund: '退货' }`). */
  readonly terms: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** For `{count|noun}` placeholders: each noun's forms by plural category (`Intl.PluralRules`). */
  readonly nouns?: Readonly<Record<string, { readonly one?: string; readonly other: string }>>;
}
