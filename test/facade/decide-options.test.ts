/**
 * Issue 17, reproduction 12 (second half): `decide(claim, 'huawei')`, a string where the options
 * object goes, decided under the floor in silence. Options that are not an options object are a
 * TypeError with a clear message; safeDecide returns it as an error and never throws.
 */
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/claim/excerpt';
import { decideOptionsOf, InvalidOptionsError } from '../../src/facade/decide-options';
import { decide, decideClaim, parseClaim, safeDecide } from '../support/api';

/** A store sale on 2025-03-03, a listed fault on day 5: the 7-day refund (Art. 11). */
const day5 = {
  claimDate: '2025-03-08',
  item: { kind: 'handset', imei: '860000000000009' },
  sale: { date: '2025-03-03', priceFen: 299900 },
  fault: { codes: ['display-failure'] },
};

describe('reproduction 12 (second half): options that are not an options object', () => {
  it('decide(claim, "huawei") is a TypeError that says how to decide under huawei', () => {
    expect(() => decide(day5, 'huawei' as never)).toThrow(TypeError);
    expect(() => decide(day5, 'huawei' as never)).toThrow('to decide under a profile, pass { policy: "huawei" }');
    const parsed = parseClaim(day5);
    if (!parsed.ok) throw new Error('the claim does not parse');
    expect(() => decideClaim(parsed.claim, 'huawei' as never)).toThrow(InvalidOptionsError);
  });

  it('a number, an array, a function, an unknown key, a non-boolean counterfactuals: each a TypeError naming the path', () => {
    const cases: [unknown, string][] = [
      [42, 'options'],
      [['huawei'], 'options'],
      [() => ({ policy: 'huawei' }), 'options'],
      [{ polcy: 'huawei' }, 'options.polcy'],
      [{ counterfactuals: 'yes' }, 'options.counterfactuals'],
      [{ calendar: 'x' }, 'options.calendar'],
    ];
    for (const [options, path] of cases) {
      let thrown: unknown;
      try {
        decideOptionsOf(options);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as InvalidOptionsError).path).toBe(path);
      expect((thrown as InvalidOptionsError).text['zh-CN']).toContain(path);
    }
  });

  it('quotes what it received as every other error does (claim/excerpt.ts): a long value or key cut at 60 characters', () => {
    const thrownBy = (options: unknown) => {
      try {
        decideOptionsOf(options);
      } catch (error) {
        return error as InvalidOptionsError;
      }
      throw new Error('no error');
    };
    const long = 'h'.repeat(10_000);
    const cutLong = `${'h'.repeat(60)}…`;
    const asString = thrownBy(long);
    expect(asString.received).toBe(`"${cutLong}"`);
    expect(asString.message).not.toContain('h'.repeat(61));
    expect(asString.text['zh-CN']).not.toContain('h'.repeat(61));
    const unknownKey = thrownBy({ [long]: 1 });
    expect(unknownKey.path).toBe(`options.${cutLong}`);
    expect(unknownKey.received).toBe(`"${cutLong}"`);
    expect(unknownKey.message).not.toContain('h'.repeat(61));
    expect(thrownBy(['huawei', 'oppo']).received).toBe('[…] (2 items)');
    expect(thrownBy({ calendar: { years: [] } }).received).toBe('{…}');
    expect(thrownBy({ counterfactuals: null }).received).toBe('null');
    // The one helper, as the claim's errors quote a value.
    for (const value of [long, ['huawei'], 42, () => 1]) expect(thrownBy(value).received).toBe(excerpt(value));
  });

  it('safeDecide returns the problem, with its path, in both languages, and never throws', () => {
    const result = safeDecide(day5, 'huawei' as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ path: 'options', code: 'type', received: '"huawei"' });
    expect(result.errors[0]!.message['zh-CN']).toContain('{ policy: "huawei" }');
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(safeDecide(day5, trap as never).ok).toBe(false);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => decide(day5, proxy as never)).toThrow(InvalidOptionsError);
    expect(() => decide(day5, trap as never)).toThrow(InvalidOptionsError);
    const getter = Object.defineProperty({}, 'policy', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(() => decide(day5, getter as never)).toThrow(InvalidOptionsError);
  });

  it('still takes no options, null, and an options object, and decides under the profile it names', () => {
    expect(decide(day5).policy.id).toBe('cn-national');
    expect(decide(day5, null as never).policy.id).toBe('cn-national');
    expect(decide(day5, { policy: 'huawei' }).policy.id).toBe('huawei');
  });
});
