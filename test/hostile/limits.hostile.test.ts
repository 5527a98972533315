/**
 * The limits that keep hostile input small (issue 19, item 8), each edge a test:
 *
 * - the error list of a claim is capped at `MAX_ERRORS` (100), with the count of the rest in
 *   `omittedErrors`, and the walk stops early: a claim with a million unknown keys, or a
 *   `Uint8Array` of a million bytes, gives a small result; `batch` answers each such line small;
 * - the size limit (`MAX_CLAIM_BYTES`) does not count one line ending: `decide` with a trailing
 *   newline, `batch` with CRLF, however the input is cut into chunks;
 * - `sanbao test DIR` reads only regular files up to `MAX_FIXTURE_BYTES`: never a FIFO (which would
 *   block), never a device behind a symbolic link (`/dev/zero` would grow without end);
 * - a path that cannot be read (`decide /proc/self/mem`) is the documented one line, exit 2, and
 *   `desk --out DIR` says it cannot write there.
 *
 * No case is timed (speed is the benchmarks'): a hang fails on the test's timeout, growth on the
 * sizes asserted.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ERRORS } from '../../src/claim/input-error';
import { type CliIo, fileStream } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { MAX_FIXTURE_BYTES } from '../../src/cli/commands/test';
import { decide, type InputError, InvalidClaimError, MAX_CLAIM_BYTES, parseClaim, safeDecide } from '../support/api';
import { cliWithFiles } from '../support/run';
import { expectClearErrors } from './contract';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLAIM = { claimDate: '2025-03-08', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
const scratch = mkdtempSync(join(tmpdir(), 'sanbao-limits-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI in this process with the real file system, on the given standard input. */
async function runReal(argv: readonly string[], stdin: Uint8Array = new Uint8Array(0), chunkSizes: readonly number[] = [65_536]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: (async function* () {
      for (let at = 0, index = 0; at < stdin.length; index += 1) {
        const size = chunkSizes[Math.min(index, chunkSizes.length - 1)]!;
        yield stdin.subarray(at, at + size);
        at += size;
      }
    })(),
    stdout: { write: (chunk) => ((stdout += chunk), true) },
    stderr: { write: (chunk) => ((stderr += chunk), true) },
    openFile: (path) => fileStream(path, createReadStream),
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}

const encode = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** A JSON string of exactly `bytes` bytes: valid JSON, not a claim (code `type`), so the size check is what is seen. */
const jsonStringOf = (bytes: number) => `"${'y'.repeat(bytes - 2)}"`;

describe('the error list is capped (100 a claim) with the count of the rest, and the walk stops early', () => {
  /**
   * The contract for a capped result: 100 clear errors, the rest counted, small; with `everyEntry`,
   * the same from safeDecide and decide (each reads the whole input again, so the million-key
   * cases, whose input takes seconds to build and to list, check parseClaim alone).
   */
  function capped(input: unknown, everyEntry = true): { errors: readonly InputError[]; omittedErrors: number } {
    const parsed = parseClaim(input);
    if (parsed.ok) throw new Error('accepted');
    expect(parsed.errors).toHaveLength(MAX_ERRORS);
    expectClearErrors(parsed.errors, { maxReceived: 200 });
    const omittedErrors = parsed.omittedErrors!;
    // Small enough to read and to serialise: 100 errors of a few hundred bytes each.
    expect(JSON.stringify(parsed).length).toBeLessThan(100 * 1024);
    if (!everyEntry) return { errors: parsed.errors, omittedErrors };
    const safe = safeDecide(input);
    expect(safe).toEqual({ ok: false, errors: parsed.errors, omittedErrors });
    let thrown: unknown;
    try {
      decide(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidClaimError);
    expect((thrown as InvalidClaimError).errors).toEqual(parsed.errors);
    expect((thrown as InvalidClaimError).omittedErrors).toBe(omittedErrors);
    expect((thrown as InvalidClaimError).message).toContain(`(and ${omittedErrors} more)`);
    return { errors: parsed.errors, omittedErrors };
  }

  it('MAX_ERRORS is 100', () => {
    expect(MAX_ERRORS).toBe(100);
  });

  it('a claim with 10^6 unknown keys: 100 errors listed, omittedErrors the other 999,903 (10^6 unknown keys and 3 required fields)', () => {
    const keys: Record<string, number> = {};
    for (let index = 0; index < 1_000_000; index += 1) keys[`k${index}`] = index;
    const { errors, omittedErrors } = capped(keys, false);
    expect(omittedErrors).toBe(1_000_000 + 3 - MAX_ERRORS);
    expect(errors.map((error) => error.path)).toEqual(expect.arrayContaining(['$.claimDate', '$.item', '$.sale']));
    expect(errors.filter((error) => error.code === 'unknown-key')).toHaveLength(MAX_ERRORS - 3);
  });

  it('a Uint8Array of 10^6 bytes: 100 errors listed, the rest counted', () => {
    const { errors, omittedErrors } = capped(new Uint8Array(1_000_000), false);
    expect(omittedErrors).toBe(1_000_000 + 3 - MAX_ERRORS);
    expect(errors.filter((error) => error.code === 'unknown-key').map((error) => error.path).slice(0, 2)).toEqual(['$["0"]', '$["1"]']);
  });

  it('a key of the format past the thousandth key of an object is still read (never reported missing when it is there)', () => {
    const input: Record<string, unknown> = { ...CLAIM };
    delete input.claimDate;
    for (let index = 0; index < 2000; index += 1) input[`k${index}`] = index;
    input.claimDate = '2025-02-30';
    const parsed = parseClaim(input);
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors.filter((error) => error.path === '$.claimDate').map((error) => error.code)).toEqual(['value']);
    expect(parsed.ok ? 0 : parsed.omittedErrors).toBe(2000 + 1 - MAX_ERRORS);
  });

  it('when the unknown keys do not all fit, a typo of a known key is listed first, with its "did you mean"', () => {
    const input: Record<string, unknown> = { ...CLAIM };
    for (let index = 0; index < 900; index += 1) input[`k${index}`] = index;
    input.falut = { codes: [] };
    const { errors, omittedErrors } = capped(input);
    expect(errors[0]!.path).toBe('$.falut');
    expect(errors[0]!.expected.en).toMatch(/^did you mean "fault"\?/);
    expect(omittedErrors).toBe(901 - MAX_ERRORS);
  });

  it('at or under the cap, every error is listed and there is no omittedErrors', () => {
    const input: Record<string, unknown> = { ...CLAIM };
    for (let index = 0; index < MAX_ERRORS; index += 1) input[`k${index}`] = index;
    const parsed = parseClaim(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toHaveLength(MAX_ERRORS);
    expect('omittedErrors' in parsed).toBe(false);
    expect(JSON.stringify(safeDecide(input))).not.toContain('omittedErrors');
  });

  it('`sanbao decide`: the JSON has omittedErrors beside errors; the text ends with the count, in both languages', async () => {
    const line = JSON.stringify({ ...CLAIM, ...Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`k${index}`, 0])) });
    const json = await cliWithFiles(['decide'], {}, line);
    expect(json.status).toBe(1);
    const body = JSON.parse(json.stderr) as { errors: InputError[]; omittedErrors: number };
    expect(body.errors).toHaveLength(MAX_ERRORS);
    expect(body.omittedErrors).toBe(50);
    const text = await cliWithFiles(['decide', '--format', 'text'], {}, line);
    expect(text.stderr.trimEnd().split('\n').slice(-2)).toEqual(['…  另有 50 个错误未列出', '…  and 50 more errors not listed']);
  });

  it('`sanbao batch`: lines of 56 KB with 7,000 unknown keys each are answered with 100 errors and the count, not megabytes (valid compact lines)', async () => {
    const keys = Array.from({ length: 7000 }, (_, index) => `"${index.toString(36)}":0`).join(',');
    const line = `{${keys}}`;
    expect(line.length).toBeLessThanOrEqual(MAX_CLAIM_BYTES);
    const input = `${`${line}\n`.repeat(8)}`;
    const run = await runReal(['batch', '--compact', '--quiet'], encode(input));
    expect(run.status).toBe(1);
    const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/schemas/compact.schema.json'), 'utf8')) as object);
    const answers = run.stdout.trimEnd().split('\n');
    expect(answers).toHaveLength(8);
    for (const answer of answers) {
      const value = JSON.parse(answer) as { errors: unknown[]; omittedErrors: number };
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
      expect(value.errors).toHaveLength(MAX_ERRORS);
      expect(value.omittedErrors).toBe(7000 + 3 - MAX_ERRORS);
    }
    // Before the cap, 7.8 MB of such lines gave 288 MB of errors: now the answer is smaller than the question.
    expect(run.stdout.length).toBeLessThan(input.length);
  });
});

describe('the size limit does not count the line ending', () => {
  it.each([
    ['a trailing LF', '\n'],
    ['a trailing CRLF', '\r\n'],
    ['no line ending', ''],
  ])('`decide`: a claim of exactly MAX_CLAIM_BYTES with %s is read (and refused as a string, not as too large)', async (_, ending) => {
    const run = await runReal(['decide'], encode(`${jsonStringOf(MAX_CLAIM_BYTES)}${ending}`));
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stderr) as { errors: InputError[] }).errors.map((error) => error.code)).toEqual(['type']);
  });

  it.each([
    ['a trailing LF', '\n'],
    ['a trailing CRLF', '\r\n'],
    ['two line endings (the second is more than the one allowed)', '\n\n\n'],
  ])('`decide`: one byte more than MAX_CLAIM_BYTES, with %s, is too large', async (_, ending) => {
    const text = ending === '\n\n\n' ? `${jsonStringOf(MAX_CLAIM_BYTES - 1)}${ending}` : `${jsonStringOf(MAX_CLAIM_BYTES + 1)}${ending}`;
    const run = await runReal(['decide'], encode(text));
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stderr) as { errors: InputError[] }).errors.map((error) => error.code)).toEqual(['too-large']);
  });

  it.each([
    ['in one chunk', [1 << 20]],
    ['cut between the CR and the LF', [MAX_CLAIM_BYTES + 1, 1]],
    ['cut just before the CR', [MAX_CLAIM_BYTES, 1]],
    ['in chunks of 1,000 bytes', [1000]],
  ])('`batch`: a line of exactly MAX_CLAIM_BYTES ending in CRLF is read, one byte more is too large (%s)', async (_, chunks) => {
    const atLimit = `${jsonStringOf(MAX_CLAIM_BYTES)}\r\n`;
    const over = `${jsonStringOf(MAX_CLAIM_BYTES + 1)}\r\n`;
    const run = await runReal(['batch', '--quiet'], encode(`${atLimit}${over}${JSON.stringify(CLAIM)}\r\n`), chunks);
    const answers = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { errors?: InputError[]; verdict?: string });
    expect(answers.map((answer) => answer.errors?.map((error) => error.code) ?? answer.verdict)).toEqual([['type'], ['too-large'], 'refund']);
  });
});

describe('`sanbao test DIR` reads only regular files, up to MAX_FIXTURE_BYTES', () => {
  const dir = join(scratch, 'suite');
  mkdirSync(dir);
  const fixture = readFileSync(join(ROOT, 'fixtures/national/refund-day-7.json'), 'utf8');
  writeFileSync(join(dir, 'a-real.json'), fixture);
  symlinkSync(join(ROOT, 'fixtures/national/refund-day-7.json'), join(dir, 'b-link-to-a-fixture.json'));
  execFileSync('mkfifo', [join(dir, 'c-fifo.json')]);
  symlinkSync('/dev/zero', join(dir, 'd-zero.json'));
  writeFileSync(join(dir, 'e-huge.json'), `${fixture.slice(0, -2)}, "pad": "${'x'.repeat(MAX_FIXTURE_BYTES)}" }`);

  it('MAX_FIXTURE_BYTES is the claim limit plus a margin as large', () => {
    expect(MAX_FIXTURE_BYTES).toBe(2 * MAX_CLAIM_BYTES);
  });

  it('a FIFO named x.json fails its case without blocking; /dev/zero behind a link and an oversized file fail theirs unread; the rest pass', async () => {
    const run = await runReal(['test', dir, '--reporter', 'tap']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ok 1 - .*a-real\.json/m);
    expect(run.stdout).toMatch(/^ok 2 - .*b-link-to-a-fixture\.json/m);
    expect(run.stdout).toMatch(/^not ok 3 - .*c-fifo\.json/m);
    expect(run.stdout).toMatch(/^not ok 4 - .*d-zero\.json/m);
    expect(run.stdout).toMatch(/^not ok 5 - .*e-huge\.json/m);
    expect(run.stdout).toContain('a FIFO (named pipe)');
    expect(run.stdout).toContain('a character device');
    expect(run.stdout).toContain(`a regular file of at most ${MAX_FIXTURE_BYTES} bytes`);
    expect(run.stdout.length).toBeLessThan(64 * 1024);
  });
});

describe('paths that cannot be read or written: one line in both languages, exit 2', () => {
  it('`decide /proc/self/mem` (opens, but every read fails): the documented line, not an internal error', async () => {
    const run = await runReal(['decide', '/proc/self/mem']);
    expect(run).toEqual({ status: 2, stdout: '', stderr: 'sanbao: 无法读取 /proc/self/mem：读取出错（输入输出错误） / cannot read /proc/self/mem: an input/output error\n' });
  });

  it('`decide --policy huawei /proc/self/mem`: the line names the file, not the first word after the command', async () => {
    const run = await runReal(['decide', '--policy', 'huawei', '/proc/self/mem']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read /proc/self/mem: an input/output error');
  });

  it('`decide DIR`: the documented line', async () => {
    const run = await runReal(['decide', scratch]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`sanbao: 无法读取 ${scratch}：这是一个目录，不是文件 / cannot read ${scratch}: it is a directory, not a file\n`);
  });

  it('`desk --out DIR` says it cannot write there (not that it cannot read)', async () => {
    const page = fileURLToPath(new URL('../../src/cli/commands/desk.html', import.meta.url));
    const run = await cliWithFiles(['desk', '--out', scratch], { [page]: '<!doctype html><title>desk</title>' });
    expect(run).toEqual({ status: 2, stdout: '', stderr: `sanbao: 无法写入 ${scratch}：这是一个目录，不是文件 / cannot write ${scratch}: it is a directory, not a file\n` });
  });

  it('`desk --out` into a folder that does not exist says it cannot write there', async () => {
    const page = fileURLToPath(new URL('../../src/cli/commands/desk.html', import.meta.url));
    const out = join(scratch, 'no-such-folder', 'desk.html');
    const run = await cliWithFiles(['desk', '--out', out], { [page]: '<!doctype html><title>desk</title>' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`sanbao: 无法写入 ${out}：文件不存在 / cannot write ${out}: no such file\n`);
  });
});

describe('a check record with a million unknown keys', () => {
  it('is answered with 100 errors and the count of the rest (parseCheckInput), not a million', async () => {
    const { parseCheckInput } = await import('../../src/dispute/shop-decision');
    const record: Record<string, unknown> = { claim: { claimDate: '2025-03-14', item: { kind: 'handset' }, sale: { date: '2025-03-07', priceFen: 399900 } }, shop: { verdict: 'refund' } };
    for (let index = 0; index < 1_000_000; index += 1) record[`k${index}`] = index;
    const result = parseCheckInput(record);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(100);
    expect(result.omittedErrors).toBe(1_000_000 - 100);
  });
});
