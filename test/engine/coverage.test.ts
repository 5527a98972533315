import { describe, expect, it } from 'vitest';
import { nationalPolicy, shippedPolicies } from '../support/api';
import { loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';

/**
 * Every rule must have a fixture that makes it fire and one that shows it not firing (design.md
 * §5). Counted from what the decisions' traces say, not from what the fixtures claim.
 */
describe('fixture coverage of the rules', () => {
  const fixtures = loadFixtures();
  const fired = new Map<string, string[]>();
  const quiet = new Map<string, string[]>();
  for (const fixture of fixtures) {
    for (const entry of decideFixture(fixture).trace) {
      const into = entry.result === 'fired' ? fired : entry.result === 'silent' || entry.result === 'not-applicable' ? quiet : undefined;
      if (into === undefined) continue;
      into.set(entry.rule, [...(into.get(entry.rule) ?? []), fixture.name]);
    }
  }
  const ids = [...new Set(shippedPolicies.flatMap((policy) => policy.rules.map((rule) => rule.id)))];

  it.each(ids)('%s fires in some fixture and stays quiet in another', (id) => {
    expect(fired.get(id)?.length ?? 0, `${id}: no fixture makes it fire`).toBeGreaterThan(0);
    expect(quiet.get(id)?.length ?? 0, `${id}: no fixture shows it not firing`).toBeGreaterThan(0);
  });

  it('covers every national rule', () => {
    expect(new Set(nationalPolicy.rules.map((rule) => rule.id)).size).toBeGreaterThan(30);
  });
});
