import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Answer, Decider } from '../batch/deciders';
import { WORKER_LIMITS } from '../batch/deciders';
import type { Shape } from '../batch/shape';
import { type Answered, answerBlockTask, answerTask, type BlockAnswered, type Deciding, type Task } from './answers';

/** Where the service's requests are decided: a pool of worker threads, or (run from the sources) this thread. */
export interface ServicePool {
  /** Worker threads deciding (0: this thread). */
  readonly threads: number;
  run(task: Exclude<Task, { kind: 'block' }>, signal?: AbortSignal): Promise<Answered>;
  /** A batch's decider over the pool, for `runBatch` (the `sanbao batch` machinery). */
  batchDecider(policy: string, shape: Shape): Decider;
  close(): Promise<void>;
}

/**
 * Tasks waiting for a thread, per thread, beyond which a request is refused at once (503)
 * instead of waiting: a bound on memory and on latency under overload.
 */
const QUEUE_PER_THREAD = 256;

/** The worker script built beside the command line (tsup.config.ts), when there is one. */
function workerScript(): string | undefined {
  const url = new URL('./serve-worker.js', import.meta.url);
  if (url.protocol !== 'file:') return undefined;
  const path = fileURLToPath(url);
  return existsSync(path) ? path : undefined;
}

/**
 * A pool of `threads` worker threads (piscina), all started at once and kept, each under the
 * same heap caps as a batch worker. Run from the TypeScript sources there is no built worker
 * script (a worker thread would not get the TypeScript loader): requests are then decided on this
 * thread, with the same answers.
 */
export async function servicePool(threads: number, calendar: { readonly json: unknown; readonly deciding: Deciding } | undefined): Promise<ServicePool> {
  const script = workerScript();
  if (script === undefined) return localPool(calendar?.deciding ?? {});
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: script,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.MAX_SAFE_INTEGER,
    maxQueue: threads * QUEUE_PER_THREAD,
    resourceLimits: WORKER_LIMITS,
    workerData: calendar === undefined ? {} : { calendar: calendar.json },
  });
  return {
    threads,
    run: (task, signal) => pool.run(task, signal === undefined ? {} : { signal }) as Promise<Answered>,
    batchDecider: (policy, shape) => ({
      inFlight: threads * 2,
      answer: async (first, bytes) => {
        const task: Task = { kind: 'block', bytes, first, policy, shape };
        const done = (await pool.run(task, { transferList: [bytes.buffer as ArrayBuffer] })) as BlockAnswered;
        return blockAnswer(done);
      },
      close: () => Promise.resolve(),
    }),
    close: () => pool.destroy(),
  };
}

function blockAnswer(done: BlockAnswered): Answer {
  return { bytes: done.out.subarray(0, done.length), tally: done.tally, release: () => undefined };
}

function localPool(deciding: Deciding): ServicePool {
  return {
    threads: 0,
    run: (task) => Promise.resolve(answerTask(task, deciding)),
    batchDecider: (policy, shape) => ({
      inFlight: 2,
      answer: (first, bytes) => Promise.resolve(blockAnswer(answerBlockTask({ kind: 'block', bytes, first, policy, shape }, deciding))),
      close: () => Promise.resolve(),
    }),
    close: () => Promise.resolve(),
  };
}
