import type { Decision } from '../../claim/decision';
import type { InputError, Lang } from '../../claim/input-error';
import { factWords, vocabularyOf } from '../../explain/counterfactual-message';
import { reasonLocales } from '../../explain/messages';
import { fillTemplate } from '../../claim/fill-template';

type Text = { readonly 'zh-CN': string; readonly en: string };

/**
 * The question to put to the consumer (or to the repairer's record) for each fact that a decision
 * can wait on or turn on, keyed by the fact's generic name (a repair's index as `[]`; `#` stands
 * for its number). Facts not here are not the consumer's to answer (the claim date, the library's
 * holiday calendar) and get no question.
 */
const QUESTIONS: Readonly<Record<string, Text>> = {
  'fault.inspection': {
    'zh-CN': '维修者的检测结果是什么：确认存在性能故障、未发现故障，还是仍在检测？',
    en: "What did the repairer's inspection find: the performance fault confirmed, no fault found, or is it still pending?",
  },
  'condition.liquid': { 'zh-CN': '检测是否发现进液痕迹（发现、未发现，还是有争议）？', en: 'Did the inspection find signs of liquid (found, not found, or disputed)?' },
  'condition.impact': { 'zh-CN': '检测是否发现外力撞击或摔损痕迹（发现、未发现，还是有争议）？', en: 'Did the inspection find signs of impact or a drop (found, not found, or disputed)?' },
  'condition.unauthorizedOpening': {
    'zh-CN': '检测是否发现非授权拆修的痕迹（发现、未发现，还是有争议）？',
    en: 'Did the inspection find the phone opened by someone not authorised (found, not found, or disputed)?',
  },
  'proof.invoice': {
    'zh-CN': '消费者能出示哪种发票：原始发票、电子发票、发票存根或复印件，还是没有发票？',
    en: 'Which invoice can the consumer show: the original, an electronic invoice, a stub or copy, or none?',
  },
  'proof.warrantyCard': { 'zh-CN': '三包凭证是什么状态：完整、不完整、被涂改，还是没有？', en: 'What state is the 三包 card in: complete, incomplete, altered, or is there none?' },
  'proof.invoiceImei': { 'zh-CN': '发票上的串号（IMEI）与手机的是否一致？', en: "Does the IMEI on the invoice match the phone's?" },
  'stock.sameModelAvailable': { 'zh-CN': '销售者是否有同型号同规格的手机可以更换？', en: 'Does the seller have the same model and specification in stock for an exchange?' },
  'stock.consumerAcceptsOtherModel': { 'zh-CN': '消费者是否愿意换成其他型号？', en: 'Would the consumer accept another model instead?' },
  'history.repairs[].delayCause': {
    'zh-CN': '第 # 次维修超期的原因是什么：维修者自身原因、等待配件，还是没有记录？',
    en: "Why did repair # take longer than allowed: the repairer's own reasons, waiting for parts, or not recorded?",
  },
  request: { 'zh-CN': '消费者要求的是退货、换货、修理，还是无理由退货？', en: 'What does the consumer ask for: a refund, an exchange, a repair, or a no-reason return?' },
};

const WHY = {
  open: { 'zh-CN': '查明{fact}后，结论可能为{verdict}。', en: 'Once {fact} is established, the decision could be {verdict}.' },
  value: { 'zh-CN': '如{fact}为{value}，结论为{verdict}。', en: 'If {fact} is {value}, the decision would be {verdict}.' },
} as const;

/** One question to ask, and why: what each answer would decide. */
export interface Question {
  readonly fact: string;
  /** `missing`: the decision waits on it (provisional until answered); `could-change`: an answer other than the one recorded changes the outcome. */
  readonly kind: 'missing' | 'could-change';
  readonly question: Text;
  readonly outcomes: readonly { readonly verdict: string; readonly value?: string | number | boolean | null; readonly message: Text }[];
}

function generic(fact: string): string {
  return fact.replace(/\[\d+\]/, '[]');
}

function withRepair(text: string, fact: string): string {
  const repair = /\[(\d+)\]/.exec(fact);
  return repair === null ? text : text.replace('#', String(Number(repair[1]) + 1));
}

function valueWords(fact: string, value: string | number | boolean, lang: Lang): string {
  const vocabulary = vocabularyOf(fact);
  return (vocabulary === undefined ? undefined : reasonLocales[lang].terms[vocabulary]?.[String(value)]) ?? String(value);
}

function fill(template: string, fact: string, value: string | number | boolean | undefined, verdict: string, lang: Lang): string {
  return fillTemplate(template, {
    fact: factWords(fact, lang),
    value: value === undefined ? '' : valueWords(fact, value, lang),
    verdict: reasonLocales[lang].terms.verdict?.[verdict] ?? verdict,
  });
}

/**
 * The questions a decision leaves: first the facts it waits on (`missing`: the decision is
 * provisional until they are known), then the facts whose other answers would change it
 * (`counterfactuals`, stronger outcomes and nearest changes first, as the engine orders them),
 * each fact once, each with a question in zh-CN and en and what every answer would decide. Only
 * facts someone can be asked about are kept: not the claim's date, not the holiday calendar.
 */
export function questionsOf(decision: Decision): Question[] {
  const byFact = new Map<string, { kind: Question['kind']; outcomes: Question['outcomes'][number][] }>();
  const add = (fact: string, kind: Question['kind'], outcome: Question['outcomes'][number]) => {
    if (QUESTIONS[generic(fact)] === undefined) return;
    const entry = byFact.get(fact) ?? { kind, outcomes: [] };
    byFact.set(fact, entry);
    if (!entry.outcomes.some((known) => known.verdict === outcome.verdict && known.value === outcome.value)) entry.outcomes.push(outcome);
  };
  for (const missing of decision.missing) {
    const counterfactual = decision.counterfactuals?.find((c) => c.fact === missing.fact && c.verdict === missing.would && (missing.value === undefined || String(c.to) === String(missing.value)));
    const template = missing.value === undefined ? WHY.open : WHY.value;
    const message = counterfactual?.message ?? {
      'zh-CN': fill(template['zh-CN'], missing.fact, missing.value, missing.would, 'zh-CN'),
      en: fill(template.en, missing.fact, missing.value, missing.would, 'en'),
    };
    add(missing.fact, 'missing', { verdict: missing.would, ...(missing.value === undefined ? {} : { value: missing.value }), message });
  }
  for (const counterfactual of decision.counterfactuals ?? []) {
    add(counterfactual.fact, 'could-change', { verdict: counterfactual.verdict, value: counterfactual.to, message: counterfactual.message });
  }
  return [...byFact].map(([fact, entry]) => {
    const question = QUESTIONS[generic(fact)]!;
    return { fact, kind: entry.kind, question: { 'zh-CN': withRepair(question['zh-CN'], fact), en: withRepair(question.en, fact) }, outcomes: entry.outcomes };
  });
}

/**
 * The questions an input that is not yet a claim leaves: each problem (a required fact absent, a
 * value not allowed) as its error says it, in both languages.
 */
export function questionsOfErrors(errors: readonly InputError[]): { readonly path: string; readonly code: string; readonly question: Text }[] {
  return errors.map((error) => ({ path: error.path, code: error.code, question: error.message }));
}
