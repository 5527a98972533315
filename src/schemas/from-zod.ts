import * as z from 'zod/mini';
import { calendarDaySchema, imeiSchema } from '../claim/primitives';
import { CALENDAR_DAY_PATTERN, CALENDAR_DAY_RANGE } from './calendar-day-pattern';

type JsonSchema = Record<string, unknown>;

/**
 * What a primitive's JSON Schema says beyond what zod can derive from a refinement: the exact
 * calendar-day pattern, and, where JSON Schema cannot say the rule, a description that says so.
 */
function primitiveOverride(ctx: { readonly zodSchema: unknown; readonly jsonSchema: JsonSchema }): void {
  if (ctx.zodSchema === calendarDaySchema) {
    ctx.jsonSchema.pattern = CALENDAR_DAY_PATTERN;
    ctx.jsonSchema.description = `A calendar date in China, YYYY-MM-DD: a real day, from ${CALENDAR_DAY_RANGE}.`;
  } else if (ctx.zodSchema === imeiSchema) {
    ctx.jsonSchema.description =
      '15 digits, the last of them the Luhn check digit. This schema checks the 15 digits only: the check digit is checked by the library (JSON Schema cannot compute it).';
  }
}

/**
 * A zod schema as a JSON Schema (draft 2020-12) with its `$id`, title and description first.
 * Reused parts are written out in place (no `$defs`), so each property reads on its own.
 */
export function jsonSchemaFrom(schema: z.core.$ZodType, head: { readonly id: string; readonly title: string; readonly description: string; readonly io: 'input' | 'output' }): JsonSchema {
  const body = z.toJSONSchema(schema, { target: 'draft-2020-12', io: head.io, reused: 'inline', override: primitiveOverride }) as JsonSchema;
  const { $schema, description: _ignored, ...rest } = body;
  return { $schema, $id: head.id, title: head.title, description: head.description, ...rest };
}
