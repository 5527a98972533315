/**
 * Hostile input to the command line, in process (`runCli` with byte-level I/O, so invalid UTF-8
 * and chunk boundaries are real): `sanbao decide` and `sanbao batch` given huge, malformed,
 * mis-encoded and prototype-poisoning input, and argv naming `Object.prototype`'s members.
 *
 * The contract: `runCli` never throws (the bin would print "internal error" and exit 70); a bad
 * claim exits 1 with every error (JSON path, code, zh-CN and en) on stderr and nothing on stdout;
 * wrong usage exits 2; `batch` answers every input line with exactly one output line, in order —
 * a decision, or `{"line": n, "errors": [...]}`; nothing is polluted. No case is timed (a hang
 * fails on the test's timeout; speed is the benchmarks').
 *
 * The limits (see `library.hostile.test.ts`, which pins them): a claim, and each batch line, is at
 * most `MAX_CLAIM_BYTES` = 64 KiB, refused before it is decoded or parsed (a longer batch line is
 * skipped to its end without being held in memory); then it must be strict UTF-8 (a BOM is
 * allowed, on every line); then one JSON value; then a claim. A line ends at LF, with an optional
 * CR before it; a last line without a newline counts; an empty input has no lines.
 *
 * `corpus/` holds claims as a shop might send them wrong, with `corpus/expected.json` saying what
 * each must give; each is run through `decide` and as a `batch` line.
 */
import { expectOnlySummary } from '../support/batch-summary';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { decide, decisionSchema, type InputError, MAX_CLAIM_BYTES } from '../support/api';
import { CJK, expectClearErrors, guardPrototypes } from './contract';

const CORPUS = new URL('corpus/', import.meta.url);
const encode = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

const CLAIM = { claimDate: '2025-03-08', item: { kind: 'handset', brand: '华为' }, sale: { date: '2025-03-01', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
const CLAIM_LINE = JSON.stringify(CLAIM);

const expectNoPollution = guardPrototypes();

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI in this process on raw bytes, handed over in the given chunk sizes (the last size
 * repeats), checking that it neither throws nor pollutes.
 */
async function run(argv: readonly string[], input: Uint8Array, chunkSizes: readonly number[] = [65_536]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: (async function* () {
      let at = 0;
      for (let index = 0; at < input.length; index += 1) {
        const size = Math.max(1, chunkSizes[Math.min(index, chunkSizes.length - 1)]!);
        yield input.subarray(at, at + size);
        at += size;
      }
    })(),
    stdout: { write: (chunk) => ((stdout += chunk), true) },
    stderr: { write: (chunk) => ((stderr += chunk), true) },
    openFile: (path) => {
      throw Object.assign(new Error(`no such file ${path}`), { code: 'ENOENT' });
    },
  };
  let status: number;
  try {
    status = await runCli(argv, io);
  } catch (error) {
    throw new Error(`runCli threw on ${JSON.stringify(argv)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  expectNoPollution();
  return { status, stdout, stderr };
}

/** A rejected `decide`: exit 1, nothing on stdout, the errors as JSON on stderr. */
function decideErrors(result: Run): InputError[] {
  expect(result.status, result.stderr.slice(0, 300)).toBe(1);
  expect(result.stdout).toBe('');
  const { errors } = JSON.parse(result.stderr) as { errors: InputError[] };
  expectClearErrors(errors, { maxReceived: 200 });
  return errors;
}

/** One output line of a batch: a decision, or the line's errors. */
type Answer = { readonly decision: Record<string, unknown> } | { readonly line: number; readonly errors: InputError[] };

/** The answers of a batch run, checking there is exactly one per input line and the error lines count in order. */
function answers(result: Run, lines: number): Answer[] {
  expectOnlySummary(result.stderr, lines);
  const out = result.stdout === '' ? [] : result.stdout.replace(/\n$/, '').split('\n');
  expect(result.stdout === '' || result.stdout.endsWith('\n'), 'every answer ends with a newline').toBe(true);
  expect(out, 'one answer a line').toHaveLength(lines);
  return out.map((text, index) => {
    const value = JSON.parse(text) as Record<string, unknown>;
    if ('errors' in value) {
      expect(value.line, 'the error names its line').toBe(index + 1);
      expectClearErrors(value.errors as InputError[], { maxReceived: 200 });
      return value as Answer;
    }
    expect(decisionSchema.safeParse(value).success, `line ${index + 1} is a decision`).toBe(true);
    return { decision: value };
  });
}

const codesOf = (answer: Answer) => ('errors' in answer ? answer.errors.map((error) => error.code) : 'decision');
const sorted = (pairs: string[][]) => [...pairs].sort((a, b) => a.join().localeCompare(b.join()));

describe('sanbao decide: hostile bytes', () => {
  const INVALID_UTF8: [string, number[]][] = [
    ['0xFF', [0xff]],
    ['a lone continuation byte', [0x80]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['a UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated 3-byte sequence', [0xe4, 0xb8]],
    ['Latin-1 é', [0xe9]],
    ['华为 in GBK', [0xbb, 0xaa, 0xce, 0xaa]],
  ];
  it.each(INVALID_UTF8)('%s inside a string value: encoding error', async (_, bytes) => {
    const input = concat(encode('{"claimDate":"2025-03-08","item":{"kind":"handset","brand":"'), new Uint8Array(bytes), encode('"},"sale":{"date":"2025-03-01","priceFen":1}}'));
    const errors = decideErrors(await run(['decide'], input));
    expect(errors.map((error) => [error.path, error.code])).toEqual([['$', 'encoding']]);
  });

  it('1 MB of input: too large, refused without reading it all as a claim', async () => {
    const errors = decideErrors(await run(['decide'], encode(`{"claimDate":"${'x'.repeat(1 << 20)}"}`)));
    expect(errors.map((error) => error.code)).toEqual(['too-large']);
    expect(errors[0]!.message.en).toContain(String(MAX_CLAIM_BYTES));
  });

  it('1 MB of input in 4 KiB chunks: the same answer', async () => {
    const errors = decideErrors(await run(['decide'], encode(`{"claimDate":"${'x'.repeat(1 << 20)}"}`), [4096]));
    expect(errors.map((error) => error.code)).toEqual(['too-large']);
  });

  it.each([
    ['100,000 [', '['.repeat(100_000)],
    ['100,000 {"a":', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['100,000 repairs', JSON.stringify({ ...CLAIM, history: { repairs: Array.from({ length: 100_000 }, () => ({ handedIn: '2025-03-02', returned: '2025-03-03' })) } })],
  ])('%s: over the size limit, refused before parsing', async (_, text) => {
    const errors = decideErrors(await run(['decide'], encode(text)));
    expect(errors.map((error) => error.code)).toEqual(['too-large']);
  });

  it.each([
    ['60,000 [ (inside the limit)', '['.repeat(60_000)],
    ['30,000 nested arrays, balanced', `${'['.repeat(30_000)}${']'.repeat(30_000)}`],
    ['10,000 nested objects, balanced', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`],
  ])('%s: refused as JSON or as the wrong type, never a crash', async (_, text) => {
    const errors = decideErrors(await run(['decide'], encode(text)));
    expect(errors).toHaveLength(errors[0]!.code === 'json' ? 1 : errors.length);
  });

  it.each([
    ['an empty input', '', 'json'],
    ['whitespace only', ' \t\r\n ', 'json'],
    ['a BOM only', '\uFEFF', 'json'],
    ['null', 'null', 'type'],
    ['a number', '1e400', 'type'],
    ['a string', '"claim"', 'type'],
    ['two claims', `${CLAIM_LINE}${CLAIM_LINE}`, 'json'],
    ['a claim and garbage', `${CLAIM_LINE} x`, 'json'],
    ['NaN', 'NaN', 'json'],
    ['a comment', `// claim\n${CLAIM_LINE}`, 'json'],
  ])('%s: rejected (%s)', async (_, text, code) => {
    const errors = decideErrors(await run(['decide'], encode(text)));
    expect(errors.map((error) => [error.path, error.code])).toEqual([['$', code]]);
  });

  it('6,000 unknown keys: the first 100 refused (the near one first, with "did you mean"), the rest counted', async () => {
    const extra = Object.fromEntries(Array.from({ length: 6000 }, (_, index) => [`k${index}`, 1]));
    const result = await run(['decide'], encode(JSON.stringify({ ...CLAIM, ...Object.fromEntries(Object.entries(extra).slice(0, 500)), claimdate: '2025-03-08', ...extra })));
    const errors = decideErrors(result);
    expect((JSON.parse(result.stderr) as { omittedErrors: number }).omittedErrors).toBe(6001 - 100);
    const unknown = errors.filter((error) => error.code === 'unknown-key');
    expect(unknown).toHaveLength(100);
    expect(unknown.filter((error) => error.expected.en.startsWith('did you mean')).map((error) => [error.path, error.expected.en.slice(0, 27)])).toEqual([
      ['$.claimdate', 'did you mean "claimDate"? t'],
    ]);
    expect(unknown[0]!.path).toBe('$.claimdate');
  });

  it('60,000 lines, then a text that is not JSON: the line and column of the break', async () => {
    const errors = decideErrors(await run(['decide'], encode(`${'\n'.repeat(60_000)}{"claimDate" "2025-03-08"}`)));
    // Line 60,001 is the claim; after `{"claimDate"` (12 characters) and a space, a colon was due.
    expect(errors.map((error) => error.message.en.slice(0, 34))).toEqual(['$ at line 60001, column 14: not va']);
  });

  it('a BOM before the claim is accepted', async () => {
    const result = await run(['decide'], concat(BOM, encode(CLAIM_LINE)));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(decide(CLAIM, { counterfactuals: true }));
  });

  it('a valid claim split into 1-byte chunks (a multi-byte character cut in two) is decided', async () => {
    const result = await run(['decide'], encode(CLAIM_LINE), [1]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).verdict).toBe('refund');
  });

  it('errors in text format come in both languages when no --lang is given', async () => {
    const result = await run(['decide', '--format', 'text'], new Uint8Array([0xff]));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(CJK);
    expect(lines[1]).toContain('UTF-8');
  });
});

describe('the corpus (corpus/*.json, expectations in corpus/expected.json)', () => {
  const expected = JSON.parse(readFileSync(new URL('expected.json', CORPUS), 'utf8')) as Record<string, { status: number; verdict?: string; errors?: string[][] }>;
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.json') && name !== 'expected.json').sort();

  it('every file has an expectation and every expectation a file', () => {
    expect(files).toEqual(Object.keys(expected).filter((key) => !key.startsWith('$')).sort());
  });

  it.each(files)('decide %s', async (name) => {
    const want = expected[name]!;
    const result = await run(['decide'], new Uint8Array(readFileSync(new URL(name, CORPUS))));
    if (want.status === 0) {
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).verdict).toBe(want.verdict);
    } else {
      const errors = decideErrors(result);
      expect(sorted(errors.map((error) => [error.path, error.code]))).toEqual(sorted(want.errors!));
    }
  });

  it('batch: every corpus file as one line, answered line for line with the same errors', async () => {
    // A file's line breaks are JSON whitespace (JSON strings cannot hold a raw newline), so
    // dropping them leaves the same document on one line.
    const lines = files.map((name) => new Uint8Array(Buffer.from(readFileSync(new URL(name, CORPUS))).filter((byte) => byte !== 0x0a && byte !== 0x0d)));
    const input = concat(...lines.flatMap((line) => [line, new Uint8Array([0x0a])]));
    const result = await run(['batch'], input);
    expect(result.status).toBe(1);
    const out = answers(result, files.length);
    files.forEach((name, index) => {
      const want = expected[name]!;
      const answer = out[index]!;
      if (want.status === 0) expect('decision' in answer && answer.decision.verdict, name).toBe(want.verdict);
      else expect('errors' in answer && sorted(answer.errors.map((error) => [error.path, error.code])), name).toEqual(sorted(want.errors!));
    });
  });
});

describe('sanbao batch: every input line gets exactly one output line, in order', () => {
  /** The lines of a hostile batch and what each must get: a verdict, or the error codes. */
  const LINES: [string, Uint8Array, string | string[]][] = [
    ['a claim after a BOM (the first line)', concat(BOM, encode(CLAIM_LINE)), 'decision'],
    ['an empty line', encode(''), ['json']],
    ['a line of whitespace', encode(' \t  '), ['json']],
    ['a 1 MB line', encode(`{"claimDate":"${'x'.repeat(1 << 20)}"}`), ['too-large']],
    ['a line one byte over the limit', encode(`"${'y'.repeat(MAX_CLAIM_BYTES - 1)}"`), ['too-large']],
    ['a line exactly at the limit (a JSON string: the wrong type)', encode(`"${'y'.repeat(MAX_CLAIM_BYTES - 2)}"`), ['type']],
    ['invalid UTF-8', concat(encode('{"claimDate":"'), new Uint8Array([0xff, 0xfe]), encode('"}')), ['encoding']],
    ['华为 in GBK', concat(encode('{"item":{"brand":"'), new Uint8Array([0xbb, 0xaa, 0xce, 0xaa]), encode('"}}')), ['encoding']],
    ['a claim with CRLF', encode(`${CLAIM_LINE}\r`), 'decision'],
    ['a BOM on a later line', concat(BOM, encode(CLAIM_LINE)), 'decision'],
    ['100,000 [', encode('['.repeat(100_000)), ['too-large']],
    ['60,000 [', encode('['.repeat(60_000)), ['json']],
    ['__proto__ keys', encode('{"__proto__":{"polluted":true},"claimDate":"2025-03-08","item":{"kind":"handset","constructor":{"prototype":{"polluted":true}}},"sale":{"date":"2025-03-01","priceFen":1}}'), ['unknown-key', 'unknown-key']],
    ['an invalid date', encode(CLAIM_LINE.replace('2025-03-08', '2025-02-30')), ['value']],
    ['money out of range', encode(CLAIM_LINE.replace('399900', '-1')), ['range']],
    ['a lone CR', encode('\r'), ['json']],
    ['a NUL byte', new Uint8Array([0]), ['json']],
    ['the last line, with no newline', encode(CLAIM_LINE), 'decision'],
  ];
  const input = concat(...LINES.flatMap(([, bytes], index) => (index === LINES.length - 1 ? [bytes] : [bytes, new Uint8Array([0x0a])])));

  it(`answers ${LINES.length} hostile lines, one each, in order`, async () => {
    const result = await run(['batch'], input);
    expect(result.status).toBe(1);
    const out = answers(result, LINES.length);
    LINES.forEach(([label, , want], index) => expect(codesOf(out[index]!), label).toEqual(want));
    // The decisions are the library's.
    expect((out[0] as { decision: unknown }).decision).toEqual(JSON.parse(JSON.stringify(decide(CLAIM))));
  });

  it('gives the same bytes however the input is cut into chunks (fast-check, fixed seed)', async () => {
    const whole = (await run(['batch'], input)).stdout;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 40 }), async (sizes) => {
        expect((await run(['batch'], input, sizes)).stdout).toBe(whole);
      }),
      { seed: 20261125, numRuns: 40 },
    );
  });

  it('a valid claim cut into 1-byte chunks, multi-byte characters included, is still decided', async () => {
    const out = answers(await run(['batch'], encode(`${CLAIM_LINE}\n${CLAIM_LINE}\n`), [1]), 2);
    expect(out.map(codesOf)).toEqual(['decision', 'decision']);
  });

  it.each([
    ['an empty input: no lines, no output', '', 0],
    ['one newline: one (empty) line', '\n', 1],
    ['three newlines: three lines', '\n\n\n', 3],
    ['CRLF only', '\r\n\r\n', 2],
    ['whitespace lines', ' \n\t\n', 2],
  ])('%s', async (_, text, lines) => {
    const result = await run(['batch'], encode(text));
    expect(result.status).toBe(lines === 0 ? 0 : 1);
    const out = answers(result, lines);
    for (const answer of out) expect(codesOf(answer)).toEqual(['json']);
  });

  it('1,000 lines, every tenth a 70 KB line: every line answered in order', async () => {
    const big = encode(`"${'z'.repeat(70_000)}"`);
    const claim = encode(CLAIM_LINE);
    const parts: Uint8Array[] = [];
    for (let index = 0; index < 1000; index += 1) parts.push(index % 10 === 9 ? big : claim, new Uint8Array([0x0a]));
    const out = answers(await run(['batch'], concat(...parts), [8192]), 1000);
    out.forEach((answer, index) => expect(codesOf(answer), `line ${index + 1}`).toEqual(index % 10 === 9 ? ['too-large'] : 'decision'));
  });
});

describe('hostile command lines', () => {
  const MEMBERS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__'];

  it('a command naming a member of Object.prototype, with an option: exit 2, unknown command (all of them)', async () => {
    // Collected, so one run names every member that fails rather than the first.
    const failures: string[] = [];
    for (const command of MEMBERS) {
      try {
        const result = await run([command, '--policy', 'cn-national'], encode(CLAIM_LINE));
        if (result.status !== 2 || !result.stderr.includes(`unknown command ${JSON.stringify(command)}`)) failures.push(`${command}: exit ${result.status}`);
      } catch (error) {
        failures.push(`${command}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(MEMBERS)('the command %j alone: exit 2', async (command) => {
    const result = await run([command], encode(''));
    expect(result.status).toBe(2);
  });

  it.each(MEMBERS.map((member) => `--${member}`))('the option %s on decide: exit 2, unknown option', async (option) => {
    const result = await run(['decide', option], encode(CLAIM_LINE));
    expect(result.status, result.stdout.slice(0, 80)).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown option');
  });

  it.each([
    ['--policy', '__proto__'],
    ['--policy', 'constructor'],
    ['--lang', '__proto__'],
    ['--format', 'constructor'],
    ['--format', 'toString'],
  ])('decide %s %s: exit 2', async (option, value) => {
    expect((await run(['decide', option, value], encode(CLAIM_LINE))).status).toBe(2);
  });

  it.each(['/__proto__', '/constructor/prototype', '/__proto__/polluted', '/claim/__proto__', '/toString'])('decide --at %s: no such claim, exit 1', async (pointer) => {
    const errors = decideErrors(await run(['decide', '--at', pointer], encode(JSON.stringify({ claim: CLAIM }))));
    expect(errors.map((error) => [error.path, error.code])).toEqual([['$', 'required']]);
  });

  it.each(['__proto__', 'constructor', 'toString'])('audit %s: exit 2, unknown policy', async (id) => {
    const result = await run(['audit', id], encode(''));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown policy');
  });

  it('a 1 MB argument and 10,000 arguments: usage errors, not crashes', async () => {
    expect((await run(['decide', '--policy', 'p'.repeat(1 << 20)], encode(CLAIM_LINE))).status).toBe(2);
    expect((await run(['decide', ...Array.from({ length: 10_000 }, (_, index) => `file${index}`)], encode(CLAIM_LINE))).status).toBe(2);
  });
});
