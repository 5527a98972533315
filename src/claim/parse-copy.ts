import { type InputError, inputError } from './input-error';
import { snapshot, UNREADABLE } from './snapshot';

/** What a parser of JSON input gives: its value, or every problem with the input. */
type Parsed = { readonly ok: true } | { readonly ok: false; readonly errors: readonly InputError[] };

/**
 * Parses a plain copy of an untrusted input (see {@link snapshot}), so that no getter, proxy or
 * list claiming a huge length can make `parse` throw or hang. Each value that could not be read is
 * an error at its path, and the parser's own errors at or under those paths are left out (they
 * only repeat it). Never throws.
 */
export function parseCopy<R extends Parsed>(input: unknown, parse: (value: unknown) => R): R | { readonly ok: false; readonly errors: readonly InputError[] } {
  const copy = snapshot(input);
  const unreadable = copy.unreadable.map((path) => inputError({ path, code: 'type', expected: 'json-value', received: UNREADABLE }));
  try {
    const parsed = parse(copy.value);
    if (unreadable.length === 0) return parsed;
    const at = new Set(unreadable.map((error) => error.path));
    const under = (path: string) => [...at].some((root) => path.startsWith(`${root}.`) || path.startsWith(`${root}[`));
    const rest = parsed.ok ? [] : parsed.errors.filter((error) => !at.has(error.path) && !under(error.path));
    return { ok: false, errors: [...unreadable, ...rest] };
  } catch {
    return { ok: false, errors: unreadable.length > 0 ? unreadable : [inputError({ path: [], code: 'type', expected: 'json-value', received: typeof input })] };
  }
}
