import { type ProcessRun, runSanbao } from '../support/process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { FIXTURES_DIR, loadFixtures } from '../support/fixtures';
import { expectJunitStructure, parseJunit } from './junit-xml';

const built = inject('builtDir');
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(root, '.tmp', 'kit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a built `sanbao` as its own process, from a folder of the test's choosing. */
function sanbao(cli: string, args: string[], cwd = scratch): Promise<ProcessRun> {
  return runSanbao(cli, args, { cwd });
}
const cli = join(built, 'cli.js');
const fixtures = loadFixtures();

/** A folder with one fixture copied from the suite, its expected verdict changed by hand. */
function wrongVerdict(): string {
  const dir = join(scratch, 'wrong');
  mkdirSync(dir, { recursive: true });
  const fixture = JSON.parse(readFileSync(join(FIXTURES_DIR, 'national/refund-day-7.json'), 'utf8')) as { expect: { verdict: string } };
  fixture.expect.verdict = 'exchange';
  writeFileSync(join(dir, 'refund-day-7.json'), JSON.stringify(fixture, null, 2));
  cpSync(join(FIXTURES_DIR, 'national/exchange-day-15-last-day.json'), join(dir, 'exchange-day-15-last-day.json'));
  return dir;
}

describe('sanbao test', () => {
  it('with no path, runs the conformance suite the package ships, from any folder, and exits 0', async () => {
    const run = await sanbao(cli, ['test']);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`${fixtures.length} passed, 0 failed`);
    expect(run.status).toBe(0);
  });

  it('installed as a package (dist/cli.js beside fixtures/), finds the fixtures shipped with it', async () => {
    const pkg = join(scratch, 'node_modules', 'sanbao');
    cpSync(built, join(pkg, 'dist'), { recursive: true });
    cpSync(join(FIXTURES_DIR, 'statute'), join(pkg, 'fixtures', 'statute'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'sanbao', type: 'module' }));
    const run = await sanbao(join(pkg, 'dist', 'cli.js'), ['test', '--reporter', 'tap']);
    const statute = fixtures.filter((f) => f.name.startsWith('statute/')).length;
    expect(run.stdout.split('\n')[1]).toBe(`1..${statute}`);
    expect(run.status).toBe(0);
  });

  it('a wrong expected verdict fails with a readable diff and exit 1', async () => {
    const run = await sanbao(cli, ['test', wrongVerdict()]);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('FAILED'))).toEqual([expect.stringMatching(/^FAILED {2}.*wrong\/refund-day-7\.json: /)]);
    expect(lines).toContain('        verdict: expected "exchange", received "refund"');
    expect(lines.some((line) => /^ok {6}.*wrong\/exchange-day-15-last-day\.json: /.test(line))).toBe(true);
    expect(lines.at(-2)).toBe('1 passed, 1 failed');
  });

  it('--reporter junit writes JUnit XML that a parser reads, with the failure in it', async () => {
    const run = await sanbao(cli, ['test', wrongVerdict(), join(FIXTURES_DIR, 'national', 'refund-day-7.json'), '--reporter', 'junit']);
    expect(run.status).toBe(1);
    const summary = parseJunit(run.stdout);
    expectJunitStructure(summary, expect);
    expect(summary.attributes).toMatchObject({ tests: '3', failures: '1', errors: '0' });
    const failure = summary.suites.flatMap((s) => s.cases).flatMap((c) => c.children)[0]!;
    expect(failure.text).toBe('verdict: expected "exchange", received "refund"');
  });

  it('--reporter tap writes TAP, the failure with its mismatches', async () => {
    const run = await sanbao(cli, ['test', wrongVerdict(), '--reporter', 'tap']);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual(['TAP version 14', '1..2', expect.stringMatching(/^ok 1 - /)]);
    expect(run.stdout).toMatch(/^not ok 2 - .*refund-day-7\.json: .*\n {2}---\n {2}mismatches:\n {4}- check: "verdict"\n/m);
    expect(run.status).toBe(1);
  });

  it('--policy decides the fixtures that name none under that profile', async () => {
    const dir = join(scratch, 'policy');
    mkdirSync(dir, { recursive: true });
    const fixture = JSON.parse(readFileSync(join(FIXTURES_DIR, 'national/refund-day-7.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ ...fixture, expect: { verdict: 'refund', fires: ['window.refund'] } }));
    expect((await sanbao(cli, ['test', dir, '--policy', 'huawei'])).status).toBe(0);
    const unknown = await sanbao(cli, ['test', dir, '--policy', 'acme']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('cn-national');
  });

  it('a file that is not JSON, or not a fixture, fails as a case; a folder with no fixture, or a wrong reporter, is wrong usage', async () => {
    const dir = join(scratch, 'broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.json'), '{"title": ');
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ title: 'no claim', expect: { verdict: 'refund' } }));
    const run = await sanbao(cli, ['test', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/FAILED {2}.*a\.json\n {8}\(file\): not in the fixture format: JSON; received ".+"/);
    expect(run.stdout).toMatch(/FAILED {2}.*b\.json: no claim\n {8}claim: not in the fixture format: /);
    mkdirSync(join(scratch, 'empty'), { recursive: true });
    expect((await sanbao(cli, ['test', join(scratch, 'empty')])).status).toBe(2);
    expect((await sanbao(cli, ['test', dir, '--reporter', 'xml'])).status).toBe(2);
  });
});
