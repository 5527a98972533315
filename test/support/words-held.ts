/**
 * What a decision's words state and whether the decision holds it (issue 18, item 1): the amounts
 * and dates in its messages, the values the decision and the claim hold, and claims with what the
 * arbitrary claims leave out. Used by test/property/words-in-decision.property.test.ts. Written
 * apart from the library's own `heldValues` (src/explain/held-values.ts, which picks the story a
 * decision tells), so that a fault in that one is not repeated in the check.
 */
import fc from 'fast-check';
import type { Decision } from '../../src/claim/decision';
import { en } from '../../src/explain/locales/en';
import { zhCN } from '../../src/explain/locales/zh-CN';
import { IN_FORCE } from '../../src/law/key-dates';
import { arbitraryClaim } from './arbitrary-claim';

type Lang = 'zh-CN' | 'en';

const DAY = /\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日/g;
const AMOUNT: Readonly<Record<Lang, RegExp>> = { en: /¥(-?[\d,]+\.\d{2})/g, 'zh-CN': /(-?[\d,]+\.\d{2})元/g };

/** `2024年7月1日` as `2024-07-01`. */
function isoDay(text: string): string {
  const match = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  return match === null ? text : `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

/** `3,100.00` as 310000 fen. */
const fenOf = (text: string): number => Math.round(Number(text.replaceAll(',', '')) * 100);

export function daysIn(text: string): string[] {
  return [...text.matchAll(DAY)].map((match) => isoDay(match[0]));
}

export function amountsIn(text: string, lang: Lang): number[] {
  return [...text.matchAll(AMOUNT[lang])].map((match) => fenOf(match[1]!));
}

/** Every date and every amount a value holds, at any depth: strings shaped as days, numbers under keys ending `Fen`. */
function collect(value: unknown, days: Set<string>, amounts: Set<number>, key = ''): void {
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) days.add(value);
  } else if (typeof value === 'number') {
    if (key.endsWith('Fen')) amounts.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, days, amounts, key);
  } else if (value !== null && typeof value === 'object') {
    for (const [inner, item] of Object.entries(value)) if (inner !== 'message') collect(item, days, amounts, inner);
  }
}

const LAW_DAYS: ReadonlySet<string> = new Set(Object.values(IN_FORCE));

const templates: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { en: en.messages, 'zh-CN': zhCN.messages };

/** The words every message of a decision says that neither the decision nor the claim holds. */
export function unheldWords(decision: Decision, claim: unknown): string[] {
  const days = new Set<string>();
  const amounts = new Set<number>();
  collect(decision, days, amounts);
  collect(claim, days, amounts);
  const problems: string[] = [];
  const messages: { readonly where: string; readonly code?: string; readonly message: Readonly<Record<Lang, string>> }[] = [
    ...decision.reasons.map((reason) => ({ where: `reason ${reason.code}`, code: reason.code, message: reason.message })),
    ...decision.warnings.map((warning) => ({ where: `warning ${warning.code}`, code: warning.code, message: warning.message })),
    ...decision.recourse.map((entry) => ({ where: `recourse ${entry.rule}`, message: entry.message })),
    ...decision.obligations.map((entry) => ({ where: `obligation ${entry.type}`, message: entry.message })),
    ...decision.floorConflicts.map((entry) => ({ where: `floor conflict ${entry.remedy}`, message: entry.message })),
    ...(decision.counterfactuals ?? []).map((entry) => ({ where: `counterfactual ${entry.fact}`, message: entry.message })),
  ];
  for (const { where, code, message } of messages) {
    for (const lang of ['en', 'zh-CN'] as const) {
      const template = code === undefined ? '' : (templates[lang][code] ?? '');
      const lawDays = new Set([...daysIn(template), ...LAW_DAYS]);
      for (const day of daysIn(message[lang])) {
        if (!days.has(day) && !lawDays.has(day)) problems.push(`${where} (${lang}): date ${day} not in the decision: ${message[lang]}`);
      }
      for (const fen of amountsIn(message[lang], lang)) {
        if (!amounts.has(fen)) problems.push(`${where} (${lang}): amount ${fen} fen not in the decision: ${message[lang]}`);
      }
    }
  }
  return problems;
}

/**
 * Claims as the arbitrary claims give them, with what they leave out added: a purchase subsidy
 * (I27), gifts not returned at other amounts, a phone made to order.
 */
export const claims = fc
  .record({
    claim: arbitraryClaim,
    subsidyPct: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 15 })),
    gifts: fc.constantFrom(0, 0, 19_900, 45_000),
    madeToOrder: fc.constantFrom(false, false, false, true),
  })
  .map(({ claim, subsidyPct, gifts, madeToOrder }) => {
    const sale = claim.sale as Record<string, unknown>;
    const condition = claim.condition as Record<string, unknown>;
    const price = sale.priceFen as number;
    const subsidy = Math.min(50_000, Math.floor((price * subsidyPct) / 100));
    return {
      ...claim,
      sale: { ...sale, ...(subsidy === 0 ? {} : { subsidyFen: subsidy }), ...(madeToOrder ? { madeToOrder: true } : {}) },
      condition: gifts === 0 ? condition : { ...condition, giftsMissingFen: gifts },
    };
  });

