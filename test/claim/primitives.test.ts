/**
 * `src/claim/primitives.ts`: IMEI Luhn check, calendar-day, money schemas.
 *
 * Luhn for a 15-digit IMEI, by hand: double every second digit (positions 2, 4, …, 14 counting from
 * 1), subtract 9 from any result over 9, add all digits; valid when the sum ends in 0.
 *   860000000000009: 8 + (6·2 = 12 → 3) + 0 … + 9 = 20 → valid.
 *   860000000000002: 8 + 3 + 2 = 13 → invalid (the check digit should be 9).
 *   490154203237518: undoubled 4+0+5+2+3+3+5+8 = 30, doubled 9→18→9, 1→2, 4→8, 0→0, 2→4, 7→14→5, 1→2 = 30; 60 → valid.
 */
import { describe, expect, it } from 'vitest';
import { calendarDaySchema, EARLIEST_DAY, fenSchema, imeiLuhnValid, imeiSchema, LATEST_DAY, MOST_FEN } from '../../src/claim/primitives';

describe('imeiLuhnValid', () => {
  it('matches the TSDoc examples', () => {
    expect(imeiLuhnValid('860000000000009')).toBe(true);
    expect(imeiLuhnValid('860000000000002')).toBe(false);
  });

  it('accepts a known valid IMEI and refuses it with another check digit', () => {
    expect(imeiLuhnValid('490154203237518')).toBe(true);
    for (let digit = 0; digit <= 9; digit += 1) {
      if (digit !== 8) expect(imeiLuhnValid(`49015420323751${digit}`), String(digit)).toBe(false);
    }
  });

  it('has exactly one valid check digit for any 14 digits', () => {
    for (const body of ['86000000000000', '49015420323751', '35209900176148', '00000000000000', '99999999999999']) {
      const valid = Array.from({ length: 10 }, (_, digit) => digit).filter((digit) => imeiLuhnValid(`${body}${digit}`));
      expect(valid, body).toHaveLength(1);
    }
  });

  it('catches every single-digit error', () => {
    const imei = '490154203237518';
    for (let position = 0; position < 15; position += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        if (String(digit) === imei[position]) continue;
        const changed = `${imei.slice(0, position)}${digit}${imei.slice(position + 1)}`;
        expect(imeiLuhnValid(changed), changed).toBe(false);
      }
    }
  });

  it('catches a swap of two neighbouring digits', () => {
    expect(imeiLuhnValid('680000000000009')).toBe(false); // 6 + (8·2 = 16 → 7) + 9 = 22
  });

  it('accepts all zeros (sum 0)', () => {
    expect(imeiLuhnValid('000000000000000')).toBe(true);
  });

  it('refuses anything that is not exactly 15 ASCII digits', () => {
    for (const text of [
      '',
      '86000000000009', // 14
      '8600000000000090', // 16
      '86000000000000９', // full-width 9
      '86000000000000a',
      '860000 00000009',
      '86-0000000000009',
      ' 860000000000009',
      '860000000000009 ',
      '860000000000009\n',
      '+86000000000009',
      '8.6000000000009',
    ]) {
      expect(imeiLuhnValid(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe('imeiSchema', () => {
  it('accepts a valid IMEI and refuses an invalid one or a number', () => {
    expect(imeiSchema.safeParse('860000000000009').success).toBe(true);
    expect(imeiSchema.safeParse('860000000000002').success).toBe(false);
    expect(imeiSchema.safeParse(860000000000009).success).toBe(false);
  });
});

describe('calendarDaySchema', () => {
  it('spans 1980-01-01 to 2099-12-31', () => {
    expect(EARLIEST_DAY).toBe('1980-01-01');
    expect(LATEST_DAY).toBe('2099-12-31');
    expect(calendarDaySchema.safeParse('1980-01-01').success).toBe(true);
    expect(calendarDaySchema.safeParse('2099-12-31').success).toBe(true);
    expect(calendarDaySchema.safeParse('1979-12-31').success).toBe(false);
    expect(calendarDaySchema.safeParse('2100-01-01').success).toBe(false);
    expect(calendarDaySchema.safeParse('0000-01-01').success).toBe(false);
    expect(calendarDaySchema.safeParse('9999-12-31').success).toBe(false);
  });

  it('accepts 29 February only in leap years', () => {
    expect(calendarDaySchema.safeParse('2024-02-29').success).toBe(true);
    expect(calendarDaySchema.safeParse('2000-02-29').success).toBe(true);
    expect(calendarDaySchema.safeParse('2025-02-29').success).toBe(false);
    expect(calendarDaySchema.safeParse('2100-02-29').success).toBe(false);
  });

  it('refuses the wrong shape and non-strings', () => {
    for (const value of ['2025-3-1', '2025-03-01T00:00:00Z', '', 20250301, null, undefined, new Date(2025, 2, 1)]) {
      expect(calendarDaySchema.safeParse(value).success, String(value)).toBe(false);
    }
  });

  it('reports one issue per bad value (checks stop at the first failure)', () => {
    const result = calendarDaySchema.safeParse('2025-3-1');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
  });
});

describe('fenSchema', () => {
  it('accepts whole fen from 0 to 10 000 000 000', () => {
    expect(MOST_FEN).toBe(10_000_000_000);
    for (const value of [0, 1, 399_900, 10_000_000_000]) expect(fenSchema.safeParse(value).success, String(value)).toBe(true);
  });

  it('refuses negative, fractional, too large and non-finite amounts, and strings', () => {
    for (const value of [-1, -0.5, 0.5, 399_900.01, 10_000_000_001, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '100', null]) {
      expect(fenSchema.safeParse(value).success, String(value)).toBe(false);
    }
  });
});
