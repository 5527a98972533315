import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { FIXTURES_DIR, loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';
import { expectJunitStructure, parseJunit } from './junit-xml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(root, '.tmp', 'conformance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The script docs/conformance.md gives another implementation, exactly as printed there. */
function documentedScript(): string {
  const doc = readFileSync(join(root, 'docs', 'conformance.md'), 'utf8');
  const script = /```js\n(\/\/ check-decisions\.mjs[\s\S]*?)```/.exec(doc)?.[1];
  if (script === undefined) throw new Error('docs/conformance.md has no check-decisions.mjs block');
  return script;
}

describe('docs/conformance.md: checking another implementation’s decisions', () => {
  it('the documented script, in a project of its own with the package installed, reports each case and exits 1 on a difference', () => {
    // A consumer's project: its own package.json, the built package under node_modules with its fixtures.
    const pkg = join(scratch, 'node_modules', 'sanbao');
    cpSync(inject('builtDir'), join(pkg, 'dist'), { recursive: true });
    cpSync(FIXTURES_DIR, join(pkg, 'fixtures'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'sanbao', type: 'module', exports: { '.': './dist/index.js', './testing': './dist/testing.js' } }));
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(join(scratch, 'check-decisions.mjs'), documentedScript());
    // "Another implementation": this one's decisions, one changed by hand and one left out.
    const fixtures = loadFixtures();
    for (const fixture of fixtures) {
      if (fixture.name === 'national/exchange-day-15-last-day.json') continue;
      const decision = decideFixture(fixture);
      const written = fixture.name === 'national/refund-day-7.json' ? { ...decision, verdict: 'exchange' } : decision;
      const path = join(scratch, 'out', fixture.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(written));
    }
    const run = spawnSync(process.execPath, ['check-decisions.mjs', 'out/'], { cwd: scratch, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const summary = parseJunit(run.stdout);
    expectJunitStructure(summary, expect);
    expect(Number(summary.attributes.tests)).toBe(fixtures.length);
    const flagged = summary.suites.flatMap((suite) => suite.cases.filter((c) => c.children.length > 0).map((c) => [`${suite.attributes.name}/${c.attributes.name}`, c.children[0]!.tag]));
    expect(flagged).toEqual([
      ['national/exchange-day-15-last-day.json', 'error'],
      ['national/refund-day-7.json', 'failure'],
    ]);
  });
});
