import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/index';
import { loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';
import { type CaseDigests, fixturesDigested, type OutputDigests, SAMPLE_POLICIES, sampleClaims, sampleDigested, samplePolicy, SHORT } from './output-digest';
import { explainDifference, firstDifferingFixture, firstDifferingIndex } from './output-digest-diff';

/**
 * Output stays byte-identical (issue 9, item 8): every fixture and a fixed 10,000-claim sample
 * decide to the same JSON as when output-digest.json was written. A failure here after a change
 * meant only for speed is a changed output; rewrite the file (write-output-digest.ts) only for a
 * deliberate change of output. A failure names the first decision that differs and shows it field
 * by field against the decision the engine made when the digest was written (output-digest-diff.ts).
 */
const committed = JSON.parse(readFileSync(new URL('output-digest.json', import.meta.url), 'utf8')) as OutputDigests;
const committedCases = JSON.parse(readFileSync(new URL('output-digest-cases.json', import.meta.url), 'utf8')) as CaseDigests;

describe('output digest', () => {
  it('decides every fixture, with and without counterfactuals, to the committed bytes', () => {
    const { digest, cases } = fixturesDigested();
    const explain = () => {
      const first = firstDifferingFixture(committedCases.fixtures, cases);
      if (first === undefined) return 'no fixture’s short digest differs (output-digest-cases.json is older than output-digest.json?)';
      if (first.change !== 'changed') return `the first fixture that differs: ${first.name}, ${first.change} since the digest was written`;
      const fixture = loadFixtures().find((one) => one.name === first.name)!;
      const variants = [{}, { counterfactuals: true }] as const;
      return explainDifference(
        `the first fixture that differs: ${first.name}`,
        fixture.claim,
        variants.map((options) => ({ claim: fixture.claim, ...(fixture.policy === undefined ? {} : { policy: fixture.policy }), ...options })),
        variants.map((options) => decideFixture(fixture, options)),
      );
    };
    expect(digest, digest === committed.fixtures ? undefined : explain()).toBe(committed.fixtures);
    // Written together: the short digests that name a differing case are the committed output's.
    expect(cases).toEqual(committedCases.fixtures);
  });

  const claims = sampleClaims();
  it.each(SAMPLE_POLICIES)('decides the fixed sample under %s to the committed bytes', (id) => {
    expect(claims).toHaveLength(10_000);
    const { digest, cases } = sampleDigested(claims, id);
    const explain = () => {
      const index = firstDifferingIndex(committedCases.sample[id], cases, SHORT);
      if (index === undefined) return 'no claim’s short digest differs (output-digest-cases.json is older than output-digest.json?)';
      const claim = claims[index];
      return explainDifference(`the first claim of the sample that differs under ${id}: number ${index} (of ${claims.length})`, claim, [{ claim, policy: id }], [
        decide(claim as Record<string, unknown>, { policy: samplePolicy(id) }),
      ]);
    };
    expect(digest, digest === committed.sample[id] ? undefined : explain()).toBe(committed.sample[id]);
    expect(cases === committedCases.sample[id], 'output-digest-cases.json was written with output-digest.json').toBe(true);
  });
});
