import * as z from 'zod';
import { remedySchema } from '../claim/decision';

/** The field schemas of a remedy, whether the decision's remedy schema is one object or a union of objects on `type`. */
function remedyFields(): Record<string, z.ZodType> {
  const schema = remedySchema as unknown as z.ZodType;
  const objects = schema instanceof z.ZodObject ? [schema] : schema instanceof z.ZodUnion ? (schema.options as z.ZodType[]) : [];
  const fields: Record<string, z.ZodType> = {};
  for (const object of objects) {
    if (!(object instanceof z.ZodObject)) continue;
    for (const [key, field] of Object.entries(object.shape as Record<string, z.ZodType>)) {
      // A field several variants share (`type` above all) accepts what any of them accepts.
      const known = fields[key];
      fields[key] = known === undefined ? unwrapOptional(field) : z.union([known, unwrapOptional(field)]);
    }
  }
  return fields;
}

function unwrapOptional(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
}

/**
 * A remedy as a fixture expects it: its `type`, and any other field of the decision's remedy
 * that the fixture pins down (an absent field is not checked, except `route`: see
 * {@link checkFixture}). Derived from the decision's remedy schema, so a field added to the
 * decision can be expected at once; an unknown key is refused, so a misspelt expectation cannot
 * pass unchecked.
 */
export const expectedRemedySchema = z.strictObject(
  Object.fromEntries(Object.entries(remedyFields()).map(([key, field]) => [key, key === 'type' ? field : field.optional()])),
) as unknown as z.ZodType<ExpectedRemedy>;

/** A remedy as a fixture expects it: `type` and any other remedy field to check. */
export type ExpectedRemedy = { readonly type: RemedyOut['type'] } & Readonly<OtherFields<RemedyOut>>;

type RemedyOut = z.output<typeof remedySchema>;
/** Every field but `type`, optional (distributed over the variants, should the remedy become a union). */
type OtherFields<T> = T extends unknown ? Partial<Omit<T, 'type'>> : never;
