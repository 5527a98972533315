/**
 * Writes a JSON Lines file of claims for `sanbao batch` at scale: `tsx test/bench/batch-input.ts
 * FILE [COUNT]` (default 1,000,000). Claims come from the fixtures' space (`benchClaims`), a few
 * lines in every thousand deliberately bad (not JSON, a wrong date), so the run also answers bad
 * lines in place. Streams to the file: it never holds the whole input.
 */
import { createWriteStream } from 'node:fs';
import { benchClaims } from './claims';

const [file, countText] = process.argv.slice(2);
if (file === undefined) {
  process.stderr.write('usage: tsx test/bench/batch-input.ts FILE [COUNT]\n');
  process.exit(2);
}
const count = Number(countText ?? 1_000_000);
const claims = benchClaims(10_000).map((claim) => JSON.stringify(claim));
const out = createWriteStream(file);
let written = 0;
const BAD = ['{"claimDate": ', '{"claimDate":"2025-02-30","item":{"kind":"handset"},"sale":{"date":"2025-01-01","priceFen":1}}'];
function more(): void {
  let ok = true;
  while (ok && written < count) {
    const line = written % 997 === 996 ? BAD[written % 2]! : claims[written % claims.length]!;
    written += 1;
    ok = out.write(`${line}\n`);
  }
  if (written < count) out.once('drain', more);
  else out.end(() => process.stdout.write(`${written} lines written to ${file}\n`));
}
more();
