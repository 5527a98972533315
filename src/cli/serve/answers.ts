import type { Lang } from '../../claim/input-error';
import { parseClaim } from '../../claim/parse';
import { jsonOf, tooLarge } from '../../claim/read-json';
import { renderReport } from '../../explain/report';
import { renderTimelineSvg } from '../../explain/timeline';
import { decideClaim } from '../../facade/decide';
import { policyById } from '../../policy/registry';
import type { Policy } from '../../policy/policy';
import type { RestDayCalendar } from '../../time/rest-day-calendar';
import { answerBlock } from '../batch/answer';
import { ByteWriter } from '../batch/byte-writer';
import type { Shape } from '../batch/shape';
import { newTally, type Tally } from '../batch/tally';
import { checkValue, MAX_INPUT_BYTES, resultJson } from '../commands/check-run';
import { FIXTURE_HINT, looksLikeFixture } from '../commands/decide-run';

/**
 * The work of the service's worker threads: each task is one request's body (or one block of a
 * batch's lines) and its answer is the bytes `sanbao decide`, `check`, `decide --format` or
 * `batch` would print for the same input, made by the same library calls.
 */
export type Task =
  | { readonly kind: 'decide'; readonly body: Uint8Array; readonly policy: string; readonly counterfactuals: boolean }
  | { readonly kind: 'check'; readonly body: Uint8Array; readonly policy: string }
  | { readonly kind: 'report'; readonly body: Uint8Array; readonly policy: string; readonly format: 'text' | 'md' | 'svg'; readonly lang: Lang }
  | { readonly kind: 'block'; readonly bytes: Uint8Array; readonly first: number; readonly policy: string; readonly shape: Shape };

/**
 * A request answered: the body text and, for a decision, what the metrics count. `ok: false` is
 * an input that is not valid (HTTP 400), its text the errors as `sanbao decide` prints them.
 */
export type Answered =
  | { readonly ok: true; readonly text: string; readonly verdict?: string; readonly status?: string; readonly meetsFloor?: boolean }
  | { readonly ok: false; readonly text: string; readonly errors: number };

/** A block of a batch answered: `length` bytes of `out` (transferred back, not copied), and its counts. */
export interface BlockAnswered {
  readonly out: Uint8Array;
  readonly length: number;
  readonly tally: Tally;
}

/** What each thread deciding for the service knows: the rest-day calendar of `--calendar`, if any. */
export interface Deciding {
  readonly calendar?: RestDayCalendar;
}

function policyNamedBy(id: string): Policy {
  const policy = policyById(id);
  // The main thread accepts only the ids of shipped profiles; anything else here is a bug.
  if (policy === undefined) throw new Error(`unknown policy ${JSON.stringify(id)}`);
  return policy;
}

/** The errors of an input that is not valid, as `sanbao decide --format json` prints them on stderr. */
function invalid(errors: readonly unknown[], hint?: unknown): Answered {
  return { ok: false, text: `${JSON.stringify(hint === undefined ? { errors } : { errors, hint }, null, 2)}\n`, errors: errors.length };
}

/** Answers one request's task (not a batch block) on the calling thread. */
export function answerTask(task: Exclude<Task, { kind: 'block' }>, deciding: Deciding): Answered {
  const policy = policyNamedBy(task.policy);
  const calendar = deciding.calendar === undefined ? {} : { calendar: deciding.calendar };
  if (task.kind === 'check') {
    if (task.body.length > MAX_INPUT_BYTES) return invalid([tooLarge(task.body.length)]);
    const json = jsonOf(task.body);
    const outcome = json.ok ? checkValue(json.value, policy, deciding.calendar) : json;
    if (!outcome.ok) return invalid(outcome.errors);
    return { ok: true, text: `${JSON.stringify(resultJson(outcome.result, undefined), null, 2)}\n`, meetsFloor: outcome.result.meetsFloor };
  }
  const json = jsonOf(task.body);
  const parsed = json.ok ? parseClaim(json.value) : json;
  if (!parsed.ok) return invalid(parsed.errors, json.ok && looksLikeFixture(json.value) ? FIXTURE_HINT : undefined);
  // The report and the timeline are made as `sanbao decide --format` makes them: with counterfactuals.
  const counterfactuals = task.kind === 'report' || task.counterfactuals;
  const decision = decideClaim(parsed.claim, { policy, counterfactuals, ...calendar });
  const counts = { verdict: decision.verdict, status: decision.status };
  if (task.kind === 'decide') return { ok: true, text: `${JSON.stringify(decision, null, 2)}\n`, ...counts };
  const text =
    task.format === 'svg'
      ? renderTimelineSvg(decision, parsed.claim, { lang: task.lang })
      : renderReport(decision, parsed.claim, { lang: task.lang, format: task.format, policy });
  return { ok: true, text, ...counts };
}

/** Answers a block of a batch's lines exactly as a `sanbao batch` worker does (`answerBlock`). */
export function answerBlockTask(task: Extract<Task, { kind: 'block' }>, deciding: Deciding): BlockAnswered {
  const writer = new ByteWriter(Math.max(1 << 16, task.bytes.length * 8));
  const tally = newTally();
  const calendar = deciding.calendar === undefined ? {} : { calendar: deciding.calendar };
  answerBlock(task.bytes, task.first, { policy: policyNamedBy(task.policy), shape: task.shape, ...calendar }, writer, tally);
  return { out: writer.bytes, length: writer.length, tally };
}
