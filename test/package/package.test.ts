/**
 * The package as users get it: built (`npm run build`), packed (`npm pack`), installed from the
 * tarball into an empty directory (its one peer dependency, zod, from the npm registry), and then used the ways
 * users use it — `import` from ESM, `require` from CommonJS, the root entry and each subpath
 * (`sanbao/policy`, `sanbao/testing`, `sanbao/dispute`, `sanbao/schemas`, `sanbao/calendar`, and the
 * JSON Schemas as files), type-checked by `tsc` under NodeNext (ESM and CJS) and under the old `node`
 * resolution, bundled by esbuild for a consumer that only wants `decide`, and the `sanbao` bin.
 * `publint` and `@arethetypeswrong/cli` lint the installed copy (the tarball's files, as npm unpacked them).
 *
 * Slow by nature (a build, a pack, an install): generous timeouts. Needs only
 * what `npm ci` installs (tsup, typescript, esbuild via tsup) and the npm registry. Runs once, in
 * the UTC project (see `test/vitest.config.ts`).
 *
 * The core bundle's size budget: see `CORE_BUDGET_GZIP` below.
 */
import { execFile, type ExecFileException } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectJunitStructure, parseJunit } from '../kit/junit-xml';
import { decide } from '../support/api';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** The linters, from the project's devDependencies (never fetched while the tests run). */
const PUBLINT = fileURLToPath(new URL('../../node_modules/publint/src/cli.js', import.meta.url));
const ATTW = fileURLToPath(new URL('../../node_modules/@arethetypeswrong/cli/dist/index.js', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const ESBUILD = join(ROOT, 'node_modules', '.bin', 'esbuild');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/**
 * The gzipped size of a bundle of `decide` alone, zod included: issue 10's target, 80 KB (81,920
 * bytes). Measured at 77,398 bytes on 2026-11-30 (107,200 before the schemas moved to zod/mini,
 * the ESM build kept what `decide` does not use in chunks of its own, and the report's words and
 * the citations' summaries left what `decide` reads). What is left is nearly all the product: the
 * bilingual reasons, the citations, the rest-day calendar, the profiles and the rules
 * (docs/performance.md).
 *
 * Raised on 2026-12-07 to 96 KB (98,304 bytes), and issue 10's 80 KB is no longer met: the merged
 * work of issues 17, 18 and 19 measured about 93 KB. What `decide` now carries for them: the
 * check of a hand-built profile and of its rules' findings (validate-policy, policy-data, the
 * finding schema, the options check: about 13 KB minified), the floor merge by dominance, the
 * calendars with their digest, the makers' profiles re-derived with their exclusion rules and
 * notes (about 12 KB minified), and the words and citations of the real grounds. The sources of the
 * profiles (provenance.ts) were moved out of what `decide` imports. Bringing it back under 80 KB
 * needs the profiles out of the decide-only entry (issue 20's subpaths).
 */
// Measured on 2026-12-07 after issue 20's subpaths (the root down to 23 values): 90,930 bytes. The
// smaller root does not shrink it (the bundler already left out what `decide` does not reach);
// `decide` still reaches every shipped profile through the ids it accepts (`{ policy: 'huawei' }`):
// without that registry the same bundle measured 78,620 bytes (docs/performance.md). The budget stays.
const CORE_BUDGET_GZIP = 98_304;

/**
 * The tarball's budget (issue 19): packed and unpacked. Measured on 2026-12-07 at 1,388,138 bytes
 * packed and 3,791,063 unpacked (2,658,027 and 8,860,335 before the source maps left and zod
 * stopped being bundled); of the unpacked size, dist/ is 1.9 MB (the desk page 0.6 MB of it, the
 * type declarations most of the rest), src/ 0.88 MB, docs/ 0.69 MB, fixtures/ 0.30 MB. The budget
 * leaves some 15 % for growth (docs/performance.md).
 */
// Raised on 2026-12-07 after the merge of issues 17, 18, 19 and 21 (the service and agent
// commands, the profiles' provenance, the new tests' fixtures): 1,649,808 packed, 4,625,093
// unpacked; the same 10 % or so left for growth.
const TARBALL_BUDGET = 1_800_000;
const UNPACKED_BUDGET = 5_100_000;

/** The package's subpath entries (package.json `exports`, src/entries/). */
const SUBPATHS = ['policy', 'testing', 'dispute', 'schemas', 'calendar'] as const;

const CLAIM = { claimDate: '2025-03-08', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };

interface Ran {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command (no shell), resolving with its exit status and output whatever the status. */
function sh(file: string, args: readonly string[], options: { cwd: string; input?: string; env?: NodeJS.ProcessEnv; timeout?: number }): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      {
        cwd: options.cwd,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
        timeout: options.timeout ?? 300_000,
        shell: process.platform === 'win32',
      },
      (error: ExecFileException | null, stdout, stderr) => {
        if (error !== null && typeof error.code !== 'number') reject(error);
        else resolve({ status: error === null ? 0 : (error.code as number), stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** Like `sh`, but the command must succeed. */
async function ok(file: string, args: readonly string[], options: Parameters<typeof sh>[2]): Promise<Ran> {
  const result = await sh(file, args, options);
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result;
}

let work: string;
let tarball: string;
/** The package as installed from the tarball: exactly the published files. */
let installed: string;
/** The consumer project with the tarball installed. */
let app: string;
let packedFiles: string[];
let unpackedSize: number;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sanbao-package-'));
  // Six entries, each with ESM and CommonJS declarations: minutes on two busy cores.
  await ok(NPM, ['run', 'build'], { cwd: ROOT, timeout: 900_000 });
  const packed = await ok(NPM, ['pack', '--json', '--pack-destination', work], { cwd: ROOT });
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as [{ filename: string; unpackedSize: number; files: { path: string }[] }];
  tarball = join(work, info.filename);
  unpackedSize = info.unpackedSize;
  packedFiles = info.files.map((file) => file.path).sort();
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'sanbao-consumer', version: '1.0.0', private: true }, null, 2));
  await ok(NPM, ['install', '--no-audit', '--no-fund', '--offline=false', tarball], { cwd: app });
  installed = join(app, 'node_modules', 'sanbao');
  for (const file of ['smoke.mjs', 'smoke.cjs']) copyFileSync(join(HERE, file), join(app, file));
}, 1_200_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', { timeout: 300_000 }, () => {
  it('holds the built library, its types, the bin, the desk page, its sources, the conformance suite, the docs, and nothing else', () => {
    const entries = ['index', ...SUBPATHS].flatMap((name) => ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `dist/${name}.${ext}`));
    for (const file of ['package.json', 'README.md', 'LICENSE', ...entries, 'dist/cli.js', 'dist/desk.html', 'fixtures/national/refund-day-7.json', 'docs/schemas/claim.schema.json', 'docs/schemas/decision.schema.json', 'docs/schemas/fixture.schema.json', 'docs/rules.md', 'src/index.ts']) {
      expect(packedFiles).toContain(file);
    }
    // The sources ship for docs/rules.md's links to each rule's line, and to read beside the build.
    const stray = packedFiles.filter((file) => !/^(package\.json|README\.md|LICENSE|dist\/[\w.-]+|src\/[\w./-]+\.(ts|css|html)|fixtures\/[\w./-]+\.json|docs\/[\w./-]+\.(md|json|png|svg))$/.test(file));
    expect(stray, 'only dist/, src/, fixtures/, docs/, LICENSE, README, package.json').toEqual([]);
    expect(packedFiles.some((file) => /^(test|\.tmp|\.ci|node_modules)\//.test(file))).toBe(false);
  });

  it('declares sideEffects: false, its bin, and exports for import and require, of the root and each subpath', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.bin).toEqual({ sanbao: './dist/cli.js' });
    expect(Object.keys(manifest.exports)).toEqual(['.', ...SUBPATHS.map((name) => `./${name}`), './package.json', './schemas/*']);
    for (const key of ['.', ...SUBPATHS.map((name) => `./${name}`)]) expect(Object.keys(manifest.exports[key]), key).toEqual(['import', 'require']);
    // zod is a peer dependency (zod's guidance for libraries that export schemas), not bundled:
    // one copy, the program's; npm 7 and later install it with the package.
    expect(manifest.dependencies).toBeUndefined();
    expect(Object.keys(manifest.peerDependencies)).toEqual(['zod']);
    expect(existsSync(join(app, 'node_modules', 'zod', 'package.json'))).toBe(true);
    expect(existsSync(join(installed, 'node_modules', 'zod')), 'no copy of zod of its own').toBe(false);
  });

  it('ships no source maps, and zod is not inside dist (imported from the package zod)', () => {
    expect(packedFiles.filter((file) => file.endsWith('.map'))).toEqual([]);
    const dist = packedFiles.filter((file) => /^dist\/.*\.c?js$/.test(file)).map((file) => readFileSync(join(installed, file), 'utf8'));
    expect(dist.some((text) => /from ?["']zod\/mini["']|require\(["']zod\/mini["']\)/.test(text))).toBe(true);
    // zod's own code carries its version record and error class names; none of it is bundled.
    for (const text of dist) expect(text).not.toMatch(/\$ZodError|minor: ?\d+, ?patch: ?\d+/);
  });

  it(`the tarball is within its budget: ${TARBALL_BUDGET} bytes packed, ${UNPACKED_BUDGET} unpacked`, () => {
    const packed = statSync(tarball).size;
    console.info(`tarball: ${packed} bytes packed, ${unpackedSize} unpacked, ${packedFiles.length} files; budgets ${TARBALL_BUDGET} and ${UNPACKED_BUDGET}`);
    expect(packed).toBeLessThanOrEqual(TARBALL_BUDGET);
    expect(unpackedSize).toBeLessThanOrEqual(UNPACKED_BUDGET);
  });

  it('the bin starts with a shebang', () => {
    expect(readFileSync(join(installed, 'dist', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });
});

describe('the installed package, used', { timeout: 300_000 }, () => {
  const expected = JSON.stringify(decide(CLAIM));

  it.each([
    ['smoke.mjs', 'esm'],
    ['smoke.cjs', 'cjs'],
  ])('%s decides a claim as the sources do', async (file, tag) => {
    const result = await ok(process.execPath, [file], { cwd: app });
    const [verdictLine, json] = result.stdout.trimEnd().split('\n');
    expect(verdictLine).toBe(`${tag} refund`);
    expect(json).toBe(expected);
  });

  it('ESM and CommonJS resolve to different files of the package (import → .js, require → .cjs), the root and each subpath', async () => {
    for (const [specifier, file] of [['sanbao', 'index'], ...SUBPATHS.map((name) => [`sanbao/${name}`, name])] as const) {
      const resolved = await ok(process.execPath, ['-e', `console.log(require.resolve('${specifier}'))`], { cwd: app });
      expect(resolved.stdout.split('\n')[0]).toMatch(new RegExp(`sanbao[\\\\/]dist[\\\\/]${file}\\.cjs$`));
      const esm = await ok(process.execPath, ['--input-type=module', '-e', `console.log(import.meta.resolve('${specifier}'))`], { cwd: app });
      expect(esm.stdout.trim()).toMatch(new RegExp(`sanbao/dist/${file}\\.js$`));
    }
  });

  it('the JSON Schemas are files under sanbao/schemas/*, beside the sanbao/schemas entry', async () => {
    const read = "const s = require('sanbao/schemas/claim.schema.json'); const { SCHEMA_IDS } = require('sanbao/schemas'); console.log(JSON.stringify([s.$id, SCHEMA_IDS.claim]));";
    const run = await ok(process.execPath, ['-e', read], { cwd: app });
    const [fileId, entryId] = JSON.parse(run.stdout) as [string, string];
    expect(fileId).toBe(entryId);
    expect(fileId).toMatch(/claim/);
  });

  it('node_modules/.bin/sanbao --version prints the version; decide and batch read stdin', async () => {
    const bin = join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'sanbao.cmd' : 'sanbao');
    const version = await ok(bin, ['--version'], { cwd: app });
    expect(version.stdout.trim()).toBe(pkg.version);
    const decided = await ok(bin, ['decide', '-'], { cwd: app, input: JSON.stringify(CLAIM) });
    expect(JSON.parse(decided.stdout).verdict).toBe('refund');
    const batch = await sh(bin, ['batch'], { cwd: app, input: `${JSON.stringify(CLAIM)}\n{}\n` });
    expect(batch.status).toBe(1);
    const lines = batch.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.stringify(JSON.parse(lines[0]!))).toBe(expected);
    expect(JSON.parse(lines[1]!).line).toBe(2);
  });
});

describe('types, as a TypeScript consumer sees them (tsc --noEmit, NodeNext)', { timeout: 300_000 }, () => {
  /**
   * A consumer using decide, safeDecide and the Claim, ClaimInput and Decision types, and a value
   * and a type of each subpath; the @ts-expect-error lines fail if the types are `any`.
   */
  const CONSUMER = `
import { decide, safeDecide, InvalidClaimError, type Claim, type ClaimInput, type Decision } from 'sanbao';
import { calendarFrom, type RestDayCalendar } from 'sanbao/calendar';
import { checkShopDecision, type CheckResult } from 'sanbao/dispute';
import { nationalPolicy, type Policy } from 'sanbao/policy';
import { claimSchema, SCHEMA_IDS } from 'sanbao/schemas';
import { checkFixture, type Fixture } from 'sanbao/testing';

const input: ClaimInput = { claimDate: '2025-03-08', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
const decision: Decision = decide(input);
export const verdict: 'refund' | 'exchange' | 'free-repair' | 'paid-repair' | 'no-remedy' = decision.verdict;
export const price: Claim['sale']['priceFen'] = 399900;
export const request: Claim['request'] = 'best';
export const amounts: (number | undefined)[] = decision.remedies.map((remedy) => remedy.amountFen);
// @ts-expect-error a verdict is not a number
export const notANumber: number = decision.verdict;
// @ts-expect-error claimDate is required
export const missing: ClaimInput = { item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 1 } };
// @ts-expect-error no such item kind
export const badKind: ClaimInput = { claimDate: '2025-03-08', item: { kind: 'toaster' }, sale: { date: '2025-03-01', priceFen: 1 } };
// @ts-expect-error a parsed claim has its defaults filled in: request is not optional
export const noRequest: Claim['request'] = undefined;
const result = safeDecide(input);
export const paths: string[] = result.ok ? [result.decision.dates.claimDate] : result.errors.map((error) => error.path + error.message.en + error.message['zh-CN']);
export const isError: boolean = new InvalidClaimError([]) instanceof Error;
export const floor: Policy = nationalPolicy;
// @ts-expect-error a profile's id is a string
export const floorId: number = nationalPolicy.id;
const loaded = calendarFrom({ years: [] });
export const calendar: RestDayCalendar | undefined = loaded.ok ? loaded.calendar : undefined;
export const shopCheck = (claim: Claim): CheckResult => checkShopDecision(claim, { verdict: 'refund' });
export const parsed: boolean = claimSchema.safeParse(input).success;
export const claimId: string = SCHEMA_IDS.claim;
const fixture: Fixture = { title: 'day 7', claim: input, expect: { verdict: 'refund' } };
export const passed: boolean = checkFixture(fixture).passed;
// @ts-expect-error a fixture names its title
export const untitled: Fixture = { claim: input, expect: { verdict: 'refund' } };
`;

  it.each([
    ['ESM', 'module', 'NodeNext', '.d.ts'],
    ['CommonJS', 'commonjs', 'NodeNext', '.d.cts'],
    // TypeScript's old resolution reads no `exports`: the root's types come from `types`, the
    // subpaths' from `typesVersions`, both the ESM declarations.
    ['CommonJS, old resolution', 'commonjs', 'Node10', '.d.ts'],
  ])('%s (package type %s, %s) type-checks against the dist/*%s declarations', async (_, type, resolution, declarations) => {
    const dir = join(app, `types-${type}-${resolution}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `types-${type}`, private: true, type }));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: resolution === 'NodeNext' ? 'NodeNext' : 'CommonJS',
          moduleResolution: resolution,
          // zod's own declarations default-import its locales: under the old resolution, a project
          // type-checks them only with esModuleInterop (as `tsc --init` sets it).
          ...(resolution === 'Node10' ? { esModuleInterop: true } : {}),
          target: 'ES2022',
          // zod's declarations name URL: a consumer has it from DOM or @types/node (not installed here).
          lib: ['ES2022', 'DOM'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          noUnusedLocals: true,
          exactOptionalPropertyTypes: true,
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(join(dir, 'consumer.ts'), CONSUMER);
    const result = await sh(process.execPath, [TSC, '-p', dir, '--listFiles'], { cwd: dir });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const sanbaoTypes = result.stdout.split('\n').filter((line) => /node_modules[\\/]sanbao[\\/]/.test(line));
    const read = sanbaoTypes.map((line) => line.split(/[\\/]/).pop()!);
    // The entries' declarations and the chunks they share, all of one flavour (ESM's or CommonJS's).
    expect(read.filter((file) => /^(index|calendar|dispute|policy|schemas|testing)\.d\.c?ts$/.test(file)).sort()).toEqual(['calendar', 'dispute', 'index', 'policy', 'schemas', 'testing'].map((name) => `${name}${declarations}`));
    expect(read.filter((file) => !file.endsWith(declarations))).toEqual([]);
  });
});

describe('lint of the packed files', { timeout: 600_000 }, () => {
  it('publint (strict) finds nothing', async () => {
    const result = await sh(process.execPath, [PUBLINT, '--strict', installed], { cwd: work });
    console.info(`publint:\n${result.stdout}${result.stderr}`);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('All good!');
  });

  it('@arethetypeswrong/cli finds no problem in any resolution mode', async () => {
    const result = await sh(process.execPath, [ATTW, '--pack', installed, '--format', 'table-flipped'], { cwd: work });
    console.info(`attw:\n${result.stdout}${result.stderr}`);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('No problems found');
  });
});

describe('tree-shaking: a consumer importing only decide', { timeout: 300_000 }, () => {
  const ENTRY = `import { decide } from 'sanbao';\nconsole.log(decide(${JSON.stringify(CLAIM)}).verdict);\n`;
  // zod is bundled from the consumer's node_modules (the package's peer dependency), as a browser bundle would have it.
  const FLAGS = ['--bundle', '--format=esm', '--platform=node', '--external:date-fns', '--log-level=warning'];

  async function bundle(name: string, entry: string, minify: boolean): Promise<string> {
    writeFileSync(join(app, `${name}.mjs`), entry);
    const out = join(app, `${name}${minify ? '.min' : ''}.bundle.mjs`);
    await ok(ESBUILD, [`${name}.mjs`, ...FLAGS, ...(minify ? ['--minify'] : []), `--outfile=${out}`], { cwd: app });
    return out;
  }

  it('exported error classes keep their names in the built library (ESM and CommonJS): err.constructor.name', async () => {
    const probe = `const names = ['InvalidClaimError', 'InvalidPolicyError', 'UnknownPolicyError', 'RuleFailedError'];
const bad = names.filter((name) => sanbao[name]?.name !== name);
let thrown; try { sanbao.decide({}); } catch (error) { thrown = error; }
let unknown; try { sanbao.decide(${JSON.stringify(CLAIM)}, { policy: 'no-such-profile' }); } catch (error) { unknown = error; }
console.log(JSON.stringify({ bad, thrown: thrown.constructor.name, name: thrown.name, unknown: unknown?.constructor.name }));`;
    writeFileSync(join(app, 'names.mjs'), `import * as sanbao from 'sanbao';\n${probe}\n`);
    writeFileSync(join(app, 'names.cjs'), `const sanbao = require('sanbao');\n${probe}\n`);
    for (const file of ['names.mjs', 'names.cjs']) {
      const run = await ok(process.execPath, [file], { cwd: app });
      expect(JSON.parse(run.stdout), file).toEqual({ bad: [], thrown: 'InvalidClaimError', name: 'InvalidClaimError', unknown: 'UnknownPolicyError' });
    }
  });

  it('leaves the CLI out, carries zod inside (tree-shaken), runs, and stays within the budget', async () => {
    const readable = readFileSync(await bundle('only-decide', ENTRY, false), 'utf8');
    for (const cli of ['node:fs', 'createReadStream', 'process.argv', 'runCli', 'batchCommand', 'Usage:']) expect(readable, `${cli} in the bundle`).not.toContain(cli);
    // zod comes from the consumer's node_modules into the bundle, and nothing needs date-fns: nothing is imported at run time.
    expect(readable).not.toMatch(/from ["'](zod|date-fns)/);
    expect(readable).not.toMatch(/zod\/v4\/locales\/(?!en)/);
    // zod/mini only: none of the classic API's schema classes, no JSON Schema generator.
    expect(readable.match(/["']Zod(?!Mini)[A-Z]\w*["']/g), 'zod classic classes in the bundle').toBeNull();
    expect(readable).not.toContain('toJSONSchema');

    const minified = await bundle('only-decide', ENTRY, true);
    const text = readFileSync(minified, 'utf8');
    for (const cli of ['node:fs', 'createReadStream', 'process.argv']) expect(text).not.toContain(cli);
    const run = await ok(process.execPath, [minified], { cwd: app });
    expect(run.stdout.trim()).toBe('refund');

    const gzipped = gzipSync(text).length;
    const all = ['sanbao', ...SUBPATHS.map((name) => `sanbao/${name}`)];
    const everything = statSync(await bundle('everything', `${all.map((entry, index) => `import * as entry${index} from '${entry}';`).join('\n')}\nconsole.log(${all.map((_, index) => `Object.keys(entry${index}).length`).join(' + ')});\n`, true)).size;
    console.info(`core bundle (decide only, minified): ${statSync(minified).size} bytes, ${gzipped} gzipped; the whole API: ${everything} bytes; budget ${CORE_BUDGET_GZIP} gzipped`);
    expect(gzipped, 'decide-only bundle within the budget').toBeLessThanOrEqual(CORE_BUDGET_GZIP);
    expect(statSync(minified).size, 'importing only decide leaves something out (the desk, the kit, the disputes)').toBeLessThan(everything);
  });
});

describe('sanbao test, from the installed tarball (issue 10)', { timeout: 300_000 }, () => {
  const bin = () => join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'sanbao.cmd' : 'sanbao');
  /** The fixtures the tarball ships, counted on disk (the conformance suite). */
  const shipped = () => packedFiles.filter((file) => /^fixtures\/.+\.json$/.test(file)).length;
  /** A folder in the consumer's project with one shipped fixture copied, its expected verdict changed by hand, and one left as shipped. */
  function wrongVerdict(): string {
    const dir = join(app, 'wrong');
    mkdirSync(dir, { recursive: true });
    const fixture = JSON.parse(readFileSync(join(installed, 'fixtures', 'national', 'refund-day-7.json'), 'utf8')) as { expect: { verdict: string } };
    fixture.expect.verdict = 'exchange';
    writeFileSync(join(dir, 'refund-day-7.json'), JSON.stringify(fixture, null, 2));
    copyFileSync(join(installed, 'fixtures', 'national', 'exchange-day-15-last-day.json'), join(dir, 'exchange-day-15-last-day.json'));
    return dir;
  }

  it('with no path, runs the shipped conformance suite and exits 0', async () => {
    const run = await sh(bin(), ['test'], { cwd: app });
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`${shipped()} passed, 0 failed`);
    expect(run.status, run.stderr).toBe(0);
  });

  it('a wrong expected verdict in a copied fixture exits 1 with a readable diff', async () => {
    const run = await sh(bin(), ['test', wrongVerdict()], { cwd: app });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('        verdict: expected "exchange", received "refund"');
    expect(lines.at(-2)).toBe('1 passed, 1 failed');
  });

  it('--reporter junit writes JUnit XML a parser reads', async () => {
    const run = await sh(bin(), ['test', wrongVerdict(), '--reporter', 'junit'], { cwd: app });
    expect(run.status).toBe(1);
    const summary = parseJunit(run.stdout);
    expectJunitStructure(summary, expect);
    expect(summary.attributes).toMatchObject({ tests: '2', failures: '1', errors: '0' });
  });
});
