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
 * Suites of their own, left out of `npm test` to keep it under two minutes, and run by CI
 * (`.ci/run`) through their npm scripts: the packed package (build, pack, install, publint,
 * attw: `npm run test:package`) and the desk page in Chromium (`npm run test:desk`). A script
 * names the suites it wants in SANBAO_SUITES.
 */
const OWN_SUITES = ['package', 'desk'] as const;
const wanted = new Set((process.env.SANBAO_SUITES ?? '').split(',').filter((name) => name !== ''));

export default defineConfig({
  test: {
    globalSetup: [fileURLToPath(new URL('support/global-setup.ts', import.meta.url))],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'test/scale/**', 'node_modules/**', ...OWN_SUITES.filter((suite) => !wanted.has(suite)).map((suite) => `test/${suite}/**`)],
    env: { TZ: SUITE_ZONE },
  },
});
