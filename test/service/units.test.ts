/**
 * The parts of `sanbao serve` and `sanbao mcp` that need no server (run by `npm test`; the
 * servers themselves are `npm run test:service`'s): reading a body to its limit and timeout, the
 * questions a decision leaves, the service's errors in both languages.
 */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decide, type Decision } from '../../src/index';
import { questionsOf } from '../../src/cli/mcp/questions';
import { readBody } from '../../src/cli/serve/body';
import { type HttpErrorCode, httpError, statusOf } from '../../src/cli/serve/http-errors';
import { loadFixtures } from '../support/fixtures';

describe('readBody', () => {
  it('reads a body whole into a buffer of its own length', async () => {
    const body = await readBody(Readable.from([Buffer.from('{"a":'), Buffer.from('1}')]), undefined, 100, 10_000);
    expect(body).toEqual({ ok: true, bytes: new Uint8Array(Buffer.from('{"a":1}')) });
    if (body.ok) expect(body.bytes.buffer.byteLength).toBe(7);
  });

  it('refuses a body over the limit by its Content-Length without reading, or once the limit is passed', async () => {
    const never = new PassThrough();
    expect(await readBody(never, '101', 100, 10_000)).toEqual({ ok: false, reason: 'too-large', length: 101 });
    const stream = Readable.from([Buffer.alloc(60), Buffer.alloc(60), Buffer.alloc(60)]);
    expect(await readBody(stream, undefined, 100, 10_000)).toEqual({ ok: false, reason: 'too-large', length: 120 });
  });

  it('gives up on a body that has not all arrived within the timeout (a slow client)', async () => {
    const slow = new PassThrough();
    slow.write('{"claimDate":');
    expect(await readBody(slow, '100', 1000, 20)).toEqual({ ok: false, reason: 'timeout' });
  });
});

describe('questionsOf', () => {
  const fixtures = loadFixtures().filter((fixture) => fixture.policy === undefined && fixture.expect !== undefined);
  const decisions: [string, Decision][] = fixtures.flatMap((fixture) => {
    try {
      return [[fixture.name, decide(fixture.claim, { counterfactuals: true })] as [string, Decision]];
    } catch {
      return [];
    }
  });

  it('asks first about every fact a provisional decision waits on, in its order, each once, in both languages', () => {
    const provisional = decisions.filter(([, decision]) => decision.status === 'provisional');
    expect(provisional.length).toBeGreaterThan(3);
    for (const [name, decision] of provisional) {
      const questions = questionsOf(decision);
      const waiting = [...new Set(decision.missing.map((missing) => missing.fact).filter((fact) => !fact.startsWith('calendar.')))];
      expect(questions.slice(0, waiting.length).map((question) => [question.fact, question.kind]), name).toEqual(waiting.map((fact) => [fact, 'missing']));
      expect(new Set(questions.map((question) => question.fact)).size, name).toBe(questions.length);
      for (const question of questions) {
        expect(question.question['zh-CN'], name).toMatch(/？$/);
        expect(question.question.en, name).toMatch(/\?$/);
      }
    }
  });

  it('then the facts whose other answers change the outcome, in the engine’s order (stronger, nearest first), never the claim date', () => {
    for (const [name, decision] of decisions) {
      const questions = questionsOf(decision);
      const changing = questions.filter((question) => question.kind === 'could-change').map((question) => question.fact);
      const order = [...new Set((decision.counterfactuals ?? []).map((counterfactual) => counterfactual.fact))].filter((fact) => changing.includes(fact));
      expect(changing, name).toEqual(order);
      expect(changing, name).not.toContain('claimDate');
    }
  });

  it('numbers a repair in its question', () => {
    const decision = { missing: [{ fact: 'history.repairs[1].delayCause', would: 'exchange', rule: 'r' }], counterfactuals: [] } as unknown as Decision;
    expect(questionsOf(decision)[0]!.question.en).toMatch(/^Why did repair 2 take longer/);
  });
});

describe('the service’s errors', () => {
  it('each has its HTTP status and its words in both languages, placeholders filled', () => {
    const codes: HttpErrorCode[] = ['unauthorized', 'not-found', 'rate-limited', 'body-timeout', 'timeout', 'busy', 'closing', 'option', 'internal'];
    for (const code of codes) {
      const error = httpError(code, { values: { limit: '5', ms: '100', name: 'lang', allowed: 'zh-CN, en' } });
      expect(statusOf(code)).toBeGreaterThanOrEqual(400);
      for (const text of [error.message['zh-CN'], error.message.en, error.expected['zh-CN'], error.expected.en]) {
        expect(text, code).not.toBe('');
        expect(text, code).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
