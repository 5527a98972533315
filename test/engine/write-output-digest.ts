/**
 * Rewrites test/engine/output-digest.json (and output-digest-cases.json, the cases' short digests
 * that name the first differing decision) from the engine as it is:
 *
 *   npx tsx test/engine/write-output-digest.ts
 *
 * Run it only when a change of output is deliberate, and say in the change which output changed
 * and why; a change meant only to make the engine faster must leave the file as it is.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { outputDigests } from './output-digest';

const { digests, cases } = outputDigests();
const path = fileURLToPath(new URL('output-digest.json', import.meta.url));
writeFileSync(path, `${JSON.stringify(digests, null, 2)}\n`);
// What names the first differing decision when a digest differs (output-digest.test.ts).
const casesPath = fileURLToPath(new URL('output-digest-cases.json', import.meta.url));
writeFileSync(casesPath, `${JSON.stringify(cases, null, 1)}\n`);
process.stdout.write(`wrote ${path} and ${casesPath}\n`);
