/**
 * `sanbao batch` options, run in this process from the sources (where a batch decides on its own
 * thread: worker threads need the built file, see batch-process.test.ts): the compact shape and
 * its schema, `--fields`, the rule table, progress and the summary, usage errors.
 */
import { expectOnlySummary } from '../support/batch-summary';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { Progress, progressText, summaryText } from '../../src/cli/batch/progress';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { loadFixtures } from '../support/fixtures';
import { cli } from '../support/run';

const fixtures = loadFixtures();
const national = fixtures.filter((fixture) => fixture.policy === undefined);
const byPolicy = new Map<string, string[]>();
for (const fixture of fixtures) {
  const id = fixture.policy ?? 'cn-national';
  byPolicy.set(id, [...(byPolicy.get(id) ?? []), JSON.stringify(fixture.claim)]);
}
const BAD = ['{"claimDate": ', '{"claimDate":"2025-02-30","item":{"kind":"handset"},"sale":{"date":"2025-01-01","priceFen":1}}', ''];
/** The national fixtures' claims with a bad line after every 25th. */
const mixed = national.flatMap((fixture, index) => [JSON.stringify(fixture.claim), ...(index % 25 === 24 ? [BAD[index % 3]!] : [])]);
const input = `${mixed.join('\n')}\n`;

const schema = JSON.parse(readFileSync(new URL('../../docs/schemas/compact.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const decisionSchema = JSON.parse(readFileSync(new URL('../../docs/schemas/decision.schema.json', import.meta.url), 'utf8')) as {
  properties: Record<string, { enum?: string[]; items?: { properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }> } }>;
};

type Full = {
  verdict: string;
  status: string;
  remedies: Record<string, unknown>[];
  reasons: { rule: string; effect: string; cite: { id: string } }[];
  trace: { rule: string; under?: string; result: string }[];
};
type Compact = { compact: 1; verdict: string; status: string; remedies: unknown[]; reasons: [string, string, string][]; table: string; trace: string };
type Table = { table: string; policy: string; rules: { rule: string; under?: string }[] };

const lines = (stdout: string) => stdout.replace(/\n$/, '').split('\n');
const CODES: Record<string, string> = { fired: 'F', silent: 's', 'not-applicable': 'n', 'not-in-force': 'x' };

describe('sanbao batch --compact', () => {
  it('answers every line in place, each a valid line of docs/schemas/compact.schema.json (draft 2020-12, with its $id)', async () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:sanbao:schema:compact:1');
    const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    const validate = ajv.compile(schema);
    const run = await cli(['batch', '--compact'], input);
    expect(run.status).toBe(1);
    const out = lines(run.stdout);
    expect(out).toHaveLength(mixed.length);
    out.forEach((line, index) => {
      const value = JSON.parse(line) as Record<string, unknown>;
      expect(validate(value), `line ${index + 1}: ${JSON.stringify(validate.errors)}`).toBe(true);
      if ('line' in value) expect(value.line).toBe(index + 1);
    });
    // A schema that accepted anything would prove nothing.
    expect(validate({ compact: 1, verdict: 'refund', status: 'final', remedies: [], reasons: [], table: 'xyz', trace: 'F' })).toBe(false);
    expect(validate({ compact: 1, verdict: 'refund', status: 'final', remedies: [], reasons: [], table: '0123abcd', trace: 'Fq' })).toBe(false);
  });

  it('names the same enums as the decision schema (so the two cannot drift apart)', () => {
    const defs = schema.$defs as Record<string, { properties: Record<string, { enum?: string[]; items?: { enum?: string[]; prefixItems?: { enum?: string[] }[] } }> }>;
    const remedy = decisionSchema.properties.remedies!.items!.properties;
    expect(defs.decision!.properties.verdict!.enum).toEqual(decisionSchema.properties.verdict!.enum);
    expect(defs.decision!.properties.status!.enum).toEqual(decisionSchema.properties.status!.enum);
    expect(defs.decision!.properties.reasons!.items!.prefixItems![1]!.enum).toEqual(decisionSchema.properties.reasons!.items!.properties.effect!.enum);
    for (const key of ['type', 'route', 'performedBy']) expect(defs.remedy!.properties[key]!.enum, key).toEqual(remedy[key]!.enum);
    expect(defs.remedy!.properties.conditions!.items!.enum).toEqual(remedy.conditions!.items!.enum);
  });

  it('says what the full decision says, without text: every fixture under its profile, the trace read against --rule-table', async () => {
    for (const [policy, claims] of byPolicy) {
      const text = `${claims.join('\n')}\n`;
      const full = lines((await cli(['batch', '--policy', policy], text)).stdout).map((line) => JSON.parse(line) as Full);
      const compact = lines((await cli(['batch', '--policy', policy, '--compact'], text)).stdout).map((line) => JSON.parse(line) as Compact);
      const table = JSON.parse((await cli(['batch', '--rule-table', '--policy', policy])).stdout) as Table;
      expect(table.policy).toBe(policy);
      expect(compact).toHaveLength(claims.length);
      compact.forEach((line, index) => {
        const decision = full[index]!;
        expect(line.verdict).toBe(decision.verdict);
        expect(line.status).toBe(decision.status);
        expect(line.remedies).toEqual(
          decision.remedies.map((remedy) =>
            Object.fromEntries(Object.entries(remedy).filter(([key]) => ['type', 'route', 'amountFen', 'performedBy', 'conditions'].includes(key))),
          ),
        );
        expect(line.reasons).toEqual(decision.reasons.map((reason) => [reason.rule, reason.effect, reason.cite.id]));
        expect(line.table, `${policy} line ${index + 1}`).toBe(table.table);
        expect(table.rules.map((rule, at) => ({ ...rule, code: line.trace[at] }))).toEqual(
          decision.trace.map((entry) => ({ rule: entry.rule, ...(entry.under === undefined ? {} : { under: entry.under }), code: CODES[entry.result] })),
        );
      });
    }
  });

  it('is a small fraction of the full output', async () => {
    const full = (await cli(['batch'], input)).stdout.length;
    const compact = (await cli(['batch', '--compact'], input)).stdout.length;
    expect(compact * 8).toBeLessThan(full);
  });
});

describe('sanbao batch --fields', () => {
  it('writes just the fields asked for, each as in the full decision, in the decision’s order; bad lines as ever', async () => {
    const full = lines((await cli(['batch'], input)).stdout);
    const run = await cli(['batch', '--fields', 'dates,verdict,remedies'], input);
    expect(run.status).toBe(1);
    const out = lines(run.stdout);
    expect(out).toHaveLength(full.length);
    out.forEach((line, index) => {
      const whole = JSON.parse(full[index]!) as Record<string, unknown>;
      if ('errors' in whole) expect(line).toBe(full[index]);
      else expect(line).toBe(JSON.stringify({ verdict: whole.verdict, remedies: whole.remedies, dates: whole.dates }));
    });
  });

  it('refuses a field the decision does not have, and --fields with --compact (exit 2)', async () => {
    const unknown = await cli(['batch', '--fields', 'verdict,colour'], input);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown: colour');
    expect((await cli(['batch', '--fields', 'verdict', '--compact'], input)).status).toBe(2);
  });
});

describe('sanbao batch --jobs (in this process: decided on this thread, same bytes)', () => {
  it('gives the same bytes for any --jobs and refuses a bad count', async () => {
    const one = await cli(['batch', '--jobs', '1'], input);
    expect((await cli(['batch', '--jobs', '3'], input)).stdout).toBe(one.stdout);
    expect((await cli(['batch'], input)).stdout).toBe(one.stdout);
    for (const bad of ['0', '-1', 'two', '1.5', '999']) expect((await cli(['batch', '--jobs', bad], input)).status, bad).toBe(2);
  });
});

/** Runs the CLI in this process with a standard error that may say it is a terminal. */
async function withStderr(argv: string[], stdin: string, isTTY: boolean): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo & { stderr: { isTTY: boolean } } = {
    stdin: (async function* () {
      yield Buffer.from(stdin, 'utf8');
    })(),
    stdout: { write: (chunk) => ((stdout += chunk), true) },
    stderr: { isTTY, write: (chunk) => ((stderr += chunk), true) },
    openFile: () => {
      throw Object.assign(new Error('no files here'), { code: 'ENOENT' });
    },
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}

describe('progress and the summary (standard error only)', () => {
  const counted = async () => {
    const full = lines((await cli(['batch'], input)).stdout).map((line) => JSON.parse(line) as Full & { errors?: unknown });
    const decided = full.filter((line) => line.errors === undefined);
    const tally = (key: 'verdict' | 'status') => {
      const counts: Record<string, number> = {};
      for (const decision of decided) counts[decision[key]] = (counts[decision[key]] ?? 0) + 1;
      return Object.keys(counts)
        .sort()
        .map((name) => `${name} ${counts[name]!.toLocaleString('en-US')}`)
        .join(', ');
    };
    return { decided: decided.length, errors: full.length - decided.length, verdicts: tally('verdict'), statuses: tally('status') };
  };

  it('shows no progress when standard error is not a terminal, unless --progress asks: only the summary at the end', async () => {
    const quiet = await withStderr(['batch'], input, false);
    expectOnlySummary(quiet.stderr, (await counted()).decided + (await counted()).errors);
    expect(quiet.stderr).not.toContain('lines/s');
    const forced = await withStderr(['batch', '--progress'], input, false);
    expect(forced.stdout).toBe(quiet.stdout);
    const want = await counted();
    expect(forced.stderr).toContain(`${want.decided} decided, ${want.errors} in error`);
    expect(forced.stderr).toContain(`  verdict: ${want.verdicts}\n`);
    expect(forced.stderr).toContain(`  status: ${want.statuses}\n`);
    expect(forced.stderr).not.toContain('\r');
  });

  it('on a terminal: the summary at the end; --quiet silences it; --quiet with --progress is wrong usage', async () => {
    const terminal = await withStderr(['batch'], input, true);
    // A slow run (a busy machine) may first redraw a progress line, cleared (ESC [K) before the summary.
    const cleared = terminal.stderr.lastIndexOf('\u001b[K');
    const summary = cleared === -1 ? terminal.stderr : terminal.stderr.slice(cleared + 3);
    expect(summary).toMatch(/^sanbao batch: [\d,]+ lines in \d+:\d\d: [\d,]+ decided, [\d,]+ in error\n {2}verdict: .*\n {2}status: .*\n$/);
    if (cleared !== -1) expect(terminal.stderr.slice(0, cleared)).toMatch(/^(\r[^\n]* lines\/s, [^\n]*)+$/);
    expect((await withStderr(['batch', '--quiet'], input, true)).stderr).toBe('');
    expect((await withStderr(['batch', '--quiet', '--progress'], input, false)).status).toBe(2);
  });

  it('redraws one line on a terminal a few times a second, with the time left for a file; clears it before the summary', () => {
    let now = 0;
    let written = '';
    const progress = new Progress({ write: (chunk) => ((written += chunk), true) }, true, 1000, true, () => now);
    now = 100;
    progress.update(10, 100);
    expect(written).toBe('');
    now = 2000;
    progress.update(2000, 250);
    expect(written).toBe('\rsanbao batch: 2,000 lines, 1,000 lines/s, 0:02 elapsed, about 0:06 left\u001b[K');
    now = 2100;
    progress.update(2100, 260);
    expect(written).not.toContain('2,100');
    now = 4000;
    progress.finish({ decided: 3, errors: 0, verdicts: { refund: 3 }, statuses: { final: 3 } });
    expect(written.endsWith('\r\u001b[Ksanbao batch: 3 lines in 0:04: 3 decided, 0 in error\n  verdict: refund 3\n  status: final 3\n')).toBe(true);
    expect(progressText(5, 0, undefined, 3725)).toBe('sanbao batch: 5 lines, 0 lines/s, 1:02:05 elapsed');
    expect(summaryText({ decided: 0, errors: 2, verdicts: {}, statuses: {} }, 0)).toBe('sanbao batch: 2 lines in 0:00: 0 decided, 2 in error\n');
  });
});

describe('sanbao batch --rule-table', () => {
  it('prints the table a compact trace is read against, whose id is a digest of its rules', async () => {
    const floor = JSON.parse((await cli(['batch', '--rule-table'])).stdout) as Table;
    const huawei = JSON.parse((await cli(['batch', '--rule-table', '--policy', 'huawei'])).stdout) as Table;
    expect(floor.rules.every((rule) => rule.under === undefined)).toBe(true);
    expect(floor.rules.map((rule) => rule.rule)).toContain('period.expired');
    // A profile checked against the floor: its own chain, then the floor's (entries `under` it).
    expect(huawei.rules.filter((rule) => rule.under === 'cn-national').map((rule) => rule.rule)).toEqual(floor.rules.map((rule) => rule.rule));
    expect(huawei.table).not.toBe(floor.table);
    expect(floor.table).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('sanbao batch --first-line (partitions of one input)', () => {
  it('numbers error lines from N, so partitions run apart and joined give the whole run’s bytes', async () => {
    const whole = await cli(['batch', '--compact'], input);
    for (const cut of [1, 24, 25, 26, mixed.length - 1]) {
      const head = await cli(['batch', '--compact'], `${mixed.slice(0, cut).join('\n')}\n`);
      const tail = await cli(['batch', '--compact', '--first-line', String(cut + 1)], `${mixed.slice(cut).join('\n')}\n`);
      expect(head.stdout + tail.stdout, `cut after line ${cut}`).toBe(whole.stdout);
    }
    for (const bad of ['0', '-3', 'x', '1e3']) expect((await cli(['batch', '--first-line', bad], input)).status, bad).toBe(2);
  });
});

describe('docs/compact-format.md', () => {
  const doc = readFileSync(new URL('../../docs/compact-format.md', import.meta.url), 'utf8');
  const claim = { claimDate: '2025-03-14', item: { kind: 'handset' }, sale: { date: '2025-03-07', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };

  it('shows the compact line and its size for the README’s claim, as batch writes them today', async () => {
    const compact = (await cli(['batch', '--compact'], `${JSON.stringify(claim)}\n`)).stdout;
    expect(doc).toContain(`\`\`\`json\n${compact}\`\`\``);
    expect(doc).toContain(`${Buffer.byteLength(compact, 'utf8') - 1} bytes, against 6–8 KB for a full decision`);
  });

  it('shows the floor’s rule table as --rule-table prints it (its start)', async () => {
    const table = (await cli(['batch', '--rule-table'])).stdout;
    const shown = /\{"table":"[0-9a-f]{8}","policy":"cn-national","rules":\[[^…]*/.exec(doc)?.[0];
    expect(shown).toBeDefined();
    expect(table.startsWith(shown!)).toBe(true);
  });
});
