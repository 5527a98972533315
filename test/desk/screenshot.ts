import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFile, openDesk, ROOT, startDesk } from './browser';

/**
 * Writes the screenshot in docs/desk.md (docs/desk.png): the desk in Chromium, in Chinese, with a
 * claim after two repairs and the shop's decision on it (a third free repair, where an exchange
 * was owed) checked against the floor. Run on purpose, `npm run desk:screenshot`, never by the
 * tests (CI leaves the tree as it found it); look at the picture before committing it.
 */
const desk = await startDesk();
try {
  const { page, errors } = await openDesk(desk.browser, desk.pageUrl);
  const fixture = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'statute/art13-two-repairs-exchange.json'), 'utf8')) as { claim: unknown };
  const record = join(desk.dir, 'record.json');
  writeFileSync(record, JSON.stringify({ id: 'RMA-2026-0412', claim: fixture.claim, shop: { verdict: 'free-repair', remedies: [{ type: 'free-repair', shippingPaidBy: 'consumer' }] } }));
  await loadFile(page, record);
  await page.setViewport({ width: 1400, height: 1500 });
  const out = join(ROOT, 'docs', 'desk.png');
  await page.screenshot({ path: out });
  if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  process.stdout.write(`wrote ${out}\n`);
} finally {
  await desk.close();
}
