import { createServer } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../../claim/input-error';
import { MAX_CLAIM_BYTES, tooLarge } from '../../claim/read-json';
import { auditPolicy } from '../../facade/audit-policy';
import { shippedPolicies } from '../../policy/registry';
import { type Args, UsageError } from '../args';
import { runBatch } from '../batch/run';
import { shapeOf } from '../batch/settings';
import { sinkOf } from '../batch/sink';
import { MAX_INPUT_BYTES } from '../commands/check-run';
import { choice } from '../options';
import type { Answered, Task } from './answers';
import { type Body, readBody } from './body';
import { errorBody, type HttpError, type HttpErrorCode, httpError, statusOf } from './http-errors';
import { BodyIdle, idleLimited } from './idle-limited';
import type { ServiceMetrics } from './metrics';
import { openApiDocument } from './openapi';
import type { ServicePool } from './pool';
import { bearerMatches } from './token';

/** How `sanbao serve` was started. */
export interface ServiceSettings {
  /** The profile a request without `?policy=` is decided under (`--policy`). */
  readonly policy: string;
  /** The bearer token every request but the health checks must carry (`SANBAO_TOKEN`); none: no check. */
  readonly token?: string | undefined;
  /** Per request: the body must have arrived, and the answer be made, within this (`--timeout`). */
  readonly timeoutMs: number;
  /** Requests a second per client address (`--rate-limit`); 0: no limit. */
  readonly rateLimit: number;
  /** Log each request's body (`--log-claims`); by default nothing of a claim is logged. */
  readonly logClaims: boolean;
  readonly logLevel: string;
  /** Where the structured log (pino, JSON lines) goes. */
  readonly logStream: NodeJS.WritableStream;
}

/** The service, and the switch that starts its shutdown (readiness off, no new requests). */
export interface Service {
  readonly app: FastifyInstance;
  /** Stops taking requests, finishes those in flight, then stops the pool. */
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const NDJSON_TYPE = 'application/x-ndjson; charset=utf-8';
const REPORT_TYPES = { text: 'text/plain; charset=utf-8', md: 'text/markdown; charset=utf-8', svg: 'image/svg+xml; charset=utf-8' } as const;
const SCHEMA_NAMES = ['claim', 'decision', 'fixture'] as const;
/** Routes open without the token: a load balancer's health checks. */
const OPEN_PATHS = new Set(['/healthz', '/readyz']);

/** A query's options read as the command line's (`choice`: the same values and aliases), or a 400. */
class OptionError extends Error {
  constructor(readonly error: HttpError) {
    super(error.message.en);
  }
}

function queryArgs(query: unknown): Args {
  const options: Record<string, string | true> = Object.create(null) as Record<string, string | true>;
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') options[name] = value;
    else if (Array.isArray(value)) throw new OptionError(httpError('option', { path: `query.${name}`, received: value.join(','), values: { name, allowed: 'one value' } }));
  }
  return { command: undefined, positional: [], options };
}

function option<T extends string>(args: Args, name: string, allowed: readonly T[], fallback: T): T {
  try {
    return choice(args, name, allowed, fallback);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new OptionError(httpError('option', { path: `query.${name}`, received: String(args.options[name]), values: { name, allowed: allowed.join(', ') } }));
  }
}

function policyOption(args: Args, fallback: string): string {
  return option(args, 'policy', shippedPolicies.map((policy) => policy.id), fallback);
}

const BOOLEANS = ['true', 'false', '1', '0'] as const;

async function* noBody(): AsyncGenerator<Uint8Array> {}

/** The `{policies: [...]}` document: each shipped profile, its source and what its audit finds below the floor. */
function policiesDocument(): string {
  const policies = shippedPolicies.map((policy) => ({
    id: policy.id,
    title: policy.title,
    source: policy.source,
    asOf: policy.asOf,
    confidence: policy.confidence,
    belowFloor: auditPolicy(policy),
  }));
  return `${JSON.stringify({ policies }, null, 2)}\n`;
}

/**
 * Builds the HTTP service (Fastify): every route, the token check, the rate limit, metrics and
 * structured logs. Deciding is the pool's; this thread reads bodies, queues and writes.
 */
export async function buildService(pool: ServicePool, metrics: ServiceMetrics, settings: ServiceSettings): Promise<Service> {
  const { default: Fastify } = await import('fastify');
  const app = Fastify({
    logger: { level: settings.logLevel, stream: settings.logStream },
    // Bodies are read by the routes themselves (readBody): the limit and the timeout are theirs.
    bodyLimit: MAX_INPUT_BYTES,
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    keepAliveTimeout: 5_000,
    exposeHeadRoutes: false,
    // Headers must all arrive within the request timeout (a body's own limit is readBody's, or a
    // batch's idleLimited's), checked every second rather than Node's default 30.
    serverFactory: (handler) =>
      createServer({ headersTimeout: Math.min(settings.timeoutMs, 60_000), requestTimeout: 0, connectionsCheckingInterval: Math.min(settings.timeoutMs, 1000) }, handler),
  });
  let closing = false;
  let readiness: 'starting' | 'ready' | 'closing' = 'starting';

  const fail = (reply: FastifyReply, code: HttpErrorCode, error: HttpError = httpError(code)) => {
    metrics.error(code);
    return reply.code(statusOf(code)).type(JSON_TYPE).send(errorBody([error]));
  };

  app.removeAllContentTypeParsers();
  // Every body reaches its route as the raw stream, whatever its type: a claim is JSON whatever a
  // client calls it, and a batch is read as it streams.
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  app.addHook('onRequest', async (request, reply) => {
    if (closing) {
      reply.header('connection', 'close');
      return fail(reply, 'closing');
    }
    if (settings.token !== undefined && !OPEN_PATHS.has(request.url.split('?')[0]!) && !bearerMatches(request.headers.authorization, settings.token)) {
      reply.header('www-authenticate', 'Bearer realm="sanbao"');
      return fail(reply, 'unauthorized');
    }
    return undefined;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    // A connection kept alive would hold the shutdown up until its client lets go.
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    metrics.request(request.routeOptions.url ?? 'unmatched', request.method, reply.statusCode, reply.elapsedTime / 1000);
  });

  if (settings.rateLimit > 0) {
    const { default: rateLimit } = await import('@fastify/rate-limit');
    await app.register(rateLimit, {
      global: true,
      max: settings.rateLimit,
      timeWindow: 1000,
      allowList: (request) => OPEN_PATHS.has(request.url.split('?')[0]!),
      errorResponseBuilder: () => ({ statusCode: 429, sanbao: httpError('rate-limited', { values: { limit: String(settings.rateLimit) } }) }),
    });
  }

  app.setNotFoundHandler((request, reply) => fail(reply, 'not-found', httpError('not-found', { received: `${request.method} ${request.url.slice(0, 200)}` })));
  app.setErrorHandler((error: Error & { statusCode?: number; sanbao?: HttpError }, request, reply) => {
    if (error instanceof OptionError) return fail(reply, 'option', error.error);
    if (error.statusCode === 429 && error.sanbao !== undefined) return fail(reply, 'rate-limited', error.sanbao);
    // A batch whose body stopped arriving before any answer was sent (after that, it is cut off).
    if (error instanceof BodyIdle) {
      reply.header('connection', 'close');
      return fail(reply, 'body-timeout', httpError('body-timeout', { values: { ms: String(settings.timeoutMs) } }));
    }
    // Never a stack trace to the client; the log has it (and nothing of the claim).
    request.log.error({ err: error }, 'request failed');
    return fail(reply, 'internal');
  });

  /** Reads the body, has the pool answer it, and replies: the answer, or every error (400), 408, 413, 503. */
  async function answer(request: FastifyRequest, reply: FastifyReply, limit: number, type: string, task: (bytes: Uint8Array) => Exclude<Task, { kind: 'block' }>) {
    const started = performance.now();
    const body: Body = request.body === undefined ? { ok: true, bytes: new Uint8Array(0) } : await readBody(request.body as Readable, request.headers['content-length'], limit, settings.timeoutMs);
    if (!body.ok) {
      reply.header('connection', 'close');
      if (body.reason === 'too-large') {
        metrics.error('too-large');
        return reply.code(413).type(JSON_TYPE).send(errorBody([tooLarge(body.length)]));
      }
      return fail(reply, 'body-timeout', httpError('body-timeout', { values: { ms: String(settings.timeoutMs) } }));
    }
    if (settings.logClaims) request.log.info({ claim: Buffer.from(body.bytes).toString('utf8') }, 'claim');
    let answered: Answered;
    try {
      const left = Math.max(1, Math.floor(settings.timeoutMs - (performance.now() - started)));
      answered = await pool.run(task(body.bytes), AbortSignal.timeout(left));
    } catch (error) {
      const name = (error as { name?: unknown }).name;
      if (name === 'AbortError' || name === 'TimeoutError') return fail(reply, 'timeout', httpError('timeout', { values: { ms: String(settings.timeoutMs) } }));
      if (/queue is at limit/i.test((error as Error).message ?? '')) return fail(reply, 'busy');
      throw error;
    }
    if (!answered.ok) {
      metrics.error('invalid', answered.errors);
      return reply.code(400).type(JSON_TYPE).send(answered.text);
    }
    if (answered.verdict !== undefined && answered.status !== undefined) metrics.decided(answered.verdict, answered.status);
    return reply.code(200).type(type).send(answered.text);
  }

  app.post('/v1/decide', async (request, reply) => {
    const args = queryArgs(request.query);
    const policy = policyOption(args, settings.policy);
    option(args, 'lang', ['zh-CN', 'en'] as const, 'zh-CN');
    const counterfactuals = option(args, 'counterfactuals', BOOLEANS, 'false');
    return answer(request, reply, MAX_CLAIM_BYTES, JSON_TYPE, (body) => ({ kind: 'decide', body, policy, counterfactuals: counterfactuals === 'true' || counterfactuals === '1' }));
  });

  app.post('/v1/check', async (request, reply) => {
    const policy = policyOption(queryArgs(request.query), settings.policy);
    return answer(request, reply, MAX_INPUT_BYTES, JSON_TYPE, (body) => ({ kind: 'check', body, policy }));
  });

  app.post('/v1/report', async (request, reply) => {
    const args = queryArgs(request.query);
    const policy = policyOption(args, settings.policy);
    const format = option(args, 'format', ['text', 'md', 'svg'] as const, 'text');
    const lang: Lang = option(args, 'lang', ['zh-CN', 'en'] as const, 'zh-CN');
    return answer(request, reply, MAX_CLAIM_BYTES, REPORT_TYPES[format], (body) => ({ kind: 'report', body, policy, format, lang }));
  });

  app.post('/v1/decide/batch', async (request, reply) => {
    const args = queryArgs(request.query);
    const policy = policyOption(args, settings.policy);
    const compact = option(args, 'compact', BOOLEANS, 'false');
    let shape;
    try {
      shape = shapeOf({ ...args, options: { ...(args.options.fields === undefined ? {} : { fields: args.options.fields }), ...(compact === 'true' || compact === '1' ? { compact: true } : {}) } });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      throw new OptionError(httpError('option', { path: 'query.fields', received: String(args.options.fields), values: { name: 'fields', allowed: error.message } }));
    }
    const input: AsyncIterable<Uint8Array> = request.body === undefined ? noBody() : idleLimited(request.body as Readable, settings.timeoutMs);
    const output = new PassThrough();
    // Lines out as they are decided, in input order, with the back-pressure of `sanbao batch`.
    runBatch(input, sinkOf(output), pool.batchDecider(policy, shape)).then(
      (tally) => {
        metrics.batch(tally);
        output.end();
      },
      (error: unknown) => {
        request.log.warn({ err: error }, 'batch ended early');
        metrics.error('batch-aborted');
        output.destroy(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return reply.code(200).type(NDJSON_TYPE).send(output);
  });

  const policies = policiesDocument();
  app.get('/v1/policies', async (_request, reply) => reply.type(JSON_TYPE).send(policies));

  const { jsonSchemaOf, jsonSchemaText } = await import('../../schemas/index');
  app.get('/v1/schemas/:name', async (request, reply) => {
    const name = (request.params as { name: string }).name;
    if (!(SCHEMA_NAMES as readonly string[]).includes(name)) return fail(reply, 'not-found', httpError('not-found', { path: 'params.name', received: name.slice(0, 200) }));
    return reply.type('application/schema+json; charset=utf-8').send(jsonSchemaText(name as (typeof SCHEMA_NAMES)[number]));
  });

  const openapi = `${JSON.stringify(openApiDocument(jsonSchemaOf), null, 2)}\n`;
  app.get('/openapi.json', async (_request, reply) => reply.type(JSON_TYPE).send(openapi));

  app.get('/healthz', async (_request, reply) => reply.type(JSON_TYPE).send('{"status":"ok"}\n'));
  app.get('/readyz', async (_request, reply) =>
    readiness === 'ready' ? reply.type(JSON_TYPE).send(`${JSON.stringify({ status: 'ready', workers: pool.threads })}\n`) : fail(reply, 'closing'),
  );
  app.get('/metrics', async (_request, reply) => reply.type(metrics.contentType).send(await metrics.text()));

  await app.ready();
  readiness = 'ready';
  return {
    app,
    async close() {
      closing = true;
      readiness = 'closing';
      await app.close();
      await pool.close();
    },
  };
}
