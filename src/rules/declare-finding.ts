import type { DenyTarget, Obligation, RemedyType } from '../engine/types';
import type { StatuteCitationId } from '../law/citations';
import type { Text } from '../law/sources';
import type { Params } from './national-parameters';

/**
 * What a national finding code is, declared once (as a parameter is, `declare-parameter.ts`): the
 * words a decision gives for it in both languages, the articles it may rest on, and what it does to
 * the decision. The code registry (`FINDING_CODES`), the locales' messages
 * (src/explain/locales/en.ts, zh-CN.ts) and docs/finding-codes.md are derived from the
 * declarations in src/rules/findings/; test/rules/finding-declarations.test.ts decides every
 * fixture and a sample of generated claims under every shipped profile and checks that each
 * finding rests on a declared citation and does what its code declares.
 */

/**
 * What a finding with the code does to the decision, as the rules that make it do it
 * (src/engine/findings.ts makes the findings):
 *
 * - `{ grants }`: offers these remedies (a `grant` finding, its grants exactly these types);
 * - `{ denies }`: takes away at most these (a `deny` finding; a profile's parameter may take away
 *   fewer, as `secondaryProofDenies` does);
 * - `{ obliges }`: owes something besides the remedy (a `note` with this obligation);
 * - `awaits`: the decision is provisional until a fact is established (a `require` finding);
 * - `points-to`: names a fact the claim does not give that would change the outcome (a `note`
 *   with a missing fact; the decision lists it under `missing`);
 * - `dates`: says how a date the decision gives was reached (a `note` stating a start or last day
 *   of a window);
 * - `informs`: says why, or what else holds; changes no remedy (a `note`): a remedy a rule does
 *   not give is absent by its silence, and the note says why;
 * - `warns`: a warning (`warn`), listed apart from the reasons;
 * - `recourse`: the seller's recourse against the maker is at risk (`recourse`); the consumer's
 *   remedy is unchanged.
 */
export type FindingEffect =
  | { readonly grants: readonly RemedyType[] }
  | { readonly denies: readonly DenyTarget[] }
  | { readonly obliges: Obligation['type'] }
  | 'awaits'
  | 'points-to'
  | 'dates'
  | 'informs'
  | 'warns'
  | 'recourse';

/**
 * A national finding code, declared once. Every part is required: a declaration without its words
 * in both languages, its citations or its effect does not compile.
 */
export interface FindingDeclaration {
  /**
   * The template of its message in each language (src/explain/messages.ts fills it): `{name}`
   * placeholders take the finding's parameters; money (keys ending `Fen`) renders in yuan; a
   * value listed in the locale's `terms` renders as its term; `{count|noun}` takes the noun's
   * plural form.
   */
  readonly message: Text;
  /**
   * The articles it may rest on: where the article depends on the law in force for the sale (the
   * counting articles of 民法通则, 民法总则 and 民法典; the no-reason return's law and its 2017
   * measures), each alternative. Empty only for a code that rests on a profile's clause alone.
   */
  readonly cites: readonly StatuteCitationId[];
  /**
   * A profile's clause that may stand in for the article: the clause by which the profile set one
   * of these parameters (`RuleContext.citeOf`), or, for `'own'`, a clause of the profile whose
   * rule makes the finding (the profiles' shared exclusion rule).
   */
  readonly clauseOf?: readonly (keyof Params)[] | 'own';
  /** What it does to the decision. */
  readonly effect: FindingEffect;
}

/** The declarations of a family of codes, by code. */
export type FindingDeclarations = Readonly<Record<string, FindingDeclaration>>;

/**
 * The effect's name, for docs and tests: `grants`, `denies`, `obliges`, or the effect itself.
 *
 * @example
 * effectKind({ grants: ['refund'] }) //=> 'grants'
 * effectKind('warns') //=> 'warns'
 */
export function effectKind(effect: FindingEffect): 'grants' | 'denies' | 'obliges' | Extract<FindingEffect, string> {
  if (typeof effect === 'string') return effect;
  return 'grants' in effect ? 'grants' : 'denies' in effect ? 'denies' : 'obliges';
}
