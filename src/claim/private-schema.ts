import type * as z from 'zod/mini';

/**
 * A private copy of a zod schema, made at module load, for the library's own parsing (issue 17:
 * a caller who writes into an exported schema must not change a decision).
 *
 * The exported schemas cannot be frozen: zod memoises into them and moves its patterns'
 * `lastIndex` as it parses (docs/performance.md). So the engine parses with copies no caller can
 * reach: every schema in the tree is made again by its own constructor from a copy of its
 * definition (zod's own way of deriving one schema from another, `clone`), every check and
 * pattern in it too; plain data in a definition is copied, functions (defaults, refinements) and
 * a default's accessor (which clones the default for each parse) are shared as they are (a
 * function is not data a caller can rewrite the behaviour of).
 *
 * @example
 * const copy = privateCopy(claimSchema);
 * [copy === claimSchema, copy.safeParse(claim).success] //=> [false, true]
 */
export function privateCopy<T extends z.core.$ZodType>(schema: T): T {
  return copied(schema, new Map()) as T;
}

interface Internals {
  readonly _zod: { readonly def: object; readonly constr: new (def: object) => unknown };
}

const isSchema = (value: unknown): value is Internals =>
  typeof value === 'object' && value !== null && '_zod' in value && typeof (value as Internals)._zod === 'object' && typeof (value as Internals)._zod.constr === 'function';

function copied(value: unknown, seen: Map<unknown, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (value instanceof RegExp) {
    const pattern = new RegExp(value.source, value.flags);
    seen.set(value, pattern);
    return pattern;
  }
  if (isSchema(value)) {
    const def: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(Object.getOwnPropertyDescriptors(value._zod.def))) {
      // A default's value is an accessor that hands each parse a fresh copy (zod clones it on every
      // read): kept as the accessor, or every parse would share one array. An object's `shape`,
      // resolved lazily, is read once, here, and its schemas copied.
      if (property.get !== undefined && key !== 'shape') Object.defineProperty(def, key, property);
      else def[key] = copied((value._zod.def as Record<string, unknown>)[key], seen);
    }
    const copy = new value._zod.constr(def) as Internals;
    // A custom check gets its function after it is made (zod's `check`): carried over as it is.
    const theirs = value._zod as unknown as Record<string, unknown>;
    const mine = copy._zod as unknown as Record<string, unknown>;
    for (const key of Object.keys(theirs)) if (typeof theirs[key] === 'function' && mine[key] === undefined) mine[key] = theirs[key];
    seen.set(value, copy);
    return copy;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => copied(item, seen));
    seen.set(value, items);
    return items;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const key of Object.keys(value)) out[key] = copied((value as Record<string, unknown>)[key], seen);
  return out;
}
