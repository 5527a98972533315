import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import * as root from '../../src/index';
import * as policy from '../../src/entries/policy';
import * as testing from '../../src/entries/testing';
import * as dispute from '../../src/entries/dispute';
import * as schemas from '../../src/entries/schemas';
import * as calendar from '../../src/entries/calendar';
import { paramsOn } from '../../src/engine/parameters';
import { timelineOf } from '../../src/explain/timeline/model';
import { allExamples, type Example, sourceFiles } from './examples/collect';
import { PACKAGE_ENTRIES } from './examples/compile';
import { runExample } from './examples/run';

/**
 * Every `@example` in the TSDoc of src/ runs here (the standard: "every `@example` runs as a test,
 * so none can go stale"). Each `expression //=> expected` line is a check: the expression is
 * evaluated in a scope holding everything the package's entries export (`sanbao` and its
 * subpaths), the named values below, and the documented module's own exports; an `import` of an
 * entry reads that entry; the result must deep-equal the expected literal, where `…` leaves
 * out the rest of an array, an object or a string. Lines without `//=>` are setup, run in order.
 */

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The package's entries, as `import … from 'sanbao/policy'` reads them. */
const ENTRIES: Readonly<Record<string, Record<string, unknown>>> = {
  sanbao: root,
  'sanbao/policy': policy,
  'sanbao/testing': testing,
  'sanbao/dispute': dispute,
  'sanbao/schemas': schemas,
  'sanbao/calendar': calendar,
};
/** Every name the package exports, from whichever entry. */
const sanbao = { ...root, ...policy, ...testing, ...dispute, ...schemas, ...calendar };

/** The claim the examples talk about: a handset sold on Friday 2025-03-07 that will not power on, brought back on day 7. */
const parsed = sanbao.parseClaim({
  claimDate: '2025-03-14',
  item: { kind: 'handset' },
  sale: { date: '2025-03-07', priceFen: 399_900 },
  fault: { codes: ['no-power-on'] },
});
if (!parsed.ok) throw new Error(`the examples' claim does not parse: ${inspect(parsed.errors)}`);
const claim = parsed.claim;
const decision = sanbao.decide(claim);

/** Names the examples use that no module exports, each built from the library itself. */
const NAMED_VALUES: Readonly<Record<string, unknown>> = {
  claim,
  decision,
  timeline: timelineOf(decision, claim),
  params: paramsOn(sanbao.nationalParameters, claim.sale.date, claim.sale.deliveredDate ?? claim.sale.date).params,
  calendar: sanbao.defaultCalendar(),
  refundWindowVersions: sanbao.nationalRules.filter((rule) => rule.id === 'window.refund'),
  seedTiered: sanbao.policyById('seed-tiered'),
  parseArgs,
};

/** An example's scope: src/index.ts's exports, then the named values, then its own module's exports. */
async function scopeOf(file: string): Promise<Record<string, unknown>> {
  const own = (await import(/* @vite-ignore */ pathToFileURL(join(projectRoot, file)).href)) as Record<string, unknown>;
  const scope: Record<string, unknown> = { ...sanbao, ...NAMED_VALUES, ...own };
  delete scope.default;
  return scope;
}

const examples = allExamples(projectRoot);

describe('every @example in src/ runs', () => {
  it('finds every @example written in src/ (none is lost in an orphaned comment)', () => {
    const written = sourceFiles(join(projectRoot, 'src')).reduce((count, path) => count + (readFileSync(path, 'utf8').match(/^\s*\*\s*@example\b/gm)?.length ?? 0), 0);
    expect(examples.length).toBe(written);
    expect(examples.length).toBeGreaterThan(80);
  });

  for (const example of examples) {
    it(`${example.file} ${example.name} (line ${example.line})`, async () => {
      const run = await runExample(example, await scopeOf(example.file), ENTRIES);
      if (run.errors.length > 0) throw new Error(`${example.file}:${example.line} does not compile: ${run.errors.join('; ')}\n${example.lines.join('\n')}`);
      if (run.failures.length > 0) throw new Error(`${run.failures.length} of ${run.checks} checks failed:\n${run.failures.join('\n')}`);
    });
  }
});

describe('the example runner', () => {
  const example = (...lines: string[]): Example => ({ file: 'src/example.ts', name: 'example', line: 1, lines });
  const run = (...lines: string[]) => runExample(example(...lines), { formatYuan: sanbao.formatYuan }, ENTRIES);

  it('passes a true check and fails a wrong one, naming the line and both values', async () => {
    expect(await run("formatYuan(5, 'en') //=> '¥0.05'")).toEqual({ checks: 1, errors: [], failures: [] });
    const wrong = await run('const fen = 5;', "formatYuan(fen, 'en') //=> '¥0.50'");
    expect(wrong.failures).toEqual([`src/example.ts:3: formatYuan(fen, 'en')\n  expected '¥0.50'\n  received '¥0.05'`]);
  });

  it('reads an expression over several lines, a remark in parentheses, and `…` as "the rest is omitted"', async () => {
    expect((await run('[1, 2,', '  3].map((n) => n * 2)', "//=> [2, 4, …] (doubled)")).failures).toEqual([]);
    expect((await run("({ a: 1, b: 'two' }) //=> { a: 1, … }")).failures).toEqual([]);
    expect((await run("'three words here' //=> 'three wo…'")).failures).toEqual([]);
    expect((await run('[1, 2] //=> [1]')).failures).toHaveLength(1);
    expect((await run('({ a: 1, b: 2 }) //=> { a: 1 }')).failures).toHaveLength(1);
    expect((await run("'three' //=> 'thr'")).failures).toHaveLength(1);
  });

  it('rejects prose after the value, code as the expected value, and a check that throws', async () => {
    expect((await run('1 + 1 //=> 2 when adding')).failures[0]).toContain('not a JS literal');
    expect((await run('1 + 1 //=> 1 + 1')).failures[0]).toContain('not a JS literal');
    expect((await run("JSON.parse('{') //=> 1")).failures[0]).toContain('threw');
  });

  it('compiles and runs an example with no check, and reports one that does not compile', async () => {
    expect(await run('const typed: number = 1;', 'void typed;')).toEqual({ checks: 0, errors: [], failures: [] });
    await expect(run("throw new Error('setup failed');")).rejects.toThrow('setup failed');
    expect((await run('f({ a: 1, … }) //=> 1')).errors).not.toEqual([]);
    expect((await run("import { formatYuan as yuan } from 'sanbao';", "yuan(100, 'en') //=> '¥1.00'")).failures).toEqual([]);
    expect(await run("import { nationalPolicy as floor } from 'sanbao/policy';", "floor.id //=> 'cn-national'")).toEqual({ checks: 1, errors: [], failures: [] });
    expect((await run("import { readFileSync } from 'node:fs';")).errors).toEqual([
      `an example may only import names from the package's entries (sanbao, sanbao/policy, sanbao/testing, sanbao/dispute, sanbao/schemas, sanbao/calendar): import { readFileSync } from 'node:fs';`,
    ]);
    expect((await run("import { paramsOn } from 'sanbao/engine';")).errors).toHaveLength(1);
  });

  it("reads every entry of package.json's exports", () => {
    expect(Object.keys(ENTRIES)).toEqual(PACKAGE_ENTRIES);
  });
});
