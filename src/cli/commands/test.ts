import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readSync, type Stats, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_CLAIM_BYTES } from '../../claim/read-json';
import type { Fixture } from '../../testing/fixture';
import type { FixtureOutcome } from '../../testing/outcome';
import { UsageError } from '../args';
import type { Command } from '../command';
import { writeAll } from '../io';
import { calendarOf, choice, policyOf } from '../options';

/** Exit statuses of `sanbao test`: every fixture passed, or one did not. */
const PASSED = 0;
const FAILED = 1;

/**
 * The conformance suite this package ships: the `fixtures/` folder beside the package's
 * `package.json`, found by walking up from this module (dist/cli.js in the package, src/cli/… in
 * the repository), wherever the command is run from.
 */
export function shippedSuite(from: string = fileURLToPath(import.meta.url)): string | undefined {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (isSanbaoRoot(dir)) return statSync(join(dir, 'fixtures'), { throwIfNoEntry: false })?.isDirectory() ? join(dir, 'fixtures') : undefined;
    if (dirname(dir) === dir) return undefined;
  }
}

function isSanbaoRoot(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name === 'sanbao';
  } catch {
    return false;
  }
}

/** Every `.json` file below a folder, sorted, as paths. */
function jsonFilesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? jsonFilesBelow(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : []))
    .sort();
}

/** A case's name: its path with `/` between folders, below the suite's folder or as given. */
const slashes = (path: string): string => path.split(sep).join('/');

/** The fixture files the arguments name: each file, and every `.json` below each folder. */
function casesOf(paths: readonly string[]): { readonly name: string; readonly file: string }[] {
  if (paths.length === 0) {
    const suite = shippedSuite();
    if (suite === undefined) throw new UsageError('test: the conformance suite (fixtures/) is not installed beside this command; name a fixture file or folder');
    return jsonFilesBelow(suite).map((file) => ({ name: slashes(relative(suite, file)), file }));
  }
  return paths.flatMap((path) => {
    if (!statSync(path).isDirectory()) return [{ name: slashes(path), file: path }];
    const files = jsonFilesBelow(path);
    if (files.length === 0) throw new UsageError(`test: no fixture (.json file) in ${path}`);
    return files.map((file) => ({ name: slashes(join(path, relative(path, file))), file }));
  });
}

/**
 * The largest fixture file read: a claim at its limit, plus as much again for what is expected of
 * it and the worked arithmetic (the shipped fixtures are under 5 KB).
 */
export const MAX_FIXTURE_BYTES = 2 * MAX_CLAIM_BYTES;

/** What a path is, in words, when it is not a regular file. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/**
 * The bytes of a fixture file, or why it is not read: only a regular file (a symbolic link is
 * followed to what it names) of at most {@link MAX_FIXTURE_BYTES}. The file is opened without
 * blocking (a FIFO named `x.json` would otherwise wait for a writer for ever) and its type judged
 * on the open descriptor, so it cannot be swapped between the check and the read; then at most
 * one byte past the limit is read, whatever size it claims (`/proc` files claim 0).
 */
function readFixtureBytes(file: string): { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly reason: string } {
  const fd = openSync(resolve(file), constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: kindOf(stats) };
    if (stats.size > MAX_FIXTURE_BYTES) return { ok: false, reason: `${stats.size} bytes` };
    const buffer = Buffer.alloc(MAX_FIXTURE_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_FIXTURE_BYTES) return { ok: false, reason: `over ${MAX_FIXTURE_BYTES} bytes` };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** A file read as a fixture: its JSON, or the reason it is not JSON (or not read). */
function readFixture(file: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly expected: string; readonly reason: string } {
  const bytes = readFixtureBytes(file);
  if (!bytes.ok) return { ok: false, expected: `a regular file of at most ${MAX_FIXTURE_BYTES} bytes`, reason: bytes.reason };
  const text = bytes.bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, expected: 'JSON', reason: error instanceof Error ? error.message : String(error) };
  }
}

const titleOf = (value: unknown): string | undefined =>
  value !== null && typeof value === 'object' && typeof (value as { title?: unknown }).title === 'string' ? (value as { title: string }).title : undefined;

export const testCommand: Command = {
  name: 'test',
  usage: `  sanbao test   [DIR|FILE…] [--policy ID] [--reporter text|tap|junit]
                                            checks fixtures (every .json below a folder; none
                                            named: the conformance suite shipped in the package)
                                            field by field; --policy: the profile for fixtures
                                            that name none. Exit 1 when one fails`,
  options: { policy: { type: 'string' }, reporter: { type: 'string' }, calendar: { type: 'string' }, 'calendar-override': { type: 'boolean' } },
  async run(args, io) {
    const reporter = choice(args, 'reporter', ['text', 'tap', 'junit'] as const, 'text');
    const policy = args.options.policy === undefined ? undefined : await policyOf(args);
    const calendar = await calendarOf(args, io);
    const cases = casesOf(args.positional);
    // Loaded on use: the engine is needed only once there is something to check.
    const kit = await import('../../testing/index');
    const outcomes = cases.map(({ name, file }): FixtureOutcome => {
      const read = readFixture(file);
      if (!read.ok) return { name, check: { passed: false, mismatches: [{ check: 'fixture', path: '(file)', expected: read.expected, received: read.reason }] } };
      return { name, title: titleOf(read.value), check: kit.checkFixture(read.value as Fixture, { ...(policy === undefined ? {} : { policy }), ...(calendar === undefined ? {} : { calendar }) }) };
    });
    const report = reporter === 'tap' ? kit.reportTap(outcomes) : reporter === 'junit' ? kit.reportJunit(outcomes) : kit.reportText(outcomes);
    await writeAll(io.stdout, report);
    return kit.tally(outcomes).failed === 0 ? PASSED : FAILED;
  },
};
