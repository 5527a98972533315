import type { PolicyChanges } from '../../src/policy/define-policy';
import type { PolicyClause } from '../../src/policy/policy';

/** A clause of the test shop's notice, with the same words in its label and text. */
export function shopClause(zh: string, en: string): PolicyClause {
  return { label: { 'zh-CN': zh, en }, text: { 'zh-CN': `${zh}。`, en: `${en}.` }, confidence: 'A' };
}

/**
 * The changes of a shop that tests derive a profile with: `my-shop`, a counter notice, with the
 * given clauses (and anything else overridden).
 */
export function shop(clauses: Readonly<Record<string, PolicyClause>>, changes: Partial<PolicyChanges> = {}): PolicyChanges {
  return {
    id: 'my-shop',
    title: { 'zh-CN': '本店三包承诺', en: 'My shop’s promise' },
    source: { title: 'notice on the counter' },
    asOf: '2026-01-01',
    confidence: 'A',
    clauses,
    ...changes,
  };
}
