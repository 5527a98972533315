import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { decide } from '../../src/index';
import { type Policy, policyById } from '../../src/entries/policy';
import { arbitraryClaim } from '../support/arbitrary-claim';
import { type LoadedFixture, loadFixtures } from '../support/fixtures';
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

/**
 * What names the first decision that differs when a digest does (output-digest-cases.json): each
 * fixture's short digest by name, and each sample claim's, in order, under each profile. The
 * short digests are not the guard (the full digests above are): they only point at a case.
 */
export interface CaseDigests {
  readonly fixtures: Readonly<Record<string, string>>;
  /** Per profile, SHORT hex characters per claim of the sample, in order. */
  readonly sample: Readonly<Record<(typeof SAMPLE_POLICIES)[number], string>>;
}

/** Hex characters of a case's short digest: 16 bits, a chance of 1 in 65,536 of missing a change. */
export const SHORT = 4;
const short = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, SHORT);

/** A set's digest and its cases' short digests, computed in one pass. */
interface Digested<Cases> {
  readonly digest: string;
  readonly cases: Cases;
}

/** The lines a fixture adds to the digest: its name and its two decisions. */
function fixtureLines(fixture: LoadedFixture): string {
  return `${fixture.name}\n${JSON.stringify(decideFixture(fixture))}\n${JSON.stringify(decideFixture(fixture, { counterfactuals: true }))}\n`;
}

/** The digest of every fixture's decisions, each line the fixture's name and its two decisions; and each fixture's short digest. */
export function fixturesDigested(): Digested<Record<string, string>> {
  const hash = createHash('sha256');
  const cases: Record<string, string> = {};
  for (const fixture of loadFixtures()) {
    const lines = fixtureLines(fixture);
    hash.update(lines);
    cases[fixture.name] = short(lines);
  }
  return { digest: hash.digest('hex'), cases };
}

/** The digest of every fixture's decisions. */
export function fixturesDigest(): string {
  return fixturesDigested().digest;
}

/** The fixed sample of claims (as JSON values), the same on every run. */
export function sampleClaims(): unknown[] {
  return fc.sample(arbitraryClaim, { seed: SAMPLE_SEED, numRuns: SAMPLE_SIZE });
}

/** The profile a sample is decided under. */
export function samplePolicy(id: (typeof SAMPLE_POLICIES)[number]): Policy {
  const policy = policyById(id);
  if (policy === undefined) throw new Error(`unknown policy ${id}`);
  return policy;
}

/** The digest of the sample's decisions under one shipped profile, and each claim's short digest (in order). */
export function sampleDigested(claims: readonly unknown[], id: (typeof SAMPLE_POLICIES)[number]): Digested<string> {
  const policy = samplePolicy(id);
  const hash = createHash('sha256');
  const cases: string[] = [];
  for (const claim of claims) {
    const line = `${JSON.stringify(decide(claim as Record<string, unknown>, { policy }))}\n`;
    hash.update(line);
    cases.push(short(line));
  }
  return { digest: hash.digest('hex'), cases: cases.join('') };
}

/** The digest of the sample's decisions under one shipped profile. */
export function sampleDigest(claims: readonly unknown[], id: (typeof SAMPLE_POLICIES)[number]): string {
  return sampleDigested(claims, id).digest;
}

/** Every digest, as `output-digest.json` holds them, and the cases' short digests, as `output-digest-cases.json` does. */
export function outputDigests(): { readonly digests: OutputDigests; readonly cases: CaseDigests } {
  const claims = sampleClaims();
  const samples = SAMPLE_POLICIES.map((id) => [id, sampleDigested(claims, id)] as const);
  const fixtures = fixturesDigested();
  return {
    digests: { fixtures: fixtures.digest, sample: Object.fromEntries(samples.map(([id, { digest }]) => [id, digest])) as OutputDigests['sample'] },
    cases: { fixtures: fixtures.cases, sample: Object.fromEntries(samples.map(([id, { cases }]) => [id, cases])) as CaseDigests['sample'] },
  };
}
