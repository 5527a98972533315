import { mkdirSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { optionalDependencies, version } from './package.json';
import { buildDeskPage } from './src/cli/build-desk-page';
import { engineMaterialDigest } from './src/stamp/material';

/**
 * The digest of the rule set and data (src/stamp/material.ts), computed once here at build time
 * and written into the library, the CLI and the desk page, so a decision names the engine that
 * made it without hashing tables at start-up. A run from the sources computes the same value.
 */
const digest = engineMaterialDigest();
const define = { __SANBAO_ENGINE_DIGEST__: JSON.stringify(digest) };

/**
 * zod is bundled in, tree-shaken to what the library uses (without its locales): importing the
 * library then reads one file instead of some three hundred modules, which was most of its
 * start-up time. Its types still come from the package, which stays a dependency. (Calendar
 * arithmetic is integer arithmetic on day numbers, src/time/day-number.ts: no date library.)
 */
const noExternal = ['zod'];

/**
 * The parts of the public API that `decide` does not use, each built as an entry of its own beside
 * `index` (internal files, not in the package's exports). esbuild puts code reachable from
 * different sets of entries in different chunks, which `index.js` imports: a bundler that honours
 * `"sideEffects": false` drops every chunk a program does not use, with the zod schemas built at
 * the top of those modules. In one file, every top-level statement would stay in every bundle, as
 * a bundler cannot prove a schema's construction free of side effects. (Measured with
 * `npm run bench:load`; test/package/ holds the size of a bundle of `decide` to a budget.)
 */
const PARTS = {
  decision: 'src/claim/decision.ts',
  calendar: 'src/claim/calendar-from.ts',
  testing: 'src/testing/index.ts',
  dispute: 'src/dispute/index.ts',
  schemas: 'src/schemas/index.ts',
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', ...PARTS },
    format: ['esm'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: false,
    target: 'node20',
    treeshake: true,
    /**
     * Minified but for white space: esbuild drops the `@__PURE__` and `@__NO_SIDE_EFFECTS__`
     * marks (zod's own among them) when it removes white space, and a bundler needs them to leave
     * out what a program does not use inside a chunk (about 1 KB gzipped of a bundle of `decide`).
     */
    esbuildOptions(options) {
      options.minifySyntax = true;
      options.minifyIdentifiers = true;
    },
    noExternal,
    define,
  },
  {
    // CommonJS: one file (esbuild splits ESM only), minified: what `require` reads at start-up.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    treeshake: true,
    minify: true,
    noExternal,
    define,
  },
  {
    /** serve-worker: the file `sanbao serve`'s worker threads run (src/cli/serve/pool.ts). */
    entry: { cli: 'src/cli/bin.ts', 'serve-worker': 'src/cli/serve/worker.ts' },
    format: ['esm'],
    /**
     * Each command's work is a dynamic import (src/cli/commands/*-run.ts), built as its own
     * chunk beside cli.js: `sanbao --version` and `--help` then read none of the engine
     * (test/cli/lazy-load.test.ts). tsup splits ESM by default; said here so it stays so.
     */
    splitting: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    /**
     * `sanbao serve`'s and `sanbao mcp`'s packages (optional dependencies: tsup leaves only
     * `dependencies` out of the bundle by itself) are imported from node_modules, on use.
     */
    external: Object.keys(optionalDependencies),
    banner: { js: '' },
    noExternal,
    define,
    /** The desk page (dist/desk.html): one self-contained file, which `sanbao desk` copies out. */
    async onSuccess() {
      mkdirSync('dist', { recursive: true });
      writeFileSync('dist/desk.html', await buildDeskPage({ version, digest }));
    },
  },
]);
