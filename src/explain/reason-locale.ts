/** One language's reason messages, as data: the template of every code, and the words for values. */
export interface ReasonLocale {
  readonly messages: Readonly<Record<string, string>>;
  /** For a parameter name, the word for each of its values (`window: { refund: '退货' }`). */
  readonly terms: Readonly<Record<string, Readonly<Record<string, string>>>>;
}
