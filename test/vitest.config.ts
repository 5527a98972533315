import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The suite runs once per time zone (design.md §5: nothing may depend on the host's zone):
 * UTC, China, and a zone with daylight saving. Tests that spawn processes set their own zones,
 * and the slow suites (properties, hostile input, the packed package) gain nothing from a second
 * zone, so those run once, in the UTC project.
 */
const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'] as const;
const ONCE = ['test/cli/process.test.ts', 'test/property/**', 'test/hostile/**', 'test/package/**'];

export default defineConfig({
  test: {
    globalSetup: [fileURLToPath(new URL('support/global-setup.ts', import.meta.url))],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: ZONES.map((zone) => ({
      extends: true,
      test: {
        name: zone,
        root: fileURLToPath(new URL('..', import.meta.url)),
        include: zone === 'UTC' ? ['test/**/*.test.ts'] : ['test/**/*.test.ts'],
        exclude: ['test/bench/**', 'node_modules/**', ...(zone === 'UTC' ? [] : ONCE)],
        env: { TZ: zone },
      },
    })),
  },
});
