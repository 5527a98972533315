import { claimJsonSchema } from './claim-schema';
import { decisionJsonSchema } from './decision-schema';
import { fixtureJsonSchema } from './fixture-schema';
import type { SchemaName } from './ids';

export { CLAIM_CHECKS_BEYOND_SCHEMA, claimJsonSchema } from './claim-schema';
export { decisionJsonSchema } from './decision-schema';
export { fixtureJsonSchema } from './fixture-schema';
export { SCHEMA_IDS, SCHEMA_NAMES, type SchemaName } from './ids';

const BUILDERS: Readonly<Record<SchemaName, () => Record<string, unknown>>> = {
  claim: claimJsonSchema,
  decision: decisionJsonSchema,
  fixture: fixtureJsonSchema,
};

/** A published schema by name. */
export function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  return BUILDERS[name]();
}

/**
 * A published schema as its file holds it (`docs/schemas/<name>.schema.json`): two-space JSON
 * and a final newline.
 */
export function jsonSchemaText(name: SchemaName): string {
  return `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`;
}
