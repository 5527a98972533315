/** What the command line touches: the only place in the library that does I/O. */
export interface CliIo {
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdout: Output;
  readonly stderr: Output;
  /** A file's bytes as a stream. */
  openFile(path: string): AsyncIterable<Uint8Array>;
}

export interface Output {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Writes, waiting for the stream to drain when it asks to (so a batch of millions stays small in memory). */
export async function writeAll(output: Output, chunk: string): Promise<void> {
  if (output.write(chunk) || output.once === undefined) return;
  await new Promise<void>((resolve) => output.once?.('drain', resolve));
}

/**
 * A file's bytes as a stream, each error naming the file: a read that fails after the file opened
 * (`/proc/self/mem`: EIO) carries no path of its own, and the one-line message names the file by it.
 */
export async function* fileStream(path: string, open: (path: string) => AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* open(path);
  } catch (error) {
    if (error instanceof Error && (error as { path?: unknown }).path === undefined) Object.assign(error, { path });
    throw error;
  }
}
