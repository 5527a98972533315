/**
 * The values {@link deepFreeze} has frozen through and through. An object frozen at the top only
 * (by `Object.freeze`, or handed in frozen) may still hold writable values, so being frozen says
 * nothing about what lies below; being in this set does. Shared data (the national profile every
 * profile builds on) is walked once, not once per profile. (The engine's per-decision `sealed`
 * keeps no such set, for speed, and takes a frozen value as frozen through; deepFreeze runs on
 * what a caller hands in, at load, where that assumption does not hold: reproduction 7.)
 */
const frozenThrough = new WeakSet<object>();

/**
 * Freezes a value and everything reachable from it through own properties (objects, arrays,
 * functions), so that statutory data handed out by the library cannot be changed in place: one
 * assignment anywhere in a process must not lower the floor for every later decision. An object
 * already frozen at the top is walked all the same: its insides may not be.
 *
 * @example
 * const shallow = Object.freeze({ window: { days: 7 } });
 * Object.isFrozen(deepFreeze(shallow).window) //=> true
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  const walked: object[] = [];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || (typeof current !== 'object' && typeof current !== 'function') || seen.has(current)) continue;
    if (frozenThrough.has(current as object)) continue;
    seen.add(current);
    walked.push(current as object);
    // Maps and Sets keep their entries outside own properties; the statutory data holds none.
    Object.freeze(current);
    for (const key of Reflect.ownKeys(current as object)) {
      const descriptor = Object.getOwnPropertyDescriptor(current, key);
      if (descriptor !== undefined && 'value' in descriptor) pending.push(descriptor.value);
    }
  }
  // Recorded only once the whole walk is done: a value is frozen through when all it reaches is.
  for (const object of walked) frozenThrough.add(object);
  return value;
}

/**
 * Whether a value is known to be frozen through and through (by {@link deepFreeze}).
 *
 * @example
 * isFrozenThrough(deepFreeze({ a: [1] })) //=> true
 * isFrozenThrough(Object.freeze({ a: [1] })) //=> false
 */
export function isFrozenThrough(value: unknown): boolean {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && frozenThrough.has(value as object);
}
