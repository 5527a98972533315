/**
 * What the output-digest test prints when a digest differs: the first decision that differs, named
 * (a fixture by its file, a sample claim by its index and profile), with its claim and a diff of
 * the decision field by field against the decision the engine made when the digest was written.
 *
 * The short digests of output-digest-cases.json name the case. The expected decision is not stored
 * (the sample's 40,000 decisions are megabytes): it is made again by the engine of the commit that
 * last wrote output-digest.json, its `src/` taken out of git into a scratch folder and run through
 * tsx. Where git cannot give it (no history, a shallow clone), the decision as it is now is printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** At most this many differing fields are listed. */
const MOST_FIELDS = 25;

/** The index of the first claim whose short digest differs (each `short` hex characters), if any. */
export function firstDifferingIndex(committed: string, now: string, short: number): number | undefined {
  for (let index = 0; index * short < Math.max(committed.length, now.length); index += 1) {
    if (committed.slice(index * short, (index + 1) * short) !== now.slice(index * short, (index + 1) * short)) return index;
  }
  return undefined;
}

/** The first fixture, in the order of `now`, whose short digest differs or that is new; else the first one gone. */
export function firstDifferingFixture(committed: Readonly<Record<string, string>>, now: Readonly<Record<string, string>>): { readonly name: string; readonly change: 'changed' | 'new' | 'gone' } | undefined {
  for (const [name, digest] of Object.entries(now)) {
    if (committed[name] === undefined) return { name, change: 'new' };
    if (committed[name] !== digest) return { name, change: 'changed' };
  }
  const gone = Object.keys(committed).find((name) => now[name] === undefined);
  return gone === undefined ? undefined : { name: gone, change: 'gone' };
}

const show = (value: unknown) => (value === undefined ? '(absent)' : inspect(value, { depth: 4, breakLength: Number.POSITIVE_INFINITY, maxStringLength: 200 }));

/**
 * The fields two JSON values differ in, one line each (`$.remedies[0].amountFen: expected 1, received 2`),
 * at the deepest level where they differ; arrays by index, objects by key.
 */
export function jsonDiff(expected: unknown, received: unknown, path = '$'): string[] {
  if (Object.is(expected, received)) return [];
  const bothArrays = Array.isArray(expected) && Array.isArray(received);
  const bothObjects = !bothArrays && isObject(expected) && isObject(received);
  if (bothArrays) {
    const length = Math.max(expected.length, received.length);
    return Array.from({ length }, (_, index) => jsonDiff(expected[index], received[index], `${path}[${index}]`)).flat();
  }
  if (bothObjects) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(received)])];
    return keys.flatMap((key) => jsonDiff(expected[key], received[key], /^[A-Za-z_]\w*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`));
  }
  return [`${path}: expected ${show(expected)}, received ${show(received)}`];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** One decision to make again with the engine that wrote the digest. */
export interface ReferenceCase {
  readonly claim: unknown;
  /** A shipped profile's id; the floor when absent. */
  readonly policy?: string;
  readonly counterfactuals?: boolean;
}

/**
 * The script run against the old sources: reads the cases from stdin, prints their decisions as a
 * JSON array. It finds `policyById` where that engine exported it (the root before issue 20, the
 * `sanbao/policy` entry after).
 */
const REFERENCE_SCRIPT = `
const index = await import(process.argv[2] + '/src/index.ts');
let policyById = index.policyById;
if (policyById === undefined) policyById = (await import(process.argv[2] + '/src/entries/policy.ts')).policyById;
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const decisions = cases.map((c) => index.decide(c.claim, { ...(c.policy === undefined ? {} : { policy: policyById(c.policy) }), ...(c.counterfactuals ? { counterfactuals: true } : {}) }));
process.stdout.write(JSON.stringify(decisions));
`;

/** The commit that last wrote output-digest.json, and the decisions its engine makes of `cases`; or why there are none. */
export function referenceDecisions(cases: readonly ReferenceCase[]): { readonly commit: string; readonly decisions: readonly unknown[] } | { readonly error: string } {
  let scratch: string | undefined;
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const commit = git('log', '-1', '--format=%H', '--', 'test/engine/output-digest.json').trim();
    if (commit === '') return { error: 'git names no commit that wrote test/engine/output-digest.json' };
    scratch = mkdtempSync(join(tmpdir(), 'sanbao-digest-'));
    execFileSync('sh', ['-c', `git archive ${commit} src package.json tsconfig.json | tar -x -C "${scratch}"`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    writeFileSync(join(scratch, 'reference.mts'), REFERENCE_SCRIPT);
    const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(scratch, 'reference.mts'), scratch], {
      cwd: scratch,
      input: JSON.stringify(cases),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return { commit: commit.slice(0, 12), decisions: JSON.parse(out) as unknown[] };
  } catch (error) {
    return { error: `the engine that wrote the digest could not be run from git: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The readable part of a failure: `title`, the claim, and for each decision of the case its diff
 * against the reference engine's (or the decision as it is now, when there is no reference).
 */
export function explainDifference(title: string, claim: unknown, cases: readonly ReferenceCase[], now: readonly unknown[]): string {
  const lines = [title, `claim: ${JSON.stringify(claim)}`];
  const reference = referenceDecisions(cases);
  cases.forEach((one, index) => {
    const label = `decision${one.policy === undefined ? '' : ` under ${one.policy}`}${one.counterfactuals ? ', with counterfactuals' : ''}`;
    if ('error' in reference) {
      lines.push(`${label} now (${reference.error}):`, JSON.stringify(now[index], null, 2));
      return;
    }
    const diff = jsonDiff(reference.decisions[index], now[index]);
    lines.push(`${label}, expected (the engine of ${reference.commit}, which wrote the digest) against received (now): ${diff.length === 0 ? 'the same' : `${diff.length} field(s) differ`}`);
    lines.push(...diff.slice(0, MOST_FIELDS).map((line) => `  ${line}`));
    if (diff.length > MOST_FIELDS) lines.push(`  … and ${diff.length - MOST_FIELDS} more`);
  });
  return lines.join('\n');
}
