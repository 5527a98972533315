import { COMMANDS } from '../../src/cli/commands/index';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findingCodesDocument } from './finding-codes-doc';
import { parametersDocument } from './parameters-doc';
import { rulesDocument } from './rules-doc';
import { shippedPolicies } from '../support/api';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../docs/${name}`, import.meta.url)), 'utf8');

describe('docs/', () => {
  it('rules.md is what the rule registry and the fixtures generate (run `npm run docs` after changing them)', () => {
    expect(read('rules.md')).toBe(rulesDocument());
  });

  it('parameters.md is what the parameter declarations generate (run `npm run docs` after changing them)', () => {
    expect(read('parameters.md')).toBe(parametersDocument());
  });

  it('finding-codes.md is what the finding declarations generate (run `npm run docs` after changing them)', () => {
    expect(read('finding-codes.md')).toBe(findingCodesDocument());
  });

  it('interpretations.md explains every interpretation a rule names', () => {
    const text = read('interpretations.md');
    const named = new Set(shippedPolicies.flatMap((policy) => policy.rules.flatMap((rule) => rule.interpretations ?? [])));
    for (const id of named) expect(text, id).toMatch(new RegExp(`^## ${id}\\b`, 'm'));
  });

  it('cli.md documents every command', () => {
    const text = read('cli.md');
    for (const command of COMMANDS) expect(text, command.name).toContain(`sanbao ${command.name}`);
  });
});
