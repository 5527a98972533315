import { boundedMap } from './caches';
import type { Claim } from '../claim/schema';

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

/**
 * A copy of the claim with one fact set, named by its dotted path (`proof.invoice`,
 * `history.repairs[0].delayCause`). The claim itself is not touched.
 *
 * @example
 * withFact(claim, 'proof.invoice', 'original').proof.invoice //=> 'original'
 */
export function withFact(claim: Claim, fact: string, value: unknown): Claim {
  const keys = keysOf(fact);
  const set = (node: unknown, index: number): unknown => {
    const key = keys[index];
    if (key === undefined) return value;
    if (Array.isArray(node)) return node.map((item, at) => (at === key ? set(item, index + 1) : item));
    const record = (node ?? {}) as Record<string, unknown>;
    return { ...record, [key]: set(record[key as string], index + 1) };
  };
  return set(claim, 0) as Claim;
}

/**
 * A fact's path split into keys, split once per path: the same few paths (the facts rules name
 * as decisive) are set again for claim after claim. Bounded, as any path may be asked for.
 */
const paths = boundedMap<string, readonly (string | number)[]>('with-fact.paths', "a fact's path split into keys", 1000);

function keysOf(fact: string): readonly (string | number)[] {
  let keys = paths.get(fact);
  if (keys === undefined) {
    keys = [...fact.matchAll(SEGMENT)].map((match) => (match[2] === undefined ? match[1]! : Number(match[2])));
    paths.set(fact, keys);
  }
  return keys;
}
