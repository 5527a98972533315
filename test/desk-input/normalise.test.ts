import { describe, expect, it } from 'vitest';
import { readingOf } from '../../src/desk/form';
import { chinaDate, fenToYuan, halfWidth, normaliseDate, normaliseImei, parseNumber, yuanToFen } from '../../src/desk/normalise';

/**
 * What counter staff type, read by the desk page before the library sees it (src/desk/normalise.ts).
 * Pure functions, so they run here in `npm test`; the browser suite (`npm run test:desk`) types
 * the same forms into the page.
 */

describe('dates as people type them', () => {
  it('reads the common Chinese forms as YYYY-MM-DD', () => {
    for (const typed of ['2026-12-07', '2026/12/07', '2026-12-7', '2026/12/7', '2026.12.7', '2026年12月7日', '2026年12月07日', '2026年12月7号', '2026 年 12 月 7 日', '20261207', ' 2026-12-07 ', '２０２６年１２月７日', '２０２６／１２／０７']) {
      expect(normaliseDate(typed), typed).toBe('2026-12-07');
    }
    expect(normaliseDate('2025-3-1')).toBe('2025-03-01');
  });

  it('leaves anything else as typed, for the claim to refuse with its own message', () => {
    for (const typed of ['7/12/2026', '12月7日', 'yesterday', '2026-12', '2026-123-1', '']) expect(normaliseDate(typed), typed).toBe(typed.trim());
    // A form that is read but names no real day is the claim's to refuse.
    expect(normaliseDate('2026/2/30')).toBe('2026-02-30');
  });

  it("takes today's date in China, whatever the host's zone: UTC+8 all year", () => {
    expect(chinaDate(new Date('2026-12-06T15:59:59.999Z'))).toBe('2026-12-06');
    expect(chinaDate(new Date('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
    // Midsummer: no daylight saving in China.
    expect(chinaDate(new Date('2026-07-01T15:30:00Z'))).toBe('2026-07-01');
    expect(chinaDate(new Date('2026-07-01T16:30:00Z'))).toBe('2026-07-02');
  });
});

describe('amounts as people type them', () => {
  it('reads ¥, 元, commas and full-width digits as integer fen', () => {
    const cases: [string, number][] = [
      ['2599', 259_900],
      ['¥2599', 259_900],
      ['￥2599', 259_900],
      ['¥ 2,599.00', 259_900],
      ['2599元', 259_900],
      ['2599 元', 259_900],
      ['2599元整', 259_900],
      ['2,599', 259_900],
      ['2，599', 259_900],
      ['2,599.50', 259_950],
      ['２５９９', 259_900],
      ['２，５９９．５', 259_950],
      ['RMB 1,299.05', 129_905],
      ['0.29', 29],
      ['0.07', 7],
    ];
    for (const [typed, fen] of cases) expect(yuanToFen(typed), typed).toBe(fen);
  });

  it('refuses what is not an amount of yuan', () => {
    for (const typed of ['', '12.345', '-1', '1e3', 'abc', '3999.', '¥', '元', '2599美元', '$2599', '2.599,50']) expect(yuanToFen(typed), typed).toBeUndefined();
  });

  it('writes fen back as the yuan a person types, and reads that back', () => {
    expect(fenToYuan(259_950)).toBe('2599.50');
    expect(fenToYuan(5)).toBe('0.05');
    for (const fen of [0, 5, 29, 399_900, 129_905]) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });
});

describe('IMEIs, numbers and full-width text', () => {
  it('reads an IMEI grouped with spaces or hyphens, or in full-width digits', () => {
    expect(normaliseImei('86 801207 345612 7')).toBe('868012073456127');
    expect(normaliseImei('8680 1207 3456 127')).toBe('868012073456127');
    expect(normaliseImei('86-801207-345612-7')).toBe('868012073456127');
    expect(normaliseImei('８６８０１２０７３４５６１２７')).toBe('868012073456127');
    expect(normaliseImei('８６８０１２０７　３４５６１２７')).toBe('868012073456127');
  });

  it('reads a number with full-width digits or a unit', () => {
    expect(parseNumber('85')).toBe(85);
    expect(parseNumber('８５')).toBe(85);
    expect(parseNumber('85%')).toBe(85);
    expect(parseNumber('2次')).toBe(2);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('eighty')).toBeUndefined();
  });

  it('turns full-width forms into ASCII and leaves the rest', () => {
    expect(halfWidth('ＡＢＣ１２３，．／')).toBe('ABC123,./');
    expect(halfWidth('２０２６年')).toBe('2026年');
  });
});

describe('the value read, shown beside the field', () => {
  it('shows what was read when it differs from what was typed, and nothing otherwise', () => {
    expect(readingOf('date', '2026/12/7', 'zh-CN')).toBe('= 2026-12-07');
    expect(readingOf('date', '2026-12-07', 'zh-CN')).toBe('');
    expect(readingOf('date', 'next week', 'zh-CN')).toBe('');
    expect(readingOf('yuan', '¥2599', 'zh-CN')).toBe('= 2,599.00元');
    expect(readingOf('yuan', '２５９９', 'en')).toBe('= ¥2,599.00');
    expect(readingOf('yuan', '2599.00', 'zh-CN')).toBe('');
    expect(readingOf('imei', '86 801207 345612 7', 'zh-CN')).toBe('= 868012073456127');
    expect(readingOf('number', '８５％', 'zh-CN')).toBe('= 85');
    expect(readingOf('text', 'anything', 'zh-CN')).toBe('');
  });
});
