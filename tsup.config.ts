import { mkdirSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { version } from './package.json';
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

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    treeshake: true,
    // Minified (with source maps): a third of the bytes to read and compile on every start.
    minify: true,
    noExternal,
    define,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
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
