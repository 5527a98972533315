/**
 * The host's time zone never changes a decision (design.md §5: dates are calendar dates in China;
 * nothing may depend on `TZ`). One fixed fast-check sample of valid claims is decided by a child
 * process per zone — UTC, China, a zone with daylight saving, and Pacific/Apia (UTC+13/+14, which
 * skipped 2011-12-30 entirely) — running the TypeScript sources through tsx, and the outputs are
 * compared byte for byte, with each other and with this process.
 *
 * Each claim is decided under the national floor with counterfactuals (which re-decide the claim
 * dozens of times with dates moved), under one shipped profile, and rendered as the text report
 * and the timeline SVG, so the explain layer's date handling is covered too.
 *
 * `test/cli/process.test.ts` does the same for the fixtures through the built bundle; this one
 * covers generated claims, on the sources.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, parseClaim, renderReport, renderTimelineSvg, shippedPolicies } from '../support/api';
import { arbitraryClaim } from '../support/arbitrary-claim';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INDEX = new URL('../../src/index.ts', import.meta.url).href;
const POLICY = new URL('../../src/entries/policy.ts', import.meta.url).href;
/** What `work` reads: the root entry and `sanbao/policy`. */
type Library = typeof import('../../src/index') & typeof import('../../src/entries/policy');
const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Apia'] as const;
const SAMPLE = 150;

/**
 * What every process computes for the claims: one output line per claim. Plain JavaScript in a
 * string, run as is by the children and through `new Function` here, so the two cannot drift
 * apart (and no test-runner transform, such as coverage instrumentation, reaches the children).
 */
const WORK = `
  const profiles = lib.shippedPolicies.filter((policy) => policy.floor !== undefined);
  return claims
    .map((claim, index) => {
      const parsed = lib.parseClaim(claim);
      if (!parsed.ok) return JSON.stringify({ invalid: parsed.errors });
      const national = lib.decide(claim, { counterfactuals: true });
      const policy = profiles[index % profiles.length];
      const profiled = lib.decide(claim, { policy });
      const lang = index % 2 === 0 ? 'zh-CN' : 'en';
      const report = lib.renderReport(national, parsed.claim, { lang, format: 'text' });
      const svg = index % 5 === 0 ? lib.renderTimelineSvg(national, parsed.claim, { lang }) : '';
      return JSON.stringify([national, profiled, report, svg]);
    })
    .join('\\n');
`;
const work = new Function('lib', 'claims', WORK) as (lib: Library, claims: readonly Record<string, unknown>[]) => string;

/** Runs `work` in a child process under `TZ=zone`, on the TypeScript sources through tsx. */
function inZone(zone: string, claims: string): Promise<string> {
  const script = `
    const lib = { ...(await import(${JSON.stringify(INDEX)})), ...(await import(${JSON.stringify(POLICY)})) };
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const claims = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const work = new Function('lib', 'claims', ${JSON.stringify(WORK)});
    process.stdout.write(work(lib, claims));
    process.stdout.write('\\n--' + 'zone:' + Intl.DateTimeFormat().resolvedOptions().timeZone + ' offset:' + new Date(2024, 6, 1).getTimezoneOffset());
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, TZ: zone },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`TZ=${zone}: exit ${status}\n${err}`));
    });
    child.stdin.end(claims);
  });
}

describe('the host time zone never changes a decision', () => {
  it(`decides ${SAMPLE} generated claims byte-identically under ${ZONES.join(', ')} (child processes, sources via tsx)`, { timeout: 180_000 }, async () => {
    const claims = fc.sample(arbitraryClaim, { seed: 20261123, numRuns: SAMPLE });
    const input = JSON.stringify(claims);
    const outputs = await Promise.all(ZONES.map((zone) => inZone(zone, input)));
    const split = (output: string) => {
      const at = output.lastIndexOf('\n--zone:');
      return { body: output.slice(0, at), zone: output.slice(at + 3) };
    };
    // Each child really ran in its zone (else the comparison proves nothing)…
    const offsets = outputs.map((output) => split(output).zone);
    expect(offsets[0]).toBe('zone:UTC offset:0');
    expect(offsets[1]).toBe('zone:Asia/Shanghai offset:-480');
    expect(offsets[2]).toBe('zone:America/Los_Angeles offset:420');
    expect(offsets[3]).toBe('zone:Pacific/Apia offset:-780');
    // …decided every claim (the generator makes valid claims only)…
    const bodies = outputs.map((output) => split(output).body);
    expect(bodies[0]!.split('\n')).toHaveLength(SAMPLE);
    expect(bodies[0]).not.toContain('"invalid"');
    // …and all four agree, byte for byte, with each other and with this process.
    for (const [index, body] of bodies.entries()) {
      if (body === bodies[0]) continue;
      const lines = body.split('\n');
      const first = bodies[0]!.split('\n');
      const at = lines.findIndex((line, n) => line !== first[n]);
      expect.fail(`TZ=${ZONES[index]} differs from TZ=UTC at claim ${at}: ${JSON.stringify(claims[at])}`);
    }
    const here = work({ decide, parseClaim, renderReport, renderTimelineSvg, shippedPolicies } as Library, claims);
    expect(here === bodies[0], `this process (TZ=${process.env.TZ ?? 'unset'}) agrees with the children`).toBe(true);
  });
});
