import type { Decision } from '../../claim/decision';
import type { InputError } from '../../claim/input-error';
import { parseClaim } from '../../claim/parse';
import { tooLarge } from '../../claim/read-json';
import { auditPolicy } from '../../facade/audit-policy';
import { reasonLocales } from '../../explain/messages';
import { decideClaim } from '../../facade/decide';
import { policyById, shippedPolicies } from '../../policy/registry';
import type { Policy } from '../../policy/policy';
import { jsonSchemaFrom } from '../../schemas/from-zod';
import { jsonSchemaOf } from '../../schemas/index';
import { shopDecisionSchema } from '../../dispute/shop-decision';
import type { RestDayCalendar } from '../../time/rest-day-calendar';
import { checkValue, MAX_INPUT_BYTES, resultJson } from '../commands/check-run';
import { type Question, questionsOf, questionsOfErrors } from './questions';

type Text = { readonly 'zh-CN': string; readonly en: string };

/** What a tool answers: a short text for the agent to read, and the structured result. */
export interface ToolAnswer {
  readonly isError: boolean;
  readonly summary: Text;
  readonly structured: Record<string, unknown>;
}

export interface ToolSettings {
  /** The profile when a call names none (`sanbao mcp --policy`). */
  readonly policy: Policy;
  readonly calendar?: RestDayCalendar;
}

/** The published claim schema as a tool's property (its `$schema` is the tool schema's own). */
function claimProperty(): Record<string, unknown> {
  const { $schema: _draft, ...schema } = jsonSchemaOf('claim');
  return schema;
}

const policyProperty = () => ({ type: 'string', enum: shippedPolicies.map((policy) => policy.id), description: 'A shipped profile (list_policies); the statutory floor by default' });

/** The tools `sanbao mcp` offers, as `tools/list` gives them: input schemas built from the published claim schema. */
export function toolList(): Record<string, unknown>[] {
  const claimInput = {
    type: 'object',
    properties: { claim: claimProperty(), policy: policyProperty() },
    required: ['claim'],
    additionalProperties: false,
  };
  const { $schema: _draft, ...shop } = jsonSchemaFrom(shopDecisionSchema, { id: 'sanbao:shop-decision', title: "A shop's decision", description: "The verdict the shop gave and the remedies it offered (docs/disputes.md)", io: 'input' });
  return [
    {
      name: 'decide_claim',
      title: 'Decide a 三包 claim',
      description:
        'Decides a China mobile-phone 三包 (refund / exchange / repair) claim from its facts: the verdict, the remedies, and the article every reason rests on, with a short summary in Chinese and English. When a fact is missing the decision is PROVISIONAL and comes with the questions to ask the consumer: never tell the consumer a provisional decision as final.',
      inputSchema: claimInput,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    {
      name: 'questions_for_claim',
      title: 'Questions to ask about a claim',
      description:
        'For a provisional or incomplete claim: which facts are missing or would change the outcome, and the question to ask the consumer for each, in Chinese and English, the facts the decision waits on first. Also takes a claim that is not yet valid and says what is missing.',
      inputSchema: claimInput,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    {
      name: 'check_shop_decision',
      title: "Check a shop's decision",
      description: "Holds a shop's decision on a claim against the statutory floor: whether it meets it, and what was owed and not offered, by article.",
      inputSchema: {
        type: 'object',
        properties: { claim: claimProperty(), shop, id: { type: ['string', 'integer'], description: "the shop's own reference, echoed back" }, policy: policyProperty() },
        required: ['claim', 'shop'],
        additionalProperties: false,
      },
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    {
      name: 'list_policies',
      title: 'List the shipped profiles',
      description: "The makers' and dealers' profiles the library ships, with their source, date, confidence and where their audit finds them below the floor.",
      inputSchema: { type: 'object', properties: {}, additionalProperties: false },
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
  ];
}

const words = (kind: 'verdict', key: string): Text => ({
  'zh-CN': reasonLocales['zh-CN'].terms[kind]?.[key] ?? key,
  en: reasonLocales.en.terms[kind]?.[key] ?? key,
});

function invalid(errors: readonly InputError[]): ToolAnswer {
  return {
    isError: true,
    summary: {
      'zh-CN': `输入不是有效的理赔，共 ${errors.length} 处问题：\n${errors.map((error) => `- ${error.message['zh-CN']}`).join('\n')}`,
      en: `The input is not a valid claim; ${errors.length} problem(s):\n${errors.map((error) => `- ${error.message.en}`).join('\n')}`,
    },
    structured: { errors },
  };
}

/** The arguments as an object, the profile they name (or the default), or the errors. */
function argumentsOf(args: unknown, settings: ToolSettings): { ok: true; args: Record<string, unknown>; policy: Policy } | { ok: false; errors: InputError[] } {
  const record = (args ?? {}) as Record<string, unknown>;
  const size = Buffer.byteLength(JSON.stringify(record) ?? '', 'utf8');
  if (size > MAX_INPUT_BYTES) return { ok: false, errors: [tooLarge(size)] };
  const id = record.policy;
  if (id === undefined) return { ok: true, args: record, policy: settings.policy };
  const policy = typeof id === 'string' ? policyById(id) : undefined;
  if (policy === undefined) {
    const known = shippedPolicies.map((p) => p.id).join(', ');
    return {
      ok: false,
      errors: [{ path: '$.policy', code: 'value', expected: { 'zh-CN': `以下之一：${known}`, en: `one of ${known}` }, received: JSON.stringify(id) ?? 'undefined', message: { 'zh-CN': `$.policy：没有这个方案（可用：${known}）`, en: `$.policy: no such profile (known: ${known})` } }],
    };
  }
  return { ok: true, args: record, policy };
}

function decisionOf(claimJson: unknown, policy: Policy, settings: ToolSettings): { ok: true; decision: Decision } | { ok: false; errors: readonly InputError[] } {
  const parsed = parseClaim(claimJson);
  if (!parsed.ok) return parsed;
  return { ok: true, decision: decideClaim(parsed.claim, { policy, counterfactuals: true, ...(settings.calendar === undefined ? {} : { calendar: settings.calendar }) }) };
}

function questionLines(questions: readonly Question[], lang: 'zh-CN' | 'en'): string {
  return questions.map((question, index) => `${index + 1}. ${question.question[lang]}`).join('\n');
}

/** `decide_claim`: the decision; a provisional one says so first and carries the questions. */
export function decideTool(rawArgs: unknown, settings: ToolSettings): ToolAnswer {
  const args = argumentsOf(rawArgs, settings);
  if (!args.ok) return invalid(args.errors);
  const decided = decisionOf(args.args.claim, args.policy, settings);
  if (!decided.ok) return invalid(decided.errors);
  const { decision } = decided;
  const verdict = words('verdict', decision.verdict);
  const reasons = decision.reasons.filter((reason) => reason.effect === 'grant' || reason.effect === 'deny' || reason.effect === 'require').slice(0, 3);
  const lines = (lang: 'zh-CN' | 'en') => reasons.map((reason) => `- ${reason.message[lang]}`).join('\n');
  if (decision.status === 'provisional') {
    const questions = questionsOf(decision);
    return {
      isError: false,
      summary: {
        'zh-CN': `暂定结论（尚非最终结论，不得作为最终答复告知消费者）：${verdict['zh-CN']}。\n${lines('zh-CN')}\n请先向消费者询问：\n${questionLines(questions, 'zh-CN')}`,
        en: `PROVISIONAL (not final; do not give it to the consumer as the answer): ${verdict.en}.\n${lines('en')}\nAsk the consumer first:\n${questionLines(questions, 'en')}`,
      },
      structured: { provisional: true, questions, decision },
    };
  }
  return {
    isError: false,
    summary: { 'zh-CN': `结论：${verdict['zh-CN']}（最终）。\n${lines('zh-CN')}`, en: `Decision: ${verdict.en} (final).\n${lines('en')}` },
    structured: { provisional: false, decision },
  };
}

/** `questions_for_claim`: what to ask, nearest first; for an input not yet a claim, what it lacks. */
export function questionsTool(rawArgs: unknown, settings: ToolSettings): ToolAnswer {
  const args = argumentsOf(rawArgs, settings);
  if (!args.ok) return invalid(args.errors);
  const decided = decisionOf(args.args.claim, args.policy, settings);
  if (!decided.ok) {
    const questions = questionsOfErrors(decided.errors);
    return {
      isError: false,
      summary: {
        'zh-CN': `还不是有效的理赔，请先补全或更正：\n${questions.map((q, i) => `${i + 1}. ${q.question['zh-CN']}`).join('\n')}`,
        en: `Not yet a valid claim; first complete or correct:\n${questions.map((q, i) => `${i + 1}. ${q.question.en}`).join('\n')}`,
      },
      structured: { valid: false, questions },
    };
  }
  const { decision } = decided;
  const questions = questionsOf(decision);
  const status: Text = decision.status === 'provisional' ? { 'zh-CN': '暂定', en: 'provisional' } : { 'zh-CN': '最终', en: 'final' };
  const verdict = words('verdict', decision.verdict);
  return {
    isError: false,
    summary: {
      'zh-CN': `目前结论：${verdict['zh-CN']}（${status['zh-CN']}）。${questions.length === 0 ? '没有需要询问的事实。' : `\n${questionLines(questions, 'zh-CN')}`}`,
      en: `Decision so far: ${verdict.en} (${status.en}).${questions.length === 0 ? ' No fact left to ask about.' : `\n${questionLines(questions, 'en')}`}`,
    },
    structured: { valid: true, status: decision.status, verdict: decision.verdict, questions },
  };
}

/** `check_shop_decision`: what `sanbao check` says of one claim and the shop's decision. */
export function checkTool(rawArgs: unknown, settings: ToolSettings): ToolAnswer {
  const args = argumentsOf(rawArgs, settings);
  if (!args.ok) return invalid(args.errors);
  const { policy: _policy, ...input } = args.args;
  const outcome = checkValue(input, args.policy, settings.calendar);
  if (!outcome.ok) return invalid(outcome.errors);
  const result = resultJson(outcome.result, undefined);
  const shortfalls = outcome.result.shortfalls;
  return {
    isError: false,
    summary: {
      'zh-CN': [outcome.result.message['zh-CN'], ...shortfalls.map((s) => `- ${s.message['zh-CN']}`)].join('\n'),
      en: [outcome.result.message.en, ...shortfalls.map((s) => `- ${s.message.en}`)].join('\n'),
    },
    structured: result,
  };
}

/** `list_policies`: the shipped profiles. */
export function policiesTool(): ToolAnswer {
  const policies = shippedPolicies.map((policy) => ({ id: policy.id, title: policy.title, source: policy.source, asOf: policy.asOf, confidence: policy.confidence, belowFloor: auditPolicy(policy) }));
  return {
    isError: false,
    summary: {
      'zh-CN': policies.map((p) => `${p.id}：${p.title['zh-CN']}（截至 ${p.asOf}，低于法定标准之处 ${p.belowFloor.length} 项）`).join('\n'),
      en: policies.map((p) => `${p.id}: ${p.title.en} (as of ${p.asOf}; ${p.belowFloor.length} finding(s) below the floor)`).join('\n'),
    },
    structured: { policies },
  };
}

/** Runs a tool by name; `undefined` for a name that is no tool. */
export function callTool(name: string, args: unknown, settings: ToolSettings): ToolAnswer | undefined {
  if (name === 'decide_claim') return decideTool(args, settings);
  if (name === 'questions_for_claim') return questionsTool(args, settings);
  if (name === 'check_shop_decision') return checkTool(args, settings);
  if (name === 'list_policies') return policiesTool();
  return undefined;
}
