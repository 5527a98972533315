/**
 * The words of input errors as data (zod v4's locales): the codes and expectations every locale
 * gives a message for. The locales (`locales/*.ts`) are typed by these, and `input-error.ts` fills
 * them; the types live apart so that neither imports the other in a circle.
 */

export type InputErrorCode = 'required' | 'type' | 'value' | 'unknown-key' | 'range' | 'order' | 'json' | 'encoding' | 'too-large';

/** What can be expected of a field; each has a message in every locale. */
export type Expectation =
  | 'string'
  | 'number'
  | 'int'
  | 'boolean'
  | 'object'
  | 'array'
  | 'null'
  | 'calendar-day'
  | 'imei'
  | 'fen'
  | 'one-of'
  | 'no-such-key'
  | 'at-least'
  | 'at-most'
  | 'at-most-items'
  | 'at-most-chars'
  | 'date-on-or-after'
  | 'date-on-or-before'
  | 'open-repair-last'
  | 'not-above'
  | 'json-value'
  | 'weekend-day'
  | 'unique-year'
  | 'year-not-in-library'
  | 'no-overlap'
  | 'span-in-year'
  | 'span-length'
  | 'json-object'
  | 'utf-8'
  | 'size-limit'
  | 'nesting-limit';

/**
 * Additions to some errors' words: `position` where a text stops being JSON (it stands for
 * `{path}` in the message), `near` the known field a mistyped one most likely meant (it wraps
 * `{expected}`).
 */
export type InputErrorNote = 'position' | 'near';

/** One locale's input-error messages: the data behind every {@link InputError}. */
export interface InputErrorMessages {
  readonly messages: Readonly<Record<InputErrorCode, string>>;
  readonly expected: Readonly<Record<Expectation, string>>;
  readonly notes: Readonly<Record<InputErrorNote, string>>;
}
