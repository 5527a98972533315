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
  const keys = [...fact.matchAll(SEGMENT)].map((match) => (match[2] === undefined ? match[1]! : Number(match[2])));
  const set = (node: unknown, index: number): unknown => {
    const key = keys[index];
    if (key === undefined) return value;
    if (Array.isArray(node)) return node.map((item, at) => (at === key ? set(item, index + 1) : item));
    const record = (node ?? {}) as Record<string, unknown>;
    return { ...record, [key]: set(record[key as string], index + 1) };
  };
  return set(claim, 0) as Claim;
}
