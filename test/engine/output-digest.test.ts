import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturesDigest, type OutputDigests, SAMPLE_POLICIES, sampleClaims, sampleDigest } from './output-digest';

/**
 * Output stays byte-identical (issue 9, item 8): every fixture and a fixed 10,000-claim sample
 * decide to the same JSON as when output-digest.json was written. A failure here after a change
 * meant only for speed is a changed output; rewrite the file (write-output-digest.ts) only for a
 * deliberate change of output.
 */
const committed = JSON.parse(readFileSync(new URL('output-digest.json', import.meta.url), 'utf8')) as OutputDigests;

describe('output digest', () => {
  it('decides every fixture, with and without counterfactuals, to the committed bytes', () => {
    expect(fixturesDigest()).toBe(committed.fixtures);
  });

  const claims = sampleClaims();
  it.each(SAMPLE_POLICIES)('decides the fixed sample under %s to the committed bytes', (id) => {
    expect(claims).toHaveLength(10_000);
    expect(sampleDigest(claims, id)).toBe(committed.sample[id]);
  });
});
