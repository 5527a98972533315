/**
 * A plain copy of a value that may not be plain data: getters that throw, proxies whose traps
 * throw, revoked proxies. `parseClaim` falls back to it when reading the input itself threw, so
 * that no input can make parsing throw (design.md §5: safe functions never throw). Each value
 * that could not be read is left as {@link UNREADABLE} and its path reported.
 */

/** Stands in for a value whose reading threw. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/** Deeper than any claim or calendar goes: below this, values are not copied. */
const DEPTH = 16;
/** More items than any list of the formats allows; a list longer than this is cut here. */
const ITEMS = 1000;

/** The length a list cut at {@link ITEMS} had, so that an error can still say how long it was. */
const declaredLengths = new WeakMap<readonly unknown[], number>();

/**
 * The number of items a list had: for a copy cut short, the original's.
 *
 * @example
 * lengthOf(snapshot({ list: new Array(5000).fill(0) }).value.list) //=> 5000
 */
export function lengthOf(list: readonly unknown[]): number {
  return declaredLengths.get(list) ?? list.length;
}

export interface Snapshot {
  readonly value: unknown;
  /** The paths of the values whose reading threw, in the order met. */
  readonly unreadable: readonly (readonly (string | number)[])[];
}

/**
 * Copies a value's own enumerable string-keyed data, reading each property once, never throwing.
 *
 * @example
 * const revoked = Proxy.revocable({}, {}); revoked.revoke();
 * snapshot({ sale: revoked.proxy }).unreadable //=> [['sale']]
 */
export function snapshot(input: unknown): Snapshot {
  const unreadable: (string | number)[][] = [];
  const copy = (value: unknown, path: (string | number)[]): unknown => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    if (typeof value === 'function') return value;
    if (path.length >= DEPTH) return null;
    try {
      if (Array.isArray(value)) {
        const declared = Number(value.length) || 0;
        const out: unknown[] = [];
        for (let index = 0; index < Math.min(declared, ITEMS); index += 1) out.push(read(value, index, [...path, index]));
        if (declared > ITEMS) declaredLengths.set(out, declared);
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const child = read(value, key, [...path, key]);
        Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
      }
      return out;
    } catch {
      unreadable.push(path);
      return UNREADABLE;
    }
  };
  const read = (holder: object, key: string | number, path: (string | number)[]): unknown => {
    let value: unknown;
    try {
      value = (holder as Record<string | number, unknown>)[key];
    } catch {
      unreadable.push(path);
      return UNREADABLE;
    }
    return copy(value, path);
  };
  return { value: copy(input, []), unreadable };
}
