/**
 * Sealing what a profile's own rules are handed (design.md §5: nothing a rule is handed is shared
 * with another decision or writable). The claim, the facts, the parameters and the findings so far
 * are plain data (objects, arrays, strings, numbers, booleans); a rule the library does not ship
 * sees them only frozen through and through.
 *
 * Measured (docs/performance.md): remembering every sealed value in a WeakSet cost more than the
 * freezing itself (the collector's work on short-lived weak entries), so `sealed` relies instead on
 * what holds for the engine's data: a value frozen at all is frozen through (the statute is frozen
 * through at load, `sealed` freezes whole subtrees, a profile rule's findings arrive as frozen
 * copies). A claim, which comes from the caller, is never trusted so: it is copied.
 */

const isNode = (value: unknown): value is object => value !== null && (typeof value === 'object' || typeof value === 'function');

/**
 * Freezes a value and everything reachable from it through its own enumerable properties, in
 * place, and returns it. A value already frozen is taken as frozen through and not walked.
 *
 * @example
 * const facts = sealed({ refund: { last: '2025-03-14', skipped: [] } });
 * Object.isFrozen(facts.refund.skipped) //=> true
 */
export function sealed<T>(value: T): T {
  if (!isNode(value) || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) sealed(value[index]);
  } else {
    for (const key of Object.keys(value)) sealed((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The claims copied by {@link sealedCopy}: their copies need no copying again. */
const copies = new WeakSet<object>();

/**
 * A frozen deep copy of plain data (a claim): arrays and plain objects are copied, everything in
 * them frozen. The original is left as it was, writable if it was; a copy made here is returned as
 * it is.
 *
 * @example
 * const mine = { sale: { date: '2025-03-07' } };
 * const copy = sealedCopy(mine);
 * [copy.sale.date, Object.isFrozen(copy.sale), Object.isFrozen(mine.sale), sealedCopy(copy) === copy] //=> ['2025-03-07', true, false, true]
 */
export function sealedCopy<T>(value: T): T {
  if (!isNode(value)) return value;
  if (copies.has(value)) return value;
  const copy = copied(value) as T & object;
  copies.add(copy);
  return copy;
}

function copied(value: unknown): unknown {
  if (!isNode(value)) return value;
  if (typeof value === 'function') return sealed(value);
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) items[index] = copied(value[index]);
    return Object.freeze(items);
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copied((value as Record<string, unknown>)[key]);
  return Object.freeze(out);
}

/**
 * Whether a value is frozen through and through: every object and array reachable from it
 * through own properties (walked in full, for tests and checks, not on the hot path).
 *
 * @example
 * isSealed(sealed({ a: [1] })) //=> true
 * isSealed(Object.freeze({ a: [1] })) //=> false
 */
export function isSealed(value: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!isNode(current) || seen.has(current)) continue;
    seen.add(current);
    if (!Object.isFrozen(current)) return false;
    for (const key of Reflect.ownKeys(current)) {
      const descriptor = Object.getOwnPropertyDescriptor(current, key);
      if (descriptor !== undefined && 'value' in descriptor) pending.push(descriptor.value);
    }
  }
  return true;
}
