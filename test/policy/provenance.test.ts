import { describe, expect, it } from 'vitest';
import { PROVENANCE_CHECKED, policiesOfferedByDefault, provenanceOf, SOURCE_GRADES, shippedPolicies } from '../../src/entries/policy';
import { isCalendarDay } from '../../src/time/calendar-day';

/**
 * Each shipped profile says where its terms come from (issue 19, item 7): sources with dates and
 * grades, the profile's grade is the best of them and matches its confidence letter, and a
 * profile whose only source is a content farm is left out of the default offer (the desk's list).
 */
const LETTER = { statute: 'statute', 'maker-published': 'A', secondary: 'B', 'content-farm': 'C' } as const;

describe('profile provenance', () => {
  it.each(shippedPolicies.map((policy) => [policy.id, policy] as const))('%s: sources, grade and default offer agree', (id, policy) => {
    const entry = provenanceOf(id);
    expect(entry, id).toBeDefined();
    expect(entry!.sources.length).toBeGreaterThan(0);
    const best = Math.min(...entry!.sources.filter((source) => source.encodes !== false).map((source) => SOURCE_GRADES.indexOf(source.grade)));
    expect(entry!.grade).toBe(SOURCE_GRADES[best]);
    expect(LETTER[entry!.grade]).toBe(policy.confidence);
    expect(entry!.offeredByDefault).toBe(entry!.grade !== 'content-farm');
    for (const source of entry!.sources) {
      if (source.date !== undefined) {
        expect(isCalendarDay(source.date), source.title).toBe(true);
        expect(source.date <= PROVENANCE_CHECKED, source.title).toBe(true);
      }
      expect(source.dated.length, source.title).toBeGreaterThan(0);
    }
    expect(policy.asOf <= PROVENANCE_CHECKED).toBe(true);
    expect(entry!.current.checked).toBe(PROVENANCE_CHECKED);
    expect(entry!.current.found === 'not-applicable').toBe(entry!.kind !== 'maker');
  });

  it('knows no profile the library does not ship, and matches ids as policyById does', () => {
    expect(provenanceOf('nokia')).toBeUndefined();
    expect(provenanceOf(' HUAWEI ')?.id).toBe('huawei');
  });

  it('offers by default every profile but the two seed-derived ones, which only content farms carry', () => {
    const offered = policiesOfferedByDefault().map((policy) => policy.id);
    expect(offered).toEqual(shippedPolicies.map((policy) => policy.id).filter((id) => id !== 'dealer-handbook' && id !== 'seed-tiered'));
    expect(provenanceOf('dealer-handbook')).toMatchObject({ kind: 'dealer', grade: 'content-farm', offeredByDefault: false });
    expect(provenanceOf('seed-tiered')).toMatchObject({ kind: 'generic', grade: 'content-farm', offeredByDefault: false });
    expect(Object.isFrozen(policiesOfferedByDefault())).toBe(true);
  });

  it('titles the seed-derived profiles by what they are, not by their seed numbers', () => {
    for (const id of ['dealer-handbook', 'seed-tiered']) {
      const policy = shippedPolicies.find((candidate) => candidate.id === id)!;
      for (const title of [policy.title['zh-CN'], policy.title.en]) expect(title).not.toMatch(/种子|seed/i);
    }
    expect(shippedPolicies.find((policy) => policy.id === 'dealer-handbook')!.title['zh-CN']).toBe('某经销商手册的三包政策');
    expect(shippedPolicies.find((policy) => policy.id === 'seed-tiered')!.title['zh-CN']).toBe('通用分级售后政策');
  });

  it('says, for each maker, whether its current (2024–2026) terms were found', () => {
    const found = Object.fromEntries(shippedPolicies.map((policy) => [policy.id, provenanceOf(policy.id)!.current.found]));
    expect(found).toEqual({
      'cn-national': 'not-applicable',
      'dealer-handbook': 'not-applicable',
      'seed-tiered': 'not-applicable',
      xiaomi: 'no',
      huawei: 'no',
      honor: 'in-part',
      oppo: 'in-part',
      vivo: 'in-part',
      'apple-cn': 'yes',
      meizu: 'no',
      nubia: 'no',
    });
  });

  it('cannot be rewritten by a caller', () => {
    const entry = provenanceOf('huawei')!;
    expect(() => {
      (entry as { offeredByDefault: boolean }).offeredByDefault = false;
    }).toThrow(TypeError);
    expect(provenanceOf('huawei')!.offeredByDefault).toBe(true);
  });
});
