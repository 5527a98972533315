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

export default defineConfig({
  test: {
    globalSetup: [fileURLToPath(new URL('support/global-setup.ts', import.meta.url))],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'test/scale/**', 'node_modules/**'],
    env: { TZ: SUITE_ZONE },
  },
});
