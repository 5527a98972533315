import type { Rule } from '../engine/types';
import type { Text } from '../law/sources';
import type { CalendarDay } from '../time/calendar-day';
import type { ParameterSet } from './parameters';

/**
 * A policy profile: the terms a shop decides claims by. The national profile is the statutory
 * floor; a maker's or dealer's profile is derived from it with `definePolicy` and may promise
 * more, never less (MP2001 Arts. 3–4). The engine reads parameters and runs rules; it never
 * looks at a profile's id.
 */
export interface Policy {
  readonly id: string;
  readonly title: Text;
  /** Where the terms come from: a document or a URL, as published. */
  readonly source: { readonly title: string; readonly url?: string };
  /** The date the source was read as published. */
  readonly asOf: CalendarDay;
  /** `statute` for the law itself; `A` official or verbatim mirror, `B` third-party copy, `C` content farm only. */
  readonly confidence: 'statute' | 'A' | 'B' | 'C';
  readonly parameters: ParameterSet;
  readonly rules: readonly Rule[];
}
