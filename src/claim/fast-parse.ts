import type { z } from 'zod/mini';
import { chronologyIssues } from './schema';

/**
 * A fast path for valid claims, derived from the zod schema (the one source of truth).
 *
 * Most claims a shop sends are valid, and zod's general machinery (issue lists, payload objects)
 * costs more than the checking itself. This interpreter walks the same schema definitions and
 * accepts only what zod accepts, returning exactly what zod returns (defaults filled, keys in the
 * schema's order). Anything it is not sure of — any failed check, any schema kind it does not know
 * — it hands back as `undefined`, and the caller asks zod, which also words every error. A test
 * holds the two to the same answers on valid and invalid claims.
 */

type Parse = (input: unknown) => unknown;

/** Returned by a node when the input is not valid by it (or not handled here). */
const FAIL: unique symbol = Symbol('fail');

type Def = { readonly type: string; readonly [key: string]: unknown };
type AnySchema = z.core.$ZodType;

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
interface CheckDef {
  readonly check: string;
  readonly fn?: (value: unknown) => unknown;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly when?: unknown;
}
const checksOf = (def: Def) => ((def.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((check) => check._zod.def);

/** Thrown while compiling a schema this fast path does not know: the fast path is then off. */
class Unsupported extends Error {}

function compile(schema: AnySchema): (input: unknown) => unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const tests = checksOf(def).map((check): ((value: string) => boolean) => {
        if (check.check === 'custom' && typeof check.fn === 'function' && check.when === undefined) {
          const fn = check.fn;
          return (value) => Boolean(fn(value));
        }
        if (check.check === 'max_length' && typeof check.maximum === 'number') {
          const maximum = check.maximum;
          return (value) => value.length <= maximum;
        }
        throw new Unsupported(`string check ${check.check}`);
      });
      return (input) => {
        if (typeof input !== 'string') return FAIL;
        for (const test of tests) if (!test(input)) return FAIL;
        return input;
      };
    }
    case 'number': {
      const tests = checksOf(def).map((check): ((value: number) => boolean) => {
        if (check.check === 'number_format' && check.format === 'safeint') return Number.isSafeInteger;
        if (check.check === 'greater_than' && typeof check.value === 'number') {
          const bound = check.value;
          return check.inclusive === true ? (value) => value >= bound : (value) => value > bound;
        }
        if (check.check === 'less_than' && typeof check.value === 'number') {
          const bound = check.value;
          return check.inclusive === true ? (value) => value <= bound : (value) => value < bound;
        }
        throw new Unsupported(`number check ${check.check}`);
      });
      return (input) => {
        if (typeof input !== 'number' || !Number.isFinite(input)) return FAIL;
        for (const test of tests) if (!test(input)) return FAIL;
        return input;
      };
    }
    case 'boolean':
      if (checksOf(def).length > 0) throw new Unsupported('boolean checks');
      return (input) => (typeof input === 'boolean' ? input : FAIL);
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      if (checksOf(def).length > 0) throw new Unsupported('enum checks');
      return (input) => (values.has(input) ? input : FAIL);
    }
    case 'array': {
      const element = compile(def.element as AnySchema);
      let maximum = Number.POSITIVE_INFINITY;
      for (const check of checksOf(def)) {
        if (check.check === 'max_length' && typeof check.maximum === 'number') maximum = check.maximum;
        else throw new Unsupported(`array check ${check.check}`);
      }
      return (input) => {
        if (!Array.isArray(input) || input.length > maximum) return FAIL;
        const out = new Array<unknown>(input.length);
        for (let index = 0; index < input.length; index += 1) {
          const value = element(input[index]);
          if (value === FAIL) return FAIL;
          out[index] = value;
        }
        return out;
      };
    }
    case 'nullable': {
      const inner = compile(def.innerType as AnySchema);
      return (input) => (input === null ? null : inner(input));
    }
    case 'optional':
      return compile(def.innerType as AnySchema);
    case 'default':
      // Handled by the object holding it (a default applies to a missing key).
      return compile(def.innerType as AnySchema);
    case 'object':
      return compileObject(schema, def);
    default:
      throw new Unsupported(`schema type ${def.type}`);
  }
}

interface Field {
  readonly key: string;
  readonly parse: Parse;
  /** What a missing key becomes: a default's value, left out (optional), or a failure. */
  readonly missing: 'fail' | 'omit' | (() => unknown);
}

function compileObject(schema: AnySchema, def: Def): Parse {
  if (checksOf(def).length > 0 && schema !== rootSchema) throw new Unsupported('object checks');
  const catchall = def.catchall as AnySchema | undefined;
  if (catchall === undefined || defOf(catchall).type !== 'never') throw new Unsupported('only strict objects');
  const shape = def.shape as Record<string, AnySchema>;
  const fields: Field[] = Object.entries(shape).map(([key, field]) => {
    const fieldDef = defOf(field);
    if (fieldDef.type === 'default') {
      return { key, parse: compile(field), missing: defaultOf(field) };
    }
    return { key, parse: compile(field), missing: fieldDef.type === 'optional' ? 'omit' : 'fail' };
  });
  const known = new Set(fields.map((field) => field.key));
  // A claim with a symbol key is not JSON: the fast path declines it and leaves it to zod. Below
  // the root a symbol key changes nothing (zod ignores it; `out` is built from the shape's keys
  // only), so nested objects skip the check, which costs an array per object of every claim.
  const declineSymbols = schema === rootSchema;
  return (input) => {
    // A typed array is not JSON, and listing its keys would take as long as it is (a million bytes, a million keys).
    if (input === null || typeof input !== 'object' || Array.isArray(input) || ArrayBuffer.isView(input)) return FAIL;
    const record = input as Record<string, unknown>;
    for (const key in record) if (!known.has(key) && Object.prototype.hasOwnProperty.call(record, key)) return FAIL;
    if (declineSymbols && Object.getOwnPropertySymbols(record).length > 0) return FAIL;
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const value = Object.prototype.hasOwnProperty.call(record, field.key) ? record[field.key] : undefined;
      if (value === undefined) {
        if (field.missing === 'fail') return FAIL;
        if (field.missing === 'omit') continue;
        out[field.key] = field.missing();
        continue;
      }
      const parsed = field.parse(value);
      if (parsed === FAIL) return FAIL;
      out[field.key] = parsed;
    }
    return out;
  };
}

/**
 * What a missing key with a default becomes. zod's `defaultValue` is a getter that calls the
 * default's function or copies its value on every read; a primitive that reads the same twice is
 * that value for good, and is returned without the getter (most of a claim's defaults are
 * `'none'`, `false` and the like). Objects and arrays are read afresh each time: no two claims
 * share one.
 */
function defaultOf(field: AnySchema): () => unknown {
  const read = () => (field._zod.def as unknown as { defaultValue: unknown }).defaultValue;
  const first = read();
  const primitive = first === null || (typeof first !== 'object' && typeof first !== 'function');
  return primitive && Object.is(first, read()) ? () => first : read;
}

let rootSchema: AnySchema | undefined;
let compiled: Parse | null | undefined;

/**
 * The claim parsed by the fast path, or `undefined` when the fast path cannot vouch for it (an
 * invalid claim, or a schema it does not know): ask zod then.
 */
export function fastParse(schema: AnySchema, input: unknown): unknown {
  if (compiled === undefined || rootSchema !== schema) {
    rootSchema = schema;
    try {
      compiled = compile(schema);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      compiled = null;
    }
  }
  if (compiled === null) return undefined;
  const out = compiled(input);
  if (out === FAIL) return undefined;
  let broken = false;
  chronologyIssues(out, () => {
    broken = true;
  });
  return broken ? undefined : out;
}
