/**
 * The published schemas' ids: URNs, `urn:sanbao:schema:NAME:VERSION`, which name a schema without
 * claiming a place on the network (the package is not published to any registry or CDN). The files
 * themselves are in the repository and in the package, under `docs/schemas/`
 * (`sanbao/schemas/NAME.schema.json` in the package's exports); a validator is given them by id
 * (ajv: `addSchema`), and the fixture schema's `$ref` to the claim schema resolves among them.
 * An id names the format, not a release: format version 1 keeps these ids.
 */
export const SCHEMA_PREFIX = 'urn:sanbao:schema:';

/** The schemas the library publishes. */
export const SCHEMA_NAMES = Object.freeze(['claim', 'decision', 'fixture'] as const);
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** Each published schema's `$id`. */
export const SCHEMA_IDS: Readonly<Record<SchemaName, string>> = Object.freeze({
  claim: `${SCHEMA_PREFIX}claim:1`,
  decision: `${SCHEMA_PREFIX}decision:1`,
  fixture: `${SCHEMA_PREFIX}fixture:1`,
});
