/**
 * `parseClaim` without trust (issue 13, items 7 and 8): a bad value anywhere does not stop the
 * checks across fields, and nothing it is given makes it throw — getters that throw, proxies,
 * revoked proxies — each unreadable value being reported with its path in both languages.
 */
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/claim/parse';
import { snapshot, UNREADABLE } from '../../src/claim/snapshot';

const valid = () => ({ claimDate: '2025-03-20', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 } });
const errorsOf = (input: unknown) => {
  const result = parseClaim(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe('every problem at once (item 7)', () => {
  it('a negative price and a repair returned before it went in: both errors', () => {
    const errors = errorsOf({
      ...valid(),
      sale: { date: '2025-03-01', priceFen: -5 },
      history: { repairs: [{ handedIn: '2025-03-10', returned: '2025-03-05' }] },
    });
    expect(errors.map((error) => `${error.path} ${error.code}`)).toEqual(['$.sale.priceFen range', '$.history.repairs[0].returned order']);
  });

  it('a bad date elsewhere and a claim before the sale: both errors', () => {
    const errors = errorsOf({ ...valid(), claimDate: '2025-02-27', item: { kind: 'handset', factoryDate: '2025-02-30' } });
    expect(errors.map((error) => error.path).sort()).toEqual(['$.claimDate', '$.item.factoryDate']);
  });

  it('an out-of-range count and an exchange out of order: both errors, each once', () => {
    const errors = errorsOf({
      ...valid(),
      history: { replacements: -1, exchanges: [{ date: '2025-03-10' }, { date: '2025-03-05' }] },
    });
    expect(errors.map((error) => error.path)).toEqual(['$.history.replacements', '$.history.exchanges[1].date']);
  });

  it('a subsidy above the price is one range error, reported with a negative amount elsewhere', () => {
    const errors = errorsOf({ ...valid(), sale: { date: '2025-03-01', priceFen: 399900, paidFen: -1, subsidyFen: 400000 } });
    expect(errors.map((error) => `${error.path} ${error.code}`)).toEqual(['$.sale.paidFen range', '$.sale.subsidyFen range']);
    expect(errors[1]!.message.en).toBe('$.sale.subsidyFen: out of range, expected an amount not above sale.priceFen, received 400000.');
    expect(errors[1]!.message['zh-CN']).toBe('$.sale.subsidyFen：超出范围，应为不超过 sale.priceFen 的金额，实际为 400000。');
  });

  it('a subsidy up to the price is accepted', () => {
    const result = parseClaim({ ...valid(), sale: { date: '2025-03-01', priceFen: 399900, subsidyFen: 50000 } });
    expect(result.ok && result.claim.sale.subsidyFen).toBe(50000);
  });
});

describe('parse without trust (item 8)', () => {
  it('a getter that throws is reported at its path, with the other problems', () => {
    const input = {
      ...valid(),
      get sale(): unknown {
        throw new Error('boom');
      },
      history: { repairs: [{ handedIn: '2025-03-10', returned: '2025-03-05' }] },
    };
    const errors = errorsOf(input);
    expect(errors.map((error) => error.path)).toEqual(['$.sale', '$.history.repairs[0].returned']);
    expect(errors[0]).toMatchObject({
      code: 'type',
      received: '(unreadable)',
      message: {
        en: '$.sale: expected plain JSON data (reading this value failed), received (unreadable).',
        'zh-CN': '$.sale：类型不对，应为普通的 JSON 数据（读取该值时出错），实际为 (unreadable)。',
      },
    });
  });

  it('a revoked proxy, at the top or inside, is an error, not a throw', () => {
    expect(errorsOf(revoked()).map((error) => error.path)).toEqual(['$']);
    expect(errorsOf({ ...valid(), item: revoked() }).map((error) => error.path)).toEqual(['$.item']);
    expect(errorsOf({ ...valid(), history: { repairs: [revoked()] } }).map((error) => error.path)).toEqual(['$.history.repairs[0]']);
  });

  it('proxies whose traps throw are errors; a transparent proxy is read like the object', () => {
    const hostile = new Proxy(valid(), {
      ownKeys() {
        throw new Error('no keys');
      },
    });
    expect(errorsOf(hostile).map((error) => error.path)).toEqual(['$']);
    const getter = new Proxy(valid(), {
      get(target, key) {
        if (key === 'claimDate') throw new Error('no date');
        return Reflect.get(target, key);
      },
    });
    expect(errorsOf(getter).map((error) => error.path)).toContain('$.claimDate');
    const transparent = parseClaim(new Proxy(valid(), {}));
    expect(transparent.ok && transparent.claim.claimDate).toBe('2025-03-20');
  });

  it('an array whose getters throw, and a throwing toJSON or valueOf, never make it throw', () => {
    const repairs: unknown[] = [];
    Object.defineProperty(repairs, 0, {
      get() {
        throw new Error('no repair');
      },
      enumerable: true,
    });
    expect(errorsOf({ ...valid(), history: { repairs } }).map((error) => error.path)).toEqual(['$.history.repairs[0]']);
    const sly = { valueOf: () => { throw new Error('v'); }, toString: () => { throw new Error('s'); }, toJSON: () => { throw new Error('j'); } };
    expect(() => parseClaim({ ...valid(), sale: { date: sly, priceFen: sly } })).not.toThrow();
    expect(parseClaim({ ...valid(), sale: { date: sly, priceFen: sly } }).ok).toBe(false);
  });

  it('snapshot copies data once and keeps __proto__ as an own key, polluting nothing', () => {
    const input = JSON.parse('{"a":{"__proto__":{"polluted":1}},"b":[1,2]}') as unknown;
    const copy = snapshot(input);
    expect(copy.unreadable).toEqual([]);
    expect(Object.prototype.hasOwnProperty.call((copy.value as { a: object }).a, '__proto__')).toBe(true);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(snapshot({ x: revoked() }).value).toEqual({ x: UNREADABLE });
  });
});
