/**
 * The batch machinery apart from deciding: blocks of lines, answers written in input order
 * whatever order worker threads finish in, bounded read-ahead, and a failing worker failing the
 * batch. Worker threads here run small stand-in scripts (echoing their block after a random
 * delay, or throwing), so ordering and failure are tested on real threads without the engine.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Decider } from '../../src/cli/batch/deciders';
import { WorkerDecider } from '../../src/cli/batch/deciders';
import { runBatch } from '../../src/cli/batch/run';
import type { ByteSink } from '../../src/cli/batch/sink';
import { newTally } from '../../src/cli/batch/tally';
import { blocksOf, linesOf } from '../../src/cli/lines';

const dir = mkdtempSync(join(tmpdir(), 'sanbao-pool-'));
/** A stand-in worker: answers each block with the block itself, after a random delay. */
const ECHO = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if ('spare' in job) return;
  setTimeout(() => {
    const out = new Uint8Array(job.bytes);
    parentPort.postMessage({ id: job.id, out, length: out.length, tally: { decided: 0, errors: 0, verdicts: {}, statuses: {} } }, [out.buffer]);
  }, Math.random() * 8);
});`;
const THROWS = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => { if (!('spare' in job)) throw new Error('boom in a worker'); });`;
const REPORTS = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => { if (!('spare' in job)) parentPort.postMessage({ id: job.id, error: 'Error: a rule threw' }); });`;
const script = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return pathToFileURL(path);
};

const collect = (): ByteSink & { readonly text: () => string } => {
  const parts: Buffer[] = [];
  return { write: async (bytes) => void parts.push(Buffer.from(bytes)), text: () => Buffer.concat(parts).toString('utf8') };
};
async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
const settings = { sanbaoBatchWorker: 1 as const, policy: 'cn-national', shape: { kind: 'full' as const } };

describe('runBatch on worker threads', () => {
  it('writes the answers in input order whatever order three workers finish in', async () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => `{"n":${index},"pad":"${'x'.repeat(index % 97)}"}`);
    const text = `${lines.join('\n')}\n`;
    const sink = collect();
    await runBatch(chunks(text, 4093), sink, new WorkerDecider(script('echo.mjs', ECHO), 3, settings));
    expect(sink.text()).toBe(text);
  });

  it('fails the batch when a worker throws or reports an error, and stops its workers', async () => {
    const text = `${'{}\n'.repeat(50_000)}`;
    await expect(runBatch(chunks(text, 65_536), collect(), new WorkerDecider(script('throws.mjs', THROWS), 2, settings))).rejects.toThrow(/boom in a worker/);
    await expect(runBatch(chunks(text, 65_536), collect(), new WorkerDecider(script('reports.mjs', REPORTS), 2, settings))).rejects.toThrow(/a rule threw/);
  });
});

describe('runBatch read-ahead', () => {
  it('never has more blocks in flight than the decider allows, however slow the output', async () => {
    let open = 0;
    let most = 0;
    const slow: Decider = {
      inFlight: 4,
      answer: (_first, bytes) => {
        open += 1;
        most = Math.max(most, open);
        return new Promise<Answer>((resolve) =>
          setTimeout(() => resolve({ bytes, tally: { ...newTally(), decided: 1 }, release: () => void (open -= 1) }), 1),
        );
      },
      close: async () => undefined,
    };
    const sink: ByteSink = { write: () => new Promise((resolve) => setTimeout(resolve, 2)) };
    const tally = await runBatch(chunks(`${'{"claim":1}\n'.repeat(40_000)}`, 65_536), sink, slow);
    expect(tally.decided).toBeGreaterThan(10);
    expect(most).toBeLessThanOrEqual(4);
    expect(most).toBe(4);
  });
});

describe('blocksOf', () => {
  const line = fc.oneof(fc.string({ maxLength: 30 }), fc.constant(''), fc.constant('\r'), fc.string({ minLength: 90, maxLength: 140 }));

  it('gives every line once, in order, numbered, however the input is chunked; a line over the limit is reported, never held', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 60 }), fc.boolean(), fc.integer({ min: 1, max: 300 }), async (lines, finalNewline, size) => {
        const text = lines.join('\n') + (finalNewline && lines.length > 0 ? '\n' : '');
        const got: string[] = [];
        const read = { bytes: 0 };
        let next = 1;
        for await (const group of blocksOf(chunks(text, size), 100, 256, read)) {
          for (const block of group) {
            if ('tooLong' in block) {
              expect(block.number).toBe(next);
              got.push(`<too long: ${block.tooLong}>`);
              next += 1;
              continue;
            }
            expect(block.first).toBe(next);
            expect(block.bytes.length).toBeLessThanOrEqual(256 + 101);
            const parts = Buffer.from(block.bytes).toString('utf8').split('\n');
            expect(parts.pop()).toBe('');
            expect(parts).toHaveLength(block.count);
            got.push(...parts);
            next += block.count;
          }
        }
        // The last line counts without its newline; an empty input (or one empty last line) has none after it.
        const want = text === '' ? [] : (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
        expect(got).toEqual(want.map((entry) => (Buffer.byteLength(entry, 'utf8') > 100 ? `<too long: ${Buffer.byteLength(entry, 'utf8')}>` : entry)));
        expect(read.bytes).toBe(Buffer.byteLength(text, 'utf8'));
      }),
      { seed: 12, numRuns: 400 },
    );
  });

  it('linesOf (for other commands) drops the CR before LF and keeps the old shapes', async () => {
    const out: unknown[] = [];
    for await (const group of linesOf(chunks('a\r\nb\n\nc', 2), 10)) out.push(...group.map((entry) => ('bytes' in entry ? [entry.number, Buffer.from(entry.bytes).toString()] : entry)));
    expect(out).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, ''],
      [4, 'c'],
    ]);
  });
});
