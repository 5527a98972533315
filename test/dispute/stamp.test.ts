import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/stamp/canonical';
import { engineMaterial } from '../../src/stamp/material';
import { sha256 } from '../../src/stamp/sha256';
import { sha256 as deskSha256 } from '../../src/desk/sha256';
import { engineDigest, engineStamp } from '../../src/stamp/stamp';
import { definePolicy, nationalPolicy, type Policy, policyById } from '../support/api';
import { shop, shopClause } from '../support/shop';
import { version } from '../../package.json';

describe('sha256', () => {
  // The library's (node:crypto) and the desk page's (@noble/hashes, put in its place in the browser build).
  it.each([
    ['node:crypto', sha256],
    ['@noble/hashes (the desk page)', deskSha256],
  ])('%s is FIPS 180-4 SHA-256: the NIST examples, at every padding boundary', (_name, hash) => {
    expect(hash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hash('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    // FIPS 180-4's long example: a million "a".
    expect(hash('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('gives the same digest in the desk page as in Node, on any text (UTF-8, every plane) and every length around a block', () => {
    for (let length = 50; length < 140; length += 1) expect(deskSha256('字'.repeat(length))).toBe(sha256('字'.repeat(length)));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => deskSha256(text) === sha256(text)));
  });
});

describe('canonicalJson', () => {
  it('does not depend on the order keys were written in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        return canonicalJson(record) === canonicalJson(reversed);
      }),
    );
  });
});

/** A copy of a profile with one parameter's current value replaced (the same profile otherwise). */
function withParameter<K extends keyof Policy['parameters']>(policy: Policy, name: K, value: unknown): Policy {
  const parameter = policy.parameters[name];
  const values = parameter.values.map((entry, index) => (index === parameter.values.length - 1 ? { ...entry, value } : entry));
  return { ...policy, parameters: { ...policy.parameters, [name]: { ...parameter, values } } } as Policy;
}

describe('engineStamp', () => {
  it('names the package version and the digest of the rule set and data', () => {
    const stamp = engineStamp(nationalPolicy);
    expect(stamp.version).toBe(version);
    expect(stamp.digest).toBe(createHash('sha256').update(engineMaterial()).digest('hex'));
    expect(engineDigest()).toBe(stamp.digest);
  });

  it('is the same for the same profile, every time', () => {
    const oppo = policyById('oppo')!;
    expect(engineStamp(oppo)).toEqual(engineStamp(oppo));
    expect(engineStamp(withParameter(oppo, 'exchangeWindow', { days: 30 }))).toEqual(engineStamp(oppo));
  });

  it('changes when a parameter value changes: a profile’s own, or a copy of the floor’s', () => {
    const oppo = policyById('oppo')!;
    expect(engineStamp(withParameter(oppo, 'exchangeWindow', { days: 31 })).digest).not.toBe(engineStamp(oppo).digest);
    const floorCopy = withParameter(nationalPolicy, 'refundWindow', { days: 7 });
    const changed = withParameter(nationalPolicy, 'refundWindow', { days: 8 });
    expect(engineStamp(changed).digest).not.toBe(engineStamp(floorCopy).digest);
    const derived = (days: number) => definePolicy(nationalPolicy, shop({ window: shopClause('换货期', 'exchange') }, { parameters: { exchangeWindow: { value: { days }, clause: 'window' } } }));
    expect(engineStamp(derived(20)).digest).toBe(engineStamp(derived(20)).digest);
    expect(engineStamp(derived(20)).digest).not.toBe(engineStamp(derived(21)).digest);
  });

  it('differs between profiles, and from the floor', () => {
    const digests = new Set(['cn-national', 'oppo', 'vivo', 'huawei'].map((id) => engineStamp(policyById(id)!).digest));
    expect(digests.size).toBe(4);
  });
});
