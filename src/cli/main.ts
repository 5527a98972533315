import { z } from 'zod';
import { version } from '../../package.json';
import type { InputError, Lang } from '../claim/input-error';
import { parseClaim } from '../claim/parse';
import { jsonOf, MAX_CLAIM_BYTES, tooLarge } from '../claim/read-json';
import { claimSchema } from '../claim/schema';
import { decideClaim } from '../engine/decide';
import { renderReport } from '../explain/report';
import { renderTimelineSvg } from '../explain/timeline';
import type { Policy } from '../policy/policy';
import { auditPolicy } from '../policy/audit';
import { policyById, shippedPolicies } from '../policy/registry';
import { type Args, parseArgs, UsageError } from './args';
import { type CliIo, writeAll } from './io';
import { linesOf } from './lines';
import { serializeDecision } from './serialize';

const USAGE = `sanbao ${version}: decides China mobile-phone 三包 claims

Usage:
  sanbao decide [FILE|-] [--policy ID] [--lang zh-CN|en] [--format json|text|md|svg] [--at POINTER]
                                            json: the decision; text: a report for an 80-column
                                            terminal; md: the report as Markdown; svg: the
                                            claim's timeline (--lang: zh-CN by default)
                                            --at: the claim inside a larger JSON document,
                                            as a JSON Pointer (a fixture's claim: --at /claim)
  sanbao batch  [FILE|-] [--policy ID]      JSON Lines in, one decision a line out
  sanbao schema                             the claim's JSON Schema
  sanbao policies [--lang zh-CN|en]         the profiles shipped, with their source and audit
  sanbao audit ID [--format json|text] [--lang zh-CN|en]
                                            where a profile, as written, gives less than the law
  sanbao --version | --help

Exit status: 0 decided; 1 the input was not a valid claim (errors on stderr); 2 wrong usage.
Limits: a claim (or a batch line) of at most ${MAX_CLAIM_BYTES} bytes.
`;

/** Exit statuses (spec: 0 decided; 1 the input was not a valid claim; 2 wrong usage). */
export const EXIT = { decided: 0, invalid: 1, usage: 2 } as const;

function choice<T extends string>(args: Args, name: string, allowed: readonly T[], fallback: T): T {
  const value = args.options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new UsageError(`--${name} must be one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

function policyOf(args: Args): Policy {
  const id = args.options.policy;
  if (id === undefined) return shippedPolicies[0]!;
  const policy = typeof id === 'string' ? policyById(id) : undefined;
  if (policy === undefined) {
    throw new UsageError(`unknown policy ${JSON.stringify(id)}; known: ${shippedPolicies.map((p) => p.id).join(', ')}`);
  }
  return policy;
}

function inputOf(args: Args, io: CliIo): AsyncIterable<Uint8Array | string> {
  if (args.positional.length > 1) throw new UsageError('one input at most');
  const file = args.positional[0];
  return file === undefined || file === '-' ? io.stdin : io.openFile(file);
}

const KNOWN: Readonly<Record<string, readonly string[]>> = {
  decide: ['policy', 'lang', 'format', 'at'],
  batch: ['policy'],
  schema: [],
  policies: ['lang'],
  audit: ['format', 'lang'],
};

function checkOptions(args: Args, command: string): void {
  if (!Object.hasOwn(KNOWN, command)) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  const known = KNOWN[command]!;
  for (const name of Object.keys(args.options)) {
    if (!known.includes(name)) throw new UsageError(`unknown option --${name} for ${command}`);
  }
}

/** Reads a whole input, refusing it once it passes the size limit. */
async function readLimited(input: AsyncIterable<Uint8Array | string>): Promise<Uint8Array | number> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    length += chunk.length;
    if (length > MAX_CLAIM_BYTES) return length;
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}

function errorText(errors: readonly InputError[], lang: Lang | 'both'): string {
  const langs: Lang[] = lang === 'both' ? ['zh-CN', 'en'] : [lang];
  return `${errors.flatMap((error) => langs.map((l) => `${error.path}  ${error.message[l]}`)).join('\n')}\n`;
}

async function decideCommand(args: Args, io: CliIo): Promise<number> {
  const format = choice(args, 'format', ['json', 'text', 'md', 'svg'] as const, 'json');
  const lang = choice(args, 'lang', ['zh-CN', 'en'] as const, 'zh-CN');
  const policy = policyOf(args);
  const bytes = await readLimited(inputOf(args, io));
  const json = typeof bytes === 'number' ? { ok: false as const, errors: [tooLarge(bytes)] } : jsonOf(bytes);
  const pointer = args.options.at;
  const parsed = json.ok ? parseClaim(typeof pointer === 'string' ? resolvePointer(json.value, pointer) : json.value) : json;
  if (!parsed.ok) {
    await writeAll(io.stderr, format === 'json' ? `${JSON.stringify({ errors: parsed.errors }, null, 2)}\n` : errorText(parsed.errors, args.options.lang === undefined ? 'both' : lang));
    return EXIT.invalid;
  }
  const decision = decideClaim(parsed.claim, { policy, counterfactuals: true });
  const out =
    format === 'json'
      ? `${JSON.stringify(decision, null, 2)}\n`
      : format === 'svg'
        ? renderTimelineSvg(decision, parsed.claim, { lang, policy })
        : renderReport(decision, parsed.claim, { lang, format, policy });
  await writeAll(io.stdout, out);
  return EXIT.decided;
}

async function batchCommand(args: Args, io: CliIo): Promise<number> {
  const policy = policyOf(args);
  let status: number = EXIT.decided;
  let buffer = '';
  for await (const group of linesOf(inputOf(args, io), MAX_CLAIM_BYTES)) for (const line of group) {
    let out: string;
    if ('tooLong' in line) {
      status = EXIT.invalid;
      out = JSON.stringify({ line: line.number, errors: [tooLarge(line.tooLong)] });
    } else {
      const json = jsonOf(line.bytes);
      const parsed = json.ok ? parseClaim(json.value) : json;
      if (parsed.ok) out = serializeDecision(decideClaim(parsed.claim, { policy }));
      else {
        status = EXIT.invalid;
        out = JSON.stringify({ line: line.number, errors: parsed.errors });
      }
    }
    buffer += `${out}\n`;
    if (buffer.length >= 1 << 16) {
      await writeAll(io.stdout, buffer);
      buffer = '';
    }
  }
  if (buffer.length > 0) await writeAll(io.stdout, buffer);
  return status;
}

/**
 * The value a JSON Pointer (RFC 6901) designates, or `undefined`.
 *
 * @example
 * resolvePointer({ claim: { a: 1 } }, '/claim') //=> { a: 1 }
 */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  if (!pointer.startsWith('/')) throw new UsageError(`--at takes a JSON Pointer such as /claim, not ${JSON.stringify(pointer)}`);
  let current: unknown = document;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The shipped profiles: id, title, source, as-of date, confidence, and what the audit finds. */
function policiesText(lang: Lang): string {
  const blocks = shippedPolicies.map((policy) => {
    const findings = auditPolicy(policy);
    const lines = [
      `${policy.id}  ${policy.title[lang]}`,
      `  ${lang === 'zh-CN' ? '来源' : 'source'}: ${policy.source.title}${policy.source.url === undefined ? '' : ` <${policy.source.url}>`}`,
      `  ${lang === 'zh-CN' ? '截至' : 'as of'}: ${policy.asOf}   ${lang === 'zh-CN' ? '可信度' : 'confidence'}: ${policy.confidence}`,
      `  ${lang === 'zh-CN' ? '低于法定标准' : 'below the floor'}: ${findings.length === 0 ? (lang === 'zh-CN' ? '无' : 'none') : findings.map((finding) => finding.parameter).join(', ')}`,
    ];
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

async function auditCommand(args: Args, io: CliIo): Promise<number> {
  const id = args.positional[0];
  if (id === undefined || args.positional.length > 1) throw new UsageError('audit takes one profile id');
  const policy = policyById(id);
  if (policy === undefined) throw new UsageError(`unknown policy ${JSON.stringify(id)}; known: ${shippedPolicies.map((p) => p.id).join(', ')}`);
  const format = choice(args, 'format', ['json', 'text'] as const, 'text');
  const lang = choice(args, 'lang', ['zh-CN', 'en'] as const, 'zh-CN');
  const findings = auditPolicy(policy);
  if (format === 'json') {
    await writeAll(io.stdout, `${JSON.stringify(findings, null, 2)}\n`);
  } else if (findings.length === 0) {
    await writeAll(io.stdout, lang === 'zh-CN' ? `${policy.id}：未发现低于法定标准之处。\n` : `${policy.id}: nothing below the statutory floor.\n`);
  } else {
    await writeAll(io.stdout, `${findings.map((finding) => `- ${finding.message[lang]}`).join('\n')}\n`);
  }
  return EXIT.decided;
}

/** The claim's JSON Schema (what `sanbao schema` prints). */
export function claimJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(claimSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'sanbao claim, format version 1',
    description: 'One China mobile-phone 三包 claim. Dates are YYYY-MM-DD (calendar dates in China); money is integer fen.',
  };
}

/**
 * Runs the `sanbao` command line against the given I/O and returns the exit status.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.options.version === true) {
      await writeAll(io.stdout, `${version}\n`);
      return EXIT.decided;
    }
    if (args.options.help === true || args.command === undefined || args.command === 'help') {
      await writeAll(args.command === undefined && args.options.help !== true ? io.stderr : io.stdout, USAGE);
      return args.command === undefined && args.options.help !== true ? EXIT.usage : EXIT.decided;
    }
    checkOptions(args, args.command);
    switch (args.command) {
      case 'decide':
        return await decideCommand(args, io);
      case 'batch':
        return await batchCommand(args, io);
      case 'schema':
        await writeAll(io.stdout, `${JSON.stringify(claimJsonSchema(), null, 2)}\n`);
        return EXIT.decided;
      case 'policies':
        await writeAll(io.stdout, policiesText(choice(args, 'lang', ['zh-CN', 'en'] as const, 'zh-CN')));
        return EXIT.decided;
      case 'audit':
        return await auditCommand(args, io);
      default:
        throw new UsageError(`unknown command ${JSON.stringify(args.command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError || isMissingFile(error)) {
      await writeAll(io.stderr, `sanbao: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isMissingFile(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'EACCES');
}
