/**
 * The public surface (issue 20, item 5): the root entry `sanbao` holds what a shop system needs to
 * decide claims, at most 25 values; each subpath holds a part of the rest; no entry exports the
 * engine's internals. package.json's `exports`, tsup's entries and src/entries/ name the same
 * subpaths. (The built package, as users install it, is checked in test/package/.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index';
import * as calendar from '../../src/entries/calendar';
import * as dispute from '../../src/entries/dispute';
import * as policy from '../../src/entries/policy';
import * as schemas from '../../src/entries/schemas';
import * as testing from '../../src/entries/testing';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { exports: Record<string, unknown>; typesVersions: Record<string, Record<string, string[]>> };
const SUBPATHS = { policy, testing, dispute, schemas, calendar } as const;

describe('the root entry, sanbao', () => {
  it('exports at most 25 values, these', () => {
    const values = Object.keys(root).sort();
    expect(values.length).toBeLessThanOrEqual(25);
    expect(values).toEqual(
      [
        // deciding
        'decide', 'safeDecide', 'decideClaim', 'parseClaim', 'jsonOf', 'MAX_CLAIM_BYTES',
        // the errors decide throws
        'InvalidClaimError', 'InvalidOptionsError', 'InvalidPolicyError', 'UnknownPolicyError', 'RuleFailedError',
        // showing a decision
        'renderReport', 'renderTimelineSvg', 'citationText', 'citationLegend', 'formatYuan',
        // a shop's forms: the claim format's enumerations, the shipped profiles' ids
        'REQUESTS', 'CHANNELS', 'CARD_STATES', 'ITEM_KINDS', 'FAULT_CODES', 'LANGS', 'POLICY_IDS',
      ].sort(),
    );
  });
});

describe('the subpaths', () => {
  it('are the same in package.json (import and require, each with its types), typesVersions and src/entries/', () => {
    const subpaths = Object.keys(manifest.exports).filter((key) => key !== '.' && key !== './package.json' && !key.includes('*'));
    expect(subpaths).toEqual(Object.keys(SUBPATHS).map((name) => `./${name}`));
    expect(readdirSync(`${ROOT}src/entries`).sort()).toEqual(Object.keys(SUBPATHS).map((name) => `${name}.ts`).sort());
    for (const name of ['index', ...Object.keys(SUBPATHS)]) {
      expect(manifest.exports[name === 'index' ? '.' : `./${name}`], name).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
    }
    // TypeScript's old `node` resolution reads no `exports`: its types come from typesVersions (the
    // ESM declarations, as the root's `types` field names).
    expect(manifest.typesVersions['*']).toEqual(Object.fromEntries(Object.keys(SUBPATHS).map((name) => [name, [`./dist/${name}.d.ts`]])));
    // The JSON Schemas as files, beside the `./schemas` entry.
    expect(manifest.exports['./schemas/*']).toBe('./docs/schemas/*');
  });

  it('each holds its part: profiles, the fixture kit, disputes, schemas, calendars', () => {
    expect(Object.keys(policy)).toEqual(expect.arrayContaining(['definePolicy', 'nationalPolicy', 'policyById', 'shippedPolicies', 'auditPolicy', 'provenanceOf', 'defineRule', 'grant', 'deny']));
    expect(Object.keys(testing)).toEqual(expect.arrayContaining(['checkFixture', 'checkDecision', 'describeMismatch', 'reportText', 'reportTap', 'reportJunit', 'fixtureSchema']));
    expect(Object.keys(dispute)).toEqual(expect.arrayContaining(['checkShopDecision', 'decisionDiff', 'parseCheckInput', 'renderCheck', 'renderDiff', 'engineStamp', 'sameEngine']));
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['claimSchema', 'decisionSchema', 'claimJsonSchema', 'decisionJsonSchema', 'fixtureJsonSchema', 'jsonSchemaOf', 'SCHEMA_IDS']));
    expect(Object.keys(calendar)).toEqual(expect.arrayContaining(['calendarFrom', 'defaultCalendar', 'restDayCalendar', 'restDayCalendarOf', 'calendarDigest']));
  });

  it('a value in two entries is one value (one module behind both)', () => {
    expect(policy.POLICY_IDS).toBe(root.POLICY_IDS);
    expect(schemas.REQUESTS).toBe(root.REQUESTS);
    expect(schemas.fixtureSchema).toBe(testing.fixtureSchema);
  });
});

describe('no entry exports the internals', () => {
  const exported = new Set([root, ...Object.values(SUBPATHS)].flatMap((entry) => Object.keys(entry)));
  it.each(['evaluate', 'mergeWithFloor', 'paramsOn', 'FLOOR_CITES', 'renderDecision', 'decideUnder', 'bilingual', 'message', 'timelineOf', 'timelineStrip', 'basisOf'])('%s', (name) => {
    expect(exported.has(name)).toBe(false);
  });
});
