/**
 * Where the published schemas live: in the package, under `docs/schemas/`, so their ids resolve
 * on any npm CDN once the package is published. An id names the format, not a release: format
 * version 1 keeps these ids.
 */
export const SCHEMA_BASE = 'https://unpkg.com/sanbao/docs/schemas/';

/** The schemas the library publishes. */
export const SCHEMA_NAMES = Object.freeze(['claim', 'decision', 'fixture'] as const);
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** Each published schema's `$id`. */
export const SCHEMA_IDS: Readonly<Record<SchemaName, string>> = Object.freeze({
  claim: `${SCHEMA_BASE}claim.schema.json`,
  decision: `${SCHEMA_BASE}decision.schema.json`,
  fixture: `${SCHEMA_BASE}fixture.schema.json`,
});
