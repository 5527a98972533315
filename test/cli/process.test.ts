import { type ProcessRun, runSanbao } from '../support/process';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';

const run = promisify(execFile);
const built = inject('builtDir');
const cliPath = join(built, 'cli.js');
const fixtures = loadFixtures();

/** Runs the built `sanbao` as its own process. */
function sanbao(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessRun> {
  return runSanbao(cliPath, args, options);
}

describe('the built command line, as its own process', () => {
  it('decides fixture files as decide() does, exit 0 (a sample: every fixture goes through the batch below)', async () => {
    const queue = fixtures.filter((_, index) => index % 15 === 0);
    const worker = async () => {
      for (let fixture = queue.shift(); fixture !== undefined; fixture = queue.shift()) {
        const file = join(built, `${fixture.name.replaceAll('/', '__')}`);
        writeFileSync(file, JSON.stringify(fixture.claim, null, 2));
        const result = await sanbao(['decide', file, ...(fixture.policy === undefined ? [] : ['--policy', fixture.policy])]);
        expect(result.status, fixture.name).toBe(0);
        expect(JSON.parse(result.stdout), fixture.name).toEqual(decideFixture(fixture, { counterfactuals: true }));
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  });

  it('answers a batch file of every fixture line for line', async () => {
    const file = join(built, 'fixtures.jsonl');
    const national = fixtures.filter((fixture) => fixture.policy === undefined);
    writeFileSync(file, `${national.map((fixture) => JSON.stringify(fixture.claim)).join('\n')}\n`);
    const result = await sanbao(['batch', file]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(national.length);
    lines.forEach((line, index) => expect(JSON.parse(line)).toEqual(decideFixture(national[index]!)));
  });

  it('exits 1 on a bad claim with the errors on stderr and nothing on stdout', async () => {
    const result = await sanbao(['decide'], { input: '{"item":{"kind":"handset"},"sale":{"date":"2025-03-01","priceFen":1}}' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr).errors[0].path).toBe('$.claimDate');
  });

  it('exits 2 on wrong usage', async () => {
    expect((await sanbao(['decide', '--format', 'yaml'])).status).toBe(2);
  });

  it('gives byte-identical decisions under TZ=UTC, Asia/Shanghai, America/Los_Angeles and Pacific/Apia', async () => {
    const script = `
      const { decide } = await import(${JSON.stringify(join(built, 'index.js'))});
      const claims = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
      process.stdout.write(claims.map((claim) => JSON.stringify(decide(claim))).join('\\n'));
    `;
    const claims = JSON.stringify(fixtures.filter((fixture) => fixture.policy === undefined).map((fixture) => fixture.claim));
    const outputs = await Promise.all(
      ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Apia'].map(async (zone) => {
        const child = run(process.execPath, ['--input-type=commonjs', '-e', `(async () => {${script}})()`], {
          env: { ...process.env, TZ: zone },
          maxBuffer: 256 * 1024 * 1024,
        });
        child.child.stdin?.end(claims);
        const { stdout } = await child;
        return stdout;
      }),
    );
    expect(outputs[0]!.length).toBeGreaterThan(100);
    for (const output of outputs.slice(1)) expect(output).toBe(outputs[0]);
  });
});
