/**
 * Proof that another language can use the service: Debian's /usr/bin/python3, standard library
 * only (urllib), calls `sanbao serve` and compares the decision with the command line's bytes.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { decide, parseClaim } from '../../src/index';
import { loadFixtures } from '../support/fixtures';
import { type RunningServer, startServer } from './support';

const run = promisify(execFile);
const built = inject('builtDir');
const cli = join(built, 'cli.js');
const TOKEN = 'python-token-0b7e';
const claim = loadFixtures().find((fixture) => fixture.name === 'national/refund-day-7.json')!.claim;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(cli, ['--workers', '1'], { SANBAO_TOKEN: TOKEN });
});
afterAll(async () => {
  await server?.stop();
});

it('Python (urllib, /usr/bin/python3) gets the bytes `sanbao decide` prints, and every error of a bad claim', async () => {
  const file = join(built, 'python-claim.json');
  writeFileSync(file, JSON.stringify(claim, null, 2));
  const { stdout } = await run('/usr/bin/python3', ['test/service/python-client.py', server.url, TOKEN, file, process.execPath, cli], { timeout: 60_000 });
  const found = JSON.parse(stdout) as Record<string, unknown>;
  const bad = parseClaim({ ...(claim as object), claimDate: '2025-02-30', colour: 'red' });
  if (bad.ok) throw new Error('must not parse');
  expect(found).toEqual({
    status: 200,
    identical: true,
    verdict: decide(claim).verdict,
    badStatus: 400,
    errorPaths: bad.errors.map((error) => error.path),
    bothLanguages: true,
  });
});
