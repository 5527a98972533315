/**
 * `parseClaim`: the claim's dates must tell a possible story (no claim before the sale, no repair
 * back before it went in, only the last repair open, repairs and exchanges in order).
 */
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/claim/parse';
import { claimWith, errorAt, errorsOf, parsed } from './claims';

const sale = { date: '2025-03-01', priceFen: 399900 };

describe('parseClaim: chronology', () => {
  it('refuses a claim before the sale', () => {
    expect(errorAt(claimWith({ claimDate: '2025-02-28' }), '$.claimDate')).toEqual({
      path: '$.claimDate',
      code: 'order',
      expected: { en: 'a date on or after sale.date', 'zh-CN': '不早于 sale.date 的日期' },
      received: '"2025-02-28"',
      message: {
        en: '$.claimDate: dates out of order, expected a date on or after sale.date, received "2025-02-28".',
        'zh-CN': '$.claimDate：日期先后矛盾，应为不早于 sale.date 的日期，实际为 "2025-02-28"。',
      },
    });
  });

  it('refuses a claim one day before a sale on 29 February, and across a year end', () => {
    expect(errorAt(claimWith({ claimDate: '2024-02-28', sale: { date: '2024-02-29', priceFen: 1 } }), '$.claimDate').code).toBe('order');
    expect(errorAt(claimWith({ claimDate: '2024-12-31', sale: { date: '2025-01-01', priceFen: 1 } }), '$.claimDate').code).toBe('order');
  });

  it('accepts a claim on the day of sale', () => {
    expect(parsed(claimWith({ claimDate: '2025-03-01' })).claimDate).toBe('2025-03-01');
  });

  it('refuses a delivery, activation or factory date after the claim', () => {
    const errors = errorsOf({
      claimDate: '2025-03-08',
      item: { kind: 'handset', factoryDate: '2025-03-09' },
      sale: { ...sale, deliveredDate: '2025-03-09' },
      condition: { activationDate: '2025-03-09' },
    });
    expect(errors.map((error) => [error.path, error.code, error.expected.en]).sort()).toEqual([
      ['$.condition.activationDate', 'order', 'a date on or before claimDate'],
      ['$.item.factoryDate', 'order', 'a date on or before claimDate'],
      ['$.sale.deliveredDate', 'order', 'a date on or before claimDate'],
    ]);
  });

  it('accepts delivery, activation and factory dates on the claim day', () => {
    expect(
      parseClaim({
        claimDate: '2025-03-08',
        item: { kind: 'handset', factoryDate: '2025-03-08' },
        sale: { ...sale, deliveredDate: '2025-03-08' },
        condition: { activationDate: '2025-03-08' },
      }).ok,
    ).toBe(true);
  });

  it('refuses a repair returned before it was handed in', () => {
    expect(errorAt(claimWith({ history: { repairs: [{ handedIn: '2025-03-05', returned: '2025-03-04' }] } }), '$.history.repairs[0].returned')).toEqual({
      path: '$.history.repairs[0].returned',
      code: 'order',
      expected: { en: 'a date on or after history.repairs[0].handedIn', 'zh-CN': '不早于 history.repairs[0].handedIn 的日期' },
      received: '"2025-03-04"',
      message: {
        en: '$.history.repairs[0].returned: dates out of order, expected a date on or after history.repairs[0].handedIn, received "2025-03-04".',
        'zh-CN': '$.history.repairs[0].returned：日期先后矛盾，应为不早于 history.repairs[0].handedIn 的日期，实际为 "2025-03-04"。',
      },
    });
  });

  it('names the right repair when a later one comes back early', () => {
    const error = errorAt(
      claimWith({
        history: {
          repairs: [
            { handedIn: '2025-03-02', returned: '2025-03-03' },
            { handedIn: '2025-03-05', returned: '2025-03-04' },
          ],
        },
      }),
      '$.history.repairs[1].returned',
    );
    expect(error.expected.en).toBe('a date on or after history.repairs[1].handedIn');
  });

  it('accepts a repair returned the day it was handed in', () => {
    expect(parseClaim(claimWith({ history: { repairs: [{ handedIn: '2025-03-05', returned: '2025-03-05' }] } })).ok).toBe(true);
  });

  it('refuses a repair handed in before the sale, or handed in or returned after the claim', () => {
    expect(errorAt(claimWith({ history: { repairs: [{ handedIn: '2025-02-28', returned: '2025-03-02' }] } }), '$.history.repairs[0].handedIn')).toMatchObject({
      code: 'order',
      expected: { en: 'a date on or after sale.date' },
    });
    expect(errorAt(claimWith({ history: { repairs: [{ handedIn: '2025-03-09', returned: null }] } }), '$.history.repairs[0].handedIn')).toMatchObject({
      code: 'order',
      expected: { en: 'a date on or before claimDate' },
    });
    expect(errorAt(claimWith({ history: { repairs: [{ handedIn: '2025-03-05', returned: '2025-03-09' }] } }), '$.history.repairs[0].returned')).toMatchObject({
      code: 'order',
      expected: { en: 'a date on or before claimDate' },
    });
  });

  it('accepts a repair handed in on the delivery day when delivery came before the invoice date', () => {
    expect(
      parseClaim(claimWith({ sale: { date: '2025-03-03', deliveredDate: '2025-03-01', priceFen: 1 }, history: { repairs: [{ handedIn: '2025-03-01', returned: '2025-03-02' }] } }))
        .ok,
    ).toBe(true);
  });

  it('refuses an open repair that is not the last', () => {
    expect(
      errorAt(
        claimWith({
          history: {
            repairs: [
              { handedIn: '2025-03-02', returned: null },
              { handedIn: '2025-03-04', returned: '2025-03-05' },
            ],
          },
        }),
        '$.history.repairs[0].returned',
      ),
    ).toEqual({
      path: '$.history.repairs[0].returned',
      code: 'order',
      expected: { en: 'only the last repair may still be open (returned: null)', 'zh-CN': '只有最后一次维修可以尚未取回（returned 为 null）' },
      received: 'null',
      message: {
        en: '$.history.repairs[0].returned: dates out of order, expected only the last repair may still be open (returned: null), received null.',
        'zh-CN': '$.history.repairs[0].returned：日期先后矛盾，应为只有最后一次维修可以尚未取回（returned 为 null），实际为 null。',
      },
    });
  });

  it('accepts an open repair that is the last', () => {
    const claim = parsed(
      claimWith({
        history: {
          repairs: [
            { handedIn: '2025-03-02', returned: '2025-03-03' },
            { handedIn: '2025-03-04', returned: null },
          ],
        },
      }),
    );
    expect(claim.history.repairs[1]?.returned).toBeNull();
  });

  it('refuses repairs out of order', () => {
    const error = errorAt(
      claimWith({
        history: {
          repairs: [
            { handedIn: '2025-03-04', returned: '2025-03-05' },
            { handedIn: '2025-03-02', returned: '2025-03-03' },
          ],
        },
      }),
      '$.history.repairs[1].handedIn',
    );
    expect(error.code).toBe('order');
    expect(error.expected.en).toBe('a date on or after history.repairs[0].handedIn');
  });

  it('refuses exchanges out of order', () => {
    expect(
      errorAt(claimWith({ claimDate: '2025-06-01', history: { exchanges: [{ date: '2025-05-02' }, { date: '2025-03-10' }] } }), '$.history.exchanges[1].date'),
    ).toEqual({
      path: '$.history.exchanges[1].date',
      code: 'order',
      expected: { en: 'a date on or after history.exchanges[0].date', 'zh-CN': '不早于 history.exchanges[0].date 的日期' },
      received: '"2025-03-10"',
      message: {
        en: '$.history.exchanges[1].date: dates out of order, expected a date on or after history.exchanges[0].date, received "2025-03-10".',
        'zh-CN': '$.history.exchanges[1].date：日期先后矛盾，应为不早于 history.exchanges[0].date 的日期，实际为 "2025-03-10"。',
      },
    });
  });

  it('accepts exchanges in order, two on the same day included', () => {
    expect(parseClaim(claimWith({ claimDate: '2025-06-01', history: { exchanges: [{ date: '2025-03-10' }, { date: '2025-03-10' }, { date: '2025-05-02' }] } })).ok).toBe(
      true,
    );
  });

  it('refuses an exchange before the sale or after the claim', () => {
    expect(errorAt(claimWith({ history: { exchanges: [{ date: '2025-02-28' }] } }), '$.history.exchanges[0].date').expected.en).toBe('a date on or after sale.date');
    expect(errorAt(claimWith({ history: { exchanges: [{ date: '2025-03-09' }] } }), '$.history.exchanges[0].date').expected.en).toBe('a date on or before claimDate');
  });

  it('reports every chronology problem at once', () => {
    const errors = errorsOf({
      claimDate: '2025-03-08',
      item: { kind: 'handset' },
      sale: { ...sale, deliveredDate: '2025-03-10' },
      history: {
        repairs: [
          { handedIn: '2025-03-05', returned: null },
          { handedIn: '2025-03-03', returned: '2025-03-02' },
        ],
        exchanges: [{ date: '2025-03-06' }, { date: '2025-03-04' }],
      },
    });
    expect(errors.map((error) => error.path).sort()).toEqual([
      '$.history.exchanges[1].date',
      '$.history.repairs[0].returned',
      '$.history.repairs[1].handedIn',
      '$.history.repairs[1].returned',
      '$.sale.deliveredDate',
    ]);
    for (const error of errors) expect(error.code, error.path).toBe('order');
  });
});
