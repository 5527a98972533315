/**
 * Freezes a value and everything reachable from it through own properties (objects, arrays,
 * functions), so that statutory data handed out by the library cannot be changed in place: one
 * assignment anywhere in a process must not lower the floor for every later decision.
 *
 * @example
 * const frozen = deepFreeze({ window: { days: 7 } });
 * Object.isFrozen(frozen.window) //=> true
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || (typeof current !== 'object' && typeof current !== 'function') || seen.has(current)) continue;
    // Already frozen below the root: frozen by an earlier deepFreeze (the national data every
    // profile shares), so its insides are too; not walked again for every profile.
    if (current !== value && Object.isFrozen(current)) continue;
    seen.add(current);
    // Maps and Sets keep their entries outside own properties; the statutory data holds none.
    Object.freeze(current);
    for (const key of Reflect.ownKeys(current as object)) {
      const descriptor = Object.getOwnPropertyDescriptor(current, key);
      if (descriptor !== undefined && 'value' in descriptor) pending.push(descriptor.value);
    }
  }
  return value;
}
