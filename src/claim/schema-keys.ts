import type { z } from 'zod/mini';

type AnySchema = z.core.$ZodType;

/**
 * Every key any object of a schema has, at any depth (through defaults, optionals, lists, unions
 * and pipes): what an input may hold as a key name somewhere.
 *
 * @example
 * import { claimSchema } from 'sanbao/schemas';
 * keysOfSchema(claimSchema).has('handedIn') //=> true
 * keysOfSchema(claimSchema).has('colour') //=> false
 */
export function keysOfSchema(schema: AnySchema): ReadonlySet<string> {
  const keys = new Set<string>();
  const seen = new Set<AnySchema>();
  const visit = (node: AnySchema | undefined): void => {
    if (node === undefined || seen.has(node)) return;
    seen.add(node);
    const def = node._zod.def as { type: string; shape?: Record<string, AnySchema>; innerType?: AnySchema; element?: AnySchema; options?: AnySchema[]; in?: AnySchema; out?: AnySchema; left?: AnySchema; right?: AnySchema };
    if (def.shape !== undefined) {
      for (const [key, child] of Object.entries(def.shape)) {
        keys.add(key);
        visit(child);
      }
    }
    for (const child of [def.innerType, def.element, def.in, def.out, def.left, def.right, ...(def.options ?? [])]) visit(child);
  };
  visit(schema);
  return keys;
}
