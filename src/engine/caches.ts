/**
 * The engine's process-wide caches, declared in one place (issue 20: speed lives in the engine).
 *
 * The core has no global state that changes an answer: every cache here maps a value the engine
 * already holds (a profile, a rule list, a parameter set, a calendar) to something worked out from
 * it alone, so a hit and a miss give the same answer. Each is
 *
 * - keyed weakly by an object the engine was handed (a profile's rules, a parameter set, a trace
 *   entry, a calendar), so it is bounded by what the program keeps alive and goes with it; or,
 *   keyed by strings, bounded by a fixed size ({@link boundedMap}), past which it is emptied; or
 *   indexed by a whole number within a fixed range ({@link slotCache});
 * - filled with frozen values (or immutable ones, strings) where a hit is handed out beyond the
 *   engine, so that no decision can write into another's;
 * - named and described in {@link CACHES}, the list docs/architecture.md shows (and a test holds
 *   the two together).
 *
 * Rule files, the law's data and the calendar arithmetic (`src/time/`) hold no caches: they read
 * like their articles, and the engine keeps what is worth keeping of their answers (the day names
 * and rest-day roll-overs the rules ask for: `calendar-memo.ts`). The explanation layer compiles its
 * message templates once, as its module loads (data, not a cache). docs/architecture.md ("Caches")
 * says where each cache is.
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

/**
 * A process-wide cache of `length` slots, indexed by a whole number from 0 (a day's number less
 * the first day's, say): bounded by its length. Its array is made when first written, so a
 * program that never asks pays nothing; an index outside the slots is neither kept nor found.
 *
 * @example
 * const squares = slotCache<number>('example.squares', 'an example', 10);
 * squares.set(3, 9); squares.set(10, 100);
 * [squares.get(3), squares.get(4), squares.get(10)] //=> [9, undefined, undefined]
 */
export function slotCache<V>(name: string, holds: string, length: number): SlotCache<V> {
  declare(name, holds, `${length} slots`);
  return new SlotCache<V>(length);
}

/** The slots of {@link slotCache}. */
export class SlotCache<V> {
  readonly #length: number;
  #slots: (V | undefined)[] | undefined;
  constructor(length: number) {
    this.#length = length;
  }
  get(at: number): V | undefined {
    return at >= 0 && at < this.#length ? this.#slots?.[at] : undefined;
  }
  set(at: number, value: V): void {
    if (at >= 0 && at < this.#length) (this.#slots ??= new Array<V | undefined>(this.#length))[at] = value;
  }
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
