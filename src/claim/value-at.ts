/**
 * The value at a path in a value, following own properties only (a key a value merely inherits,
 * such as `constructor`, is not there); `undefined` where the path leads nowhere.
 *
 * @example
 * valueAt({ sale: { date: '2025-03-01' } }, ['sale', 'date']) //=> '2025-03-01'
 * valueAt({ sale: {} }, ['sale', 'constructor']) //=> undefined
 * valueAt([[1, 2]], [0, 1]) //=> 2
 */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
