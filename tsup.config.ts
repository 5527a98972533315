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
 * The package's entries (package.json `exports`): the root, what a shop system needs to decide
 * claims, and a subpath for each of the rest (src/entries/). Each is built for `import` (ESM) and
 * `require` (CommonJS), with its declarations (.d.ts, .d.cts).
 */
const ENTRIES = {
  index: 'src/index.ts',
  policy: 'src/entries/policy.ts',
  testing: 'src/entries/testing.ts',
  dispute: 'src/entries/dispute.ts',
  schemas: 'src/entries/schemas.ts',
  calendar: 'src/entries/calendar.ts',
};

/**
 * A part of the library that `decide` does not use, built as an entry of its own (an internal file,
 * not in the package's exports): the decision's zod schemas. esbuild puts code reachable from
 * different sets of entries in different chunks, which the entries import: a bundler that honours
 * `"sideEffects": false` drops every chunk a program does not use, with the zod schemas built at
 * the top of those modules. In one file, every top-level statement would stay in every bundle, as
 * a bundler cannot prove a schema's construction free of side effects. (Measured with
 * `npm run bench:load`; test/package/ holds the size of a bundle of `decide` to a budget.)
 */
const PARTS = {
  decision: 'src/claim/decision.ts',
};

export default defineConfig([
  {
    entry: { ...ENTRIES, ...PARTS },
    format: ['esm'],
    splitting: true,
    dts: { entry: ENTRIES },
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
    /**
     * CommonJS, minified: what `require` reads at start-up. Split into shared chunks as the ESM
     * build is (tsup's splitting of CommonJS), so that every entry reaches one copy of each module:
     * a profile from `require('sanbao/policy')` is the very object `require('sanbao')` decides
     * under (the floor is known by identity), and an error class is one class.
     */
    entry: ENTRIES,
    format: ['cjs'],
    splitting: true,
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
