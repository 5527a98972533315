/**
 * A finding code's declaration is checked by the compiler (issue 20): without its words in both
 * languages, its citations or its effect, with a citation or a parameter that does not exist, or
 * with an effect the engine has no name for, it does not compile; nor does a national rule's
 * finding with a code no family declares. The `@ts-expect-error` lines are the test:
 * `npm run typecheck` fails if any of them compiles. That the declared citations and effects are
 * what the rules do is test/rules/finding-declarations.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { note } from '../../src/engine/findings';
import { effectKind, type FindingDeclarations } from '../../src/rules/declare-finding';
import { FINDING_CODES, findingMessagesIn } from '../../src/rules/finding-codes';
import { nationalRule } from '../../src/rules/national-rule';

const message = { 'zh-CN': '测试', en: 'test' };

function typeChecksOnly(): void {
  void ({ 'test.informs': { message, cites: ['mp2001:art11'], effect: 'informs' } } satisfies FindingDeclarations);
  void ({ 'test.profile': { message, cites: [], clauseOf: ['clockStart'], effect: { grants: ['refund', 'exchange'] } } } satisfies FindingDeclarations);
  // @ts-expect-error a declaration without an effect
  void ({ 'test.x': { message, cites: ['mp2001:art11'] } } satisfies FindingDeclarations);
  // @ts-expect-error a declaration without its citations
  void ({ 'test.x': { message, effect: 'warns' } } satisfies FindingDeclarations);
  // @ts-expect-error a message in one language only
  void ({ 'test.x': { message: { en: 'test' }, cites: ['mp2001:art11'], effect: 'warns' } } satisfies FindingDeclarations);
  // @ts-expect-error a citation the registry does not have
  void ({ 'test.x': { message, cites: ['mp2001:art99'], effect: 'warns' } } satisfies FindingDeclarations);
  // @ts-expect-error a profile's clause is not an article a national code declares (it stands in through `clauseOf`)
  void ({ 'test.x': { message, cites: ['policy:shop:clause'], effect: 'warns' } } satisfies FindingDeclarations);
  // @ts-expect-error a parameter that does not exist
  void ({ 'test.x': { message, cites: [], clauseOf: ['noSuchParameter'], effect: 'warns' } } satisfies FindingDeclarations);
  // @ts-expect-error an effect with no name
  void ({ 'test.x': { message, cites: ['mp2001:art11'], effect: 'limits' } } satisfies FindingDeclarations);
  // @ts-expect-error a remedy that does not exist
  void ({ 'test.x': { message, cites: ['mp2001:art11'], effect: { grants: ['voucher'] } } } satisfies FindingDeclarations);
  nationalRule({
    id: 'window.refund',
    describes: message,
    basis: [[{ from: '2001-11-15', tag: 'mp2001', cites: ['mp2001:art11'] }]],
    // @ts-expect-error a code no family declares
    run: () => [note('window.no-such-code', 'mp2001:art11')],
  });
}

describe('a finding declaration', () => {
  it('is checked by the compiler (the lines above); its words are the locales’', () => {
    expect(typeof typeChecksOnly).toBe('function');
    expect(effectKind({ denies: ['all-free'] })).toBe('denies');
    expect(effectKind({ obliges: 'loaner-phone' })).toBe('obliges');
    expect(effectKind('dates')).toBe('dates');
    const zh = findingMessagesIn('zh-CN');
    expect(Object.keys(zh)).toEqual([...FINDING_CODES]);
    expect(zh['repairs.loaner']).toContain('备用机');
    expect(findingMessagesIn('en')['repairs.loaner']).toContain('loaner phone');
  });
});
