import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * The library hashes with `node:crypto` (src/stamp/sha256.ts), which a browser lacks: in the
 * page, src/desk/sha256.ts (`@noble/hashes`, the same function) takes that module's place.
 */
function browserSha256(stampDir: string, browserModule: string): Plugin {
  return {
    name: 'sanbao-browser-sha256',
    setup(builder) {
      builder.onResolve({ filter: /^\.\/sha256(\.ts)?$/ }, (args) => (dirname(args.importer) === stampDir ? { path: browserModule } : undefined));
    },
  };
}

/**
 * Builds the desk page: the page's script (src/cli/desk-page.ts, which starts src/desk/main.ts
 * with the clock; the page calls the library through its public API) bundled for the browser
 * with the library and zod inside, and inlined with the styles into one HTML file that needs nothing else: no server, no network (its content
 * security policy forbids any request), opened from disk. Used by tsup.config.ts for
 * `dist/desk.html` and by the browser test, so a clean clone tests what it ships.
 *
 * Node only: a build step, beside the command line because it reads files (the library itself
 * never does).
 */
export async function buildDeskPage(options: { readonly version: string; readonly digest: string; readonly minify?: boolean }): Promise<string> {
  const dir = (name: string) => fileURLToPath(new URL(`../desk/${name}`, import.meta.url));
  const result = await build({
    entryPoints: [fileURLToPath(new URL('desk-page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: options.minify ?? true,
    legalComments: 'none',
    charset: 'utf8',
    define: { __SANBAO_ENGINE_DIGEST__: JSON.stringify(options.digest) },
    logLevel: 'silent',
    plugins: [browserSha256(fileURLToPath(new URL('../stamp', import.meta.url)), dir('sha256.ts'))],
  });
  const script = result.outputFiles[0]!.text.replace(/<\/(script)/gi, '<\\/$1');
  const style = readFileSync(dir('styles.css'), 'utf8');
  const template = readFileSync(dir('template.html'), 'utf8');
  // A function as the replacement: the bundle contains `$&` and the like, which must stay as written.
  return template
    .replace('{{STYLE}}', () => style)
    .replace('{{SCRIPT}}', () => script)
    .replaceAll('{{VERSION}}', () => options.version)
    .replace('{{DIGEST}}', () => options.digest.slice(0, 12));
}
