/**
 * `src/time/repair-days.ts`: days in repair (I5, I12) and the period end moved by them (I5, I6).
 * Days are counted from hand-in (not counted) to hand-back, as 民法典 Art. 201 counts a period.
 */
import { describe, expect, it } from 'vitest';
import { daysInRepair, extendByRepairs, type RepairSpan } from '../../src/time/repair-days';

describe('daysInRepair', () => {
  it('matches the TSDoc examples', () => {
    expect(daysInRepair({ handedIn: '2025-04-01', returned: '2025-04-05' }, '2025-05-01')).toBe(4);
    expect(daysInRepair({ handedIn: '2025-04-01', returned: null }, '2025-05-01')).toBe(30); // April has 30 days
  });

  it('is 0 for a repair returned the day it was handed in', () => {
    expect(daysInRepair({ handedIn: '2025-04-01', returned: '2025-04-01' }, '2025-05-01')).toBe(0);
  });

  it('is 0 for an open repair handed in on the claim day', () => {
    expect(daysInRepair({ handedIn: '2025-05-01', returned: null }, '2025-05-01')).toBe(0);
  });

  it('counts over 29 February, month ends and year ends', () => {
    expect(daysInRepair({ handedIn: '2024-02-28', returned: '2024-03-01' }, '2024-04-01')).toBe(2);
    expect(daysInRepair({ handedIn: '2025-02-28', returned: '2025-03-01' }, '2025-04-01')).toBe(1);
    expect(daysInRepair({ handedIn: '2024-12-30', returned: '2025-01-02' }, '2025-02-01')).toBe(3);
    expect(daysInRepair({ handedIn: '2025-01-31', returned: null }, '2025-03-03')).toBe(31); // 28 (Feb) + 3
  });

  it('counts an open repair to the claim day', () => {
    expect(daysInRepair({ handedIn: '2026-02-20', returned: null }, '2026-03-10')).toBe(18); // Feb 21–28 (8) + Mar 1–10 (10)
    expect(daysInRepair({ handedIn: '2024-02-20', returned: null }, '2024-03-10')).toBe(19); // leap February: 9 + 10
  });

  it('stops a repair returned after the claim day at the claim day', () => {
    expect(daysInRepair({ handedIn: '2025-04-01', returned: '2025-05-10' }, '2025-05-01')).toBe(30);
  });

  it('is never negative', () => {
    expect(daysInRepair({ handedIn: '2025-04-05', returned: '2025-04-01' }, '2025-05-01')).toBe(0);
    expect(daysInRepair({ handedIn: '2025-05-10', returned: null }, '2025-05-01')).toBe(0);
  });

  it('is not moved by daylight-saving nights', () => {
    expect(daysInRepair({ handedIn: '2025-03-08', returned: '2025-03-10' }, '2025-04-01')).toBe(2);
    expect(daysInRepair({ handedIn: '2025-11-01', returned: null }, '2025-11-03')).toBe(2);
    expect(daysInRepair({ handedIn: '1988-04-09', returned: '1988-04-18' }, '1988-05-01')).toBe(9);
  });
});

describe('extendByRepairs', () => {
  it('matches the TSDoc example', () => {
    const result = extendByRepairs('2026-03-01', [{ handedIn: '2025-06-01', returned: '2025-06-11' }], '2025-03-01', '2026-03-10');
    expect(result.day).toBe('2026-03-11');
    expect(result.nominal).toBe('2026-03-01');
    expect(result.repairDays).toBe(10);
  });

  it('leaves the end alone without repairs', () => {
    expect(extendByRepairs('2026-03-01', [], '2025-03-01', '2026-03-10')).toEqual({
      nominal: '2026-03-01',
      day: '2026-03-01',
      repairDays: 0,
      counted: [],
    });
  });

  it('reports each counted repair (the same object) with its days', () => {
    const repair: RepairSpan = { handedIn: '2025-06-01', returned: '2025-06-11' };
    const result = extendByRepairs('2026-03-01', [repair], '2025-03-01', '2026-03-10');
    expect(result.counted).toHaveLength(1);
    expect(result.counted[0]?.repair).toBe(repair);
    expect(result.counted[0]?.days).toBe(10);
  });

  it('ignores repairs handed in before `from` (a repair of the unit before its exchange)', () => {
    const result = extendByRepairs('2026-03-01', [{ handedIn: '2025-02-20', returned: '2025-02-25' }], '2025-03-01', '2026-03-10');
    expect(result).toEqual({ nominal: '2026-03-01', day: '2026-03-01', repairDays: 0, counted: [] });
  });

  it('ignores a repair handed in before `from` even when it came back after', () => {
    const result = extendByRepairs('2026-03-01', [{ handedIn: '2025-02-27', returned: '2025-03-05' }], '2025-03-01', '2026-03-10');
    expect(result.day).toBe('2026-03-01');
    expect(result.repairDays).toBe(0);
  });

  it('counts a repair handed in on `from`', () => {
    const result = extendByRepairs('2026-03-01', [{ handedIn: '2025-03-01', returned: '2025-03-04' }], '2025-03-01', '2026-03-10');
    expect(result.day).toBe('2026-03-04');
    expect(result.repairDays).toBe(3);
  });

  it('counts a repair handed in on the last day, and ignores one handed in the day after', () => {
    // 7-day window of a sale on 2025-03-01 ends 03-08.
    const onEnd = extendByRepairs('2025-03-08', [{ handedIn: '2025-03-08', returned: '2025-03-10' }], '2025-03-01', '2025-03-20');
    expect(onEnd.day).toBe('2025-03-10');
    const after = extendByRepairs('2025-03-08', [{ handedIn: '2025-03-09', returned: '2025-03-12' }], '2025-03-01', '2025-03-20');
    expect(after).toEqual({ nominal: '2025-03-08', day: '2025-03-08', repairDays: 0, counted: [] });
  });

  it('counts a repair handed in after the nominal end but within the moved end, and ignores one after the moved end', () => {
    const a: RepairSpan = { handedIn: '2025-03-02', returned: '2025-03-06' }; // 4 days: end 03-08 → 03-12
    const b: RepairSpan = { handedIn: '2025-03-10', returned: '2025-03-11' }; // after 03-08, before 03-12: 1 day → 03-13
    const c: RepairSpan = { handedIn: '2025-03-14', returned: '2025-03-20' }; // after 03-13: not a 三包 repair
    const result = extendByRepairs('2025-03-08', [a, b, c], '2025-03-01', '2025-03-25');
    expect(result.day).toBe('2025-03-13');
    expect(result.repairDays).toBe(5);
    expect(result.counted).toEqual([
      { repair: a, days: 4 },
      { repair: b, days: 1 },
    ]);
  });

  it('counts a repair handed in exactly on the moved end', () => {
    const a: RepairSpan = { handedIn: '2025-03-02', returned: '2025-03-06' }; // end → 03-12
    const b: RepairSpan = { handedIn: '2025-03-12', returned: '2025-03-15' }; // 3 days → 03-15
    expect(extendByRepairs('2025-03-08', [a, b], '2025-03-01', '2025-03-25').day).toBe('2025-03-15');
  });

  it('sorts repairs by hand-in day, whatever their order in the list', () => {
    const a: RepairSpan = { handedIn: '2025-03-02', returned: '2025-03-06' };
    const b: RepairSpan = { handedIn: '2025-03-10', returned: '2025-03-11' };
    const list = [b, a];
    const result = extendByRepairs('2025-03-08', list, '2025-03-01', '2025-03-25');
    // In list order b (03-10) would come after the nominal 03-08 and be dropped; by hand-in day it counts.
    expect(result.day).toBe('2025-03-13');
    expect(result.counted.map((entry) => entry.repair)).toEqual([a, b]);
    expect(list).toEqual([b, a]); // the input is not reordered
  });

  it('counts an open repair to the claim day', () => {
    // Feb 21–28 2026 (8) + Mar 1–10 (10) = 18 days; 2026-03-01 + 18 = 2026-03-19.
    const result = extendByRepairs('2026-03-01', [{ handedIn: '2026-02-20', returned: null }], '2025-03-01', '2026-03-10');
    expect(result.day).toBe('2026-03-19');
    expect(result.repairDays).toBe(18);
  });

  it('counts closed repairs and the open one after them', () => {
    const result = extendByRepairs(
      '2026-03-01',
      [
        { handedIn: '2025-06-01', returned: '2025-06-11' }, // 10
        { handedIn: '2026-02-20', returned: null }, // to 2026-03-10: 18
      ],
      '2025-03-01',
      '2026-03-10',
    );
    expect(result.repairDays).toBe(28);
    expect(result.day).toBe('2026-03-29');
  });

  it('skips zero-day repairs: not counted, not listed', () => {
    const result = extendByRepairs('2025-03-08', [{ handedIn: '2025-03-05', returned: '2025-03-05' }], '2025-03-01', '2025-03-20');
    expect(result).toEqual({ nominal: '2025-03-08', day: '2025-03-08', repairDays: 0, counted: [] });
  });

  it('skips a zero-day repair between two counted ones', () => {
    const a: RepairSpan = { handedIn: '2025-03-02', returned: '2025-03-04' }; // 2 → 03-10
    const zero: RepairSpan = { handedIn: '2025-03-05', returned: '2025-03-05' };
    const b: RepairSpan = { handedIn: '2025-03-09', returned: '2025-03-12' }; // 3 → 03-13
    const result = extendByRepairs('2025-03-08', [a, zero, b], '2025-03-01', '2025-03-20');
    expect(result.day).toBe('2025-03-13');
    expect(result.counted).toEqual([
      { repair: a, days: 2 },
      { repair: b, days: 3 },
    ]);
  });

  it('moves the end over 29 February and month ends', () => {
    // 10 days from 2024-02-20: 02-21 … 02-29 is 9, 03-01 is 10.
    expect(extendByRepairs('2024-02-20', [{ handedIn: '2024-02-01', returned: '2024-02-11' }], '2024-01-15', '2024-03-15').day).toBe(
      '2024-03-01',
    );
    // A year period from 29 Feb 2024 ends 28 Feb 2025 (Art. 202); 14 days in June move it to 14 March.
    expect(extendByRepairs('2025-02-28', [{ handedIn: '2024-06-01', returned: '2024-06-15' }], '2024-02-29', '2025-03-20').day).toBe(
      '2025-03-14',
    );
  });

  it('moves the end across a year end', () => {
    expect(extendByRepairs('2025-12-25', [{ handedIn: '2025-12-01', returned: '2025-12-11' }], '2025-01-01', '2026-01-10').day).toBe(
      '2026-01-04',
    );
  });
});
