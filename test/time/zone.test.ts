import { describe, expect, it } from 'vitest';

/** Proves each project of the suite really runs under its time zone. */
describe('the host time zone of this run', () => {
  it('is the zone the project names', () => {
    const zone = process.env.TZ;
    const offsets: Record<string, [january: number, july: number]> = {
      UTC: [0, 0],
      'Asia/Shanghai': [-480, -480],
      'America/Los_Angeles': [480, 420],
    };
    expect(Object.keys(offsets)).toContain(zone);
    expect([new Date(2025, 0, 15).getTimezoneOffset(), new Date(2025, 6, 15).getTimezoneOffset()]).toEqual(offsets[zone!]);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });
});
