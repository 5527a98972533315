import { expectOnlySummary } from '../support/batch-summary';
import { nationalParameters } from '../../src/policy/national-parameters';
import { describe, expect, it } from 'vitest';
import { decide } from '../support/api';
import { cli } from '../support/run';

const valid = {
  claimDate: '2025-03-14',
  item: { kind: 'handset', imei: '860000000000009' },
  sale: { date: '2025-03-07', priceFen: 399900 },
  fault: { codes: ['no-power-on'] },
};

describe('sanbao decide', () => {
  it('prints the decision as JSON and exits 0', async () => {
    const run = await cli(['decide'], JSON.stringify(valid));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(decide(valid, { counterfactuals: true }));
  });

  it('reads `-` as standard input', async () => {
    const run = await cli(['decide', '-'], JSON.stringify(valid));
    expect(JSON.parse(run.stdout).verdict).toBe('refund');
  });

  it('reports every problem of a bad claim at once, with paths in both languages, prints nothing else, exits 1', async () => {
    const bad = { request: 'best', item: { kind: 'handset', imei: '860000000000002', colour: 'red' }, sale: { date: '2025-02-30', priceFen: 100 } };
    const run = await cli(['decide'], JSON.stringify(bad));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const { errors } = JSON.parse(run.stderr) as { errors: { path: string; code: string; message: { 'zh-CN': string; en: string } }[] };
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['$.claimDate', 'required'],
      ['$.item.imei', 'value'],
      ['$.item.colour', 'unknown-key'],
      ['$.sale.date', 'value'],
    ]);
    for (const error of errors) {
      expect(error.message['zh-CN']).toContain(error.path);
      expect(error.message.en).toContain(error.path);
    }
  });

  it('writes the errors as text lines in both languages with --format text', async () => {
    const run = await cli(['decide', '--format', 'text'], JSON.stringify({ ...valid, claimDate: '2025-13-01' }));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\$\.claimDate .*真实存在的日期/);
    expect(lines[1]).toMatch(/^\$\.claimDate .*real calendar date/);
  });

  it('refuses input that is not JSON, exit 1', async () => {
    const run = await cli(['decide'], '{"claimDate": ');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stderr).errors[0]).toMatchObject({ path: '$', code: 'json' });
  });

  it('refuses an input over the size limit before parsing it, exit 1', async () => {
    const run = await cli(['decide'], `{"x":"${'a'.repeat(70_000)}"}`);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stderr).errors[0]).toMatchObject({ path: '$', code: 'too-large' });
  });

  it('prints a plain text decision with --format text', async () => {
    const run = await cli(['decide', '--format', 'text', '--lang', 'en'], JSON.stringify(valid));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('refund');
    expect(run.stdout).toContain('MP2001 Art. 11');
  });
});

describe('sanbao batch', () => {
  it('answers every input line with one output line, in order, bad lines in place', async () => {
    const input = [
      JSON.stringify(valid),
      'not json',
      '',
      JSON.stringify({ ...valid, claimDate: '2025-02-29' }),
      JSON.stringify({ ...valid, claimDate: '2025-03-24' }),
    ].join('\n');
    const run = await cli(['batch'], input);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[0]!)).toEqual(decide(valid));
    expect(JSON.parse(lines[1]!)).toMatchObject({ line: 2, errors: [{ code: 'json' }] });
    expect(JSON.parse(lines[2]!)).toMatchObject({ line: 3, errors: [{ code: 'json' }] });
    expect(JSON.parse(lines[3]!)).toMatchObject({ line: 4, errors: [{ path: '$.claimDate', code: 'value' }] });
    expect(JSON.parse(lines[4]!).verdict).toBe('exchange');
  });

  it('exits 0 when every line was a valid claim, and takes CRLF line ends and a last line without a newline', async () => {
    const run = await cli(['batch'], `${JSON.stringify(valid)}\r\n${JSON.stringify(valid)}`);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('writes nothing for an empty input, and says so in its summary', async () => {
    const run = await cli(['batch'], '');
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 0, stdout: '' });
    expectOnlySummary(run.stderr, 0);
    expect(await cli(['batch', '--quiet'], '')).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe('sanbao schema', () => {
  it('prints the claim’s JSON Schema', async () => {
    const run = await cli(['schema']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.required).toEqual(expect.arrayContaining(['claimDate', 'item', 'sale']));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.claimDate.format).toBe('date');
    expect(schema.properties.request.default).toBe('best');
  });
});

describe('usage', () => {
  it.each([
    [['frobnicate']],
    [['decide', '--format', 'yaml']],
    [['decide', '--policy', 'no-such-shop']],
    [['decide', '--colour']],
    [['decide', 'a.json', 'b.json']],
    [['decide', '--lang']],
    [[]],
    [['decide', 'missing-file.json']],
  ])('%j is wrong usage: exit 2, nothing on stdout', async (argv) => {
    const run = await cli(argv, '');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/sanbao|Usage/);
  });

  it('answers --help and --version with exit 0', async () => {
    expect((await cli(['--help'])).status).toBe(0);
    expect((await cli(['--help'])).stdout).toContain('sanbao decide');
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('sanbao decide --at', () => {
  it('decides the claim a JSON Pointer designates inside a larger document (a fixture)', async () => {
    const run = await cli(['decide', '--at', '/claim'], JSON.stringify({ title: 'x', claim: valid, expect: {} }));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(decide(valid, { counterfactuals: true }));
  });

  it('reports a pointer to nothing as a claim that is missing its fields, exit 1', async () => {
    const run = await cli(['decide', '--at', '/nothing'], JSON.stringify({ claim: valid }));
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stderr).errors[0].path).toBe('$');
  });

  it('takes a pointer that is not one as wrong usage', async () => {
    expect((await cli(['decide', '--at', 'claim'], '{}')).status).toBe(2);
  });
});

describe('profiles on the command line', () => {
  it('decides under --policy, checked against the floor', async () => {
    const claim = { claimDate: '2025-01-26', item: { kind: 'handset', imei: '356938035643809' }, sale: { date: '2025-01-06', priceFen: 199900 }, fault: { codes: ['no-power-on'] } };
    const oppo = await cli(['decide', '--policy', 'oppo'], JSON.stringify(claim));
    expect(oppo.status).toBe(0);
    expect(JSON.parse(oppo.stdout)).toMatchObject({ verdict: 'exchange', policy: { id: 'oppo', floor: 'cn-national' } });
    const batch = await cli(['batch', '--policy', 'oppo'], `${JSON.stringify(claim)}\n`);
    expect(JSON.parse(batch.stdout).verdict).toBe('exchange');
  });

  it('lists the profiles with source, as-of date and what the audit finds', async () => {
    const run = await cli(['policies', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^cn-national .*\n.*source: .*\n.*as of: \d{4}-\d{2}-\d{2}.*\n.*below the floor: none/m);
    // What is below the floor is said in words: the parameter's own description, not its name.
    expect(run.stdout).toContain(`seed-tiered  `);
    expect(run.stdout.split('\n\n').find((block) => block.startsWith('seed-tiered '))).toMatch(new RegExp(`\\n  below the floor: ${nationalParameters.freeRepairMonths.describes.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(run.stdout).not.toMatch(/freeRepairMonths|transportCapFen|clockStart/);
    for (const id of ['dealer-handbook', 'xiaomi', 'huawei', 'honor', 'oppo', 'vivo', 'apple-cn', 'meizu', 'nubia']) expect(run.stdout).toContain(`${id}  `);
  });

  it('prints one audit as a JSON array with --format json, empty for the floor', async () => {
    const huawei = await cli(['audit', 'huawei', '--format', 'json']);
    expect(huawei.status).toBe(0);
    expect((JSON.parse(huawei.stdout) as { parameter: string }[]).map((finding) => finding.parameter)).toEqual([
      'clockStart',
      'twoRepairsGivesExchange',
      'rule:policy.huawei.seal-stickers',
    ]);
    expect(JSON.parse((await cli(['audit', 'cn-national', '--format', 'json'])).stdout)).toEqual([]);
  });

  it('prints an audit as text in either language', async () => {
    expect((await cli(['audit', 'seed-tiered', '--lang', 'zh-CN'])).stdout).toContain('低于法定标准');
    expect((await cli(['audit', 'cn-national', '--lang', 'en'])).stdout).toBe('cn-national: nothing below the statutory floor.\n');
  });

  it('takes an unknown profile or a missing id as wrong usage', async () => {
    expect((await cli(['audit', 'nobody'])).status).toBe(2);
    expect((await cli(['audit'])).status).toBe(2);
  });
});
