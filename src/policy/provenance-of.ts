import { deepFreeze } from './deep-freeze';
import type { Policy } from './policy';
import { PROFILE_PROVENANCE, type ProfileProvenance } from './profiles/provenance';
import { shippedPolicies } from './registry';

export type { ProfileKind, ProfileProvenance, ProfileSource, SourceGrade } from './profiles/provenance';
export { PROVENANCE_CHECKED, SOURCE_GRADES } from './profiles/provenance';

/*
 * Apart from the registry, so that deciding (which needs the profiles, not where their terms come
 * from) does not carry every source's title, address and note into a caller's bundle.
 */
const PROVENANCE: readonly ProfileProvenance[] = /* @__PURE__ */ deepFreeze(PROFILE_PROVENANCE);

/**
 * Where a shipped profile's terms come from: its sources with their dates and grades, the grade of
 * the best of them, whether the maker's current (2024–2026) terms were found, and whether a list of
 * profiles offers it by default. `undefined` for a profile the library does not ship.
 *
 * @example
 * provenanceOf('apple-cn')?.grade //=> 'maker-published'
 * provenanceOf('seed-tiered')?.offeredByDefault //=> false
 */
export function provenanceOf(id: string): ProfileProvenance | undefined {
  if (typeof id !== 'string') return undefined;
  const wanted = id.trim().toLowerCase();
  return PROVENANCE.find((entry) => entry.id === wanted);
}

/**
 * The shipped profiles a list to choose from offers without being asked (the desk's select), in
 * the order of {@link shippedPolicies}: all but those whose only source is a content farm (the two
 * seed-derived profiles), which can still be named and decided under.
 *
 * @example
 * policiesOfferedByDefault().map((policy) => policy.id).includes('dealer-handbook') //=> false
 * policiesOfferedByDefault()[0]?.id //=> 'cn-national'
 */
export function policiesOfferedByDefault(): readonly Policy[] {
  return OFFERED_BY_DEFAULT;
}

const OFFERED_BY_DEFAULT: readonly Policy[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ shippedPolicies.filter((policy) => provenanceOf(policy.id)?.offeredByDefault === true));
