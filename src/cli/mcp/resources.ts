import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from '../../schemas/index';

/** A resource `sanbao mcp` offers: its URI, name, type, and how to read it. */
export interface Resource {
  readonly uri: string;
  readonly name: string;
  readonly title: string;
  readonly mimeType: string;
  read(): string;
}

/** The package's own folder (where `docs/` is), found from this module's file upwards. */
function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'docs', 'interpretations.md')) && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The published schemas and the interpretations of uncertain law (docs/interpretations.md). */
export function resourceList(): Resource[] {
  const schemas = (['claim', 'decision', 'fixture'] as const).map((name) => ({
    uri: `sanbao://schemas/${name}`,
    name: `${name}.schema.json`,
    title: `The ${name} JSON Schema (draft 2020-12)`,
    mimeType: 'application/schema+json',
    read: () => jsonSchemaText(name),
  }));
  const root = packageRoot();
  const interpretations =
    root === undefined
      ? []
      : [
          {
            uri: 'sanbao://docs/interpretations.md',
            name: 'interpretations.md',
            title: 'Every interpretation of uncertain law, its default, and how a profile changes it',
            mimeType: 'text/markdown',
            read: () => readFileSync(join(root, 'docs', 'interpretations.md'), 'utf8'),
          },
        ];
  return [...schemas, ...interpretations];
}
