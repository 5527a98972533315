import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulesDocument } from './rules-doc';

/** `npm run docs`: regenerates the generated documents. */
writeFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), rulesDocument());
process.stdout.write('docs/rules.md written\n');
