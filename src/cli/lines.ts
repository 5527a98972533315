/** One input line of a batch: its bytes, or why it was not kept. */
export type Line = { readonly number: number; readonly bytes: Uint8Array } | { readonly number: number; readonly tooLong: number };

/**
 * Splits a byte stream into lines (LF, with an optional CR before it) without ever holding more
 * than one line of at most `maxBytes`: a longer line is skipped to its end and reported with its
 * length, so a hostile input cannot make the process grow. A last line without a newline counts;
 * an empty input has no lines. Lines come in groups, those each chunk completes, so that a batch
 * of millions does not pay for an asynchronous step per line.
 */
export async function* linesOf(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Line[]> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let skipped = 0;
  let number = 0;
  let pending = false;
  const finish = (): Line => {
    number += 1;
    pending = false;
    if (skipped > 0) {
      const line = { number, tooLong: skipped + length };
      parts = [];
      length = 0;
      skipped = 0;
      return line;
    }
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    length = 0;
    return { number, bytes };
  };
  const keep = (chunk: Uint8Array) => {
    if (chunk.length === 0) return;
    pending = true;
    if (skipped > 0 || length + chunk.length > maxBytes) {
      skipped += length + chunk.length;
      parts = [];
      length = 0;
      return;
    }
    parts.push(chunk);
    length += chunk.length;
  };
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    const complete: Line[] = [];
    let start = 0;
    for (let index = chunk.indexOf(10, start); index !== -1; index = chunk.indexOf(10, start)) {
      keep(chunk.subarray(start, index));
      pending = true;
      complete.push(finish());
      start = index + 1;
    }
    keep(chunk.subarray(start));
    if (complete.length > 0) yield complete;
  }
  if (pending) yield [finish()];
}
