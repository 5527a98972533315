import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { optionalDependencies } from '../../package.json';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The command line and library, built from the sources for this run (what users get). */
    builtDir: string;
  }
}

/**
 * Builds the CLI and the library once for the tests that run them as separate processes. The
 * build goes under `.tmp/` in the project so that it resolves zod and date-fns from the
 * project's node_modules, as an installed package would.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const out = mkdtempSync(join(root, '.tmp', 'build-'));
  await build({
    entry: {
      cli: join(root, 'src/cli/bin.ts'),
      index: join(root, 'src/index.ts'),
      // The subpath entries (sanbao/testing, …), as the package builds them.
      ...Object.fromEntries(['policy', 'testing', 'dispute', 'schemas', 'calendar'].map((name) => [name, join(root, `src/entries/${name}.ts`)])),
      'serve-worker': join(root, 'src/cli/serve/worker.ts'),
    },
    format: ['esm'],
    outDir: out,
    target: 'node20',
    silent: true,
    config: false,
    external: ['zod', 'date-fns', ...Object.keys(optionalDependencies)],
  });
  project.provide('builtDir', out);
  return () => rmSync(out, { recursive: true, force: true });
}
