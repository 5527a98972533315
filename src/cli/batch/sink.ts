import { Writable } from 'node:stream';
import { type Output, writeAll } from '../io';

/** Where a batch writes its bytes; `write` resolves once the bytes may be reused. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void>;
}

/** The output ended under us (the reader went away: `sanbao batch … | head`). */
export class OutputClosed extends Error {
  override readonly name = 'OutputClosed';
}

/**
 * Bytes to an output. A real stream (standard output) takes the bytes themselves, and the write
 * callback says when the buffer is free again. An output that takes only text (the tests'
 * in-memory one) gets each block decoded: blocks hold whole lines, so never half a character.
 */
export function sinkOf(output: Output): ByteSink {
  if (output instanceof Writable) return streamSink(output);
  const decoder = new TextDecoder();
  return { write: (bytes) => writeAll(output, decoder.decode(bytes)) };
}

function streamSink(stream: Writable): ByteSink {
  let closed: Error | undefined;
  stream.on('error', (error: Error & { code?: string }) => {
    closed = error.code === 'EPIPE' ? new OutputClosed(error.message) : error;
  });
  return {
    write: (bytes) =>
      new Promise<void>((resolve, reject) => {
        if (closed !== undefined) {
          reject(closed);
          return;
        }
        stream.write(bytes, (error) => {
          const failed = error ?? closed;
          if (failed === undefined || failed === null) resolve();
          else reject((failed as { code?: string }).code === 'EPIPE' ? new OutputClosed(failed.message) : failed);
        });
      }),
  };
}
