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

/** More keys than any object of the formats has; past this many, an object's keys are copied only when `keepKey` says so. */
const KEYS = 1000;

export interface Snapshot {
  readonly value: unknown;
  /** The paths of the values whose reading threw, in the order met. */
  readonly unreadable: readonly (readonly (string | number)[])[];
  /** How many keys of objects with more than a thousand were left out of the copy (with `keepKey` only). */
  readonly droppedKeys: number;
}

export interface SnapshotOptions {
  /**
   * Bounds the copy of an object with a huge number of keys (a claim with a million unknown keys,
   * a `Uint8Array` of a million bytes): past its thousandth key, a key is copied only when
   * `keepKey` says it may be one of the format's (so none of those goes missing), and the others
   * are counted in `droppedKeys`. Without it, every key is copied.
   */
  readonly keepKey?: (key: string) => boolean;
}

/**
 * Copies a value's own enumerable string-keyed data, reading each property once, never throwing.
 *
 * @example
 * const revoked = Proxy.revocable({}, {}); revoked.revoke();
 * snapshot({ sale: revoked.proxy }).unreadable //=> [['sale']]
 * snapshot(new Uint8Array(5000), { keepKey: () => false }).droppedKeys //=> 4000
 */
export function snapshot(input: unknown, options: SnapshotOptions = {}): Snapshot {
  const unreadable: (string | number)[][] = [];
  const { keepKey } = options;
  let droppedKeys = 0;
  /** The keys of an object to copy: all of them, or (with `keepKey`) a bounded number. */
  const keysToCopy = (value: object): string[] => {
    if (keepKey === undefined) return Object.keys(value);
    // A typed array's keys are its indices: none is a key of the format, and listing a million costs.
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const length = (value as unknown as { length: number }).length;
      droppedKeys += Math.max(0, length - KEYS);
      return Array.from({ length: Math.min(length, KEYS) }, (_, index) => String(index));
    }
    const keys = Object.keys(value);
    if (keys.length <= KEYS) return keys;
    const kept = keys.slice(0, KEYS);
    for (let index = KEYS; index < keys.length; index += 1) {
      if (keepKey(keys[index]!)) kept.push(keys[index]!);
      else droppedKeys += 1;
    }
    return kept;
  };
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
      for (const key of keysToCopy(value)) {
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
  const value = copy(input, []);
  return { value, unreadable, droppedKeys };
}
