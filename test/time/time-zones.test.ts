/**
 * The time functions must give the same calendar days whatever zone the host runs in. This runs the
 * fixed cases of `tz-cases.ts` in child processes under four `TZ` values and checks each zone's
 * results against the hand-worked values and against each other:
 *
 * - UTC;
 * - Asia/Shanghai (China's 1986–1991 daylight saving);
 * - America/Los_Angeles (US daylight saving, 2025-03-09 and 2025-11-02);
 * - Pacific/Apia (Samoa skipped 2011-12-30 when it crossed the date line).
 *
 * The suite itself runs once, under America/Los_Angeles (test/vitest.config.ts); the in-process
 * check runs there, and the child processes set their own zones.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTzCases, TZ_CASES } from './tz-cases';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROBE = fileURLToPath(new URL('./tz-probe.ts', import.meta.url));

/** Each zone with its offset (minutes, `getTimezoneOffset` sign) on 2025-01-15, to prove the zone applied. */
const ZONES = {
  UTC: 0,
  'Asia/Shanghai': -480,
  'America/Los_Angeles': 480,
  'Pacific/Apia': -780, // UTC+13 (Samoa has kept no daylight saving since 2021)
} as const;
type Zone = keyof typeof ZONES;

interface ProbeOutput {
  readonly zone: { readonly tz: string | null; readonly resolved: string; readonly offsetJanuary2025: number };
  readonly results: Record<string, unknown>;
}

const EXPECTED: Record<string, unknown> = Object.fromEntries(TZ_CASES.map((entry) => [entry.name, entry.expected]));

const outputs = {} as Record<Zone, ProbeOutput>;

beforeAll(async () => {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  await Promise.all(
    (Object.keys(ZONES) as Zone[]).map(async (zone) => {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', PROBE], { cwd: ROOT, env: { ...env, TZ: zone }, timeout: 60_000 });
      outputs[zone] = JSON.parse(stdout) as ProbeOutput;
    }),
  );
}, 120_000);

describe('time functions under different host time zones', () => {
  it('has distinct case names', () => {
    expect(new Set(TZ_CASES.map((entry) => entry.name)).size).toBe(TZ_CASES.length);
  });

  it('gives the hand-worked results in this process', () => {
    expect(runTzCases()).toEqual(EXPECTED);
  });

  describe.each(Object.keys(ZONES) as Zone[])('TZ=%s (child process)', (zone) => {
    it('really ran in that zone', () => {
      expect(outputs[zone].zone.tz).toBe(zone);
      expect(outputs[zone].zone.offsetJanuary2025).toBe(ZONES[zone]);
    });

    it('gives the hand-worked results', () => {
      expect(outputs[zone].results).toEqual(EXPECTED);
    });

    it('gives the same results as TZ=UTC', () => {
      expect(outputs[zone].results).toEqual(outputs.UTC.results);
    });
  });
});
