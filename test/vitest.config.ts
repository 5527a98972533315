import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The suite runs once, in a zone with daylight saving (America/Los_Angeles), so that any use of the
 * host's zone shows up as a wrong date (design.md §5). The checks that compare results across zones
 * byte for byte run their cases in child processes under UTC, Asia/Shanghai, America/Los_Angeles
 * and Pacific/Apia (test/time/time-zones.test.ts, test/cli/process.test.ts,
 * test/property/time-zone.property.test.ts), which is where a second zone finds something.
 */
export const SUITE_ZONE = 'America/Los_Angeles';

/**
 * Suites of their own, left out of `npm test` to keep it under two minutes on two cores, and run by
 * CI (`.ci/run`) through their npm scripts, each of which names its suite in SANBAO_SUITES (and
 * then runs only that suite): the packed package (build, pack, install, publint, attw: `npm run
 * test:package`), the desk page in Chromium (`npm run test:desk`), the property-based suites
 * (thousands of generated claims each: `npm run test:property`), the command line run as a
 * process (the built CLI or the sources through tsx as child processes, which on two busy cores
 * cost seconds each: `npm run test:processes`), and the output digest of a 10,000-claim sample
 * (`npm run test:digest`). The slowest files of a run are listed by `npx vitest run --config
 * test/vitest.config.ts --reporter=verbose`.
 */
export const OWN_SUITES: Readonly<Record<string, readonly string[]>> = {
  package: ['test/package/**'],
  desk: ['test/desk/**'],
  property: [
    'test/property/decide.property.test.ts',
    'test/property/monotonic.property.test.ts',
    'test/property/closer-law.property.test.ts',
    'test/property/time-zone.property.test.ts',
    // Also in `npm test` with their fixed seeds (below); here again, longer (SANBAO_PROPERTY_RUNS).
    'test/property/hostile-profiles.property.test.ts',
    // Ten times SANBAO_PROPERTY_RUNS random claims under each shipped profile (issue 18, item 1).
    'test/property/words-in-decision.property.test.ts',
  ],
  processes: [
    'test/cli/process.test.ts',
    'test/cli/batch-process.test.ts',
    'test/cli/closed-output.test.ts',
    'test/cli/lazy-load.test.ts',
    'test/cli/calendar-option.test.ts',
    'test/kit/test-command.test.ts',
    'test/kit/conformance.test.ts',
    'test/time/time-zones.test.ts',
    // Copies src/, adds a parameter and compiles the copy (tsc and tsx: half a minute of CPU).
    'test/rules/add-parameter.test.ts',
  ],
  digest: ['test/engine/output-digest.test.ts'],
};
const wanted = (process.env.SANBAO_SUITES ?? '').split(',').filter((name) => name !== '');
for (const name of wanted) if (OWN_SUITES[name] === undefined) throw new Error(`SANBAO_SUITES: no suite ${name}; known: ${Object.keys(OWN_SUITES).join(', ')}`);
/**
 * Property files that `npm test` runs too, with their fixed seeds and few runs (a few seconds in
 * all): the sealed floor's hostile profiles (issue 17) and the words held by the decision (issue
 * 18) run again, longer, in the property suite.
 */
export const ALSO_IN_NPM_TEST: ReadonlySet<string> = new Set(['test/property/hostile-profiles.property.test.ts', 'test/property/words-in-decision.property.test.ts']);
const ownFiles = Object.values(OWN_SUITES)
  .flat()
  .filter((glob) => !ALSO_IN_NPM_TEST.has(glob));

export default defineConfig({
  test: {
    globalSetup: [fileURLToPath(new URL('support/global-setup.ts', import.meta.url))],
    // A guard against hangs, not a measure of speed: the named suites start processes, build and
    // install, which on two cores shared with other work (load average above 20) took over a minute.
    testTimeout: wanted.length > 0 ? 300_000 : 60_000,
    hookTimeout: wanted.length > 0 ? 600_000 : 60_000,
    root: fileURLToPath(new URL('..', import.meta.url)),
    // `npm test` on every core: it is CPU-bound (transforming and importing the sources in each
    // file's worker, then deciding), and vitest's default leaves one core idle, which on the
    // two-core machines CI runs on is half of them (measured: 115 s with one worker, 73 s with two,
    // load average about 2). The named suites keep the default: they start processes of their own.
    ...(wanted.length > 0 ? {} : { maxWorkers: availableParallelism() }),
    // Named suites: only theirs. None named: every test but theirs.
    include: wanted.length > 0 ? wanted.flatMap((name) => OWN_SUITES[name]!.map((glob) => (glob.endsWith('**') ? `${glob}/*.test.ts` : glob))) : ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'test/scale/**', 'node_modules/**', ...(wanted.length > 0 ? [] : ownFiles)],
    env: { TZ: SUITE_ZONE },
  },
});
