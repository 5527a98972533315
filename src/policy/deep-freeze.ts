import { isSealed, sealed } from '../engine/seal';

/**
 * Freezes a value and everything reachable from it through own properties (objects, arrays,
 * functions), so that statutory data handed out by the library cannot be changed in place: one
 * assignment anywhere in a process must not lower the floor for every later decision. An object
 * already frozen at the top is walked all the same (its insides may not be); only what was frozen
 * through before (by this function or the engine's `sealed`, one record of both) is not walked
 * again, so the national data every profile shares is walked once.
 *
 * @example
 * const shallow = Object.freeze({ window: { days: 7 } });
 * Object.isFrozen(deepFreeze(shallow).window) //=> true
 */
export function deepFreeze<T>(value: T): T {
  return sealed(value);
}

/**
 * Whether a value is known to be frozen through and through (by {@link deepFreeze}).
 *
 * @example
 * isFrozenThrough(deepFreeze({ a: [1] })) //=> true
 * isFrozenThrough(Object.freeze({ a: [1] })) //=> false
 */
export function isFrozenThrough(value: unknown): boolean {
  return isSealed(value);
}
