import { expect } from 'vitest';

/**
 * Expects a batch's standard error to hold its end summary and nothing else (no progress line, no
 * error): `sanbao batch: N lines in m:ss: D decided, E in error`, then the counts by verdict and
 * status when anything was decided.
 */
export function expectOnlySummary(stderr: string, lines: number): void {
  const count = String(lines).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  expect(stderr).toMatch(new RegExp(`^sanbao batch: ${count} lines in \\d+:\\d{2}(:\\d{2})?: [\\d,]+ decided, [\\d,]+ in error\\n(  verdict: [^\\n]*\\n  status: [^\\n]*\\n)?$`));
}
