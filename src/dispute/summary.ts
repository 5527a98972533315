import type { CheckResult } from './check';

/** The end of a `check` batch: how many were checked, how many fell below the floor, by which article. */
export interface CheckSummary {
  readonly checked: number;
  readonly meetFloor: number;
  readonly belowFloor: number;
  /** Lines that were not a valid claim and shop decision (not counted as checked). */
  readonly invalid: number;
  /** For each article, how many decisions fell short of something owed under it; most first. */
  readonly byArticle: readonly { readonly cite: string; readonly count: number }[];
  /** How many records named an engine other than the one that checked them. */
  readonly otherEngine: number;
}

/**
 * Counts results as they come (a year of decisions need not be held in memory).
 *
 * @example
 * const summary = checkSummary();
 * summary.invalid();
 * summary.result().invalid //=> 1
 */
export function checkSummary() {
  let checked = 0;
  let below = 0;
  let invalid = 0;
  let otherEngine = 0;
  const articles = new Map<string, number>();
  return {
    add(result: CheckResult): void {
      checked += 1;
      if (result.engine.same === false) otherEngine += 1;
      if (result.meetsFloor) return;
      below += 1;
      for (const cite of new Set(result.shortfalls.flatMap((shortfall) => shortfall.cites))) articles.set(cite, (articles.get(cite) ?? 0) + 1);
    },
    invalid(): void {
      invalid += 1;
    },
    result(): CheckSummary {
      const byArticle = [...articles].map(([cite, count]) => ({ cite, count })).sort((a, b) => b.count - a.count || (a.cite < b.cite ? -1 : 1));
      return { checked, meetFloor: checked - below, belowFloor: below, invalid, byArticle, otherEngine };
    },
  };
}
