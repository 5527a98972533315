import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf, jsonSchemaText, SCHEMA_IDS, SCHEMA_NAMES } from '../../src/schemas/index';
import { cli } from '../support/run';

const file = (name: string) => fileURLToPath(new URL(`../../docs/schemas/${name}.schema.json`, import.meta.url));

describe('the published schemas', () => {
  it.each(SCHEMA_NAMES)('docs/schemas/%s.schema.json is what the generator writes from the zod schemas (regenerate: npx tsx test/schemas/write-schemas.ts)', (name) => {
    expect(readFileSync(file(name), 'utf8')).toBe(jsonSchemaText(name));
  });

  it.each(SCHEMA_NAMES)('`sanbao schema %s` prints the published file', async (name) => {
    const run = await cli(['schema', name]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(file(name), 'utf8'));
  });

  it('`sanbao schema` alone prints the claim schema; an unknown name is wrong usage', async () => {
    expect((await cli(['schema'])).stdout).toBe(jsonSchemaText('claim'));
    const wrong = await cli(['schema', 'remedy']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('claim, decision, fixture');
    expect((await cli(['schema', 'claim', 'decision'])).status).toBe(2);
  });

  it.each(SCHEMA_NAMES)('%s is a draft 2020-12 schema with its own $id, valid against the meta-schema', (name) => {
    const schema = jsonSchemaOf(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_IDS[name]);
    expect(schema.$id).toBe(`urn:sanbao:schema:${name}:1`);
    expect(schema.title).toMatch(/format version 1$/);
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, validateFormats: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('the three ids differ, and the fixture schema reads its claim from the claim schema', () => {
    expect(new Set(Object.values(SCHEMA_IDS)).size).toBe(3);
    const properties = jsonSchemaOf('fixture').properties as Record<string, { $ref?: string }>;
    expect(properties.claim?.$ref).toBe(SCHEMA_IDS.claim);
  });

  it('the claim schema says what it cannot check: the IMEI check digit and the chronology', () => {
    const schema = jsonSchemaOf('claim');
    expect(schema.description).toMatch(/Luhn check digit/);
    expect(schema.description).toMatch(/chronology/);
    expect(schema.description).toMatch(/claimDate on or after sale\.date/);
    const item = (schema.properties as Record<string, { properties: Record<string, { description?: string }> }>).item!;
    expect(item.properties.imei?.description).toMatch(/check digit is checked by the library/);
  });
});
