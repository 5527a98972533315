import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { type Args, UsageError } from '../args';
import { shapeOf } from '../batch/settings';
import { LocalDecider, WorkerDecider } from '../batch/deciders';
import { Progress } from '../batch/progress';
import { ruleTableUnder } from '../batch/rule-table';
import { runBatch } from '../batch/run';
import { sinkOf } from '../batch/sink';
import { batchWorkerScript } from '../batch/worker-script';
import { EXIT } from '../command';
import { type CliIo, writeAll } from '../io';
import { calendarFileOf, inputOf, policyOf } from '../options';

/** What `sanbao batch` does (loaded on use by batch.ts). */
export async function runBatchCommand(args: Args, io: CliIo): Promise<number> {
  const policy = await policyOf(args);
  if (args.options['rule-table'] === true) {
    const table = ruleTableUnder(policy);
    await writeAll(io.stdout, `${JSON.stringify({ table: table.id, policy: policy.id, rules: table.rules })}\n`);
    return EXIT.decided;
  }
  const shape = shapeOf(args);
  const calendar = await calendarFileOf(args, io);
  const jobs = jobsOf(args);
  const progress = progressOf(args, io);
  const input = inputOf(args, io);
  const script = batchWorkerScript();
  const decider =
    jobs > 1 && script !== undefined
      ? new WorkerDecider(script, jobs, { sanbaoBatchWorker: 1, policy: policy.id, shape, ...(calendar === undefined ? {} : { calendar: calendar.json, calendarOverride: calendar.override }) })
      : new LocalDecider({ policy, shape, ...(calendar === undefined ? {} : { calendar: calendar.calendar }) });
  const tally = await runBatch(input, sinkOf(io.stdout), decider, { progress, firstLine: firstLineOf(args) });
  return tally.errors > 0 ? EXIT.invalid : EXIT.decided;
}

/** `--jobs N`: worker threads deciding; by default one per core. */
function jobsOf(args: Args): number {
  const value = args.options.jobs;
  if (value === undefined) return availableParallelism();
  if (typeof value !== 'string' || !/^[1-9]\d{0,2}$/.test(value) || Number(value) > 256) {
    throw new UsageError('--jobs takes a whole number from 1 to 256');
  }
  return Number(value);
}

/**
 * `--first-line N`: the number of the input's first line (1 by default), for a partition of a
 * larger input, so that its error lines number as the whole input's would (docs/scale.md).
 */
function firstLineOf(args: Args): number {
  const value = args.options['first-line'];
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,14}$/.test(value)) throw new UsageError('--first-line takes a whole number from 1');
  return Number(value);
}

/**
 * The summary goes to standard error at the end of every batch; progress while it runs only when
 * standard error is a terminal, or when `--progress` asks. `--quiet` silences both, so that
 * standard error then carries only real errors.
 */
function progressOf(args: Args, io: CliIo): Progress | undefined {
  const forced = args.options.progress === true;
  if (args.options.quiet === true) {
    if (forced) throw new UsageError('--progress and --quiet exclude each other');
    return undefined;
  }
  const terminal = (io.stderr as { isTTY?: unknown }).isTTY === true;
  const file = args.positional[0];
  let total: number | undefined;
  if (file !== undefined && file !== '-') {
    try {
      total = statSync(file).size;
    } catch {
      total = undefined;
    }
  }
  return new Progress(io.stderr, terminal, total, forced || terminal);
}
