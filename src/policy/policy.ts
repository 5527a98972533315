import type { Rule } from '../engine/types';
import type { Text } from '../law/sources';
import type { CalendarDay } from '../time/calendar-day';
import type { ParameterSet } from '../rules/national-parameters';

/**
 * One clause of a profile's source, citable as `policy:<profile-id>:<clause>`. Its text is a
 * paraphrase of what the maker or dealer published.
 */
export interface PolicyClause {
  readonly label: Text;
  readonly text: Text;
  /** `A` official or verbatim mirror, `B` third-party copy, `C` content farm only. */
  readonly confidence: 'A' | 'B' | 'C';
}

/**
 * Terms a profile publishes that no claim fact can test (the engine cannot compute them), kept so
 * that `auditPolicy` can still hold them against the floor.
 */
export interface DeclaredTerms {
  /** Refunds at the maker's list price rather than the invoice price: the clause saying so. */
  readonly refundAtListPrice?: string;
  /** Exclusions beyond the statutory list: each with the clause saying so. */
  readonly exclusions?: readonly { readonly id: string; readonly clause: string; readonly describes: Text }[];
}

/**
 * A policy profile: the terms a shop decides claims by. The national profile is the statutory
 * floor; a maker's or dealer's profile is derived from it with `definePolicy` and may promise
 * more, never less (MP2001 Arts. 3–4): decisions under it are checked against its `floor`. The
 * engine reads parameters and runs rules; it never looks at a profile's id.
 */
export interface Policy {
  readonly id: string;
  readonly title: Text;
  /**
   * Where the terms come from: a document or a URL, as published (`title`, with notes for
   * maintainers), and as a reader is told it, in both languages (`name`).
   */
  readonly source: { readonly title: string; readonly name?: Text; readonly url?: string };
  /** The date of the source as read (when it was published, as near as the source shows). */
  readonly asOf: CalendarDay;
  /** `statute` for the law itself; `A` official or verbatim mirror, `B` third-party copy, `C` content farm only. */
  readonly confidence: 'statute' | 'A' | 'B' | 'C';
  readonly parameters: ParameterSet;
  readonly rules: readonly Rule[];
  /** The profile's citable clauses, by full id (`policy:oppo:exchange-window`). */
  readonly clauses: Readonly<Record<string, PolicyClause>>;
  readonly declared?: DeclaredTerms;
  /** The statutory floor every decision under this profile is checked against; absent for the floor itself. */
  readonly floor?: Policy;
  /** Notes on what the profile leaves out and why. */
  readonly notes?: Text;
  /**
   * The profile's own message codes (its rules' findings' `code`, `dealer.unmet.no-wear`), each
   * with its message in both languages: a template whose `{name}` placeholders the finding's
   * parameters fill, as in the national locales (src/explain/locales), which hold the national
   * codes. A profile cannot reword a national code.
   */
  readonly messages?: Readonly<Record<string, Text>>;
}
