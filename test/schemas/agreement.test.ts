import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonOf } from '../../src/claim/read-json';
import { parseClaim } from '../../src/claim/parse';
import { checkFixture } from '../../src/testing/check-fixture';
import { arbitraryClaim } from '../support/arbitrary-claim';
import { fixtureOf, loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';
import { compiledSchemas } from './ajv';
import { isBeyondSchema } from './beyond-schema';
import { CLAIM_CORPUS, type CorpusClaim } from './claim-corpus';

const schemas = compiledSchemas();
const errorsOf = (validate: (typeof schemas)['claim']) => JSON.stringify(validate.errors?.slice(0, 5));

const HOSTILE = fileURLToPath(new URL('../hostile/corpus/', import.meta.url));

/**
 * The hostile corpus with the answers worked out for it (its expected.json): accepted (status 0),
 * refused only for its chronology (every error `order`: beyond the schema), or refused. Files
 * whose bytes are not a JSON value (not UTF-8, not JSON) are the reader's business, not a
 * schema's, and are left out.
 */
function hostileCorpus(): CorpusClaim[] {
  const expected = JSON.parse(readFileSync(`${HOSTILE}expected.json`, 'utf8')) as Record<string, { status: number; errors?: [string, string][] }>;
  return readdirSync(HOSTILE)
    .filter((name) => name !== 'expected.json' && expected[name] !== undefined)
    .flatMap((name): CorpusClaim[] => {
      const json = jsonOf(readFileSync(`${HOSTILE}${name}`));
      if (!json.ok) return [];
      const { status, errors = [] } = expected[name]!;
      const answer = status === 0 ? 'valid' : errors.every(([, code]) => code === 'order') ? 'beyond-schema' : 'invalid';
      return [{ name: `hostile/${name}`, claim: json.value, answer }];
    });
}

describe('the claim schema and parseClaim agree', () => {
  const corpus = [...CLAIM_CORPUS, ...hostileCorpus()];

  it('the corpus holds every kind of case', () => {
    for (const answer of ['valid', 'invalid', 'beyond-schema'] as const) expect(corpus.filter((c) => c.answer === answer).length).toBeGreaterThan(3);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s', (_name, { claim, answer }) => {
    const library = parseClaim(claim);
    const schema = schemas.claim(claim);
    if (answer === 'valid') {
      expect(library.ok, JSON.stringify(library.ok ? '' : library.errors.map((e) => e.message.en))).toBe(true);
      expect(schema, errorsOf(schemas.claim)).toBe(true);
    } else if (answer === 'invalid') {
      expect(library.ok).toBe(false);
      expect(schema).toBe(false);
    } else {
      // What the schema's description says it cannot check: the schema accepts, the library refuses.
      expect(schema, errorsOf(schemas.claim)).toBe(true);
      expect(library.ok).toBe(false);
      if (!library.ok) for (const error of library.errors) expect(isBeyondSchema(error), error.path).toBe(true);
    }
  });

  it('on arbitrary valid claims, and on each with one field replaced by arbitrary JSON, apart from the documented cases', () => {
    const paths = ['claimDate', 'request', 'item.kind', 'item.imei', 'sale.date', 'sale.priceFen', 'sale.subsidyFen', 'sale.channel', 'proof.invoice', 'fault.codes', 'fault.batteryCapacityPct', 'condition.giftsMissingFen', 'history.repairs', 'history.replacements', 'stock'];
    const replaced = (claim: Record<string, unknown>, path: string, value: unknown) => {
      const copy = structuredClone(claim);
      const keys = path.split('.');
      let at = copy as Record<string, unknown>;
      for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
      at[keys.at(-1)!] = value;
      return copy;
    };
    fc.assert(
      fc.property(arbitraryClaim, fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), (claim, path, value, replace) => {
        const input = replace ? replaced(claim as Record<string, unknown>, path, value) : claim;
        const library = parseClaim(input);
        const schema = schemas.claim(input);
        if (library.ok) return schema === true;
        const beyond = library.errors.every(isBeyondSchema);
        return beyond ? true : schema === false;
      }),
      { numRuns: 300, seed: 20251130 },
    );
  });
});

describe('every fixture, and every decision the fixtures produce, validates', () => {
  const fixtures = loadFixtures();

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    expect(schemas.fixture(fixtureOf(fixture)), errorsOf(schemas.fixture)).toBe(true);
    expect(schemas.claim(fixture.claim), errorsOf(schemas.claim)).toBe(true);
    const { decision } = checkFixture(fixtureOf(fixture));
    expect(schemas.decision(decision), errorsOf(schemas.decision)).toBe(true);
  });

  it('decisions with what would change them validate too', () => {
    for (const fixture of fixtures.filter((_, index) => index % 12 === 0)) {
      const decision = decideFixture(fixture, { counterfactuals: true });
      expect(decision.counterfactuals?.length, fixture.name).toBeGreaterThanOrEqual(0);
      expect(schemas.decision(decision), `${fixture.name} ${errorsOf(schemas.decision)}`).toBe(true);
    }
  });

  it('and the schemas refuse what is not one', () => {
    const [first] = fixtures;
    const fixture = fixtureOf(first!);
    expect(schemas.fixture({ ...fixture, expect: { ...fixture.expect, verdict: 'money-back' } })).toBe(false);
    expect(schemas.fixture({ ...fixture, expect: { ...fixture.expect, cite: [] } })).toBe(false);
    expect(schemas.fixture({ ...fixture, claim: { ...fixture.claim, claimdate: '2025-03-08' } })).toBe(false);
    const { decision } = checkFixture(fixture);
    expect(schemas.decision({ ...decision, verdict: 'money-back' })).toBe(false);
    expect(schemas.decision({ ...decision, remedies: [{ type: 'refund', performedBy: 'seller', cites: [], amountFen: -1 }] })).toBe(false);
    const { formatVersion: _omitted, ...withoutVersion } = decision!;
    expect(schemas.decision(withoutVersion)).toBe(false);
  });
});
