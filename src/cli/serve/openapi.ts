import { version } from '../../../package.json';
import type { SchemaName } from '../../schemas/ids';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const errors = (description: string) => ({ description, content: json(ref('Errors')) });
const policy = { name: 'policy', in: 'query', description: 'A shipped profile (GET /v1/policies); `sanbao serve --policy` by default', schema: { type: 'string' } };
const lang = { name: 'lang', in: 'query', schema: { type: 'string', enum: ['zh-CN', 'en'], default: 'zh-CN' }, description: 'zh, zh-Hans, en-US, en-GB are also taken (any case)' };
const claimBody = { required: true, content: json(ref('Claim')) };
/** What every POST may also answer. */
const POST_ERRORS = {
  '400': errors('Not a valid input: every problem at once, each with its JSON path, expected and received, in zh-CN and en (the errors of `sanbao decide`); or a query parameter not allowed'),
  '401': errors('The bearer token is missing or wrong (only when the service has SANBAO_TOKEN)'),
  '408': errors('The body did not arrive within the request timeout'),
  '413': errors('The body is larger than the claim limit (64 KiB; 80 KiB for /v1/check)'),
  '429': errors('Too many requests from this client in a second'),
  '503': errors('The decision took longer than the request timeout, the service is busy, or it is shutting down'),
};

/**
 * The service's OpenAPI 3.1 document. The claim, decision and fixture schemas in it are the JSON
 * Schemas the package publishes (`docs/schemas/`, `sanbao schema`), as they are: OpenAPI 3.1's
 * schemas are JSON Schema draft 2020-12.
 */
export function openApiDocument(schemaOf: (name: SchemaName) => Record<string, unknown>): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'sanbao decision service',
      version,
      description:
        'Decides China mobile-phone 三包 claims (`sanbao serve`). Every answer is byte for byte what the command line prints for the same input; every error body is `{"errors": [...]}`, each error in zh-CN and en.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8080' }],
    security: [{}, { bearer: [] }],
    paths: {
      '/v1/decide': {
        post: {
          summary: 'Decide one claim',
          description: 'The decision as `sanbao decide` prints it (two-space JSON and a newline); with `counterfactuals=true` byte for byte its output.',
          parameters: [policy, lang, { name: 'counterfactuals', in: 'query', schema: { type: 'boolean', default: false }, description: 'also work out what would change the outcome (a few dozen more decisions)' }],
          requestBody: claimBody,
          responses: { '200': { description: 'The decision', content: json(ref('Decision')) }, ...POST_ERRORS },
        },
      },
      '/v1/check': {
        post: {
          summary: "Check a shop's decision against the floor",
          description: 'What `sanbao check` prints for one `{claim, shop}` document: `meetsFloor`, what was owed and not offered, by article.',
          parameters: [policy],
          requestBody: { required: true, content: json(ref('CheckInput')) },
          responses: { '200': { description: 'The check', content: json({ type: 'object', required: ['meetsFloor', 'owed', 'offered', 'shortfalls'] }) }, ...POST_ERRORS },
        },
      },
      '/v1/decide/batch': {
        post: {
          summary: 'Decide claims in bulk (JSON Lines in, JSON Lines out, streamed)',
          description:
            'One answer a line, in input order, as `sanbao batch` writes it: the decision (compact JSON, no counterfactuals), or `{"line": N, "errors": [...]}` for a line that is not a valid claim. A batch that stops sending for the request timeout is cut off.',
          parameters: [
            policy,
            { name: 'compact', in: 'query', schema: { type: 'boolean', default: false }, description: 'the compact shape (docs/compact-format.md)' },
            { name: 'fields', in: 'query', schema: { type: 'string' }, description: 'only these fields of each decision, comma-separated' },
          ],
          requestBody: { required: true, content: { 'application/x-ndjson': { schema: { type: 'string' } } } },
          responses: { '200': { description: 'One line out per line in', content: { 'application/x-ndjson': { schema: { type: 'string' } } } }, ...POST_ERRORS },
        },
      },
      '/v1/report': {
        post: {
          summary: 'The report or the timeline of a decision',
          description: 'What `sanbao decide --format text|md|svg --lang L` prints.',
          parameters: [policy, lang, { name: 'format', in: 'query', schema: { type: 'string', enum: ['text', 'md', 'svg'], default: 'text' } }],
          requestBody: claimBody,
          responses: {
            '200': { description: 'The rendering', content: { 'text/plain': { schema: { type: 'string' } }, 'text/markdown': { schema: { type: 'string' } }, 'image/svg+xml': { schema: { type: 'string' } } } },
            ...POST_ERRORS,
          },
        },
      },
      '/v1/policies': { get: { summary: 'The shipped profiles, with their source and audit', responses: { '200': { description: '`{policies: [...]}`', content: json({ type: 'object' }) } } } },
      '/v1/schemas/{name}': {
        get: {
          summary: 'A published JSON Schema (draft 2020-12)',
          parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string', enum: ['claim', 'decision', 'fixture'] } }],
          responses: { '200': { description: 'The schema, as docs/schemas/<name>.schema.json holds it', content: { 'application/schema+json': { schema: { type: 'object' } } } }, '404': errors('No such schema') },
        },
      },
      '/healthz': { get: { summary: 'Liveness (no token needed)', security: [{}], responses: { '200': { description: '`{"status":"ok"}`' } } } },
      '/readyz': { get: { summary: 'Readiness: 503 while shutting down (no token needed)', security: [{}], responses: { '200': { description: 'ready' }, '503': errors('not ready') } } },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics: requests, latency, verdicts, errors', responses: { '200': { description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } } } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Required when the service was started with SANBAO_TOKEN set' } },
      schemas: {
        Claim: schemaOf('claim'),
        Decision: schemaOf('decision'),
        Fixture: schemaOf('fixture'),
        CheckInput: {
          type: 'object',
          required: ['claim', 'shop'],
          properties: { id: { type: ['string', 'number'] }, claim: ref('Claim'), shop: { type: 'object', description: "the shop's decision (docs/disputes.md)" } },
        },
        Errors: {
          type: 'object',
          required: ['errors'],
          properties: {
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['path', 'code', 'expected', 'received', 'message'],
                properties: {
                  path: { type: 'string' },
                  code: { type: 'string' },
                  expected: ref('Text'),
                  received: { type: 'string' },
                  message: ref('Text'),
                },
              },
            },
          },
        },
        Text: { type: 'object', required: ['zh-CN', 'en'], properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } } },
      },
    },
  };
}
