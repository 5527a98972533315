/**
 * `parseClaim` on invalid claims: every problem at once, each with its JSONPath, code, expectation,
 * received value and message in both languages. Messages are written out by hand from the locale
 * templates in `src/claim/locales/*.ts`.
 */
import { describe, expect, it } from 'vitest';
import { type InputErrorCode, LANGS } from '../../src/claim/input-error';
import { closestKey } from '../../src/claim/closest-key';
import { parseClaim } from '../../src/claim/parse';
import { CALENDAR_DAY, claimWith, errorAt, errorsOf, FEN, IMEI, minimal, SCHEMA_FIELDS, SPEC_FIELDS, TOP_LEVEL_FIELDS } from './claims';

const CODES: readonly InputErrorCode[] = ['required', 'type', 'value', 'unknown-key', 'range', 'order', 'json', 'encoding', 'too-large'];

describe('parseClaim: the shape of an error', () => {
  it('gives path, code, expected and message in both languages, and received', () => {
    const error = errorAt(claimWith({ claimDate: '2025-02-30' }), '$.claimDate');
    expect(error).toEqual({
      path: '$.claimDate',
      code: 'value',
      expected: CALENDAR_DAY,
      received: '"2025-02-30"',
      message: {
        en: '$.claimDate: expected a real calendar date YYYY-MM-DD between 1980-01-01 and 2099-12-31, received "2025-02-30".',
        'zh-CN': '$.claimDate：取值无效，应为真实存在的日期（YYYY-MM-DD，1980-01-01 至 2099-12-31），实际为 "2025-02-30"。',
      },
    });
  });

  it('gives every error a JSONPath, a known code and non-empty texts in both languages', () => {
    const errors = errorsOf({
      claimDate: 5,
      request: 'now',
      item: { kind: 'tablet', imei: '1', colour: 'red' },
      sale: { date: '2025-2-1', priceFen: -1 },
      history: { repairs: [{ handedIn: '2025-03-02', returned: 'later' }] },
    });
    for (const error of errors) {
      expect(error.path).toMatch(/^\$/);
      expect(CODES).toContain(error.code);
      expect(typeof error.received).toBe('string');
      for (const lang of LANGS) {
        expect(error.expected[lang].length, `${error.path} ${lang}`).toBeGreaterThan(0);
        expect(error.message[lang].startsWith(error.path), `${error.path} ${lang}`).toBe(true);
      }
    }
  });
});

describe('parseClaim: every problem at once', () => {
  it('reports several bad fields as several errors', () => {
    const errors = errorsOf(
      claimWith({
        request: 'refund-now',
        item: { kind: 'handset', imei: '860000000000002' },
        sale: { date: '2025-03-01', priceFen: -1 },
        stock: { sameModelAvailable: 'yes' },
        colour: 'red',
      }),
    );
    expect(errors.map((error) => [error.path, error.code]).sort()).toEqual(
      [
        ['$.colour', 'unknown-key'],
        ['$.item.imei', 'value'],
        ['$.request', 'value'],
        ['$.sale.priceFen', 'range'],
        ['$.stock.sameModelAvailable', 'type'],
      ].sort(),
    );
  });

  it('reports a missing claimDate, item and sale together', () => {
    const errors = errorsOf({});
    expect(errors.map((error) => [error.path, error.code]).sort()).toEqual([
      ['$.claimDate', 'required'],
      ['$.item', 'required'],
      ['$.sale', 'required'],
    ]);
  });

  it('reports the same field in several repairs, each at its own index', () => {
    const errors = errorsOf(
      claimWith({
        history: {
          repairs: [
            { handedIn: '2025-03-02', returned: '2025-02-30' },
            { handedIn: '2025-03-04', returned: '2025-13-01' },
          ],
        },
      }),
    );
    expect(errors.map((error) => error.path).sort()).toEqual(['$.history.repairs[0].returned', '$.history.repairs[1].returned']);
  });

  it('reports a chronology error together with an unrelated bad field', () => {
    // Claim before sale, and a stock flag of the wrong type: two problems, two errors.
    const errors = errorsOf(claimWith({ claimDate: '2025-02-28', stock: { sameModelAvailable: 'yes' } }));
    expect(errors.map((error) => [error.path, error.code]).sort()).toEqual([
      ['$.claimDate', 'order'],
      ['$.stock.sameModelAvailable', 'type'],
    ]);
  });
});

describe('parseClaim: missing fields', () => {
  it('reports a missing claimDate as required', () => {
    expect(errorAt({ item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 1 } }, '$.claimDate')).toEqual({
      path: '$.claimDate',
      code: 'required',
      expected: CALENDAR_DAY,
      received: 'undefined',
      message: {
        en: '$.claimDate is required: expected a real calendar date YYYY-MM-DD between 1980-01-01 and 2099-12-31.',
        'zh-CN': '$.claimDate：缺少必填字段，应为真实存在的日期（YYYY-MM-DD，1980-01-01 至 2099-12-31）。',
      },
    });
  });

  it('reports a missing sale block, sale date and price as required', () => {
    const noSale = errorAt({ claimDate: '2025-03-08', item: { kind: 'handset' } }, '$.sale');
    expect(noSale.code).toBe('required');
    expect(noSale.expected.en).toBe('a JSON object');
    expect(noSale.message.en).toBe('$.sale is required: expected a JSON object.');
    const noDate = errorAt(claimWith({ sale: { priceFen: 1 } }), '$.sale.date');
    expect(noDate.code).toBe('required');
    expect(noDate.expected).toEqual(CALENDAR_DAY);
    const noPrice = errorAt(claimWith({ sale: { date: '2025-03-01' } }), '$.sale.priceFen');
    expect(noPrice.code).toBe('required');
    expect(noPrice.expected).toEqual(FEN);
    expect(noPrice.message['zh-CN']).toBe('$.sale.priceFen：缺少必填字段，应为以分为单位的非负整数金额。');
  });

  it('reports a missing item.kind as required', () => {
    const error = errorAt(claimWith({ item: {} }), '$.item.kind');
    expect(error.code).toBe('required');
    expect(error.received).toBe('undefined');
  });

  it('reports a missing repair hand-in day as required', () => {
    const error = errorAt(claimWith({ history: { repairs: [{ returned: null }] } }), '$.history.repairs[0].handedIn');
    expect(error.code).toBe('required');
    expect(error.expected).toEqual(CALENDAR_DAY);
  });

  it('reports a missing exchange date as required', () => {
    expect(errorAt(claimWith({ history: { exchanges: [{}] } }), '$.history.exchanges[0].date').code).toBe('required');
  });
});

describe('parseClaim: dates', () => {
  it('refuses a date that does not exist', () => {
    for (const bad of ['2025-02-29', '2025-02-30', '2100-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-01-32']) {
      const error = errorAt(claimWith({ claimDate: bad }), '$.claimDate');
      expect(error.code, bad).toBe('value');
      expect(error.expected, bad).toEqual(CALENDAR_DAY);
      expect(error.received, bad).toBe(JSON.stringify(bad));
    }
  });

  it('refuses a date with the wrong shape', () => {
    for (const bad of ['2025-3-8', '2025/03/08', '20250308', '2025-03-08T00:00:00Z', '08-03-2025', ' 2025-03-08', '', '２０２５-03-08']) {
      const error = errorAt(claimWith({ claimDate: bad }), '$.claimDate');
      expect(error.code, JSON.stringify(bad)).toBe('value');
      expect(error.expected, JSON.stringify(bad)).toEqual(CALENDAR_DAY);
    }
  });

  it('refuses a date that is not a string as a type error', () => {
    for (const bad of [20250308, true, null, ['2025-03-08'], { y: 2025 }]) {
      const error = errorAt(claimWith({ claimDate: bad }), '$.claimDate');
      expect(error.code, JSON.stringify(bad)).toBe('type');
      expect(error.expected, JSON.stringify(bad)).toEqual(CALENDAR_DAY);
    }
    expect(errorAt(claimWith({ claimDate: 20250308 }), '$.claimDate').message.en).toBe(
      '$.claimDate: expected a real calendar date YYYY-MM-DD between 1980-01-01 and 2099-12-31, received 20250308.',
    );
  });

  it('refuses years 0000 and 9999 and the days just outside 1980-01-01 … 2099-12-31', () => {
    for (const bad of ['0000-01-01', '9999-12-31', '1979-12-31', '2100-01-01']) {
      const error = errorAt(claimWith({ claimDate: bad, sale: { date: '1980-01-01', priceFen: 1 } }), '$.claimDate');
      expect(['value', 'range'], bad).toContain(error.code);
      expect(error.expected, bad).toEqual(CALENDAR_DAY); // the expectation names the range
    }
  });

  it('checks every date field, with its path', () => {
    const errors = errorsOf({
      claimDate: '2025-03-08',
      item: { kind: 'handset', factoryDate: '2025-02-30' },
      sale: { date: '2025-03-01', deliveredDate: '2025-3-2', priceFen: 1 },
      condition: { activationDate: 'yesterday' },
      history: { repairs: [{ handedIn: '2025-02-29', returned: null }], exchanges: [{ date: '1979-12-31' }] },
    });
    expect(errors.map((error) => error.path).sort()).toEqual([
      '$.condition.activationDate',
      '$.history.exchanges[0].date',
      '$.history.repairs[0].handedIn',
      '$.item.factoryDate',
      '$.sale.deliveredDate',
    ]);
    for (const error of errors) expect(error.expected, error.path).toEqual(CALENDAR_DAY);
  });

  it('reports a bad return day at $.history.repairs[1].returned', () => {
    const error = errorAt(
      claimWith({
        history: {
          repairs: [
            { handedIn: '2025-03-02', returned: '2025-03-03' },
            { handedIn: '2025-03-04', returned: '2025-03-32' },
          ],
        },
      }),
      '$.history.repairs[1].returned',
    );
    expect(error.code).toBe('value');
    expect(error.message.en).toBe(
      '$.history.repairs[1].returned: expected a real calendar date YYYY-MM-DD between 1980-01-01 and 2099-12-31, received "2025-03-32".',
    );
    expect(error.message['zh-CN']).toBe(
      '$.history.repairs[1].returned：取值无效，应为真实存在的日期（YYYY-MM-DD，1980-01-01 至 2099-12-31），实际为 "2025-03-32"。',
    );
  });
});

describe('parseClaim: IMEI', () => {
  it("refuses the spec's example IMEI 860000000000002 (Luhn check digit should be 9)", () => {
    const error = errorAt(claimWith({ item: { kind: 'handset', imei: '860000000000002' } }), '$.item.imei');
    expect(error).toEqual({
      path: '$.item.imei',
      code: 'value',
      expected: IMEI,
      received: '"860000000000002"',
      message: {
        en: '$.item.imei: expected a 15-digit IMEI with a valid (Luhn) check digit, received "860000000000002".',
        'zh-CN': '$.item.imei：取值无效，应为15 位数字且校验位（Luhn）正确的 IMEI，实际为 "860000000000002"。',
      },
    });
  });

  it('accepts 860000000000009 in every IMEI field', () => {
    const result = parseClaim(
      claimWith({
        item: { kind: 'handset', imei: '860000000000009' },
        proof: { invoiceImei: '860000000000009', warrantyCardImei: '860000000000009' },
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('checks every IMEI field, with its path', () => {
    const errors = errorsOf(
      claimWith({
        item: { kind: 'handset', imei: '86000000000000' }, // 14 digits
        proof: { invoiceImei: '8600000000000090', warrantyCardImei: '860000000000001' }, // 16 digits; bad check digit
      }),
    );
    expect(errors.map((error) => [error.path, error.code]).sort()).toEqual([
      ['$.item.imei', 'value'],
      ['$.proof.invoiceImei', 'value'],
      ['$.proof.warrantyCardImei', 'value'],
    ]);
    for (const error of errors) expect(error.expected, error.path).toEqual(IMEI);
  });

  it('refuses an IMEI given as a number as a type error', () => {
    const error = errorAt(claimWith({ item: { kind: 'handset', imei: 860000000000009 } }), '$.item.imei');
    expect(error.code).toBe('type');
    expect(error.expected).toEqual(IMEI);
  });
});

describe('parseClaim: money', () => {
  it('refuses negative money as out of range', () => {
    const error = errorAt(claimWith({ sale: { date: '2025-03-01', priceFen: -1 } }), '$.sale.priceFen');
    expect(error.code).toBe('range');
    expect(error.received).toBe('-1');
    expect(error.expected.en).toBe('at least 0');
    expect(error.message.en).toBe('$.sale.priceFen: out of range, expected at least 0, received -1.');
    expect(error.message['zh-CN']).toBe('$.sale.priceFen：超出范围，应为不小于 0，实际为 -1。');
  });

  it('refuses money that is not a whole number of fen', () => {
    for (const bad of [0.5, 399900.01, -1.5]) {
      const error = errorAt(claimWith({ sale: { date: '2025-03-01', priceFen: bad } }), '$.sale.priceFen');
      expect(error.code, String(bad)).not.toBe('required');
      expect(error.received, String(bad)).toBe(String(bad));
    }
    expect(errorAt(claimWith({ sale: { date: '2025-03-01', priceFen: 0.5 } }), '$.sale.priceFen').expected).toEqual(FEN);
  });

  it('refuses money above 10 000 000 000 fen', () => {
    const error = errorAt(claimWith({ sale: { date: '2025-03-01', priceFen: 10_000_000_001 } }), '$.sale.priceFen');
    expect(error.code).toBe('range');
    expect(error.expected.en).toBe('at most 10000000000');
  });

  it('refuses money given as a string', () => {
    const error = errorAt(claimWith({ sale: { date: '2025-03-01', priceFen: '399900' } }), '$.sale.priceFen');
    expect(error.code).toBe('type');
    expect(error.expected).toEqual(FEN);
    expect(error.received).toBe('"399900"');
  });

  it('checks every money field, with its path', () => {
    const errors = errorsOf(
      claimWith({
        item: { kind: 'charger', standaloneFen: -100 },
        sale: { date: '2025-03-01', priceFen: 1, paidFen: -1 },
        condition: { giftsMissingFen: 1.5 },
      }),
    );
    expect(errors.map((error) => error.path).sort()).toEqual(['$.condition.giftsMissingFen', '$.item.standaloneFen', '$.sale.paidFen']);
  });
});

describe('parseClaim: enums and other values', () => {
  it('refuses a request not allowed, listing the ones allowed', () => {
    const error = errorAt(claimWith({ request: 'refund-now' }), '$.request');
    expect(error).toEqual({
      path: '$.request',
      code: 'value',
      expected: { en: 'one of: best | refund | exchange | repair | no-reason-return', 'zh-CN': '以下之一：best | refund | exchange | repair | no-reason-return' },
      received: '"refund-now"',
      message: {
        en: '$.request: expected one of: best | refund | exchange | repair | no-reason-return, received "refund-now".',
        'zh-CN': '$.request：取值无效，应为以下之一：best | refund | exchange | repair | no-reason-return，实际为 "refund-now"。',
      },
    });
  });

  it('is case-sensitive', () => {
    expect(errorAt(claimWith({ request: 'Best' }), '$.request').code).toBe('value');
  });

  it('refuses an item kind, channel, proof state or finding not allowed', () => {
    expect(errorAt(claimWith({ item: { kind: 'tablet' } }), '$.item.kind').expected.en).toBe(
      'one of: handset | vehicle-phone | fixed-wireless-phone | battery | charger | wired-headset | terminal-card | data-card | data-cable',
    );
    expect(errorAt(claimWith({ sale: { date: '2025-03-01', priceFen: 1, channel: 'shop' } }), '$.sale.channel').expected.en).toBe(
      'one of: store | online | tv | phone | mail',
    );
    expect(errorAt(claimWith({ proof: { invoice: 'scan' } }), '$.proof.invoice').expected.en).toBe('one of: original | electronic | copy | none');
    expect(errorAt(claimWith({ proof: { warrantyCard: 'lost' } }), '$.proof.warrantyCard').expected.en).toBe('one of: complete | incomplete | altered | none');
    expect(errorAt(claimWith({ proof: { otherDateProof: 'email' } }), '$.proof.otherDateProof').expected.en).toBe('one of: none | order-record | carrier-record');
    expect(errorAt(claimWith({ condition: { liquid: 'yes' } }), '$.condition.liquid').expected.en).toBe('one of: none | found | disputed');
    expect(errorAt(claimWith({ fault: { inspection: 'done' } }), '$.fault.inspection').expected.en).toBe('one of: confirmed | not-found | pending');
    expect(errorAt(claimWith({ fault: { cause: 'user' } }), '$.fault.cause').expected.en).toBe('one of: product | network | sim-data | unknown');
    expect(errorAt(claimWith({ item: { kind: 'charger', boughtWith: 'bundle' } }), '$.item.boughtWith').expected.en).toBe('one of: handset | separately');
    expect(
      errorAt(claimWith({ history: { repairs: [{ handedIn: '2025-03-02', returned: null, delayCause: 'weather' }] } }), '$.history.repairs[0].delayCause')
        .expected.en,
    ).toBe('one of: none | repairer | parts');
  });

  it('refuses an unknown fault code at its index', () => {
    const error = errorAt(claimWith({ fault: { codes: ['no-power-on', 'exploded'] } }), '$.fault.codes[1]');
    expect(error.code).toBe('value');
    expect(error.received).toBe('"exploded"');
    expect(error.expected.en.startsWith('one of: manual-function-failure | display-failure | no-power-on')).toBe(true);
  });

  it('refuses a boolean given as a string or number', () => {
    const error = errorAt(claimWith({ item: { kind: 'battery', builtIn: 'true' } }), '$.item.builtIn');
    expect(error.code).toBe('type');
    expect(error.expected).toEqual({ en: 'a boolean (true or false)', 'zh-CN': '布尔值（true 或 false）' });
    expect(errorAt(claimWith({ condition: { forceMajeure: 0 } }), '$.condition.forceMajeure').code).toBe('type');
  });

  it('refuses a block that is not an object, and a list that is not an array', () => {
    expect(errorAt(claimWith({ fault: 'no-power-on' }), '$.fault')).toMatchObject({ code: 'type', expected: { en: 'a JSON object' } });
    expect(errorAt(claimWith({ history: { repairs: {} } }), '$.history.repairs')).toMatchObject({
      code: 'type',
      expected: { en: 'an array', 'zh-CN': '数组' },
      received: '{…}',
    });
    expect(errorAt(claimWith({ fault: { codes: 'no-power-on' } }), '$.fault.codes').code).toBe('type');
  });

  it('refuses a whole claim that is not an object', () => {
    expect(errorsOf(null)).toEqual([
      {
        path: '$',
        code: 'type',
        expected: { en: 'a JSON object', 'zh-CN': 'JSON 对象' },
        received: 'null',
        message: { en: '$: expected a JSON object, received null.', 'zh-CN': '$：类型不对，应为JSON 对象，实际为 null。' },
      },
    ]);
    expect(errorsOf([])[0]).toMatchObject({ path: '$', code: 'type', received: '[…] (0 items)' });
    expect(errorsOf('claim')[0]).toMatchObject({ path: '$', code: 'type', received: '"claim"' });
    expect(errorsOf(42)[0]).toMatchObject({ path: '$', code: 'type', received: '42' });
    expect(errorsOf(undefined)[0]).toMatchObject({ path: '$', code: 'required', received: 'undefined' });
  });

  it('refuses a replacement count that is not a whole number, and one out of range', () => {
    expect(errorAt(claimWith({ history: { replacements: 1.5 } }), '$.history.replacements').expected.en).toBe('an integer');
    expect(errorAt(claimWith({ history: { replacements: -1 } }), '$.history.replacements')).toMatchObject({ code: 'range', expected: { en: 'at least 0' } });
    expect(errorAt(claimWith({ history: { replacements: 21 } }), '$.history.replacements')).toMatchObject({ code: 'range', expected: { en: 'at most 20' } });
  });

  it('refuses a battery capacity out of 0 … 200 %', () => {
    expect(errorAt(claimWith({ fault: { batteryCapacityPct: -1 } }), '$.fault.batteryCapacityPct').code).toBe('range');
    expect(errorAt(claimWith({ fault: { batteryCapacityPct: 201 } }), '$.fault.batteryCapacityPct')).toMatchObject({
      code: 'range',
      expected: { en: 'at most 200', 'zh-CN': '不大于 200' },
    });
    expect(errorAt(claimWith({ fault: { batteryCapacityPct: '80%' } }), '$.fault.batteryCapacityPct')).toMatchObject({
      code: 'type',
      expected: { en: 'a number' },
    });
  });

  it('refuses too long a label, showing a cut excerpt', () => {
    const long = 'x'.repeat(201);
    const error = errorAt(claimWith({ item: { kind: 'handset', brand: long } }), '$.item.brand');
    expect(error.code).toBe('range');
    expect(error.expected).toEqual({ en: 'at most 200 characters', 'zh-CN': '不超过 200 个字符' });
    expect(error.received).toBe(`"${'x'.repeat(60)}…"`);
    expect(parseClaim(claimWith({ item: { kind: 'handset', brand: 'x'.repeat(200) } })).ok).toBe(true);
  });

  it('refuses too many repairs, exchanges or fault codes', () => {
    const repairs = Array.from({ length: 51 }, () => ({ handedIn: '2025-03-02', returned: '2025-03-03' }));
    expect(errorAt(claimWith({ history: { repairs } }), '$.history.repairs')).toMatchObject({
      code: 'range',
      expected: { en: 'at most 50 items', 'zh-CN': '不超过 50 项' },
      received: '[…] (51 items)',
      message: { en: '$.history.repairs: out of range, expected at most 50 items, received […] (51 items).' },
    });
    const exchanges = Array.from({ length: 21 }, () => ({ date: '2025-03-02' }));
    expect(errorAt(claimWith({ history: { exchanges } }), '$.history.exchanges').expected.en).toBe('at most 20 items');
    const codes = Array.from({ length: 21 }, () => 'other');
    expect(errorAt(claimWith({ fault: { codes } }), '$.fault.codes').expected.en).toBe('at most 20 items');
  });

  it('accepts exactly 50 repairs', () => {
    const repairs = Array.from({ length: 50 }, () => ({ handedIn: '2025-03-02', returned: '2025-03-03' }));
    expect(parseClaim(claimWith({ history: { repairs } })).ok).toBe(true);
  });
});

describe('parseClaim: unknown keys', () => {
  it('refuses an unknown key at the top, listing the fields allowed', () => {
    expect(errorAt(claimWith({ colour: 'red' }), '$.colour')).toEqual({
      path: '$.colour',
      code: 'unknown-key',
      expected: { en: `the fields allowed are: ${TOP_LEVEL_FIELDS}`, 'zh-CN': `允许的字段为：${TOP_LEVEL_FIELDS}` },
      received: '"red"',
      message: {
        en: `$.colour: unknown field "colour"; the fields allowed are: ${TOP_LEVEL_FIELDS}.`,
        'zh-CN': `$.colour：不认识的字段“colour”，允许的字段为：${TOP_LEVEL_FIELDS}。`,
      },
    });
  });

  it('refuses a misspelt required field twice: unknown, and the real one missing', () => {
    const input: Record<string, unknown> = { ...minimal(), claimdate: '2025-03-08' };
    delete input.claimDate;
    expect(errorsOf(input).map((error) => [error.path, error.code]).sort()).toEqual([
      ['$.claimDate', 'required'],
      ['$.claimdate', 'unknown-key'],
    ]);
  });

  it('has every field of the spec in the schema (fields may be added, none renamed)', () => {
    for (const [object, fields] of Object.entries(SPEC_FIELDS)) {
      expect(SCHEMA_FIELDS[object as keyof typeof SPEC_FIELDS], object).toEqual(expect.arrayContaining([...fields]));
    }
  });

  it('refuses an unknown key nested in each block, listing that block’s fields', () => {
    const cases: [Record<string, unknown>, string, keyof typeof SCHEMA_FIELDS][] = [
      [{ item: { kind: 'handset', colour: 'red' } }, '$.item.colour', 'item'],
      [{ sale: { date: '2025-03-01', priceFen: 1, shop: 'x' } }, '$.sale.shop', 'sale'],
      [{ proof: { receipt: true } }, '$.proof.receipt', 'proof'],
      [{ fault: { code: 'no-power-on' } }, '$.fault.code', 'fault'],
      [{ condition: { water: 'found' } }, '$.condition.water', 'condition'],
      [{ history: { refunds: [] } }, '$.history.refunds', 'history'],
      [{ history: { repairs: [{ handedIn: '2025-03-02', returned: null, cost: 5 }] } }, '$.history.repairs[0].cost', 'repair'],
      [{ history: { exchanges: [{ date: '2025-03-02', note: 'x' }] } }, '$.history.exchanges[0].note', 'exchange'],
      [{ stock: { colourAvailable: true } }, '$.stock.colourAvailable', 'stock'],
    ];
    // `code` is one edit from fault's `codes` and far from its other fields: the error asks whether
    // `codes` was meant. The other keys are far from every field of their block.
    const near: Readonly<Record<string, string>> = { '$.fault.code': 'codes' };
    for (const [blocks, path, object] of cases) {
      const allowed = SCHEMA_FIELDS[object].join(', ');
      const error = errorAt(claimWith(blocks), path);
      const meant = near[path];
      const en = `${meant === undefined ? '' : `did you mean "${meant}"? `}the fields allowed are: ${allowed}`;
      const zh = `${meant === undefined ? '' : `是否想写“${meant}”？`}允许的字段为：${allowed}`;
      expect(error.code, path).toBe('unknown-key');
      expect(error.expected.en, path).toBe(en);
      expect(error.expected['zh-CN'], path).toBe(zh);
      const key = path.slice(path.lastIndexOf('.') + 1);
      expect(error.message.en, path).toBe(`${path}: unknown field "${key}"; ${en}.`);
      expect(error.message['zh-CN'], path).toBe(`${path}：不认识的字段“${key}”，${zh}。`);
    }
  });

  it('asks "did you mean" when one known field is clearly closest (case aside)', () => {
    const input: Record<string, unknown> = { ...minimal(), claimdate: '2025-03-08' };
    delete input.claimDate;
    const error = errorAt(input, '$.claimdate');
    expect(error.expected.en).toBe(`did you mean "claimDate"? the fields allowed are: ${TOP_LEVEL_FIELDS}`);
    expect(error.message.en).toBe(`$.claimdate: unknown field "claimdate"; did you mean "claimDate"? the fields allowed are: ${TOP_LEVEL_FIELDS}.`);
    expect(error.message['zh-CN']).toBe(`$.claimdate：不认识的字段“claimdate”，是否想写“claimDate”？允许的字段为：${TOP_LEVEL_FIELDS}。`);
    // A swap of two neighbouring letters is one edit; a nested block suggests its own fields.
    expect(errorAt(claimWith({ sale: { date: '2025-03-01', prcieFen: 1 } }), '$.sale.prcieFen').expected.en.startsWith('did you mean "priceFen"? ')).toBe(true);
  });

  it('suggests nothing when no field is near, or when two are equally near', () => {
    // `colour` is far from every top-level field.
    expect(errorAt(claimWith({ colour: 'red' }), '$.colour').expected.en).toBe(`the fields allowed are: ${TOP_LEVEL_FIELDS}`);
    // `dat` is one edit from both `date` and `data`: no guess between two.
    expect(closestKey('dat', ['date', 'data', 'kind'])).toBeUndefined();
    expect(closestKey('dat', ['date', 'kind'])).toBe('date');
    // Near means at most a third of the typed key's length (and 2 at most): `imx` (3 letters) is two
    // edits from `imei` (replace x, add i), over its limit of 1; `clmDte` is three from `claimDate`.
    expect(closestKey('imx', ['imei'])).toBeUndefined();
    expect(closestKey('claimDat', ['claimDate', 'item'])).toBe('claimDate');
    expect(closestKey('clmDte', ['claimDate'])).toBeUndefined();
    expect(closestKey('x'.repeat(1000), ['x'.repeat(999)])).toBeUndefined();
  });

  it('writes a key that is not an identifier in bracket notation', () => {
    const error = errorAt(claimWith({ 'bad key': 1 }), '$["bad key"]');
    expect(error.code).toBe('unknown-key');
    expect(error.message.en.startsWith('$["bad key"]: unknown field "bad key"')).toBe(true);
  });

  it('reports each of several unknown keys', () => {
    const errors = errorsOf(claimWith({ a: 1, b: 2, item: { kind: 'handset', c: 3 } }));
    expect(errors.map((error) => error.path).sort()).toEqual(['$.a', '$.b', '$.item.c']);
  });
});

describe('parseClaim: hostile keys', () => {
  const valid = '"claimDate":"2025-03-08","item":{"kind":"handset"},"sale":{"date":"2025-03-01","priceFen":1}';

  it('refuses __proto__ at the top as an unknown key, without polluting Object.prototype', () => {
    const input = JSON.parse(`{"__proto__":{"polluted":1},${valid}}`) as unknown;
    const errors = errorsOf(input);
    expect(errors.map((error) => [error.path, error.code])).toEqual([['$.__proto__', 'unknown-key']]);
    expect(errors[0]?.expected.en).toBe(`the fields allowed are: ${TOP_LEVEL_FIELDS}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses __proto__ nested in a block, without polluting Object.prototype', () => {
    const input = JSON.parse(`{"claimDate":"2025-03-08","item":{"kind":"handset","__proto__":{"polluted":1}},"sale":{"date":"2025-03-01","priceFen":1}}`) as unknown;
    expect(errorsOf(input).map((error) => [error.path, error.code])).toEqual([['$.item.__proto__', 'unknown-key']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses constructor and prototype keys at the top and nested', () => {
    const input = JSON.parse(
      `{"constructor":{"prototype":{"polluted":1}},"prototype":1,${valid.replace('"kind":"handset"', '"kind":"handset","constructor":1,"toString":2,"hasOwnProperty":3')}}`,
    ) as unknown;
    expect(errorsOf(input).map((error) => [error.path, error.code]).sort()).toEqual([
      ['$.constructor', 'unknown-key'],
      ['$.item.constructor', 'unknown-key'],
      ['$.item.hasOwnProperty', 'unknown-key'],
      ['$.item.toString', 'unknown-key'],
      ['$.prototype', 'unknown-key'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('never throws, whatever the input', () => {
    const circular: Record<string, unknown> = { ...minimal() };
    circular.self = circular;
    for (const input of [undefined, null, 0, -0, Number.NaN, '', 'x', true, [], [minimal()], 1n, Symbol('s'), () => 1, new Date(0), new Map(), circular, Object.create(null)]) {
      expect(() => parseClaim(input)).not.toThrow();
    }
  });
});
