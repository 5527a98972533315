import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../src/cli/batch/byte-writer';
import { writeJson } from '../../src/cli/batch/encode-json';
import { encodeDecision, serializeDecision } from '../../src/cli/serialize';
import { decide, policyById, shippedPolicies } from '../support/api';
import { arbitraryClaim } from '../support/arbitrary-claim';
import { loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';

const text = (writer: ByteWriter) => Buffer.from(writer.view()).toString('utf8');
/** What `JSON.stringify` gives, as the UTF-8 bytes a batch writes. */
const utf8 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

describe('serializeDecision / encodeDecision', () => {
  it('writes every fixture’s decision exactly as JSON.stringify does', () => {
    for (const fixture of loadFixtures()) {
      const decision = decideFixture(fixture);
      expect(serializeDecision(decision)).toBe(JSON.stringify(decision));
      const explained = decideFixture(fixture, { counterfactuals: true });
      expect(serializeDecision(explained)).toBe(JSON.stringify(explained));
    }
  });

  it('writes random decisions, under the floor and every shipped profile, exactly as JSON.stringify does', () => {
    fc.assert(
      fc.property(arbitraryClaim, fc.constantFrom(...shippedPolicies), (claim, policy) => {
        for (const decision of [decide(claim), decide(claim, { policy })]) {
          expect(serializeDecision(decision)).toBe(JSON.stringify(decision));
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('writes the same bytes for many decisions in one reused buffer as for each alone (cached fragments, copied messages)', () => {
    const oppo = policyById('oppo')!;
    const decisions = loadFixtures()
      .slice(0, 80)
      .flatMap((fixture) => [decideFixture(fixture), decide(fixture.claim, { policy: oppo })]);
    const writer = new ByteWriter(16);
    for (let round = 0; round < 2; round += 1) {
      writer.reset();
      for (const decision of decisions) {
        encodeDecision(writer, decision);
        writer.byte(10);
      }
      expect(Buffer.from(writer.view()).equals(Buffer.concat(decisions.map((decision) => Buffer.concat([utf8(decision), Buffer.from('\n')]))))).toBe(true);
    }
  });
});

describe('ByteWriter and writeJson: JSON.stringify’s bytes for any value', () => {
  /** Any UTF-16 unit: lone surrogates and control characters included. */
  const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 80 });

  it('strings: escapes, every plane, lone surrogates, short (cached) and long (native) alike', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnits, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 60 })), (value) => {
        const writer = new ByteWriter(1);
        writer.string(value);
        writer.string(value);
        expect(Buffer.from(writer.view()).equals(Buffer.concat([utf8(value), utf8(value)]))).toBe(true);
      }),
      { seed: 7, numRuns: 3000 },
    );
    for (const value of ['', '"', '\\', '\u0000\u001f\u007f', '\b\t\n\f\r', '\ud800', 'a\udc00b', '😀', '\ud83d\ude00\ud83d', '三包'.repeat(40)]) {
      const writer = new ByteWriter(1);
      writer.string(value);
      expect(text(writer), JSON.stringify(value)).toBe(JSON.stringify(value));
    }
  });

  it('numbers: integers digit by digit, the rest as JSON writes them (-0, NaN, ±Infinity, fractions, big)', () => {
    const values = [0, -0, 1, 9, 10, 99, 100, 2147483647, 2147483648, -1, -2147483648, 0.1, 1e21, 1e-7, 123456789012345, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity];
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.nat(), fc.double(), fc.constantFrom(...values)), (value) => {
        const writer = new ByteWriter(1);
        writer.number(value);
        expect(text(writer)).toBe(JSON.stringify(value));
      }),
      { seed: 8, numRuns: 3000 },
    );
  });

  it('any JSON value, and the things JSON.stringify leaves out or turns into null', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const writer = new ByteWriter(1);
        writeJson(writer, value);
        expect(text(writer)).toBe(JSON.stringify(value));
      }),
      { seed: 9, numRuns: 2000 },
    );
    const odd = { a: undefined, b: () => 1, c: Symbol('s'), d: [undefined, () => 1, Symbol('t'), NaN], e: new Date(0), f: { toJSON: () => 'x' }, g: null, [Symbol('k')]: 1 };
    const writer = new ByteWriter(1);
    writeJson(writer, odd);
    expect(text(writer)).toBe(JSON.stringify(odd));
    expect(() => writeJson(new ByteWriter(1), { n: 1n })).toThrow(TypeError);
  });

  it('caches only what cannot change: a frozen object with a mutable child is written afresh', () => {
    const child = { n: 1 };
    const frozen = Object.freeze({ child, label: 'x' });
    const deep = Object.freeze({ inner: Object.freeze({ n: 1 }) });
    const writer = new ByteWriter(1);
    writeJson(writer, [frozen, deep]);
    child.n = 2;
    writer.reset();
    writeJson(writer, [frozen, deep]);
    expect(text(writer)).toBe(JSON.stringify([frozen, deep]));
    expect(text(writer)).toContain('"n":2');
  });

  it('a message object met twice in one value is copied; a different object with other text is not', () => {
    const message = { 'zh-CN': '三包有效期已届满。', en: 'The period has ended.' };
    const other = { 'zh-CN': '其他。', en: 'Other.' };
    const value = { reasons: [{ message }, { message: other }], warnings: [{ message }], recourse: [{ message: { ...message, en: 'changed' } }] };
    const writer = new ByteWriter(1);
    writeJson(writer, value);
    writeJson(writer, value);
    expect(text(writer)).toBe(JSON.stringify(value).repeat(2));
  });
});
