import type { Lang } from '../claim/input-error';
import type { MessageParams } from '../engine/types';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';
import { formatYuan } from './money';
import type { ReasonLocale } from './reason-locale';

export const reasonLocales: Readonly<Record<Lang, ReasonLocale>> = { 'zh-CN': zhCN, en };

const PLACEHOLDER = /\{([\w:-]+)\}/g;

import { LIST } from '../engine/message-list';

export { LIST };

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
  const parts = compiled(code, lang);
  if (parts === undefined) return `{${code}}`;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = params === undefined ? undefined : (params[part.localized] ?? params[part.name]);
    if (value === undefined) out += `{${part.name}}`;
    else if (part.money && typeof value === 'number') out += formatYuan(value, lang);
    else if (typeof value === 'number') out += String(value);
    else if (value.includes(LIST)) {
      out += value
        .split(LIST)
        .map((item) => part.terms?.[item] ?? item)
        .join(lang === 'zh-CN' ? '、' : ', ');
    } else out += part.terms?.[value] ?? value;
  }
  return out;
}

type Part =
  | string
  | {
      readonly name: string;
      readonly localized: string;
      readonly money: boolean;
      /** The words for this parameter's values, when the locale has them. */
      readonly terms: Readonly<Record<string, string>> | undefined;
    };
const templates: Record<Lang, Map<string, readonly Part[]>> = { 'zh-CN': new Map(), en: new Map() };

/** A template split once into its text and its placeholders (rendering then needs no regular expression). */
function compiled(code: string, lang: Lang): readonly Part[] | undefined {
  const hit = templates[lang].get(code);
  if (hit !== undefined) return hit;
  const template = reasonLocales[lang].messages[code];
  if (template === undefined) return undefined;
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    const name = match[1]!;
    parts.push({ name, localized: `${name}:${lang}`, money: name.endsWith('Fen'), terms: reasonLocales[lang].terms[name] });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  templates[lang].set(code, parts);
  return parts;
}

/** The message in both languages. */
export function bilingual(code: string, params: MessageParams | undefined): { readonly 'zh-CN': string; readonly en: string } {
  return { 'zh-CN': message(code, params, 'zh-CN'), en: message(code, params, 'en') };
}
