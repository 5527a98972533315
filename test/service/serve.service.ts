/**
 * `sanbao serve` as users run it: the built command line in its own process, on 127.0.0.1, its
 * worker pool on real threads. Every endpoint: its answer (byte for byte what the library and the
 * command line give), a bad claim (400, every error), a body too large (413), a wrong token (401),
 * a body that does not arrive in time (408), and shutdown with requests in flight (none lost).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decide, decideClaim, parseClaim, MAX_CLAIM_BYTES, renderReport } from '../../src/index';
import { checkShopDecision } from '../../src/dispute/check';
import { loadFixtures } from '../support/fixtures';
import { runSanbao } from '../support/process';
import { call, parseRaw, partialRequest, type RunningServer, startServer } from './support';

const cli = join(inject('builtDir'), 'cli.js');
const TOKEN = 'test-token-5f1c';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const national = loadFixtures().filter((fixture) => fixture.policy === undefined && parseClaim(fixture.claim).ok);
const claim = national.find((fixture) => fixture.name === 'national/refund-day-7.json')!.claim;
const claimText = JSON.stringify(claim);
const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
/** A claim with several problems at once (a bad date, an unknown key, a wrong type). */
const BAD = { claimDate: '2025-02-30', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: '100' }, fault: { codes: ['no-power-on'] }, colour: 'red' };
const badErrors = (() => {
  const parsed = parseClaim(BAD);
  if (parsed.ok) throw new Error('BAD must not parse');
  return parsed.errors;
})();
const SHOP_BELOW = { verdict: 'paid-repair', remedies: [{ type: 'paid-repair' }] };

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(cli, ['--workers', '2', '--timeout', '1500', '--log-level', 'info'], { SANBAO_TOKEN: TOKEN });
});
afterAll(async () => {
  await server?.stop();
});

const post = (path: string, body: string | Uint8Array, headers: Record<string, string> = AUTH) => call(server.port, 'POST', path, { body, headers: { 'content-type': 'application/json', ...headers } });
const get = (path: string, headers: Record<string, string> = AUTH) => call(server.port, 'GET', path, { headers });

describe('sanbao serve: answers', () => {
  it('POST /v1/decide: the decision of decide(), as `sanbao decide` prints it; with counterfactuals, its exact bytes', async () => {
    const plain = await post('/v1/decide', claimText);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(plain.body).toBe(pretty(decide(claim)));
    const full = await post('/v1/decide?counterfactuals=true&lang=en', claimText);
    const file = join(inject('builtDir'), 'service-claim.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, claimText);
    const printed = await runSanbao(cli, ['decide', file, '--lang', 'en']);
    expect(printed.status).toBe(0);
    expect(full.body).toBe(printed.stdout);
    expect(full.body).toBe(pretty(decide(claim, { counterfactuals: true })));
  });

  it('POST /v1/decide decides every national fixture as decide() does, under ?policy= too', async () => {
    for (const fixture of national.filter((_, index) => index % 4 === 0)) {
      const reply = await post('/v1/decide', JSON.stringify(fixture.claim));
      expect(reply.status, fixture.name).toBe(200);
      expect(reply.body, fixture.name).toBe(pretty(decide(fixture.claim)));
    }
    const huawei = await post('/v1/decide?policy=huawei', claimText);
    expect(huawei.body).toBe(pretty(decide(claim, { policy: 'huawei' })));
  });

  it('POST /v1/check: what `sanbao check` prints for one document', async () => {
    const reply = await post('/v1/check', JSON.stringify({ id: 'T-1', claim, shop: SHOP_BELOW }));
    expect(reply.status).toBe(200);
    const parsed = parseClaim(claim);
    if (!parsed.ok) throw new Error('fixture claim must parse');
    const { decision: _decision, ...expected } = checkShopDecision(parsed.claim, SHOP_BELOW as never, { id: 'T-1' });
    expect(reply.body).toBe(pretty(expected));
    expect(JSON.parse(reply.body).meetsFloor).toBe(false);
  });

  it('POST /v1/report: the text, Markdown and SVG of `sanbao decide --format`', async () => {
    const parsed = parseClaim(claim);
    if (!parsed.ok) throw new Error('fixture claim must parse');
    const decision = decideClaim(parsed.claim, { counterfactuals: true });
    const text = await post('/v1/report?format=text&lang=en', claimText);
    expect(text.status).toBe(200);
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.body).toBe(renderReport(decision, parsed.claim, { lang: 'en', format: 'text' }));
    const md = await post('/v1/report?format=md', claimText);
    expect(md.body).toBe(renderReport(decision, parsed.claim, { lang: 'zh-CN', format: 'md' }));
    const svg = await post('/v1/report?format=svg&lang=zh', claimText);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.body.startsWith('<svg')).toBe(true);
  });

  it('POST /v1/decide/batch: one line out per line in, in order, as `sanbao batch` writes them', async () => {
    const lines = [...national.slice(0, 30).map((fixture) => JSON.stringify(fixture.claim)), 'not json', JSON.stringify(BAD)];
    const reply = await post('/v1/decide/batch', `${lines.join('\n')}\n`, { ...AUTH, 'content-type': 'application/x-ndjson' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const out = reply.body.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(lines.length);
    national.slice(0, 30).forEach((fixture, index) => expect(out[index], fixture.name).toBe(JSON.stringify(decide(fixture.claim))));
    expect(JSON.parse(out[30]!)).toMatchObject({ line: 31, errors: [{ code: 'json' }] });
    expect(JSON.parse(out[31]!)).toEqual({ line: 32, errors: badErrors });
    const compact = await post('/v1/decide/batch?compact=true', `${lines[0]}\n`);
    const printed = await runSanbao(cli, ['batch', '--compact', '--quiet', '--jobs', '1'], { input: `${lines[0]}\n` });
    expect(compact.body).toBe(printed.stdout);
    const empty = await post('/v1/decide/batch', '');
    expect([empty.status, empty.body]).toEqual([200, '']);
  });

  it('GET /v1/policies, /v1/schemas/*, /openapi.json: the shipped profiles and the published schemas', async () => {
    const policies = JSON.parse((await get('/v1/policies')).body) as { policies: { id: string }[] };
    expect(policies.policies.map((policy) => policy.id)).toContain('huawei');
    for (const name of ['claim', 'decision', 'fixture']) {
      const reply = await get(`/v1/schemas/${name}`);
      expect(reply.status).toBe(200);
      expect(reply.body).toBe(readFileSync(`docs/schemas/${name}.schema.json`, 'utf8'));
    }
    expect((await get('/v1/schemas/nope')).status).toBe(404);
    const openapi = JSON.parse((await get('/openapi.json')).body) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths).sort()).toEqual(['/healthz', '/metrics', '/openapi.json', '/readyz', '/v1/check', '/v1/decide', '/v1/decide/batch', '/v1/policies', '/v1/report', '/v1/schemas/{name}']);
    expect(openapi.components.schemas.Claim).toEqual(JSON.parse(readFileSync('docs/schemas/claim.schema.json', 'utf8')));
    expect(openapi.components.schemas.Decision).toEqual(JSON.parse(readFileSync('docs/schemas/decision.schema.json', 'utf8')));
  });

  it('GET /healthz and /readyz answer without the token; /metrics counts requests, latency, verdicts and errors', async () => {
    expect(await get('/healthz', {})).toMatchObject({ status: 200, body: '{"status":"ok"}\n' });
    expect(JSON.parse((await get('/readyz', {})).body)).toEqual({ status: 'ready', workers: 2 });
    await post('/v1/decide', claimText);
    await post('/v1/decide', JSON.stringify(BAD));
    const metrics = await get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatch(/^sanbao_http_requests_total\{route="\/v1\/decide",method="POST",status="200"\} [1-9]/m);
    expect(metrics.body).toMatch(/^sanbao_http_request_duration_seconds_bucket\{le="0\.01",route="\/v1\/decide"\} \d+/m);
    expect(metrics.body).toMatch(/^sanbao_decisions_total\{verdict="refund"\} [1-9]/m);
    expect(metrics.body).toMatch(/^sanbao_errors_total\{code="invalid"\} [1-9]/m);
  });
});

describe('sanbao serve: refusals', () => {
  it('a bad claim is a 400 with every problem in both languages, the library’s own error objects, on every POST', async () => {
    for (const path of ['/v1/decide', '/v1/report']) {
      const reply = await post(path, JSON.stringify(BAD));
      expect(reply.status, path).toBe(400);
      expect(reply.body, path).toBe(pretty({ errors: badErrors }));
      expect(reply.body).not.toMatch(/\n\s+at /);
    }
    const check = await post('/v1/check', JSON.stringify({ claim: BAD, shop: SHOP_BELOW }));
    expect(check.status).toBe(400);
    const errors = (JSON.parse(check.body) as { errors: { path: string; message: { 'zh-CN': string; en: string } }[] }).errors;
    expect(errors.map((error) => error.path)).toEqual(badErrors.map((error) => error.path.replace('$', '$.claim')));
    expect(errors.every((error) => error.message['zh-CN'] !== '' && error.message.en !== '')).toBe(true);
    const notJson = await post('/v1/decide', '{"claimDate":');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).errors[0]).toMatchObject({ path: '$', code: 'json' });
  });

  it('a query parameter not allowed is a 400 naming it; an unknown path a 404; neither shows a stack', async () => {
    const policy = await post('/v1/decide?policy=acme', claimText);
    expect(policy.status).toBe(400);
    expect(JSON.parse(policy.body).errors[0]).toMatchObject({ path: 'query.policy', code: 'option', received: 'acme' });
    const format = await post('/v1/report?format=pdf', claimText);
    expect(JSON.parse(format.body).errors[0]).toMatchObject({ path: 'query.format', code: 'option' });
    const missing = await get('/v1/nothing');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).errors[0]).toMatchObject({ code: 'not-found' });
  });

  it('a body larger than the claim limit is a 413 with the library’s too-large error, whether declared or streamed', async () => {
    const big = `{"claimDate":"${'x'.repeat(MAX_CLAIM_BYTES)}"}`;
    for (const path of ['/v1/decide', '/v1/report', '/v1/check']) {
      const reply = await post(path, big + ' '.repeat(path === '/v1/check' ? 16 * 1024 : 0));
      expect(reply.status, path).toBe(413);
      expect(JSON.parse(reply.body).errors[0], path).toMatchObject({ code: 'too-large', expected: { en: expect.stringContaining(String(MAX_CLAIM_BYTES)) } });
    }
    // Without a Content-Length (chunked), refused once the limit is passed.
    const chunked = partialRequest(server.port, `POST /v1/decide HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nTransfer-Encoding: chunked\r\n\r\n`, '');
    const part = 'x'.repeat(16 * 1024);
    for (let sent = 0; sent <= MAX_CLAIM_BYTES; sent += part.length) chunked.send(`${part.length.toString(16)}\r\n${part}\r\n`);
    const raw = parseRaw(await chunked.response);
    expect(raw.status).toBe(413);
    // A batch line over the limit is that line's error, as in `sanbao batch`.
    const batch = await post('/v1/decide/batch', `${claimText}\n${big}\n${claimText}\n`);
    const lines = batch.body.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]!)).toMatchObject({ line: 2, errors: [{ code: 'too-large' }] });
  });

  it('a missing or wrong token is a 401 on every route but the health checks', async () => {
    for (const [method, path] of [['POST', '/v1/decide'], ['POST', '/v1/check'], ['POST', '/v1/report'], ['POST', '/v1/decide/batch'], ['GET', '/v1/policies'], ['GET', '/v1/schemas/claim'], ['GET', '/openapi.json'], ['GET', '/metrics']] as const) {
      for (const headers of [{}, { authorization: `Bearer ${TOKEN}x` }, { authorization: `Bearer ${TOKEN.slice(0, -1)}` }, { authorization: TOKEN }] as Record<string, string>[]) {
        const reply = await call(server.port, method, path, { headers, ...(method === 'POST' ? { body: claimText } : {}) });
        expect(reply.status, `${method} ${path} ${JSON.stringify(headers)}`).toBe(401);
        expect(reply.headers['www-authenticate']).toBe('Bearer realm="sanbao"');
        expect(JSON.parse(reply.body).errors[0]).toMatchObject({ code: 'unauthorized', message: { 'zh-CN': expect.any(String), en: expect.any(String) } });
      }
    }
  });

  it('a body that does not arrive within the timeout is a 408 (a slow client), and the server keeps answering others', async () => {
    for (const path of ['/v1/decide', '/v1/check', '/v1/report']) {
      const slow = partialRequest(server.port, `POST ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: ${claimText.length}\r\n\r\n`, claimText.slice(0, 10));
      const other = await post('/v1/decide', claimText);
      expect(other.status).toBe(200);
      const raw = parseRaw(await slow.response);
      expect(raw.status, path).toBe(408);
      expect(JSON.parse(raw.body).errors[0]).toMatchObject({ code: 'body-timeout' });
    }
    // A batch that stops sending before any answer is out is a 408 too; after answers went out, it is cut off.
    const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
    const batchHead = `POST /v1/decide/batch HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const early = parseRaw(await partialRequest(server.port, batchHead, chunk(`${claimText}\n`)).response);
    expect(early.status).toBe(408);
    expect(JSON.parse(early.body).errors[0]).toMatchObject({ code: 'body-timeout' });
    // More than the blocks a batch keeps in flight (two a worker, of 32 KiB each), so that answers go out.
    const many = `${claimText}\n`.repeat(Math.ceil((256 * 1024) / claimText.length));
    const cut = await partialRequest(server.port, batchHead, chunk(many)).response;
    expect(cut).toMatch(/^HTTP\/1\.1 200/);
    expect(cut).toContain('"verdict":"refund"');
    expect(cut.endsWith('\r\n0\r\n\r\n')).toBe(false);
  });
});

describe('sanbao serve: shutdown', () => {
  it('on SIGTERM, finishes every request in flight (none lost), refuses new ones, and exits 0', async () => {
    const own = await startServer(cli, ['--workers', '1', '--timeout', '20000', '--log-level', 'warn']);
    const head = (path: string, length: number) => `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;
    const claims = national.slice(0, 12);
    const inFlight = claims.map((fixture) => {
      const text = JSON.stringify(fixture.claim);
      return { fixture, text, request: partialRequest(own.port, head('/v1/decide', Buffer.byteLength(text)), text.slice(0, 20)) };
    });
    const batchBody = `${claims.map((fixture) => JSON.stringify(fixture.claim)).join('\n')}\n`;
    const batch = partialRequest(own.port, head('/v1/decide/batch', Buffer.byteLength(batchBody)), batchBody.slice(0, 30));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopped = own.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // New connections are refused once the server stops listening.
    await expect(call(own.port, 'GET', '/healthz')).rejects.toThrow(/ECONNREFUSED|ECONNRESET|socket hang up/);
    for (const { text, request } of inFlight) request.send(text.slice(20));
    batch.send(batchBody.slice(30));
    for (const { fixture, request } of inFlight) {
      const raw = parseRaw(await request.response);
      expect(raw.status, fixture.name).toBe(200);
      expect(raw.body, fixture.name).toBe(pretty(decide(fixture.claim)));
    }
    const batchRaw = parseRaw(await batch.response);
    expect(batchRaw.body).toBe(claims.map((fixture) => `${JSON.stringify(decide(fixture.claim))}\n`).join(''));
    expect(await stopped).toEqual({ status: 0, signal: null });
    expect(own.stderr()).toMatch(/shutting down, finishing the requests in flight/);
  });

  it('logs each request as structured JSON without any of the claim; --log-claims adds the body', async () => {
    const marker = 'IMEI-MARKER-860000000000009';
    const withImei = JSON.stringify({ ...claim, item: { ...(claim as { item: object }).item, brand: marker } });
    await post('/v1/decide', withImei);
    const log = server.stdout();
    expect(log.split('\n').filter((line) => line !== '').every((line) => JSON.parse(line) !== undefined)).toBe(true);
    expect(log).toContain('"url":"/v1/decide"');
    expect(log).not.toContain(marker);
    const logging = await startServer(cli, ['--workers', '1', '--log-claims']);
    await call(logging.port, 'POST', '/v1/decide', { body: withImei });
    await logging.stop();
    expect(logging.stdout()).toContain(marker);
  });
});
