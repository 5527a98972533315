import * as z from 'zod/mini';
import { remedySchema } from '../claim/decision';

/** The field schemas of a remedy, whether the decision's remedy schema is one object or a union of objects on `type`. */
function remedyFields(): Record<string, z.ZodMiniType> {
  const schema = remedySchema as unknown as z.ZodMiniType;
  const objects = schema instanceof z.ZodMiniObject ? [schema] : schema instanceof z.ZodMiniUnion ? (schema.def.options as z.ZodMiniType[]) : [];
  const fields: Record<string, z.ZodMiniType> = {};
  for (const object of objects) {
    if (!(object instanceof z.ZodMiniObject)) continue;
    for (const [key, field] of Object.entries(object.shape as Record<string, z.ZodMiniType>)) {
      // A field several variants share (`type` above all) accepts what any of them accepts.
      const known = fields[key];
      fields[key] = known === undefined ? unwrapOptional(field) : z.union([known, unwrapOptional(field)]);
    }
  }
  return fields;
}

function unwrapOptional(field: z.ZodMiniType): z.ZodMiniType {
  return field instanceof z.ZodMiniOptional ? (field.def.innerType as z.ZodMiniType) : field;
}

/**
 * A remedy as a fixture expects it: its `type`, and any other field of the decision's remedy
 * that the fixture pins down (an absent field is not checked, except `route`: see
 * {@link checkFixture}). Derived from the decision's remedy schema, so a field added to the
 * decision can be expected at once; an unknown key is refused, so a misspelt expectation cannot
 * pass unchecked.
 */
export const expectedRemedySchema = z.strictObject(
  Object.fromEntries(Object.entries(remedyFields()).map(([key, field]) => [key, key === 'type' ? field : z.optional(field)])),
) as unknown as z.ZodMiniType<ExpectedRemedy>;

/** A remedy as a fixture expects it: `type` and any other remedy field to check. */
export type ExpectedRemedy = { readonly type: RemedyOut['type'] } & Readonly<OtherFields<RemedyOut>>;

type RemedyOut = z.output<typeof remedySchema>;
/** Every field but `type`, optional (distributed over the variants, should the remedy become a union). */
type OtherFields<T> = T extends unknown ? Partial<Omit<T, 'type'>> : never;
