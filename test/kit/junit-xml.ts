import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What a JUnit XML report holds, as a real XML parser (Python's expat, through ElementTree) reads it. */
export interface JunitSummary {
  readonly root: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly suites: readonly {
    readonly attributes: Readonly<Record<string, string>>;
    readonly cases: readonly {
      readonly attributes: Readonly<Record<string, string>>;
      readonly children: readonly { readonly tag: string; readonly attributes: Readonly<Record<string, string>>; readonly text: string }[];
    }[];
  }[];
}

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const SCRIPT = `
import json, sys
import xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
def el(e): return {"tag": e.tag, "attributes": dict(e.attrib), "text": e.text or ""}
print(json.dumps({
  "root": root.tag,
  "attributes": dict(root.attrib),
  "suites": [{"attributes": dict(s.attrib), "tag": s.tag,
              "cases": [{"attributes": dict(c.attrib), "tag": c.tag, "children": [el(x) for x in c]} for c in s]} for s in root],
}))
`;

/** Parses a JUnit XML report; throws with the parser's message when it is not well-formed XML. */
export function parseJunit(xml: string): JunitSummary & { readonly suites: readonly { readonly tag?: string; readonly cases: readonly { readonly tag?: string }[] }[] } {
  const run = spawnSync(PYTHON, ['-c', SCRIPT], { input: Buffer.from(xml, 'utf8'), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`not well-formed XML: ${run.stderr}`);
  return JSON.parse(run.stdout) as never;
}

/** The structure CI systems read (the Jenkins / Ant JUnit schema): checked element by element, counts against contents. */
export function expectJunitStructure(summary: ReturnType<typeof parseJunit>, expect: (value: unknown, message?: string) => { toBe(v: unknown): void; toMatch(r: RegExp): void }): void {
  expect(summary.root).toBe('testsuites');
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const suite of summary.suites) {
    expect(suite.tag).toBe('testsuite');
    expect(suite.attributes.name, 'testsuite name').toMatch(/./);
    const count = (tag: string) => suite.cases.filter((c) => c.children.some((child) => child.tag === tag)).length;
    expect(Number(suite.attributes.tests), 'testsuite tests').toBe(suite.cases.length);
    expect(Number(suite.attributes.failures), 'testsuite failures').toBe(count('failure'));
    expect(Number(suite.attributes.errors), 'testsuite errors').toBe(count('error'));
    expect(suite.attributes.skipped).toBe('0');
    for (const testcase of suite.cases) {
      expect(testcase.tag).toBe('testcase');
      expect(testcase.attributes.name, 'testcase name').toMatch(/./);
      expect(testcase.attributes.classname, 'testcase classname').toMatch(/./);
      expect(testcase.children.length <= 1, 'at most one failure or error').toBe(true);
      for (const child of testcase.children) {
        expect(['failure', 'error'].includes(child.tag), child.tag).toBe(true);
        expect(child.attributes.message, 'failure message').toMatch(/./);
        expect(child.attributes.type, 'failure type').toMatch(/./);
      }
    }
    tests += suite.cases.length;
    failures += count('failure');
    errors += count('error');
  }
  expect(Number(summary.attributes.tests)).toBe(tests);
  expect(Number(summary.attributes.failures)).toBe(failures);
  expect(Number(summary.attributes.errors)).toBe(errors);
}
