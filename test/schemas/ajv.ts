import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { jsonSchemaOf, SCHEMA_NAMES, type SchemaName } from '../../src/schemas/index';

/**
 * The published schemas compiled by Ajv for draft 2020-12, strictly (an unknown keyword or a
 * type the schema does not state is an error), as an integrator would. `format` is an
 * annotation here: the patterns carry the checks, so no format plug-in is needed.
 */
export function compiledSchemas(): Readonly<Record<SchemaName, ValidateFunction>> {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, validateFormats: false });
  for (const name of SCHEMA_NAMES) ajv.addSchema(jsonSchemaOf(name));
  const compiled = (name: SchemaName) => ajv.getSchema(jsonSchemaOf(name).$id as string)!;
  return { claim: compiled('claim'), decision: compiled('decision'), fixture: compiled('fixture') };
}
