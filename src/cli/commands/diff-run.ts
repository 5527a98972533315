import { jsonOf, MAX_CLAIM_BYTES } from '../../claim/read-json';
import { decisionDiff } from '../../dispute/diff';
import { renderDiff } from '../../dispute/render';
import { type Args, UsageError } from '../args';
import { EXIT } from '../command';
import type { CliIo } from '../io';
import { writeAll } from '../io';
import { type Line, linesOf } from '../lines';
import { choice } from '../options';

/** A decision is larger than its claim (reasons in two languages, the trace): room for the largest. */
const MAX_DECISION_BYTES = 16 * MAX_CLAIM_BYTES;

/** The lines of one input, one at a time. */
async function* eachLine(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<Line> {
  for await (const group of linesOf(input, MAX_DECISION_BYTES)) yield* group;
}

const valueOf = (line: Line): unknown => {
  if ('tooLong' in line) return undefined;
  const json = jsonOf(line.bytes);
  return json.ok ? json.value : undefined;
};

function open(name: string, io: CliIo): AsyncIterable<Uint8Array | string> {
  return name === '-' ? io.stdin : io.openFile(name);
}

/** What `sanbao diff` does (loaded on use by diff.ts). */
export async function runDiff(args: Args, io: CliIo): Promise<number> {
  const format = choice(args, 'format', ['text', 'md', 'json'] as const, 'text');
  const lang = choice(args, 'lang', ['zh-CN', 'en'] as const, 'zh-CN');
  if (args.positional.length !== 2) throw new UsageError('diff takes two files: BEFORE AFTER');
  const [beforeName, afterName] = args.positional as [string, string];
  if (beforeName === '-' && afterName === '-') throw new UsageError('diff: only one of BEFORE and AFTER can be standard input');
  const before = eachLine(open(beforeName, io));
  const after = eachLine(open(afterName, io));
  const diff = decisionDiff();
  for (;;) {
    const [b, a] = await Promise.all([before.next(), after.next()]);
    if (b.done === true && a.done === true) break;
    if (b.done === true) diff.unpaired('after');
    else if (a.done === true) diff.unpaired('before');
    else diff.add(b.value.number, valueOf(b.value), valueOf(a.value));
  }
  const result = diff.result();
  await writeAll(io.stdout, format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderDiff(result, format, lang));
  return EXIT.decided;
}
