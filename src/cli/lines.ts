/**
 * Input lines of a batch, in blocks: runs of whole lines copied into one fresh buffer (which a
 * batch can hand to a worker thread without a copy), or a line that was too long, reported by its
 * number and length without ever being held.
 *
 * A block's lines each end in LF (a last line without one gets it); a CR before the LF is kept
 * here and dropped by whoever reads the line. Neither counts against the size limit.
 */
export type Block =
  | { readonly first: number; readonly count: number; readonly bytes: Uint8Array }
  | { readonly number: number; readonly tooLong: number };

/** What the reader has consumed so far (for an estimate of the time left). */
export interface ReadCount {
  bytes: number;
}

/**
 * Splits a byte stream into blocks of whole lines of about `blockBytes` (a line of at most
 * `maxLine` bytes, its LF or CRLF excluded, is never split). A longer line is skipped to its end and reported
 * with its length, so a hostile input cannot make the process grow. A last line without a newline
 * counts; an empty input has no lines. Blocks come in groups, those each chunk completes.
 *
 * @example
 * const blocks = [];
 * for await (const group of blocksOf([Buffer.from('{}\n[]')], 10, 1024)) blocks.push(...group);
 * blocks.map((block) => 'count' in block ? block.count : -1) //=> [2]
 */
export async function* blocksOf(
  stream: AsyncIterable<Uint8Array | string>,
  maxLine: number,
  blockBytes: number,
  read: ReadCount = { bytes: 0 },
): AsyncGenerator<Block[]> {
  const builder = new BlockBuilder(maxLine, blockBytes);
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    read.bytes += chunk.length;
    builder.add(chunk);
    if (builder.done.length > 0) yield builder.take();
  }
  builder.end();
  if (builder.done.length > 0) yield builder.take();
}

class BlockBuilder {
  /** Blocks completed and not yet taken. */
  done: Block[] = [];
  /** Lines completed so far. */
  private number = 0;
  // The block being built: its segments (runs of lines, LF included) and their total size.
  private segments: Uint8Array[] = [];
  private size = 0;
  private count = 0;
  // The run of lines being added from the current chunk.
  private runChunk: Uint8Array | undefined;
  private runStart = 0;
  private runEnd = 0;
  // The line being read across chunks: its parts, or how much was skipped.
  private carry: Uint8Array[] = [];
  private carried = 0;
  private skipped = 0;

  constructor(
    private readonly maxLine: number,
    private readonly blockBytes: number,
  ) {}

  add(chunk: Uint8Array): void {
    let start = 0;
    for (let index = chunk.indexOf(10, start); index !== -1; index = chunk.indexOf(10, start)) {
      if (this.carried > 0 || this.skipped > 0) this.carriedLine(chunk.subarray(start, index));
      else if (index - start - (index > start && chunk[index - 1] === 13 ? 1 : 0) > this.maxLine) this.tooLong(index - start);
      else this.line(chunk, start, index + 1);
      start = index + 1;
    }
    this.closeRun();
    if (start < chunk.length) this.keep(chunk.subarray(start));
  }

  end(): void {
    if (this.carried > 0 || this.skipped > 0) this.carriedLine(new Uint8Array(0));
    this.closeBlock();
  }

  take(): Block[] {
    const blocks = this.done;
    this.done = [];
    return blocks;
  }

  /** A line inside the current chunk, `chunk[start, end)` with its LF. */
  private line(chunk: Uint8Array, start: number, end: number): void {
    if (this.runChunk !== chunk || this.runEnd !== start) {
      this.closeRun();
      this.runChunk = chunk;
      this.runStart = start;
    }
    this.runEnd = end;
    this.size += end - start;
    this.count += 1;
    this.number += 1;
    if (this.size >= this.blockBytes) this.closeBlock();
  }

  /** The end of a line begun in an earlier chunk. */
  private carriedLine(tail: Uint8Array): void {
    const length = this.carried + this.skipped + tail.length;
    if (this.skipped > 0 || length - (this.endsInCr(tail) ? 1 : 0) > this.maxLine) {
      this.carry = [];
      this.carried = 0;
      this.skipped = 0;
      this.tooLong(length);
      return;
    }
    const whole = new Uint8Array(length + 1);
    let at = 0;
    for (const part of this.carry) {
      whole.set(part, at);
      at += part.length;
    }
    whole.set(tail, at);
    whole[length] = 10;
    this.carry = [];
    this.carried = 0;
    this.line(whole, 0, length + 1);
    this.closeRun();
  }

  /** Whether the line being ended (its carried parts, then `tail`) ends in CR, which the limit does not count. */
  private endsInCr(tail: Uint8Array): boolean {
    if (tail.length > 0) return tail[tail.length - 1] === 13;
    const last = this.carry[this.carry.length - 1];
    return last !== undefined && last.length > 0 && last[last.length - 1] === 13;
  }

  /**
   * The start of a line the next chunk goes on with (kept as a copy: the chunk may be reused). One
   * byte more than the limit is kept, as it may be the CR of a CRLF, which the limit does not count.
   */
  private keep(part: Uint8Array): void {
    if (this.skipped > 0 || this.carried + part.length > this.maxLine + 1) {
      this.skipped += this.carried + part.length;
      this.carry = [];
      this.carried = 0;
      return;
    }
    this.carry.push(part.slice());
    this.carried += part.length;
  }

  private tooLong(length: number): void {
    this.closeBlock();
    this.number += 1;
    this.done.push({ number: this.number, tooLong: length });
  }

  private closeRun(): void {
    if (this.runChunk !== undefined && this.runEnd > this.runStart) this.segments.push(this.runChunk.subarray(this.runStart, this.runEnd));
    this.runChunk = undefined;
    this.runStart = 0;
    this.runEnd = 0;
  }

  private closeBlock(): void {
    this.closeRun();
    if (this.count === 0) return;
    const bytes = new Uint8Array(this.size);
    let at = 0;
    for (const segment of this.segments) {
      bytes.set(segment, at);
      at += segment.length;
    }
    this.done.push({ first: this.number - this.count + 1, count: this.count, bytes });
    this.segments = [];
    this.size = 0;
    this.count = 0;
  }
}

/** One input line: its bytes (without LF, nor a CR before it), or why it was not kept. */
export type Line = { readonly number: number; readonly bytes: Uint8Array } | { readonly number: number; readonly tooLong: number };

/**
 * The lines of a stream one by one (in groups, those each chunk completes), for commands that
 * read lines on their own thread; same rules as {@link blocksOf}.
 */
export async function* linesOf(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Line[]> {
  for await (const group of blocksOf(stream, maxBytes, 1 << 16)) {
    const lines: Line[] = [];
    for (const block of group) {
      if ('tooLong' in block) {
        lines.push(block);
        continue;
      }
      const bytes = block.bytes;
      let number = block.first;
      for (let start = 0; start < bytes.length; number += 1) {
        const newline = bytes.indexOf(10, start);
        const end = newline > start && bytes[newline - 1] === 13 ? newline - 1 : newline;
        lines.push({ number, bytes: bytes.subarray(start, end) });
        start = newline + 1;
      }
    }
    yield lines;
  }
}
