import { type InputError, inputError } from './input-error';
import { snapshot, type SnapshotOptions, UNREADABLE } from './snapshot';

/** What a parser of JSON input gives: its value, or every problem with the input (and the count of those not listed). */
type Parsed = { readonly ok: true } | { readonly ok: false; readonly errors: readonly InputError[]; readonly omittedErrors?: number };
type Failed = { readonly ok: false; readonly errors: readonly InputError[]; readonly omittedErrors?: number };

/**
 * Parses a plain copy of an untrusted input (see {@link snapshot}), so that no getter, proxy or
 * list claiming a huge length can make `parse` throw or hang. Each value that could not be read is
 * an error at its path, and the parser's own errors at or under those paths are left out (they
 * only repeat it). Never throws.
 */
export function parseCopy<R extends Parsed>(input: unknown, parse: (value: unknown) => R, options: SnapshotOptions = {}): R | Failed {
  const copy = snapshot(input, options);
  const unreadable = copy.unreadable.map((path) => inputError({ path, code: 'type', expected: 'json-value', received: UNREADABLE }));
  try {
    const parsed = parse(copy.value);
    // Keys left out of the copy are unknown keys (`keepKey` keeps every key the format has): each is an error not listed.
    if (copy.droppedKeys > 0 && !parsed.ok && unreadable.length === 0) return { ...parsed, omittedErrors: (parsed.omittedErrors ?? 0) + copy.droppedKeys };
    if (unreadable.length === 0) return parsed;
    const at = new Set(unreadable.map((error) => error.path));
    const under = (path: string) => [...at].some((root) => path.startsWith(`${root}.`) || path.startsWith(`${root}[`));
    const rest = parsed.ok ? [] : parsed.errors.filter((error) => !at.has(error.path) && !under(error.path));
    const omitted = (parsed.ok ? 0 : (parsed.omittedErrors ?? 0)) + copy.droppedKeys;
    return omitted > 0 ? { ok: false, errors: [...unreadable, ...rest], omittedErrors: omitted } : { ok: false, errors: [...unreadable, ...rest] };
  } catch {
    return { ok: false, errors: unreadable.length > 0 ? unreadable : [inputError({ path: [], code: 'type', expected: 'json-value', received: typeof input })] };
  }
}
