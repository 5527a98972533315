/** Writes docs/schemas/{claim,decision,fixture}.schema.json from the zod schemas: `npx tsx test/schemas/write-schemas.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText, SCHEMA_NAMES } from '../../src/schemas/index';

for (const name of SCHEMA_NAMES) {
  writeFileSync(fileURLToPath(new URL(`../../docs/schemas/${name}.schema.json`, import.meta.url)), jsonSchemaText(name));
}
