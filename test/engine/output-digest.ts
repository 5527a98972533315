import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { decide, policyById } from '../../src/index';
import { arbitraryClaim } from '../support/arbitrary-claim';
import { loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';

/**
 * The byte-identity guard of issue 9 (item 8): the SHA-256 of the JSON of every decision the
 * engine makes on a fixed input set, so that a change meant only to make the engine faster can
 * be shown to change no output byte. The set: every fixture under its own profile, with the
 * counterfactuals (as the CLI decides) and without; and a fixed sample of generated claims
 * decided under the national floor and under a few shipped profiles.
 */

/** The seed and size of the generated sample; changing either changes the digest. */
export const SAMPLE_SEED = 20_261_130;
export const SAMPLE_SIZE = 10_000;
/** The profiles the sample is decided under (the floor, and makers' and a shop's terms). */
export const SAMPLE_POLICIES = ['cn-national', 'huawei', 'apple-cn', 'dealer-handbook'] as const;

export interface OutputDigests {
  readonly fixtures: string;
  readonly sample: Readonly<Record<(typeof SAMPLE_POLICIES)[number], string>>;
}

/** The digest of every fixture's decisions, each line the fixture's name and its two decisions. */
export function fixturesDigest(): string {
  const hash = createHash('sha256');
  for (const fixture of loadFixtures()) {
    hash.update(`${fixture.name}\n`);
    hash.update(`${JSON.stringify(decideFixture(fixture))}\n`);
    hash.update(`${JSON.stringify(decideFixture(fixture, { counterfactuals: true }))}\n`);
  }
  return hash.digest('hex');
}

/** The fixed sample of claims (as JSON values), the same on every run. */
export function sampleClaims(): unknown[] {
  return fc.sample(arbitraryClaim, { seed: SAMPLE_SEED, numRuns: SAMPLE_SIZE });
}

/** The digest of the sample's decisions under one shipped profile. */
export function sampleDigest(claims: readonly unknown[], id: (typeof SAMPLE_POLICIES)[number]): string {
  const policy = policyById(id);
  if (policy === undefined) throw new Error(`unknown policy ${id}`);
  const hash = createHash('sha256');
  for (const claim of claims) hash.update(`${JSON.stringify(decide(claim as Record<string, unknown>, { policy }))}\n`);
  return hash.digest('hex');
}

/** Every digest, as `output-digest.json` holds them. */
export function outputDigests(): OutputDigests {
  const claims = sampleClaims();
  const sample = Object.fromEntries(SAMPLE_POLICIES.map((id) => [id, sampleDigest(claims, id)])) as OutputDigests['sample'];
  return { fixtures: fixturesDigest(), sample };
}
