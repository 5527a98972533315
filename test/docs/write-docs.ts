import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ARCHITECTURE_PATH, architectureDocument } from './architecture-doc';
import { rulesDocument } from './rules-doc';

/** `npm run docs`: regenerates the generated documents. */
writeFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), rulesDocument());
process.stdout.write('docs/rules.md written\n');
writeFileSync(ARCHITECTURE_PATH, architectureDocument(readFileSync(ARCHITECTURE_PATH, 'utf8')));
process.stdout.write('docs/architecture.md: layers written from .dependency-cruiser.cjs\n');
