/**
 * Run by `time-zones.test.ts` in a child process (`node --import tsx test/time/tz-probe.ts`) under a
 * given `TZ`. Prints one JSON object: the zone the process really ran in, and every case's result.
 */
import { runTzCases } from './tz-cases';

const zone = {
  tz: process.env.TZ ?? null,
  resolved: Intl.DateTimeFormat().resolvedOptions().timeZone,
  // Minutes from local time to UTC on 2025-01-15 12:00 UTC: proves the zone took effect.
  offsetJanuary2025: new Date(Date.UTC(2025, 0, 15, 12)).getTimezoneOffset(),
};

process.stdout.write(JSON.stringify({ zone, results: runTzCases() }));
