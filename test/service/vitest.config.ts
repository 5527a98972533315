import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SUITE_ZONE } from '../vitest.config';

/**
 * The service and agent suite (`npm run test:service`, run by CI): `sanbao serve` and `sanbao
 * mcp` started from a build as their own processes, on 127.0.0.1 only, every count and wait
 * bounded. Its files end in `.service.ts`, so `npm test` (which takes `*.test.ts`) leaves them
 * out: they start servers and push tens of thousands of requests, which would not fit its budget.
 */
export default defineConfig({
  test: {
    globalSetup: [fileURLToPath(new URL('../support/global-setup.ts', import.meta.url))],
    testTimeout: 300_000,
    hookTimeout: 60_000,
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/service/**/*.service.ts'],
    // One file at a time: the load tests measure nothing, but they need the cores to themselves to finish in time.
    fileParallelism: false,
    env: { TZ: SUITE_ZONE },
  },
});
