/**
 * Whether two values are the same data: JSON data (objects, arrays, strings, numbers, booleans,
 * null) compared structurally; anything else by identity.
 *
 * @example
 * sameData({ days: 7, keys: ['a'] }, { days: 7, keys: ['a'] }) //=> true
 * sameData([1, 2], { 0: 1, 1: 2 })                            //=> false
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  return true;
}
