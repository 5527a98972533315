import { Worker } from 'node:worker_threads';
import { type Answering, answerBlock } from './answer';
import { ByteWriter } from './byte-writer';
import { newTally, type Tally } from './tally';
import type { Done, Job, Spare, WorkerSettings } from './worker';

/** A block answered: the output to write (valid until `release`), and what it counted. */
export interface Answer {
  readonly bytes: Uint8Array;
  readonly tally: Tally;
  /** Gives the output buffer back to be filled again; call once it is written. */
  release(): void;
}

/** Something that answers blocks of lines: this thread, or a pool of worker threads. */
export interface Decider {
  /** How many blocks may be in flight at once (the bound on memory). */
  readonly inFlight: number;
  answer(first: number, bytes: Uint8Array): Promise<Answer>;
  close(): Promise<void>;
}

/** Answers on this thread, alternating between a few reused output buffers. */
export class LocalDecider implements Decider {
  readonly inFlight = 2;
  private readonly spares: Uint8Array[] = [];
  private size = 1 << 16;

  constructor(private readonly answering: Answering) {}

  answer(first: number, bytes: Uint8Array): Promise<Answer> {
    const writer = new ByteWriter(0);
    writer.reset(this.spares.pop() ?? new Uint8Array(this.size));
    const tally = newTally();
    answerBlock(bytes, first, this.answering, writer, tally);
    const out = writer.bytes;
    this.size = Math.max(this.size, out.length);
    return Promise.resolve({ bytes: out.subarray(0, writer.length), tally, release: () => void this.spares.push(out) });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * The memory cap of each worker thread (V8 heap limits, in MB): a worker holds its code, the
 * rule tables, the block it is answering and a few output buffers of one block each (about 1 MB
 * each in the full shape), so these leave a wide margin while bounding a runaway.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 } as const;

/** Blocks in flight per worker: one being answered, one waiting, so a worker never idles. */
const PER_WORKER = 2;

interface Slot {
  readonly worker: Worker;
  busy: number;
}

/**
 * Answers on `jobs` worker threads, started as blocks arrive (a short input starts only one).
 * Each block goes to the least busy worker; answers come back by id. A worker that fails (an
 * exception, or its memory cap) fails the batch.
 */
export class WorkerDecider implements Decider {
  readonly inFlight: number;
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { slot: Slot; resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly jobs: number,
    private readonly settings: WorkerSettings,
  ) {
    this.inFlight = jobs * PER_WORKER;
  }

  answer(first: number, bytes: Uint8Array): Promise<Answer> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const slot = this.pick();
    slot.busy += 1;
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      this.waiting.set(id, { slot, resolve, reject });
      slot.worker.postMessage({ id, first, bytes } satisfies Job, [bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private pick(): Slot {
    let best: Slot | undefined;
    for (const slot of this.slots) if (best === undefined || slot.busy < best.busy) best = slot;
    if ((best === undefined || best.busy > 0) && this.slots.length < this.jobs) return this.start();
    return best!;
  }

  private start(): Slot {
    const worker = new Worker(this.script, { workerData: this.settings, resourceLimits: WORKER_LIMITS, stdout: false, stderr: false });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (done: Done) => this.done(slot, done));
    worker.on('error', (error: Error) => this.fail(error));
    worker.on('exit', (code) => {
      if (!this.closed) this.fail(new Error(`a batch worker stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  private done(slot: Slot, done: Done): void {
    const waiting = this.waiting.get(done.id);
    if (waiting === undefined) return;
    this.waiting.delete(done.id);
    slot.busy -= 1;
    if ('error' in done) {
      this.fail(new Error(`a batch worker failed: ${done.error}`));
      waiting.reject(this.failure!);
      return;
    }
    const out = done.out;
    waiting.resolve({
      bytes: out.subarray(0, done.length),
      tally: done.tally,
      release: () => {
        if (!this.closed) slot.worker.postMessage({ spare: out } satisfies Spare, [out.buffer as ArrayBuffer]);
      },
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const [id, waiting] of this.waiting) {
      this.waiting.delete(id);
      waiting.reject(this.failure);
    }
  }
}
