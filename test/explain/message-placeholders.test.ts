/**
 * A message says the same things in both languages: each code's template has the same
 * placeholders in zh-CN as in English (in any order), for the reasons and for the report's and
 * the timeline's own words. A placeholder only one language has would leave `{x}` unfilled or a
 * value unsaid in the other.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/explain/locales/en';
import { reportEn } from '../../src/explain/locales/report-en';
import { reportZhCN } from '../../src/explain/locales/report-zh-CN';
import { zhCN } from '../../src/explain/locales/zh-CN';
import { placeholdersOf } from '../../src/explain/messages';

const sorted = (template: string) => [...new Set(placeholdersOf(template).map((name) => name.replace(/:(zh-CN|en)$/, '')))].sort();

describe('placeholders', () => {
  it('are found in a template, in order', () => {
    expect(placeholdersOf('{a} and {b:en}, then {a}')).toEqual(['a', 'b:en', 'a']);
  });

  it.each([
    ['reasons', en.messages, zhCN.messages],
    ['report and timeline words', reportEn, reportZhCN],
  ] as const)('%s: the same in both languages, code by code', (_, english, chinese) => {
    const codes = Object.keys(english);
    expect(Object.keys(chinese).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(sorted((chinese as Record<string, string>)[code]!), code).toEqual(sorted((english as Record<string, string>)[code]!));
    }
  });
});
