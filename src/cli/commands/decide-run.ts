import { parseClaim } from '../../claim/parse';
import { jsonOf, tooLarge } from '../../claim/read-json';
import { decideClaim } from '../../facade/decide';
import { renderReport } from '../../explain/report';
import { renderTimelineSvg } from '../../explain/timeline';
import { EXIT } from '../command';
import type { Args } from '../args';
import { type CliIo, writeAll } from '../io';
import { calendarOf, choice, errorsJson, errorText, inputOf, policyOf, readLimited, resolvePointer } from '../options';

/** A fixture file (a claim with its expected decision) given as the claim itself. */
export const looksLikeFixture = (value: unknown) => value !== null && typeof value === 'object' && 'claim' in value && 'expect' in value;

export const FIXTURE_HINT = {
  'zh-CN': '提示：这是一个测试用例文件，其中的理赔在 /claim；请加上 --at /claim',
  en: 'hint: this is a fixture file, whose claim is at /claim; add --at /claim',
} as const;

/** What `sanbao decide` does (loaded on use by decide.ts). */
export async function runDecide(args: Args, io: CliIo): Promise<number> {
  const format = choice(args, 'format', ['json', 'text', 'md', 'svg'] as const, 'json');
  const lang = choice(args, 'lang', ['zh-CN', 'en'] as const, 'zh-CN');
  const policy = await policyOf(args);
  const bytes = await readLimited(inputOf(args, io));
  const json = typeof bytes === 'number' ? { ok: false as const, errors: [tooLarge(bytes)] } : jsonOf(bytes);
  const pointer = args.options.at;
  const parsed = json.ok ? parseClaim(typeof pointer === 'string' ? resolvePointer(json.value, pointer) : json.value) : json;
  if (!parsed.ok) {
    const hint = json.ok && pointer === undefined && looksLikeFixture(json.value) ? FIXTURE_HINT : undefined;
    await writeAll(
      io.stderr,
      format === 'json'
        ? `${JSON.stringify(hint === undefined ? errorsJson(parsed) : { ...errorsJson(parsed), hint }, null, 2)}\n`
        : `${errorText(parsed.errors, args.options.lang === undefined ? 'both' : lang, (parsed as { readonly omittedErrors?: number }).omittedErrors)}${hint === undefined ? '' : `${hint['zh-CN']}\n${hint.en}\n`}`,
    );
    return EXIT.invalid;
  }
  const calendar = await calendarOf(args, io);
  const decision = decideClaim(parsed.claim, { policy, counterfactuals: true, ...(calendar === undefined ? {} : { calendar }) });
  const out =
    format === 'json'
      ? `${JSON.stringify(decision, null, 2)}\n`
      : format === 'svg'
        ? renderTimelineSvg(decision, parsed.claim, { lang })
        : renderReport(decision, parsed.claim, { lang, format, policy });
  await writeAll(io.stdout, out);
  return EXIT.decided;
}
