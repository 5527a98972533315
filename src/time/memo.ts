/**
 * A bounded cache for a pure function of a few strings and numbers. Calendar arithmetic is asked
 * the same questions again and again (a batch has a few thousand distinct dates); the answers
 * never change, so caching them changes no result, only the time. The cache empties itself when
 * it grows past `limit` entries, so memory stays bounded.
 */
export function memoize<A extends string | number, B extends string | number, R>(
  compute: (a: A, b: B) => R,
  limit = 100_000,
): (a: A, b: B) => R {
  const cache = new Map<string, R>();
  return (a, b) => {
    const key = `${a}|${b}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = compute(a, b);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
