/**
 * Rewrites test/engine/output-digest.json from the engine as it is:
 *
 *   npx tsx test/engine/write-output-digest.ts
 *
 * Run it only when a change of output is deliberate, and say in the change which output changed
 * and why; a change meant only to make the engine faster must leave the file as it is.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { outputDigests } from './output-digest';

const path = fileURLToPath(new URL('output-digest.json', import.meta.url));
writeFileSync(path, `${JSON.stringify(outputDigests(), null, 2)}\n`);
process.stdout.write(`wrote ${path}\n`);
