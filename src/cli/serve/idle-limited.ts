import type { Readable } from 'node:stream';

/** A batch's body that stopped arriving: no byte for the request timeout. */
export class BodyIdle extends Error {
  override readonly name = 'BodyIdle';
}

/**
 * The chunks of a streamed body, given up ({@link BodyIdle} thrown) when
 * none comes for `idleMs`: a batch may stream for as long as it keeps sending, a client that
 * stalls (a slow-loris body) does not hold its connection and its workers' blocks for ever.
 */
export async function* idleLimited(stream: Readable, idleMs: number): AsyncGenerator<Uint8Array> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const idle = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new BodyIdle(`no part of the body for ${idleMs} ms`)), idleMs);
    });
    let next: IteratorResult<Uint8Array>;
    try {
      next = await Promise.race([iterator.next(), idle]);
    } catch (error) {
      // Not destroyed here: that would close the connection before the 408 could be said on it.
      // The answer closes the connection (`Connection: close`), and the rest is never read.
      stream.pause();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    if (next.done === true) return;
    yield next.value;
  }
}
