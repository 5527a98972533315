/**
 * A JSON value written with its object keys sorted and `undefined` members left out, so that
 * two values that mean the same JSON compare equal as strings.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, { d: undefined, c: null }] }) //=> '{"a":[true,{"c":null}],"b":1}'
 */
export function canonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, member: unknown) =>
    member !== null && typeof member === 'object' && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : member,
  );
}

/**
 * Whether two JSON values are the same: same members regardless of key order, arrays in order.
 *
 * @example
 * sameJson({ a: 1, b: [2] }, { b: [2], a: 1 }) //=> true
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
