import { version } from '../../package.json';
import { nationalPolicy } from '../policy/national';
import type { Policy } from '../policy/policy';
import { canonicalJson } from './canonical';
import { engineMaterialDigest, policyData } from './material';
import { sha256 } from './sha256';

/**
 * The digest of the rule set and data, written in by the build (tsup `define`, see
 * tsup.config.ts) so that a shipped engine does not hash its tables at start-up. A run from the
 * sources (tests, tsx) has no build: it computes the same value on first use.
 */
declare const __SANBAO_ENGINE_DIGEST__: string | undefined;

/** Which engine made a decision: the library version and the digest of its rules and data. */
export interface EngineStamp {
  readonly version: string;
  /** SHA-256 (hex) of the rule set and data, and of the profile's own terms under a profile. */
  readonly digest: string;
}

let base: string | undefined;

/** The digest of the rule set and data this library was built with. */
export function engineDigest(): string {
  base ??= typeof __SANBAO_ENGINE_DIGEST__ === 'string' ? __SANBAO_ENGINE_DIGEST__ : engineMaterialDigest();
  return base;
}

const stamps = new WeakMap<Policy, EngineStamp>();

/**
 * The stamp for decisions made under a profile: for the national floor, the engine's digest;
 * under another profile, the digest of the engine's digest and the profile's own rules,
 * parameters and clauses, so that changing a profile's parameter changes the stamp.
 *
 * @example
 * engineStamp(nationalPolicy).digest === engineStamp(nationalPolicy).digest //=> true
 * engineStamp(nationalPolicy).digest.length //=> 64
 */
export function engineStamp(policy: Policy = nationalPolicy): EngineStamp {
  let stamp = stamps.get(policy);
  if (stamp === undefined) {
    const digest = policy === nationalPolicy ? engineDigest() : sha256(`${engineDigest()}\n${canonicalJson(policyData(policy))}`);
    stamp = Object.freeze({ version, digest });
    stamps.set(policy, stamp);
  }
  return stamp;
}

/**
 * Whether two recorded stamps name the same engine; `undefined` when either decision carries
 * none (recorded before stamps existed), since then nothing can be said.
 *
 * @example
 * sameEngine({ version: '0.1.0', digest: 'a' }, { version: '0.2.0', digest: 'a' }) //=> false
 * sameEngine(undefined, { version: '0.1.0', digest: 'a' }) //=> undefined
 */
export function sameEngine(a: EngineStamp | undefined, b: EngineStamp | undefined): boolean | undefined {
  if (a === undefined || b === undefined) return undefined;
  return a.version === b.version && a.digest === b.digest;
}
