import type { Lang } from '../law/lang';
import type { MessageParams } from '../engine/types';
import type { Text } from '../law/sources';
import { en } from './locales/en';
import { reportEn } from './locales/report-en';
import { reportZhCN } from './locales/report-zh-CN';
import { zhCN } from './locales/zh-CN';
import { formatYuan } from './money';
import type { ReasonLocale } from './reason-locale';

export const reasonLocales: Readonly<Record<Lang, ReasonLocale>> = { 'zh-CN': zhCN, en };

/** The report's and the timeline's own words, apart from the reasons: deciding a claim never reads them. */
const reportWords: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { 'zh-CN': reportZhCN, en: reportEn };

/**
 * A placeholder: `{name}`, or `{name|noun}` for a count said with its noun in the language's
 * plural form (`{days|day}`: "1 day", "10 days"), chosen by `Intl.PluralRules` from the nouns the
 * locale lists. The form depends on the number alone, so the words stay deterministic.
 */
const PLACEHOLDER = /\{([\w:-]+)(?:\|(\w+))?\}/g;



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
  const localized = params !== undefined && hasLocalized(params);
  const parts = (code.startsWith('report.') ? reportPartsOf() : reasonParts)[lang].get(code);
  return fill(parts, code, params, lang, localized);
}

/**
 * Whether any parameter is given per language (`x:zh-CN`). Few are, and looking up a key an
 * object lacks is the slow case of a property lookup, so a message whose parameters have none
 * looks up only the plain names.
 */
function hasLocalized(params: MessageParams): boolean {
  for (const key in params) if (key.includes(':')) return true;
  return false;
}

function fill(parts: readonly Part[] | undefined, code: string, params: MessageParams | undefined, lang: Lang, localized: boolean): string {
  if (parts === undefined) return `{${code}}`;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = params === undefined ? undefined : localized ? (params[part.localized] ?? params[part.name]) : params[part.name];
    if (value === undefined) out += `{${part.name}}`;
    else if (typeof value === 'object') out += listWords(value, part.terms, lang);
    else if (part.money && typeof value === 'number') out += formatYuan(value, lang);
    else if (part.noun !== undefined) out += counted(value, part.noun, lang);
    else if (typeof value === 'number') out += String(value);
    else out += part.terms?.[value] ?? value;
  }
  return out;
}

/**
 * A list parameter in words: each item as its term, joined as the language joins lists. What
 * `map` and `join` give, without the intermediate array.
 */
function listWords(items: readonly string[], terms: Readonly<Record<string, string>> | undefined, lang: Lang): string {
  const separator = lang === 'zh-CN' ? '、' : ', ';
  let out = '';
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    out += index === 0 ? (terms?.[item] ?? item) : separator + (terms?.[item] ?? item);
  }
  return out;
}

const pluralRules: Readonly<Record<Lang, Intl.PluralRules>> = { 'zh-CN': new Intl.PluralRules('zh-CN'), en: new Intl.PluralRules('en') };

/**
 * A count with its noun: "1 day", "10 days" in English; in Chinese the noun's one form ("10天").
 *
 * @example
 * counted(1, 'day', 'en') //=> '1 day'
 * counted(10, 'day', 'en') //=> '10 days'
 */
export function counted(value: string | number, noun: string, lang: Lang): string {
  const forms = reasonLocales[lang].nouns?.[noun];
  if (forms === undefined) return `${value}`;
  const n = typeof value === 'number' ? value : Number(value);
  const form = Number.isFinite(n) ? (forms[pluralRules[lang].select(n) as 'one' | 'other'] ?? forms.other) : forms.other;
  return `${value}${lang === 'en' ? ' ' : ''}${form}`;
}

type Part =
  | string
  | {
      readonly name: string;
      readonly localized: string;
      readonly money: boolean;
      /** For `{name|noun}`: the noun the count is said with. */
      readonly noun: string | undefined;
      /** The words for this parameter's values, when the locale has them. */
      readonly terms: Readonly<Record<string, string>> | undefined;
    };
/**
 * A template split into its text and its placeholders, so that filling it needs no regular
 * expression. The placeholders' terms are the reasons' of the language.
 */
function compile(template: string, lang: Lang): readonly Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    const name = match[1]!;
    parts.push({ name, localized: `${name}:${lang}`, money: name.endsWith('Fen'), noun: match[2], terms: reasonLocales[lang].terms[name] });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** A locale table with each template split by {@link compile}. */
function compiledTable(table: Readonly<Record<string, string>>, lang: Lang): ReadonlyMap<string, readonly Part[]> {
  return new Map(Object.entries(table).map(([code, template]) => [code, compile(template, lang)]));
}

/**
 * The reasons' messages, compiled as the module loads (the locales are data that does not change
 * while the process runs).
 */
const reasonParts: Readonly<Record<Lang, ReadonlyMap<string, readonly Part[]>>> = {
  'zh-CN': compiledTable(zhCN.messages, 'zh-CN'),
  en: compiledTable(en.messages, 'en'),
};
/** The report's own words, compiled on first use: a bundle that only decides leaves them out. */
let reportParts: Readonly<Record<Lang, ReadonlyMap<string, readonly Part[]>>> | undefined;
function reportPartsOf(): Readonly<Record<Lang, ReadonlyMap<string, readonly Part[]>>> {
  reportParts ??= { 'zh-CN': compiledTable(reportWords['zh-CN'], 'zh-CN'), en: compiledTable(reportWords.en, 'en') };
  return reportParts;
}

type Bilingual = { readonly 'zh-CN': string; readonly en: string };

/** A message without parameters: its words never vary, so each is filled once, as the module loads. */
const plainMessages: ReadonlyMap<string, Bilingual> = new Map(
  [...new Set([...reasonParts['zh-CN'].keys(), ...reasonParts.en.keys()])].map((code) => [
    code,
    Object.freeze({ 'zh-CN': fill(reasonParts['zh-CN'].get(code), code, undefined, 'zh-CN', false), en: fill(reasonParts.en.get(code), code, undefined, 'en', false) }),
  ]),
);

/** The message in both languages. */
export function bilingual(code: string, params: MessageParams | undefined): Bilingual {
  if (params === undefined) return plainMessages.get(code) ?? Object.freeze({ 'zh-CN': `{${code}}`, en: `{${code}}` });
  const localized = hasLocalized(params);
  return { 'zh-CN': fill(reasonParts['zh-CN'].get(code), code, params, 'zh-CN', localized), en: fill(reasonParts.en.get(code), code, params, 'en', localized) };
}

/**
 * A finding's message in both languages: from the profile's own messages when the profile declares
 * its code (the codes of its own rules, `Policy.messages`), otherwise from the locales.
 */
export function findingMessage(code: string, params: MessageParams | undefined, own: Readonly<Record<string, Text>> | undefined): Bilingual {
  if (own === undefined || !Object.hasOwn(own, code)) return bilingual(code, params);
  const text = own[code]!;
  const localized = params !== undefined && hasLocalized(params);
  return {
    'zh-CN': fill(compile(text['zh-CN'], 'zh-CN'), code, params, 'zh-CN', localized),
    en: fill(compile(text.en, 'en'), code, params, 'en', localized),
  };
}
