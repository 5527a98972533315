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
 * zod is not bundled: the library exports zod schemas (claimSchema, decisionSchema, …), and zod's
 * guidance for libraries built on it is a peer dependency, so that a program and the library share
 * one zod (one copy installed, schemas that compose with the program's own). It is a peer
 * dependency in package.json, installed with the package by npm 7 and later, and external here.
 *
 * No source maps in the package: they were 4.8 of its 8.9 MB unpacked, for code that is minified
 * only in its names (the ESM build keeps its lines) and whose sources ship beside it in `src/`.
 *
 * Names are minified (not `keepNames`, whose `__name(…)` call after every function is a statement
 * a bundler must keep, which took tree-shaking away: a bundle of `decide` grew from 77 to 102 KB
 * gzipped). The exported error classes set their own names instead (a static block in each), so
 * `err.constructor.name` is `InvalidClaimError` in the minified build (test/package).
 */
const external = ['zod'];
const shared = { sourcemap: false, external, define, clean: false, target: 'node20' } as const;

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
    ...shared,
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
  },
  {
    // CommonJS: one file (esbuild splits ESM only), minified: what `require` reads at start-up.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    ...shared,
    treeshake: true,
    minify: true,
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
    ...shared,
    /**
     * `sanbao serve`'s and `sanbao mcp`'s packages (optional dependencies: tsup leaves only
     * `dependencies` and `peerDependencies` out of the bundle by itself) are imported from
     * node_modules, on use.
     */
    external: Object.keys(optionalDependencies),
    banner: { js: '' },
    /** The desk page (dist/desk.html): one self-contained file, which `sanbao desk` copies out. */
    async onSuccess() {
      mkdirSync('dist', { recursive: true });
      writeFileSync('dist/desk.html', await buildDeskPage({ version, digest }));
    },
  },
]);
