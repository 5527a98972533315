import { decisionSchema } from '../claim/decision';
import { jsonSchemaFrom } from './from-zod';
import { SCHEMA_IDS } from './ids';

/**
 * The decision's JSON Schema (draft 2020-12), as `decide` writes it (docs/decision-format.md).
 *
 * @example
 * (decisionJsonSchema().properties as Record<string, unknown>).formatVersion //=> { type: 'number', const: 1 }
 */
export function decisionJsonSchema(): Record<string, unknown> {
  return jsonSchemaFrom(decisionSchema, {
    id: SCHEMA_IDS.decision,
    io: 'output',
    title: 'sanbao decision, format version 1',
    description:
      'What a consumer may have for one China mobile-phone 三包 claim, why, on which article, with the dates that matter. Dates are YYYY-MM-DD (calendar dates in China); money is integer fen. Fields may be added in later versions; none is renamed.',
  });
}
