import { fixtureSchema } from '../testing/fixture';
import { jsonSchemaFrom } from './from-zod';
import { SCHEMA_IDS } from './ids';

/**
 * The fixture's JSON Schema (draft 2020-12): a claim (by reference to the claim's schema) and
 * what its decision must hold (docs/fixture-format.md).
 *
 * @example
 * (fixtureJsonSchema().properties as Record<string, unknown>).claim
 * //=> { $ref: 'urn:sanbao:schema:claim:1', description: 'The claim, in the claim format.' }
 */
export function fixtureJsonSchema(): Record<string, unknown> {
  const schema = jsonSchemaFrom(fixtureSchema, {
    id: SCHEMA_IDS.fixture,
    io: 'input',
    title: 'sanbao fixture, format version 1',
    description:
      'One claim and the decision a person worked out for it from the law: a conformance case. An implementation passes it when its decision of the claim holds everything `expect` says (docs/fixture-format.md).',
  });
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  properties.claim = { $ref: SCHEMA_IDS.claim, description: properties.claim!.description };
  return schema;
}
