import { weakCache } from './caches';
import type { CitationId } from '../law/citations';
import type { Text } from '../law/sources';
import { addDays } from '../time/add-days';
import type { CalendarDay } from '../time/calendar-day';
import type { EngineParams } from './parameters';
import type { Basis, ChainFacts, Finding, Rule, RuleContext } from './types';

/** A stretch of time in which a rule rests on these citations; it lasts until the next era of its layer. */
export interface Era {
  readonly from: CalendarDay;
  /** Names the text in force: it becomes part of the version name. */
  readonly tag: string;
  readonly cites: readonly CitationId[];
}

/**
 * A rule as written: its logic once, its legal basis as layers of eras. Its body learns which
 * era it runs in from the {@link Basis} it is handed (what the version rests on), not from dates.
 */
export interface RuleDefinition<Id extends string = string, Code extends string = string, F extends ChainFacts = ChainFacts, P extends EngineParams = EngineParams> {
  readonly id: Id;
  readonly describes: Text;
  readonly interpretations?: readonly string[];
  readonly lowersFloor?: Rule['lowersFloor'];
  readonly versionBy?: 'sale' | 'delivery';
  /** Parameters whose profile clauses the rule may cite (`RuleContext.citeOf`). */
  readonly reads?: readonly (keyof P & string)[];
  /**
   * The rule's basis over time. Each layer is a list of eras (ascending); a version exists for
   * every stretch between two consecutive era boundaries of any layer, and cites what each layer
   * has in force then. Its name joins the layers' tags: `mp2001+cpl2013`.
   */
  readonly basis: readonly (readonly Era[])[];
  /** The last day of the last version, when the rule stops (e.g. a rule for sales before a law). */
  readonly until?: CalendarDay;
  appliesTo?(context: RuleContext<F, P>, basis: Basis): boolean;
  run(context: RuleContext<F, P>, basis: Basis): readonly Finding<Code>[];
}

/**
 * Turns a {@link RuleDefinition} into its versions: one {@link Rule} value for each stretch of
 * time with its own legal basis, with no gap and no overlap between them.
 *
 * @example
 * defineRule({ id: 'window.refund', describes: { 'zh-CN': '七日退货', en: 'the 7-day refund' }, run: () => [], basis: [
 *   [{ from: '2001-11-15', tag: 'mp2001', cites: ['mp2001:art11'] }],
 *   [{ from: '2024-07-01', tag: 'cplr2024', cites: ['cplr2024:art18'] }],
 * ] }).map((rule) => `${rule.version} ${rule.effective.from}..${rule.effective.to ?? ''}`)
 * //=> ['mp2001 2001-11-15..2024-06-30', 'mp2001+cplr2024 2024-07-01..']
 */
export function defineRule<const Id extends string, F extends ChainFacts = ChainFacts, P extends EngineParams = EngineParams>(definition: RuleDefinition<Id, string, F, P>): Rule<Id, F, P>[] {
  const boundaries = [...new Set(definition.basis.flatMap((layer) => layer.map((era) => era.from)))].sort();
  const first = boundaries[0];
  if (first === undefined) throw new RangeError(`${definition.id}: a rule needs a basis`);
  const versions: Rule<Id, F>[] = [];
  boundaries.forEach((from, index) => {
    const next = boundaries[index + 1];
    const tags: string[] = [];
    const cites: CitationId[] = [];
    for (const layer of definition.basis) {
      let current: Era | undefined;
      for (const era of layer) if (era.from <= from) current = era;
      if (current === undefined) continue;
      if (current.tag !== '') tags.push(current.tag);
      for (const id of current.cites) if (!cites.includes(id)) cites.push(id);
    }
    const to = next === undefined ? definition.until : addDays(next, -1);
    versions.push({
      id: definition.id,
      version: tags.join('+'),
      effective: to === undefined ? { from } : { from, to },
      ...(definition.versionBy === undefined ? {} : { versionBy: definition.versionBy }),
      cites,
      ...(definition.reads === undefined ? {} : { reads: definition.reads }),
      describes: definition.describes,
      ...(definition.interpretations === undefined ? {} : { interpretations: definition.interpretations }),
      ...(definition.lowersFloor === undefined ? {} : { lowersFloor: definition.lowersFloor }),
      ...(definition.appliesTo === undefined ? {} : { appliesTo: definition.appliesTo }),
      run: definition.run,
    });
  });
  return versions;
}

/** A version's {@link Basis}: its citations, asked by identity (the ids are interned literals). */
class VersionBasis implements Basis {
  constructor(
    readonly version: string,
    readonly cites: readonly CitationId[],
  ) {}

  restsOn(cite: CitationId): boolean {
    return this.cites.includes(cite);
  }

  newest<C extends CitationId>(oldest: C, newer: C, newest?: C): C {
    if (newest !== undefined && this.cites.includes(newest)) return newest;
    return this.cites.includes(newer) ? newer : oldest;
  }
}

const bases = weakCache<Rule, Basis>('define-rule.bases', "a rule version's legal basis, as its body is handed it");

/**
 * The legal basis of a rule version, as its body is handed it (made once per version). The
 * consumer law's Art. 55 is in the basis of `activation.before-sale` only from its 2014 version;
 * the no-reason return counts under the 2017 measures once they are in force.
 *
 * @example
 * const activation = nationalRules.filter((rule) => rule.id === 'activation.before-sale');
 * activation.map((rule) => basisOf(rule).restsOn('cpl2013:art55')) //=> [false, true]
 * const noReason = nationalRules.filter((rule) => rule.id === 'no-reason.window');
 * noReason.map((rule) => basisOf(rule).newest('cpl2013:art25', 'nr2017')) //=> ['cpl2013:art25', 'cpl2013:art25', 'nr2017']
 */
export function basisOf(rule: Rule): Basis {
  let basis = bases.get(rule);
  if (basis === undefined) {
    basis = new VersionBasis(rule.version, rule.cites);
    bases.set(rule, basis);
  }
  return basis;
}
