import type { Lang } from '../law/lang';
import type { FindingDeclaration } from './declare-finding';
import { accessoriesFindings } from './findings/accessories';
import { damageFindings } from './findings/damage';
import { faultFindings } from './findings/fault';
import { lawInForceFindings } from './findings/law-in-force';
import { noReasonFindings } from './findings/no-reason';
import { periodsFindings } from './findings/periods';
import { profilesFindings } from './findings/profiles';
import { proofFindings } from './findings/proof';
import { remediesFindings } from './findings/remedies';
import { repairsFindings } from './findings/repairs';
import { saleContextFindings } from './findings/sale-context';
import { scopeFindings } from './findings/scope';
import { substitutionFindings } from './findings/substitution';
import { windowsFindings } from './findings/windows';

/**
 * Every message code a national rule's finding may carry, each declared once in
 * src/rules/findings/, in the file named as the rule file that makes it (`window.refund` in
 * findings/windows.ts, as the rule is in windows.ts): its words in both languages, the articles it
 * may rest on, and what it does to the decision (`FindingDeclaration`). The last,
 * `profile.exclusion`, is the one code of the profiles' shared exclusion rule
 * (src/policy/profiles/exclusion-rule.ts). A profile's own codes are declared by the profile, with
 * their messages (`messages` of `definePolicy`); the engine knows no code.
 *
 * The registry, the locales' messages (src/explain/locales) and docs/finding-codes.md follow from
 * the declarations: a national rule naming a code with no declaration is a compile error
 * (`nationalRule`), and so is a declaration missing a part.
 */
export const findingDeclarations = {
  ...lawInForceFindings,
  ...scopeFindings,
  ...proofFindings,
  ...faultFindings,
  ...damageFindings,
  ...saleContextFindings,
  ...periodsFindings,
  ...windowsFindings,
  ...repairsFindings,
  ...accessoriesFindings,
  ...noReasonFindings,
  ...substitutionFindings,
  ...remediesFindings,
  ...profilesFindings,
} as const;

/** A finding's message code. */
export type FindingCode = keyof typeof findingDeclarations;

/** Every national finding code, in the order of their declarations. */
export const FINDING_CODES: readonly FindingCode[] = Object.freeze(Object.keys(findingDeclarations) as FindingCode[]);

/** A code's declaration. */
export const findingDeclaration = (code: FindingCode): FindingDeclaration => findingDeclarations[code];

/**
 * Each national code's message template in one language: the national part of a locale's messages
 * (src/explain/locales/en.ts and zh-CN.ts spread it).
 *
 * @example
 * findingMessagesIn('en')['remedy.paid-repair'] //=> 'A paid repair is always open for a fault outside 三包.'
 */
export function findingMessagesIn<L extends Lang>(lang: L): { readonly [C in FindingCode]: (typeof findingDeclarations)[C]['message'][L] } {
  const out: Record<string, string> = {};
  for (const code of FINDING_CODES) out[code] = findingDeclarations[code].message[lang];
  return out as { readonly [C in FindingCode]: (typeof findingDeclarations)[C]['message'][L] };
}
