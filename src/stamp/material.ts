import type { Rule } from '../engine/types';
import { catalogue } from '../law/catalogue';
import { citations } from '../law/citation-summaries';
import { performanceFaults } from '../law/performance-faults';
import { restDayCalendar } from '../law/rest-day-calendar';
import { sources } from '../law/sources';
import { nationalPolicy } from '../policy/national';
import type { Policy } from '../policy/policy';
import { canonicalJson } from './canonical';
import { sha256 } from './sha256';

/**
 * What a decision depends on besides the claim, as data: every rule version (id, version, the
 * dates it is in force, its citations, the parameters it reads), every parameter with its dated
 * values and citations, the citation registry and its sources, the catalogue, the fault table and
 * the holiday calendar. The digest of this is the engine's identity: two builds with the same
 * digest decide every claim the same way under the national floor.
 */
export function engineMaterial(): string {
  return canonicalJson({
    national: policyData(nationalPolicy),
    citations,
    sources,
    catalogue,
    faults: performanceFaults,
    calendar: restDayCalendar,
  });
}

/** The digest of {@link engineMaterial}: what the build writes in, and what a source run computes. */
export function engineMaterialDigest(): string {
  return sha256(engineMaterial());
}

/** A rule version's data (its logic is named by its version). */
function ruleData(rule: Rule) {
  const { id, version, effective, versionBy, cites, reads, interpretations, lowersFloor } = rule;
  return { id, version, effective, versionBy, cites, reads, interpretations, lowersFloor };
}

/**
 * A profile's own terms: its rules, parameters, clauses and declared terms, and its floor (named
 * as `national` when it is the national floor, which the engine digest already covers).
 */
export function policyData(policy: Policy): unknown {
  const { id, asOf, parameters, clauses, declared, floor } = policy;
  return {
    id,
    asOf,
    rules: policy.rules.map(ruleData),
    parameters,
    clauses,
    declared,
    floor: floor === undefined ? null : floor === nationalPolicy ? 'national' : policyData(floor),
  };
}
