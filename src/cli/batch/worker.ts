import type { MessagePort } from 'node:worker_threads';
import { calendarFrom } from '../../claim/calendar-from';
import { policyById } from '../../policy/registry';
import { type Answering, answerBlock } from './answer';
import { ByteWriter } from './byte-writer';
import type { Shape } from './shape';
import { newTally, type Tally } from './tally';

/** What a batch worker is started with (its `workerData`). */
export interface WorkerSettings {
  readonly sanbaoBatchWorker: 1;
  /** A shipped profile's id (`--policy`). */
  readonly policy: string;
  /** The JSON of `--calendar FILE`, checked already by the main thread; loaded again here. */
  readonly calendar?: unknown;
  /** `--calendar-override`: the file may replace years the library carries. */
  readonly calendarOverride?: boolean;
  readonly shape: Shape;
}

/** A block of lines to answer, sent to a worker with its buffer transferred. */
export interface Job {
  readonly id: number;
  readonly first: number;
  readonly bytes: Uint8Array;
}

/** A worker's answer to a job: the output buffer (transferred; `length` bytes are valid). */
export type Done = { readonly id: number; readonly out: Uint8Array; readonly length: number; readonly tally: Tally } | { readonly id: number; readonly error: string };

/** An output buffer given back to the worker once written, to be filled again. */
export interface Spare {
  readonly spare: Uint8Array;
}

/** Whether a thread's `workerData` says it is a batch worker (and not the command line). */
export function isBatchWorker(data: unknown): data is WorkerSettings {
  return typeof data === 'object' && data !== null && (data as { sanbaoBatchWorker?: unknown }).sanbaoBatchWorker === 1;
}

/**
 * The body of a batch worker thread: answers each block it is sent into an output buffer and
 * sends the buffer back (transferred, not copied). The main thread returns each buffer once it is
 * written, so a worker keeps at most a few buffers, each the size of one block's output.
 */
export function runBatchWorker(port: MessagePort, settings: WorkerSettings): void {
  const policy = policyById(settings.policy);
  if (policy === undefined) throw new Error(`unknown policy ${settings.policy}`);
  const loaded = settings.calendar === undefined ? undefined : calendarFrom(settings.calendar, { override: settings.calendarOverride === true });
  if (loaded !== undefined && !loaded.ok) throw new Error('the calendar the main thread checked does not load');
  const answering: Answering = { policy, shape: settings.shape, ...(loaded === undefined ? {} : { calendar: loaded.calendar }) };
  const spares: Uint8Array[] = [];
  let size = 1 << 16;
  const writer = new ByteWriter(0);
  port.on('message', (message: Job | Spare) => {
    if ('spare' in message) {
      spares.push(message.spare);
      return;
    }
    writer.reset(spares.pop() ?? new Uint8Array(size));
    const tally = newTally();
    try {
      answerBlock(message.bytes, message.first, answering, writer, tally);
    } catch (error) {
      port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Done);
      return;
    }
    const out = writer.bytes;
    size = Math.max(size, out.length);
    port.postMessage({ id: message.id, out, length: writer.length, tally } satisfies Done, [out.buffer as ArrayBuffer]);
    writer.bytes = new Uint8Array(0);
  });
}
