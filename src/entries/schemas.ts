/**
 * `sanbao/schemas`: the formats as schemas. The zod schemas a program composes with its own (the
 * claim and its parts, the decision and its parts, the primitives), and the JSON Schemas built from
 * them with their stable ids (also shipped as files: `sanbao/schemas/claim.schema.json`).
 */
export {
  CARD_STATES,
  CHANNELS,
  type Claim,
  type ClaimInput,
  claimSchema,
  conditionSchema,
  DISTANCE_CHANNELS,
  faultSchema,
  historySchema,
  itemSchema,
  proofSchema,
  repairSchema,
  type Request,
  REQUESTS,
  saleSchema,
  stockSchema,
} from '../claim/schema';
export { calendarDaySchema, fenSchema, imeiLuhnValid, imeiSchema } from '../claim/primitives';
export { citationRefSchema, type Decision, decisionSchema, reasonSchema, remedySchema } from '../claim/decision';
export { fixtureSchema } from '../testing/index';
export { claimJsonSchema, decisionJsonSchema, fixtureJsonSchema, jsonSchemaOf, SCHEMA_IDS, SCHEMA_NAMES, type SchemaName } from '../schemas/index';
