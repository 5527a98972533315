import { thrownText } from '../engine/rule-failed-error';
import { jsonPath } from '../claim/json-path';
import { isFrozenThrough } from './deep-freeze';
import { type PolicyProblem, policyProblem } from './invalid-policy-error';

/** Deeper than any profile goes (a parameter's record of records is five levels down). */
export const MOST_LEVELS = 32;
/** More values than any profile holds (the national one has a few thousand). */
export const MOST_VALUES = 200_000;

const DATA = { 'zh-CN': '纯数据（JSON 值：对象、数组、字符串、数字、布尔值或 null）', en: 'plain data (a JSON value: object, array, string, number, boolean or null)' } as const;
const READABLE = { 'zh-CN': '可读取的值（读取时不抛出异常）', en: 'a value that can be read without throwing' } as const;
const ACYCLIC = { 'zh-CN': '不含自身的数据（无循环引用）', en: 'data that does not contain itself (no cycle)' } as const;
const BOUNDED = { 'zh-CN': `不超过 ${MOST_LEVELS} 层、共不超过 ${MOST_VALUES} 个值的数据`, en: `data at most ${MOST_LEVELS} levels deep, with at most ${MOST_VALUES} values` } as const;

/** What a copy does at a path: keep a function there as it is (a rule's `run`), or not read it at all. */
export interface CopyRules {
  /** Where a function is expected (a rule's `run`, a parameter change's `value`). */
  readonly functionAt?: (keys: readonly PropertyKey[]) => boolean;
  /** Where nothing is read (a hand-built profile's `floor`, which the engine never uses). */
  readonly skip?: (keys: readonly PropertyKey[]) => boolean;
}

/**
 * A plain copy of a value a profile is made of, read once, with every problem that keeps it from
 * being data: a getter or setter, a proxy or getter that throws (a revoked proxy), a cycle, a
 * BigInt or symbol, an object that is not a plain object or array (a Map, a Date, a class
 * instance), a symbol key, or a function where data is expected. Each problem is added to
 * `problems` with its path under `root`, and the value is left out of the copy. Values frozen
 * through by the library (its national data, profiles made by `definePolicy`) are taken as they
 * are. Never throws.
 *
 * Read once, copied: whatever the value does later (a proxy changing its answers, a caller
 * writing into it) cannot reach the profile.
 *
 * @example
 * const problems = [];
 * const cyclic = { a: 1 }; cyclic.self = cyclic;
 * dataCopy({ title: cyclic, big: 1n }, '$', problems); problems.map((problem) => problem.path)
 * //=> ['$.title.self', '$.big']
 */
export function dataCopy(value: unknown, root: string, problems: PolicyProblem[], rules: CopyRules = {}): unknown {
  const functionAt = rules.functionAt ?? (() => false);
  const skip = rules.skip ?? (() => false);
  const ancestors = new Set<object>();
  let values = 0;
  const add = (keys: readonly PropertyKey[], code: PolicyProblem['code'], expected: Readonly<Record<'zh-CN' | 'en', string>>, received: string) => {
    problems.push(policyProblem(jsonPath(keys, root), code, expected, received));
  };

  const copy = (current: unknown, keys: PropertyKey[]): unknown => {
    switch (typeof current) {
      case 'undefined':
      case 'string':
      case 'number':
      case 'boolean':
        return current;
      case 'bigint':
        add(keys, 'not-data', DATA, `${String(current)}n (BigInt)`);
        return undefined;
      case 'symbol':
        add(keys, 'not-data', DATA, 'a symbol');
        return undefined;
      case 'function':
        if (functionAt(keys)) return current;
        add(keys, 'not-data', DATA, 'function');
        return undefined;
      default:
        break;
    }
    if (current === null || isFrozenThrough(current)) return current;
    const object = current as object;
    if (ancestors.has(object)) {
      add(keys, 'cycle', ACYCLIC, 'a value that contains itself');
      return undefined;
    }
    values += 1;
    if (keys.length >= MOST_LEVELS || values > MOST_VALUES) {
      add(keys, 'too-large', BOUNDED, keys.length >= MOST_LEVELS ? `more than ${MOST_LEVELS} levels` : `more than ${MOST_VALUES} values`);
      return undefined;
    }
    ancestors.add(object);
    try {
      return copyObject(object, keys);
    } catch (error) {
      // A revoked proxy, or a trap that throws: the value cannot be read.
      add(keys, 'unreadable', READABLE, thrownText(error));
      return undefined;
    } finally {
      ancestors.delete(object);
    }
  };

  const copyObject = (object: object, keys: PropertyKey[]): unknown => {
    const list = Array.isArray(object);
    const prototype = Reflect.getPrototypeOf(object);
    // A plain object (of this realm or another), or an array: anything else is not data.
    const plain = list || prototype === null || prototype === Object.prototype || Reflect.getPrototypeOf(prototype) === null;
    if (!plain) {
      add(keys, 'not-data', DATA, Object.prototype.toString.call(object));
      return undefined;
    }
    const out: Record<PropertyKey, unknown> | unknown[] = list ? [] : {};
    for (const key of Reflect.ownKeys(object)) {
      if (typeof key === 'symbol') {
        add([...keys, key.description ?? 'symbol'], 'not-data', DATA, 'a symbol key');
        continue;
      }
      if (list && key === 'length') continue;
      if (skip([...keys, key])) continue;
      const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
      if (descriptor === undefined || descriptor.enumerable !== true) continue;
      const index = list ? Number(key) : Number.NaN;
      const at = list && Number.isInteger(index) && String(index) === key ? index : key;
      if (!('value' in descriptor)) {
        add([...keys, at], 'not-data', DATA, 'an accessor (get/set)');
        continue;
      }
      if (list && typeof at !== 'number') {
        add([...keys, at], 'not-data', DATA, 'a named property on an array');
        continue;
      }
      const child = copy(descriptor.value, [...keys, at]);
      // Defined, not assigned: a key such as `__proto__` stays an own data property.
      Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  return copy(value, []);
}

/**
 * The problems a check found, less those at or under a path the copy already reported: a value
 * that could not be read or is not data is named once, for what it is, not again for its type.
 *
 * @example
 * const at = (path) => ({ path, code: 'type', expected: { 'zh-CN': '', en: '' }, received: '', message: { 'zh-CN': '', en: '' } });
 * beyondCopy([at('$.title')], [at('$.title'), at('$.title.en'), at('$.titles')]).map((problem) => problem.path) //=> ['$.titles']
 */
export function beyondCopy(copyProblems: readonly PolicyProblem[], checkProblems: readonly PolicyProblem[]): PolicyProblem[] {
  if (copyProblems.length === 0) return [...checkProblems];
  const roots = copyProblems.map((problem) => problem.path);
  const under = (path: string) => roots.some((root) => path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`));
  return checkProblems.filter((problem) => !under(problem.path));
}
