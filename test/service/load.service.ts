/**
 * `sanbao serve` under load and under attack, on 127.0.0.1 only, every count bounded: 10,000
 * claims on 64 connections at once, each answer checked against decide(); a batch of 100,000
 * lines, lines out = lines in, in order; hostile bodies (not JSON, nested deep, huge numbers,
 * a million unknown keys, slow-loris clients) each refused with a clear 4xx while the server
 * keeps answering others, in bounded memory. Nothing here is timed: speed is `npm run bench:serve`'s.
 */
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decide, MAX_CLAIM_BYTES } from '../../src/index';
import { benchClaims } from '../bench/claims';
import { call, parseRaw, partialRequest, type RunningServer, startServer } from './support';

const cli = join(inject('builtDir'), 'cli.js');
const claims = benchClaims(10_000);
const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

let server: RunningServer;
beforeAll(async () => {
  // A long request timeout: this machine is shared, and a queue of 64 at a load of 15 can wait seconds.
  server = await startServer(cli, ['--workers', '2', '--rate-limit', '0', '--timeout', '60000', '--log-level', 'warn']);
});
afterAll(async () => {
  await server?.stop();
});

/** The server's memory: resident now and at its peak (worker threads included), in MB. */
function memory(pid: number): { readonly rss: number; readonly peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

function decidedCount(metrics: string): number {
  return Number(/^sanbao_http_requests_total\{route="\/v1\/decide",method="POST",status="200"\} (\d+)/m.exec(metrics)?.[1] ?? 0);
}

describe('sanbao serve under load', () => {
  it('10,000 claims on 64 connections at once: every answer is decide() of its own claim, none lost, none twice, no error', async () => {
    const before = decidedCount((await call(server.port, 'GET', '/metrics')).body);
    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    const answers = new Array<string | undefined>(claims.length);
    let next = 0;
    const statuses = new Map<number, number>();
    const connection = async () => {
      for (let index = next++; index < claims.length; index = next++) {
        const body = JSON.stringify(claims[index]);
        const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          const request = httpRequest({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/v1/decide', agent, headers: { 'content-type': 'application/json' } }, (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          });
          request.on('error', reject);
          request.end(body);
        });
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        expect(answers[index], `claim ${index} answered twice`).toBeUndefined();
        answers[index] = reply.body;
      }
    };
    await Promise.all(Array.from({ length: 64 }, connection));
    agent.destroy();
    expect(Object.fromEntries(statuses)).toEqual({ 200: claims.length });
    let wrong = 0;
    claims.forEach((claim, index) => {
      if (answers[index] !== pretty(decide(claim))) wrong += 1;
    });
    expect(wrong).toBe(0);
    // The server counted exactly as many decisions: none made twice, none dropped on its side.
    expect(decidedCount((await call(server.port, 'GET', '/metrics')).body) - before).toBe(claims.length);
  });

  it('a batch of 100,000 lines: as many lines out as in, each the answer to its own line, in order', async () => {
    const LINES = 100_000;
    const BAD_EVERY = 997;
    const expected = claims.map((claim) => {
      const { verdict, dates } = decide(claim);
      return JSON.stringify({ verdict, dates });
    });
    const lineOf = (index: number) => (index % BAD_EVERY === BAD_EVERY - 1 ? `{"bad":${index}}` : JSON.stringify(claims[index % claims.length]));
    const body = Readable.from(
      (function* () {
        for (let index = 0; index < LINES; index += 1000) {
          let chunk = '';
          for (let line = index; line < Math.min(LINES, index + 1000); line += 1) chunk += `${lineOf(line)}\n`;
          yield chunk;
        }
      })(),
    );
    let seen = 0;
    let mismatches = 0;
    let rest = '';
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port: server.port, method: 'POST', path: '/v1/decide/batch?fields=verdict,dates', headers: { 'content-type': 'application/x-ndjson', 'transfer-encoding': 'chunked' }, agent: false },
        (response) => {
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            const lines = (rest + chunk).split('\n');
            rest = lines.pop()!;
            for (const line of lines) {
              const index = seen++;
              const want = index % BAD_EVERY === BAD_EVERY - 1 ? undefined : expected[index % claims.length];
              const ok = want === undefined ? line.startsWith(`{"line":${index + 1},"errors":[`) && line.includes('{"path":"$.bad","code":"unknown-key"') : line === want;
              if (!ok) mismatches += 1;
            }
          });
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      body.pipe(request);
    });
    expect(status).toBe(200);
    expect(rest).toBe('');
    expect(seen).toBe(LINES);
    expect(mismatches).toBe(0);
  });
});

describe('sanbao serve under hostile input', () => {
  const claimText = JSON.stringify(claims[0]);
  const decideBody = (body: string | Uint8Array, headers: Record<string, string> = {}) => call(server.port, 'POST', '/v1/decide', { body, headers });
  const firstError = (body: string) => (JSON.parse(body) as { errors: { code: string; path: string }[] }).errors[0]!;

  it('not JSON, not UTF-8, nested deep, huge numbers: a 400 with the reason; the next claim is decided', async () => {
    const cases: [string, string | Uint8Array, string][] = [
      ['empty', '', 'json'],
      ['truncated', claimText.slice(0, 40), 'json'],
      ['not UTF-8', Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'encoding'],
      ['nested 30,000 deep', `${'['.repeat(30_000)}${']'.repeat(30_000)}`, 'type'],
      ['an object nested 10,000 deep', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`, 'unknown-key'],
      ['a number of 60,000 digits', `{"claimDate":${'9'.repeat(60_000)}}`, 'type'],
      ['1e400 as a price', claimText.replace('"priceFen":', '"priceFen":1e400,"x":'), 'unknown-key'],
    ];
    for (const [name, body, code] of cases) {
      const reply = await decideBody(body);
      expect(reply.status, name).toBe(400);
      const errors = (JSON.parse(reply.body) as { errors: { code: string }[] }).errors;
      expect(errors.map((error) => error.code), name).toContain(code);
      expect((await decideBody(claimText)).status, `after ${name}`).toBe(200);
    }
  });

  it('a million unknown keys: 413 before reading on, declared or streamed; in a batch, that line’s error', async () => {
    const million = `{${Array.from({ length: 1_000_000 }, (_, index) => `"k${index}":0`).join(',')}}`;
    // Declared by Content-Length: refused before a byte of the body is read (the client may still be sending).
    const declared = partialRequest(server.port, `POST /v1/decide HTTP/1.1\r\nHost: x\r\nContent-Length: ${Buffer.byteLength(million)}\r\n\r\n`, million.slice(0, 16_384));
    const refused = parseRaw(await declared.response);
    expect(refused.status).toBe(413);
    expect(firstError(refused.body).code).toBe('too-large');
    const streamed = partialRequest(server.port, 'POST /v1/decide HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n', '');
    for (let at = 0; at < 4 * MAX_CLAIM_BYTES; at += 16_384) {
      const part = million.slice(at, at + 16_384);
      streamed.send(`${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`);
    }
    expect(parseRaw(await streamed.response).status).toBe(413);
    const batch = await call(server.port, 'POST', '/v1/decide/batch?fields=verdict', { body: `${claimText}\n${million}\n${claimText}\n` });
    const lines = batch.body.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]!)).toMatchObject({ line: 2, errors: [{ code: 'too-large' }] });
    expect(lines[2]).toBe(JSON.stringify({ verdict: decide(claims[0]).verdict }));
  });

  it('slow-loris clients (40 bodies trickling a byte at a time, never finishing) get 408s; everyone else is answered meanwhile', async () => {
    const quick = await startServer(cli, ['--workers', '1', '--rate-limit', '0', '--timeout', '2000', '--log-level', 'warn']);
    const trickled = claimText.slice(0, 60);
    const loris = Array.from({ length: 40 }, () => partialRequest(quick.port, `POST /v1/decide HTTP/1.1\r\nHost: x\r\nContent-Length: ${claimText.length}\r\n\r\n`, '{'));
    let sent = 1;
    const trickle = setInterval(() => {
      if (sent < trickled.length) for (const slow of loris) slow.send(trickled[sent]!);
      sent += 1;
    }, 100);
    try {
      for (let round = 0; round < 20; round += 1) {
        const reply = await call(quick.port, 'POST', '/v1/decide', { body: JSON.stringify(claims[round]) });
        expect(reply.status).toBe(200);
        expect(reply.body).toBe(pretty(decide(claims[round])));
      }
      for (const raw of await Promise.all(loris.map((slow) => slow.response))) {
        const parsed = parseRaw(raw);
        expect(parsed.status).toBe(408);
        expect(firstError(parsed.body).code).toBe('body-timeout');
      }
      // Slow headers: Node's header timeout answers 408 and closes the connection.
      const slowHead = partialRequest(quick.port, 'POST /v1/decide HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1');
      expect(await slowHead.response).toMatch(/^HTTP\/1\.1 408/);
      expect((await call(quick.port, 'GET', '/healthz')).status).toBe(200);
    } finally {
      clearInterval(trickle);
      await quick.stop();
    }
  });

  it('after all of the above (10,000 requests, 100,000 lines, a million keys, bodies nested deep), memory stays bounded', async () => {
    const { peak } = memory(server.child.pid!);
    // The main thread and two worker threads (each under a 96 MB old-space cap): a hostile body
    // is held at most to the claim limit, a batch at most a few blocks a worker.
    expect(peak).toBeLessThan(600);
    expect((await call(server.port, 'GET', '/healthz')).status).toBe(200);
  });

  it('a client over its rate limit gets 429s with the error in both languages; the health checks are never limited', async () => {
    const limited = await startServer(cli, ['--workers', '1', '--rate-limit', '5', '--log-level', 'warn']);
    try {
      const replies = await Promise.all(Array.from({ length: 15 }, () => call(limited.port, 'GET', '/v1/policies')));
      const refused = replies.filter((reply) => reply.status === 429);
      // 15 at once against 5 a second: at least 5 refused even if they straddle two windows.
      expect(refused.length).toBeGreaterThanOrEqual(5);
      expect(firstError(refused[0]!.body)).toMatchObject({ code: 'rate-limited' });
      expect(JSON.parse(refused[0]!.body).errors[0].message['zh-CN']).toMatch(/请求过于频繁/);
      const health = await Promise.all(Array.from({ length: 15 }, () => call(limited.port, 'GET', '/healthz')));
      expect(health.every((reply) => reply.status === 200)).toBe(true);
    } finally {
      await limited.stop();
    }
  });
});
