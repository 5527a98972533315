import type { Lang } from '../claim/input-error';
import type { MessageParams } from '../engine/types';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';
import { formatYuan } from './money';
import type { ReasonLocale } from './reason-locale';

export const reasonLocales: Readonly<Record<Lang, ReasonLocale>> = { 'zh-CN': zhCN, en };

const PLACEHOLDER = /\{([\w:-]+)\}/g;

/** The placeholders a template uses, in order. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/**
 * A reason's message in one language: the template of its code, filled from its parameters.
 * A parameter `x:zh-CN` / `x:en` gives `{x}` per language; keys ending in `Fen` render as yuan;
 * values with a term render as the term. A placeholder without a value stays as `{x}`, which the
 * test suite looks for.
 *
 * @example
 * message('period.in-warranty', { until: '2026-03-02' }, 'en') //=> 'Inside the 三包 period (until 2026-03-02): the fault is repaired free.'
 */
export function message(code: string, params: MessageParams | undefined, lang: Lang): string {
  const locale = reasonLocales[lang];
  const template = locale.messages[code];
  if (template === undefined) return `{${code}}`;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params?.[`${name}:${lang}`] ?? params?.[name];
    if (value === undefined) return whole;
    if (name.endsWith('Fen') && typeof value === 'number') return formatYuan(value, lang);
    const term = locale.terms[name]?.[String(value)];
    return term ?? String(value);
  });
}

/** The message in both languages. */
export function bilingual(code: string, params: MessageParams | undefined): { readonly 'zh-CN': string; readonly en: string } {
  return { 'zh-CN': message(code, params, 'zh-CN'), en: message(code, params, 'en') };
}
