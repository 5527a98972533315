import type { Lang } from '../law/lang';
import type { FindingDeclaration, FindingDeclarations } from './declare-finding';
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
 * src/rules/findings/, in the family named as the rule file that makes it (`window.refund` in
 * findings/windows.ts, as its rule is in windows.ts): its words in both languages, the articles
 * it may rest on, and what it does to the decision (`FindingDeclaration`). The last family holds
 * `profile.exclusion`, the one code of the profiles' shared exclusion rule
 * (src/policy/profiles/exclusion-rule.ts). A profile's own codes are declared by the profile, with
 * their messages (`messages` of `definePolicy`); the engine knows no code.
 *
 * The registry, the locales' messages (src/explain/locales) and docs/finding-codes.md follow from
 * the declarations: a national rule naming a code with no declaration is a compile error
 * (`nationalRule`), and so is a declaration missing a part.
 */
export const findingFamilies = {
  'law-in-force': { rules: 'src/rules/law-in-force.ts', codes: lawInForceFindings },
  scope: { rules: 'src/rules/scope.ts', codes: scopeFindings },
  proof: { rules: 'src/rules/proof.ts', codes: proofFindings },
  fault: { rules: 'src/rules/fault.ts', codes: faultFindings },
  damage: { rules: 'src/rules/damage.ts', codes: damageFindings },
  'sale-context': { rules: 'src/rules/sale-context.ts', codes: saleContextFindings },
  periods: { rules: 'src/rules/periods.ts', codes: periodsFindings },
  windows: { rules: 'src/rules/windows.ts', codes: windowsFindings },
  repairs: { rules: 'src/rules/repairs.ts', codes: repairsFindings },
  accessories: { rules: 'src/rules/accessories.ts', codes: accessoriesFindings },
  'no-reason': { rules: 'src/rules/no-reason.ts', codes: noReasonFindings },
  substitution: { rules: 'src/rules/substitution.ts', codes: substitutionFindings },
  remedies: { rules: 'src/rules/remedies.ts', codes: remediesFindings },
  profiles: { rules: 'src/policy/profiles/exclusion-rule.ts', codes: profilesFindings },
} as const satisfies Readonly<Record<string, { readonly rules: string; readonly codes: FindingDeclarations }>>;

type Families = typeof findingFamilies;

/** A national finding's message code. */
export type FindingCode = { [F in keyof Families]: keyof Families[F]['codes'] & string }[keyof Families];

/** Every national code's declaration, by code. */
export const findingDeclarations: Readonly<Record<FindingCode, FindingDeclaration>> = Object.freeze(
  Object.assign({}, ...Object.values(findingFamilies).map((family) => family.codes)) as Record<FindingCode, FindingDeclaration>,
);

/** Every national finding code, family by family, in the order of their declarations. */
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
export function findingMessagesIn(lang: Lang): Readonly<Record<FindingCode, string>> {
  const out = {} as Record<FindingCode, string>;
  for (const code of FINDING_CODES) out[code] = findingDeclarations[code].message[lang];
  return out;
}
