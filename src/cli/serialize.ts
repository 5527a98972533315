import type { Decision } from '../claim/decision';
import { ByteWriter } from './batch/byte-writer';
import { writeJson } from './batch/encode-json';

/**
 * JSON for decisions in a batch, byte for byte `JSON.stringify(decision)` as UTF-8, written
 * straight into a reused byte buffer (see `batch/encode-json.ts` for how: cached fragments for
 * the frozen parts every decision shares, no string concatenation).
 */

/** Writes a decision's JSON into `writer` (no newline). */
export function encodeDecision(writer: ByteWriter, decision: Decision): void {
  writeJson(writer, decision);
}

const scratch = new ByteWriter();
const UTF8 = new TextDecoder();

/**
 * A decision as compact JSON text, identical to `JSON.stringify(decision)` (for tests and
 * callers that want a string; a batch writes bytes with {@link encodeDecision}).
 *
 * @example
 * serializeDecision(decision) === JSON.stringify(decision) //=> true
 */
export function serializeDecision(decision: Decision): string {
  scratch.reset();
  encodeDecision(scratch, decision);
  return UTF8.decode(scratch.view());
}
