import type { RestDayCalendar } from '../../time/rest-day-calendar';
import type { InputError } from '../../claim/input-error';
import { jsonOf, MAX_CLAIM_BYTES, tooLarge } from '../../claim/read-json';
import { type CheckResult, checkShopDecision } from '../../dispute/check';
import { renderCheck, renderCheckSummary } from '../../dispute/render';
import { parseCheckInput } from '../../dispute/shop-decision';
import { checkSummary } from '../../dispute/summary';
import type { Policy } from '../../policy/policy';
import { EXIT } from '../command';
import type { Args } from '../args';
import { type CliIo, writeAll } from '../io';
import { linesOf } from '../lines';
import { calendarOf, choice, errorsJson, errorText, inputOf, policyOf } from '../options';

/** `check`'s own exit status: a shop's decision fell below the floor. */
export const BELOW_FLOOR = 3;

/** A claim and its shop decision may be larger than a claim alone: the claim's limit plus room for the decision. */
export const MAX_INPUT_BYTES = MAX_CLAIM_BYTES + 16 * 1024;

export type Outcome = { readonly ok: true; readonly result: CheckResult } | { readonly ok: false; readonly errors: readonly InputError[]; readonly omittedErrors?: number };

export function checkValue(value: unknown, policy: Policy, calendar: RestDayCalendar | undefined): Outcome {
  const parsed = parseCheckInput(value);
  if (!parsed.ok) return parsed;
  const { id, claim, shop } = parsed.input;
  return { ok: true, result: checkShopDecision(claim, shop, { policy, ...(id === undefined ? {} : { id }), ...(calendar === undefined ? {} : { calendar }) }) };
}

/** The result as JSON: everything but the full decision, which `sanbao decide` gives. */
export function resultJson(result: CheckResult, line: number | undefined): Record<string, unknown> {
  const { decision: _decision, ...rest } = result;
  return line === undefined ? rest : { line, ...rest };
}

/** What `sanbao check` does (loaded on use by check.ts). */
export async function runCheck(args: Args, io: CliIo): Promise<number> {
  const format = choice(args, 'format', ['json', 'text', 'md'] as const, 'json');
  const lang = choice(args, 'lang', ['zh-CN', 'en'] as const, 'zh-CN');
  const policy = await policyOf(args);
  const calendar = await calendarOf(args, io);
  const summary = checkSummary();
  let mode: 'unknown' | 'lines' | 'document' = 'unknown';
  let document: Uint8Array[] = [];
  let documentBytes = 0;
  let batch = false;
  const emit = async (outcome: Outcome, line: number | undefined) => {
    if (outcome.ok) {
      summary.add(outcome.result);
      const out = format === 'json' ? `${JSON.stringify(resultJson(outcome.result, line), null, line === undefined ? 2 : undefined)}\n` : renderCheck(outcome.result, line, lang, format);
      await writeAll(io.stdout, format === 'json' || line === undefined ? out : `${out}\n`);
    } else {
      summary.invalid();
      if (format === 'json') await writeAll(line === undefined ? io.stderr : io.stdout, `${JSON.stringify(line === undefined ? errorsJson(outcome) : { line, ...errorsJson(outcome) }, null, line === undefined ? 2 : undefined)}\n`);
      else await writeAll(io.stderr, `${line === undefined ? '' : `line ${line}:\n`}${errorText(outcome.errors, args.options.lang === undefined ? 'both' : lang, outcome.omittedErrors)}`);
    }
  };
  for await (const group of linesOf(inputOf(args, io), MAX_INPUT_BYTES)) for (const line of group) {
    if (mode === 'unknown' && 'bytes' in line && new TextDecoder().decode(line.bytes).trim() === '') continue;
    if (mode === 'unknown') {
      // One compact object per line is JSON Lines (even if that first line is broken); an object
      // over several lines (its first line a lone `{`) is one document.
      const first = 'bytes' in line ? new TextDecoder().decode(line.bytes).trim() : '';
      mode = 'tooLong' in line || (first.length > 1 && first.startsWith('{') && first.endsWith('}')) || ('bytes' in line && jsonOf(line.bytes).ok) ? 'lines' : 'document';
    }
    if (mode === 'document') {
      if ('tooLong' in line) documentBytes += MAX_INPUT_BYTES + 1;
      else if (documentBytes <= MAX_INPUT_BYTES) {
        document.push(line.bytes, new Uint8Array([10]));
        documentBytes += line.bytes.length + 1;
      }
      continue;
    }
    if ('bytes' in line && new TextDecoder().decode(line.bytes).trim() === '') continue;
    batch = true;
    if ('tooLong' in line) await emit({ ok: false, errors: [tooLarge(line.tooLong)] }, line.number);
    else {
      const json = jsonOf(line.bytes);
      await emit(json.ok ? checkValue(json.value, policy, calendar) : json, line.number);
    }
  }
  if (mode === 'document') {
    const json = documentBytes > MAX_INPUT_BYTES ? { ok: false as const, errors: [tooLarge(documentBytes)] } : jsonOf(Buffer.concat(document));
    document = [];
    await emit(json.ok ? checkValue(json.value, policy, calendar) : json, undefined);
  }
  const totals = summary.result();
  if (batch) {
    await writeAll(io.stdout, format === 'json' ? `${JSON.stringify({ summary: totals })}\n` : renderCheckSummary(totals, lang, format));
  }
  if (totals.belowFloor > 0) return BELOW_FLOOR;
  if (totals.invalid > 0 || mode === 'unknown') {
    if (mode === 'unknown') await writeAll(io.stderr, 'sanbao check: the input is empty\n');
    return EXIT.invalid;
  }
  return EXIT.decided;
}
