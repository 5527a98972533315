import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../../src/schemas/index';

const doc = (name: string) => readFileSync(fileURLToPath(new URL(`../../docs/${name}`, import.meta.url)), 'utf8');

type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[] };

/** Every property a schema names, at any depth, as `parent.child` (array items as `[]`); the two-language message objects' keys left out. */
function fieldsOf(node: Node, prefix = ''): string[] {
  const here = Object.entries(node.properties ?? {}).flatMap(([key, child]) =>
    key === 'zh-CN' || key === 'en' ? [] : [`${prefix}${key}`, ...fieldsOf(child, `${prefix}${key}.`)],
  );
  const items = node.items === undefined ? [] : fieldsOf(node.items, prefix.replace(/\.$/, '[].'));
  const options = (node.anyOf ?? []).flatMap((option) => fieldsOf(option, prefix));
  return [...new Set([...here, ...items, ...options])];
}

/** Whether a page names a field: its last name in code quotes, alone or ending a dotted path. */
const names = (text: string, field: string) => new RegExp(`[\`.]${field.split(/\.|\[\]\./).at(-1)!.replace(/[$]/g, '\\$')}\``).test(text);

describe('the format pages document every field of their schemas', () => {
  it('docs/decision-format.md: every field of the decision', () => {
    const text = doc('decision-format.md');
    const fields = fieldsOf(jsonSchemaOf('decision') as Node);
    expect(fields.length).toBeGreaterThan(60);
    expect(fields.filter((field) => !names(text, field))).toEqual([]);
  });

  it('docs/fixture-format.md: every field of a fixture, every expectation, every remedy field', () => {
    const text = doc('fixture-format.md');
    const fields = fieldsOf(jsonSchemaOf('fixture') as Node).filter((field) => !field.startsWith('claim.'));
    expect(fields).toEqual(expect.arrayContaining(['title', 'expect.verdict', 'expect.remedies[].amountFen', 'expect.dates.noReasonUntil', 'expect.obligations[].since']));
    expect(fields.filter((field) => !names(text, field))).toEqual([]);
  });
});
