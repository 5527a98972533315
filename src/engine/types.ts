import type { Claim } from '../claim/schema';
import type { CitationId } from '../law/citations';
import type { Text } from '../law/sources';
import type { EngineParams, ParamCitesOf, ParamKeysOf } from './parameters';
import type { CalendarDay } from '../time/calendar-day';
import type { RestDayCalendar } from '../time/rest-day-calendar';

import { REMEDY_TYPES, type RemedyType, type Verdict } from '../claim/remedy-types';

export { REMEDY_TYPES, type RemedyType, type Verdict };

/** The strength order of verdicts: refund > exchange > free repair > paid repair > nothing. */
export const STRENGTH: Readonly<Record<Verdict, number>> = {
  refund: 4,
  exchange: 3,
  'free-repair': 2,
  'paid-repair': 1,
  'no-remedy': 0,
};

/** A refund's legal route: the 三包 fault refund, or the 消保法 Art. 25 no-reason return. */
export type Route = 'sanbao' | 'no-reason';
export type Performer = 'seller' | 'repairer';

/**
 * What a deny finding takes away. `refund`: a 三包 refund the consumer would choose (not one
 * standing in for an exchange, Art. 18); `all-free`: every free 三包 remedy (refund, exchange, free
 * repair); `all-sanbao`: those and paid repair (there is nothing to repair); `no-reason`: the
 * no-reason return; `same-model-exchange`: an exchange for the same model only (Art. 18);
 * `all`: everything.
 */
export type DenyTarget = RemedyType | 'same-model-exchange' | 'no-reason' | 'all-free' | 'all-sanbao' | 'all';

/** A condition a remedy hangs on; the consumer's request can meet it. */
export type Condition = 'consumer-declines-exchange';

/** A remedy as a rule grants it. */
export interface RemedyGrant {
  readonly type: RemedyType;
  /** Refunds only; `sanbao` unless said otherwise. */
  readonly route?: Route;
  readonly amountFen?: number;
  /** Art. 19 depreciation deducted from the refund, with the days it was charged for. */
  readonly depreciationFen?: number;
  readonly depreciationDays?: number;
  /** Stated price of gifts kept back, deducted from a no-reason refund. */
  readonly giftsFen?: number;
  readonly shippingPaidBy?: Performer | 'consumer';
  /** A cap on the transport costs the seller bears (a profile's term; the law has none). */
  readonly shippingCapFen?: number;
  readonly conditions?: readonly Condition[];
  /** An exchange for another model of no lower performance (Art. 18, the consumer accepts one). */
  readonly otherModel?: boolean;
  /**
   * A refund that stands in for an exchange the seller cannot make (Art. 18). A bar on the
   * consumer's choice of a refund (target `refund`, e.g. I7's invoice copy) does not reach it.
   */
  readonly replacesExchange?: boolean;
}

/** A fact that, once established, would change the verdict. */
export interface MissingFact {
  /** The claim field, as a dotted path: `proof.invoice`. */
  readonly fact: string;
  /** The verdict it would lead to. */
  readonly would: Verdict;
  /** The value of the field that would do it, when one value does. */
  readonly value?: string | number | boolean;
}

/**
 * A fact a rule points to as decisive. On a deny finding the resolver works out what lifting the
 * denial would give (`would`); a note states it itself.
 */
export interface MissingHint {
  readonly fact: string;
  readonly value?: string | number | boolean;
  readonly would?: Verdict;
}

/** Something owed besides the remedy (Art. 15's loaner phone). */
export interface Obligation {
  /** `loaner-phone`: Art. 15 (I18); `subsidy-return`: a refunded subsidy goes back to its programme (I27). */
  readonly type: 'loaner-phone' | 'subsidy-return';
  readonly owedBy: Performer;
  readonly since: CalendarDay;
  /** What is owed, in fen, where it is money (the subsidy). */
  readonly amountFen?: number;
  /** For a subsidy to return: what the consumer paid of the price, the part a refund is worked from. */
  readonly consumerFen?: number;
}

/**
 * Message parameters: dates as `YYYY-MM-DD`, money in keys ending `Fen`, counts as numbers, lists
 * as arrays (the wording joins their items as the language joins lists).
 */
export type MessageParams = Readonly<Record<string, string | number | readonly string[]>>;

interface FindingBase<Code extends string> {
  /**
   * The message code (`src/explain/locales`): a national rule's is a `FindingCode`
   * (src/rules/finding-codes.ts); a profile's own rule carries a code the profile declares in its `messages`.
   */
  readonly code: Code;
  readonly params?: MessageParams;
  /** The citation the finding rests on; one of its rule version's `cites`. */
  readonly cite: CitationId;
}

/** What a rule concludes. A rule returns any number of these. `Code` narrows the message code. */
export type Finding<Code extends string = string> =
  | (FindingBase<Code> & { readonly effect: 'grant'; readonly grants: readonly RemedyGrant[] })
  | (FindingBase<Code> & { readonly effect: 'deny'; readonly targets: readonly DenyTarget[]; readonly missing?: MissingHint })
  | (FindingBase<Code> & { readonly effect: 'require'; readonly fact: string })
  | (FindingBase<Code> & { readonly effect: 'note'; readonly obligation?: Obligation; readonly missing?: MissingHint })
  | (FindingBase<Code> & { readonly effect: 'warn' })
  | (FindingBase<Code> & { readonly effect: 'recourse'; readonly requirement: string });

export type Effect = Finding['effect'];

/** A finding with the rule version that made it. */
export interface Attributed {
  readonly rule: string;
  readonly version: string;
  readonly finding: Finding;
}

/**
 * What the engine needs of the facts a chain runs on: the two dates that pick a rule's version.
 * The facts themselves (windows, proof, fault) are the rules' (src/rules/facts.ts): the engine
 * runs on any facts that say these.
 */
export interface ChainFacts {
  /** The date that picks the law's version: the sale date. */
  readonly lawDate: CalendarDay;
  /** The date that picks the version of a rule that goes by delivery (`versionBy: 'delivery'`). */
  readonly receiptDate: CalendarDay;
}

/**
 * What a rule sees: the claim, the derived facts, the parameters in force, and what came before.
 * `F` is the facts' type and `P` the parameters': the national rules' `RuleContext`
 * (src/rules/claim-rule.ts) sees the claim's `Facts` and the national `Params`.
 */
export interface RuleContext<F extends ChainFacts = ChainFacts, P extends EngineParams = EngineParams> {
  readonly claim: Claim;
  readonly facts: F;
  readonly params: P;
  /** The citations each parameter's value in force rests on. */
  readonly paramCites: ParamCitesOf<P>;
  /** For parameters a profile changed in part: the keys it changed. */
  readonly paramKeys: ParamKeysOf<P>;
  /** Findings of the rules that ran before this one. */
  readonly findings: readonly Attributed[];
  /** Whether the findings so far grant a remedy that no finding so far denies. */
  entitled(type: RemedyType, route?: Route): boolean;
  /** Whether a finding so far would deny this grant. */
  denied(grant: RemedyGrant): boolean;
  /** The rest-day calendar the decision uses. */
  readonly calendar: RestDayCalendar;
  /**
   * The citation for a conclusion that rests on a parameter: the profile's own clause when the
   * profile set that parameter (a `policy:` citation) — for a record changed in part, only when it
   * changed `key` — otherwise the statutory article given.
   */
  citeOf(parameter: keyof P & string, statutory: CitationId, key?: string): CitationId;
}

/**
 * What a running rule knows of its own version: the legal basis in force for it. A rule body picks
 * the article it cites from here, never by comparing dates: which article a version rests on
 * follows from the eras of its `basis` (see `defineRule`), so a version boundary is the one place
 * a date matters. Made once per rule version; asking it allocates nothing.
 */
export interface Basis {
  /** The version's name (its eras' tags joined: `mp2001+cpl2013`). */
  readonly version: string;
  /** Every citation the version rests on. */
  readonly cites: readonly CitationId[];
  /** Whether the version rests on this citation: e.g. `cpl2013:art55` only from 2014-03-15. */
  restsOn(cite: CitationId): boolean;
  /**
   * Of two or three citations that succeeded one another on the same point (oldest first), the
   * newest this version rests on; the oldest when it rests on neither later one.
   */
  newest<C extends CitationId>(oldest: C, newer: C, newest?: C): C;
}

/**
 * A rule: one version of it, in force for sales (or deliveries) from `from` to `to`. A rule family
 * is every version with the same id; for any date exactly one applies. `Id` narrows the id: the
 * national rules' ids are a closed union (`NationalRuleId`), a profile's own are any string. `F` and
 * `P` are the facts' and the parameters' types its context carries.
 */
export interface Rule<Id extends string = string, F extends ChainFacts = ChainFacts, P extends EngineParams = EngineParams> {
  readonly id: Id;
  readonly version: string;
  readonly effective: { readonly from: CalendarDay; readonly to?: CalendarDay };
  /** Which date picks the version: the sale date (default) or the delivery (receipt) date. */
  readonly versionBy?: 'sale' | 'delivery';
  readonly cites: readonly CitationId[];
  /** The parameters whose profile clauses the rule may cite instead (see `RuleContext.citeOf`). */
  readonly reads?: readonly string[];
  /** What the rule says, paraphrasing its article, for the rule catalogue. */
  readonly describes: Text;
  /** The interpretation decisions (design.md I1–I23) it implements. */
  readonly interpretations?: readonly string[];
  /**
   * A profile's rule that can take away what the law gives, declared as such so that
   * `auditPolicy` reports it without a claim (the floor check then restores the remedy).
   */
  readonly lowersFloor?: { readonly clause: CitationId; readonly describes: Text };
  /** `false`: the rule does not concern this claim (traced as not applicable). */
  appliesTo?(context: RuleContext<F, P>, basis: Basis): boolean;
  /** The findings on this claim; `basis` is this version's legal basis, to cite from. */
  run(context: RuleContext<F, P>, basis: Basis): readonly Finding[];
}

/** How a rule came out on one claim. */
export type TraceResult = 'fired' | 'silent' | 'not-applicable' | 'not-in-force';

export interface TraceEntry {
  readonly rule: string;
  /** The version that applied; absent when none was in force. */
  readonly version?: string;
  readonly result: TraceResult;
}
