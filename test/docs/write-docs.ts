import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ARCHITECTURE_PATH, architectureDocument } from './architecture-doc';
import { findingCodesDocument } from './finding-codes-doc';
import { parametersDocument } from './parameters-doc';
import { rulesDocument } from './rules-doc';

/** `npm run docs`: regenerates the generated documents. */
const write = (name: string, text: string) => {
  writeFileSync(fileURLToPath(new URL(`../../docs/${name}`, import.meta.url)), text);
  process.stdout.write(`docs/${name} written\n`);
};
write('rules.md', rulesDocument());
write('parameters.md', parametersDocument());
write('finding-codes.md', findingCodesDocument());
writeFileSync(ARCHITECTURE_PATH, architectureDocument(readFileSync(ARCHITECTURE_PATH, 'utf8')));
process.stdout.write('docs/architecture.md: layers written from .dependency-cruiser.cjs\n');
