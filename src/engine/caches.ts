/**
 * The engine's process-wide caches, declared in one place (issue 20: speed lives in the engine).
 *
 * The core has no global state that changes an answer: every cache here maps a value the engine
 * already holds (a profile, a rule list, a parameter set, a calendar) to something worked out from
 * it alone, so a hit and a miss give the same answer. Each is
 *
 * - keyed weakly by an object the engine was handed (a profile's rules, a parameter set, a trace
 *   entry), so it is bounded by what the program keeps alive and goes with it; or, keyed by
 *   strings, bounded by a fixed size ({@link boundedMap}), past which it is emptied;
 * - filled with frozen values only, so that nothing a hit hands out can be written into;
 * - named and described in {@link CACHES}, the list a reader (and docs/performance.md) goes by.
 *
 * Rule files and the law's data hold no caches: they read like their articles. Below the engine,
 * the calendar arithmetic (`src/time/`) keeps the day names and roll-overs it has worked out
 * (`day-number.ts`, `roll-over.ts`), which this module, a layer above, cannot hold for it; the
 * stamp keeps each profile's digest (`src/stamp/stamp.ts`). docs/performance.md lists them all.
 */

/** What one cache holds and what bounds it. */
export interface CacheEntry {
  readonly name: string;
  readonly holds: string;
  readonly bound: string;
}

const declared: CacheEntry[] = [];

/** Every cache the engine keeps, as declared by {@link weakCache} and {@link boundedMap}. */
export const CACHES: readonly CacheEntry[] = declared;

function declare(name: string, holds: string, bound: string): void {
  declared.push(Object.freeze({ name, holds, bound }));
}

/**
 * A process-wide cache keyed weakly by an object: bounded by the lifetime of its keys.
 *
 * @example
 * const doubled = weakCache<object, number>('example.doubled', 'an example');
 * const key = {};
 * [doubled.get(key), doubled.set(key, 2).get(key)] //=> [undefined, 2]
 */
export function weakCache<K extends object, V>(name: string, holds: string): WeakMap<K, V> {
  declare(name, holds, 'weak: goes with its key');
  return new WeakMap<K, V>();
}

/**
 * A process-wide cache keyed by strings or numbers, holding at most `most` entries: past that it
 * is emptied and filled again (its keys are few in practice: the bound only keeps a hostile or
 * unusual input from growing it without end).
 *
 * @example
 * const lengths = boundedMap<string, number>('example.lengths', 'an example', 2);
 * lengths.set('a', 1); lengths.set('b', 1); lengths.set('c', 1);
 * [lengths.size, lengths.get('c')] //=> [1, 1]
 */
export function boundedMap<K, V>(name: string, holds: string, most: number): Map<K, V> {
  declare(name, holds, `at most ${most} entries`);
  return new BoundedMap<K, V>(most);
}

class BoundedMap<K, V> extends Map<K, V> {
  readonly #most: number;
  constructor(most: number) {
    super();
    this.#most = most;
  }
  override set(key: K, value: V): this {
    if (this.size >= this.#most && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
