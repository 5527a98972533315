/**
 * Adding a dated national parameter is one declaration (issue 20, "What must hold"): in a temporary
 * copy of src/, one entry is added to src/rules/national-parameters.ts and nothing else; the
 * compiler then knows its type, and at run time the national profile carries its dated values, the
 * profile check its schema, the floor audit its direction and words, and docs/parameters.md its
 * row. A declaration without a direction, or with a unit its type cannot have, does not compile,
 * and the compiler names what is missing. Runs tsc and tsx on the copy: in the processes suite.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DECLARATIONS = 'src/rules/national-parameters.ts';
/** Where an entry is added: after the last declaration, before the object closes. */
const END_OF_DECLARATIONS = '} as const;\n\n/** The value type a declaration declares. */';

/** A parameter the law does not have (a call back after a repair), dated: 10 days, 5 from 2024-07-01. */
const CALL_BACK = `  /** Days after a repair within which the repairer calls the buyer back. */
  callBackDays: declareParameter<number>({
    describes: { 'zh-CN': '修理后回访的天数', en: 'days after a repair within which the repairer calls back' },
    lastChecked: checked,
    values: [
      { from: MP2001, value: 10, cites: ['mp2001:art15'] },
      { from: CPLR2024, value: 5, cites: ['cplr2024:art18'] },
    ],
    unit: UNIT,
    schema: days,
    DIRECTION
  }),
`;

/** Uses the new parameter by its name, typed; `@ts-expect-error` lines must fail to compile. */
const PROBE = `import { auditPolicy, definePolicy, nationalParameters, nationalPolicy } from './entries/policy';
import { paramsOn } from './engine/parameters';
import type { Params } from './rules/national-parameters';
import { parametersDocument } from '../test/docs/parameters-doc';

const on = (day: string): number => paramsOn(nationalParameters, day, day).params.callBackDays;
const typed: Params['callBackDays'] = 3;
// @ts-expect-error the parameter is a number of days
const wrong: Params['callBackDays'] = '3';
void [typed, wrong];

const changes = (value: unknown) => ({
  id: 'slow-calls',
  title: { 'zh-CN': '慢回访', en: 'Slow calls' },
  source: { title: 'test' },
  asOf: '2025-01-01',
  confidence: 'B' as const,
  clauses: { calls: { label: { 'zh-CN': '回访', en: 'call back' }, text: { 'zh-CN': '九日内回访。', en: 'We call back within nine days.' }, confidence: 'B' as const } },
  parameters: { callBackDays: { value: value as number, clause: 'calls' } },
});
let refused: unknown;
try {
  definePolicy(nationalPolicy, changes(2.5));
} catch (error) {
  refused = (error as { problems: { path: string; code: string }[] }).problems.map(({ path, code }) => ({ path, code }));
}
const audit = auditPolicy(definePolicy(nationalPolicy, changes(9))).map(({ parameter, from, to, message }) => ({ parameter, from, to, message }));
process.stdout.write(JSON.stringify({
  before2024: on('2020-01-01'),
  from2024: on('2024-07-01'),
  refused,
  audit,
  docs: parametersDocument().split('\\n').find((line) => line.startsWith('| \`callBackDays\`')),
}));
`;

let copy: string;

/** A copy of src/ (and the docs generator) with the declaration added, its direction and unit as given. */
function copyWith(direction: string, unit = "'days'"): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanbao-add-parameter-'));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(ROOT, 'test/docs/parameters-doc.ts'), join(dir, 'test/docs/parameters-doc.ts'));
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const file = join(dir, DECLARATIONS);
  const source = readFileSync(file, 'utf8');
  if (!source.includes(END_OF_DECLARATIONS)) throw new Error(`${DECLARATIONS} no longer ends its declarations with the expected lines`);
  writeFileSync(file, source.replace(END_OF_DECLARATIONS, `${CALL_BACK.replace('DIRECTION', direction).replace('UNIT', unit)}${END_OF_DECLARATIONS}`));
  writeFileSync(join(dir, 'src/probe.ts'), PROBE);
  return dir;
}

/** The compiler's errors on the copy (the probe and everything it imports), with the project's options. */
function compileErrors(dir: string, oldProgram?: ts.Program): { errors: string[]; program: ts.Program } {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  const program = ts.createProgram({ rootNames: [join(dir, 'src/probe.ts')], options: { ...options, noEmit: true }, ...(oldProgram === undefined ? {} : { oldProgram }) });
  const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file === undefined ? '' : `${diagnostic.file.fileName.slice(dir.length + 1)}: `;
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  });
  return { errors, program };
}

let compiled: { errors: string[]; program: ts.Program };

beforeAll(() => {
  copy = copyWith('direction: fewer,');
  compiled = compileErrors(copy);
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a dated national parameter, added as one declaration in a copy of src/', () => {
  it('compiles, and its type is known by its name (a wrong type is an error)', () => {
    expect(compiled.errors).toEqual([]);
  });

  it('is in the national profile with its dated values, checked by its schema, audited by its direction, said in its unit, and listed in the docs', () => {
    const out = JSON.parse(execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(copy, 'src/probe.ts')], { cwd: copy, encoding: 'utf8' })) as {
      before2024: number;
      from2024: number;
      refused: unknown;
      audit: { parameter: string; from: string; to?: string; message: { 'zh-CN': string; en: string } }[];
      docs: string | undefined;
    };
    expect(out.before2024).toBe(10);
    expect(out.from2024).toBe(5);
    // The schema is the declaration's `days`: whole days only.
    expect(out.refused).toEqual([{ path: '$.parameters.callBackDays.value', code: 'type' }]);
    // 9 days: fewer than the floor's 10 before 2024-07-01 (not below), more than its 5 after (below).
    expect(out.audit.map(({ parameter, from, to }) => ({ parameter, from, to }))).toEqual([{ parameter: 'callBackDays', from: '2024-07-01', to: undefined }]);
    const [finding] = out.audit;
    expect(finding!.message.en).toContain('days after a repair within which the repairer calls back');
    expect(finding!.message.en).toContain('9 days');
    expect(finding!.message.en).toContain('5 days');
    expect(finding!.message['zh-CN']).toContain('修理后回访的天数');
    expect(finding!.message['zh-CN']).toContain('9日');
    expect(finding!.message['zh-CN']).toContain('5日');
    expect(out.docs).toBe(
      '| `callBackDays` | days after a repair within which the repairer calls back<br>修理后回访的天数 | days | fewer | 2001-11-15: `10` (MP2001 Art. 15)<br>2024-07-01: `5` (CPL Regs 2024 Art. 18) |',
    );
  });

  it('does not compile without a direction, and the compiler names it', () => {
    const dir = copyWith('');
    try {
      const errors = compileErrors(dir, compiled.program).errors;
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join('\n')).toMatch(/src\/rules\/national-parameters\.ts: [\s\S]*Property 'direction' is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not compile with a unit its type cannot have', () => {
    const dir = copyWith('direction: fewer,', "'yes-no'");
    try {
      expect(compileErrors(dir, compiled.program).errors.join('\n')).toMatch(/src\/rules\/national-parameters\.ts: [^\n]*'"yes-no"' is not assignable/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
