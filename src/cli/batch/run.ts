import { MAX_CLAIM_BYTES } from '../../claim/read-json';
import { blocksOf, type ReadCount } from '../lines';
import { answerTooLong } from './answer';
import { ByteWriter } from './byte-writer';
import type { Answer, Decider } from './deciders';
import type { Progress } from './progress';
import { type ByteSink, OutputClosed } from './sink';
import { addTally, newTally, type Tally } from './tally';

/**
 * Input is cut into blocks of about this many bytes of whole lines (some 130 claims): small
 * enough that a block's full output is about 1 MB, large enough that handing blocks to worker
 * threads costs little next to deciding them (at 16 KiB, messages and garbage collection took a
 * few per cent more of a worker's time; measured with --cpu-prof).
 */
export const BLOCK_BYTES = 32 * 1024;

/**
 * Runs a batch: reads blocks of lines, has `decider` answer them (on this thread or on worker
 * threads), and writes the answers in input order. At most `decider.inFlight` blocks are read
 * ahead of the one being written, so memory stays bounded whatever the input's length, and a
 * slow reader of the output slows the whole batch down rather than filling memory. Returns what
 * was answered.
 */
export async function runBatch(
  input: AsyncIterable<Uint8Array | string>,
  sink: ByteSink,
  decider: Decider,
  options: { readonly progress?: Progress | undefined; readonly firstLine?: number } = {},
): Promise<Tally> {
  const { progress } = options;
  // Lines are numbered from `firstLine` (a partition of a larger input numbers as the whole would).
  const offset = (options.firstLine ?? 1) - 1;
  const tally = newTally();
  const read: ReadCount = { bytes: 0 };
  const queue: Promise<Answer>[] = [];
  const writeNext = async (): Promise<void> => {
    const answer = await queue.shift()!;
    await sink.write(answer.bytes);
    answer.release();
    addTally(tally, answer.tally);
    progress?.update(tally.decided + tally.errors, read.bytes);
  };
  try {
    for await (const group of blocksOf(input, MAX_CLAIM_BYTES, BLOCK_BYTES, read)) {
      for (const block of group) {
        if ('tooLong' in block) queue.push(Promise.resolve(tooLongAnswer(block.number + offset, block.tooLong)));
        else {
          const answer = decider.answer(block.first + offset, block.bytes);
          // Awaited in order below; this only keeps a failure from being reported as unhandled first.
          answer.catch(() => undefined);
          queue.push(answer);
        }
        while (queue.length >= decider.inFlight) await writeNext();
      }
    }
    while (queue.length > 0) await writeNext();
  } catch (error) {
    if (!(error instanceof OutputClosed)) throw error;
  } finally {
    await decider.close();
  }
  progress?.finish(tally);
  return tally;
}

/** The answer to a line over the size limit, made here: the line was never read. */
function tooLongAnswer(number: number, length: number): Answer {
  const writer = new ByteWriter(256);
  const tally = newTally();
  answerTooLong(number, length, writer, tally);
  return { bytes: writer.view(), tally, release: () => undefined };
}
