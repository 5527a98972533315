import type { InputError } from '../../claim/input-error';
import { parseClaim } from '../../claim/parse';
import { jsonOf, tooLarge } from '../../claim/read-json';
import { decideClaim } from '../../facade/decide';
import type { Policy } from '../../policy/policy';
import type { RestDayCalendar } from '../../time/rest-day-calendar';
import type { ByteWriter } from './byte-writer';
import { writeJson } from './encode-json';
import { encodeShape, type Shape } from './shape';
import { count, type Tally } from './tally';

/** How a batch answers its lines: under which profile, with which rest-day calendar, in which shape. */
export interface Answering {
  readonly policy: Policy;
  /** The calendar `--calendar` gave; the library's own when absent. */
  readonly calendar?: RestDayCalendar;
  readonly shape: Shape;
}

/**
 * Answers a block of lines (each ending in LF, the first numbered `first`): one output line per
 * input line, in order, written into `writer` — the decision, or `{"line":N,"errors":[…]}`. This
 * is the whole work of a batch worker, and of the main thread when it decides itself.
 */
export function answerBlock(bytes: Uint8Array, first: number, answering: Answering, writer: ByteWriter, tally: Tally): void {
  let number = first;
  for (let start = 0; start < bytes.length; number += 1) {
    const newline = bytes.indexOf(10, start);
    const stop = newline === -1 ? bytes.length : newline;
    const end = stop > start && bytes[stop - 1] === 13 ? stop - 1 : stop;
    answerLine(bytes.subarray(start, end), number, answering, writer, tally);
    writer.byte(10);
    start = stop + 1;
  }
}

function answerLine(line: Uint8Array, number: number, answering: Answering, writer: ByteWriter, tally: Tally): void {
  const json = jsonOf(line);
  const parsed = json.ok ? parseClaim(json.value) : json;
  if (!parsed.ok) {
    writeErrors(writer, number, parsed.errors, tally, (parsed as { readonly omittedErrors?: number }).omittedErrors);
    return;
  }
  const decision = decideClaim(parsed.claim, { policy: answering.policy, ...(answering.calendar === undefined ? {} : { calendar: answering.calendar }) });
  encodeShape(writer, answering.shape, decision);
  tally.decided += 1;
  count(tally.verdicts, decision.verdict);
  count(tally.statuses, decision.status);
}

/**
 * The answer to a line that is not a valid claim, in every shape: `{"line":N,"errors":[…]}`, with
 * `"omittedErrors":N` after the list when it was cut (at 100 errors).
 */
export function writeErrors(writer: ByteWriter, number: number, errors: readonly InputError[], tally: Tally, omittedErrors?: number): void {
  writeJson(writer, omittedErrors === undefined || omittedErrors === 0 ? { line: number, errors } : { line: number, errors, omittedErrors });
  tally.errors += 1;
}

/** The answer to a line over the size limit (never read: see `lines.ts`), with its LF. */
export function answerTooLong(number: number, length: number, writer: ByteWriter, tally: Tally): void {
  writeErrors(writer, number, [tooLarge(length)], tally);
  writer.byte(10);
}
