/**
 * Sealing what a profile's own rules are handed (design.md §5: nothing a rule is handed is shared
 * with another decision or writable). The claim, the facts, the parameters and the findings so far
 * are plain data (objects, arrays, strings, numbers, booleans); a rule the library does not ship
 * sees them only frozen through and through. Values sealed once (cached roll-overs, the
 * parameters of an era, the statute's tables) are remembered, so that a later decision walks only
 * what it made itself.
 */

/** Values known to be frozen through and through. */
const sealedValues = new WeakSet<object>();

const isNode = (value: unknown): value is object => value !== null && (typeof value === 'object' || typeof value === 'function');

/**
 * Freezes a value and everything reachable from it through own data properties, in place, and
 * returns it. A subtree sealed before is not walked again.
 *
 * @example
 * const facts = sealed({ refund: { last: '2025-03-14', skipped: [] } });
 * Object.isFrozen(facts.refund.skipped) //=> true
 */
export function sealed<T>(value: T): T {
  if (!isNode(value) || sealedValues.has(value)) return value;
  const pending: object[] = [value];
  const walked: object[] = [];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (sealedValues.has(current)) continue;
    sealedValues.add(current);
    walked.push(current);
    Object.freeze(current);
    const keys = Reflect.ownKeys(current);
    for (let index = 0; index < keys.length; index += 1) {
      const descriptor = Object.getOwnPropertyDescriptor(current, keys[index]!);
      if (descriptor !== undefined && 'value' in descriptor && isNode(descriptor.value) && !sealedValues.has(descriptor.value)) pending.push(descriptor.value);
    }
  }
  return value;
}

/**
 * A frozen copy of plain data (a claim): arrays and plain objects are copied, everything in them
 * frozen; a subtree sealed before is shared rather than copied (a claim changed in one field by
 * `withFact` copies only the path to it). The original is left as it was, writable if it was.
 *
 * @example
 * const mine = { sale: { date: '2025-03-07' } };
 * const copy = sealedCopy(mine);
 * [copy.sale.date, Object.isFrozen(copy.sale), Object.isFrozen(mine.sale)] //=> ['2025-03-07', true, false]
 */
export function sealedCopy<T>(value: T): T {
  if (!isNode(value) || sealedValues.has(value)) return value;
  if (typeof value === 'function') return sealed(value);
  let copy: Record<string, unknown> | unknown[];
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) items[index] = sealedCopy(value[index]);
    copy = items;
  } else {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = sealedCopy((value as Record<string, unknown>)[key]);
    copy = out;
  }
  Object.freeze(copy);
  sealedValues.add(copy);
  return copy as T;
}

/**
 * Whether a value is known to be sealed.
 *
 * @example
 * isSealed(sealed({ a: [1] })) //=> true
 * isSealed(Object.freeze({ a: [1] })) //=> false
 */
export function isSealed(value: unknown): boolean {
  return isNode(value) && sealedValues.has(value);
}
