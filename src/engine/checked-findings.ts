import * as z from 'zod/mini';
import { REMEDY_TYPES } from '../claim/remedy-types';
import { isStatuteCitationId } from '../law/citations';
import { isCalendarDay } from '../time/calendar-day';
import { RuleFailedError, thrownText } from './rule-failed-error';
import type { Finding, Rule } from './types';

/**
 * A message code: words of letters, digits and hyphens joined by dots (`nubia.gifts-block-refund`).
 * At least one dot, so that no code is the name of a property every object has (`toString`).
 */
const CODE = /^[a-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+$/;

/** Whether a string is a message code (`nubia.gifts-block-refund`). */
export const isMessageCode = (code: string) => CODE.test(code);
/** A claim field as a dotted path (`proof.invoice`, `calendar.2027`). */
const FACT = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/;

const fen = z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
const count = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));
const text = (most: number) => z.string().check(z.minLength(1), z.maxLength(most));
const verdict = z.enum([...REMEDY_TYPES, 'no-remedy']);
const performer = z.enum(['seller', 'repairer']);
const value = z.union([z.string().check(z.maxLength(200)), z.number().check(z.refine(Number.isFinite)), z.boolean()]);

const grantSchema = z.strictObject({
  type: z.enum(REMEDY_TYPES),
  route: z.optional(z.enum(['sanbao', 'no-reason'])),
  amountFen: z.optional(fen),
  depreciationFen: z.optional(fen),
  depreciationDays: z.optional(count),
  giftsFen: z.optional(fen),
  shippingPaidBy: z.optional(z.enum(['seller', 'repairer', 'consumer'])),
  shippingCapFen: z.optional(fen),
  conditions: z.optional(z.array(z.enum(['consumer-declines-exchange'])).check(z.maxLength(8))),
  otherModel: z.optional(z.boolean()),
  replacesExchange: z.optional(z.boolean()),
});

const missingSchema = z.strictObject({
  fact: text(200).check(z.regex(FACT)),
  value: z.optional(value),
  would: z.optional(verdict),
});

const base = {
  code: text(120).check(z.regex(CODE)),
  cite: text(200),
  params: z.optional(
    z.record(
      text(100),
      z.union([z.string().check(z.maxLength(2000)), z.number().check(z.refine(Number.isFinite)), z.readonly(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(100)))]),
    ),
  ),
};

/**
 * The finding schema: what a rule may return, one strict shape per effect (see `Finding` in
 * types.ts). A profile's own rule's findings are held to it before they are used.
 */
export const findingSchema = z.discriminatedUnion('effect', [
  z.strictObject({ effect: z.literal('grant'), ...base, grants: z.array(grantSchema).check(z.maxLength(16)) }),
  z.strictObject({
    effect: z.literal('deny'),
    ...base,
    targets: z.array(z.enum([...REMEDY_TYPES, 'same-model-exchange', 'no-reason', 'all-free', 'all-sanbao', 'all'])).check(z.maxLength(16)),
    missing: z.optional(missingSchema),
  }),
  z.strictObject({ effect: z.literal('require'), ...base, fact: text(200).check(z.regex(FACT)) }),
  z.strictObject({
    effect: z.literal('note'),
    ...base,
    obligation: z.optional(
      z.strictObject({
        type: z.enum(['loaner-phone', 'subsidy-return']),
        owedBy: performer,
        since: z.string().check(z.refine(isCalendarDay)),
        amountFen: z.optional(fen),
        consumerFen: z.optional(fen),
      }),
    ),
    missing: z.optional(missingSchema),
  }),
  z.strictObject({ effect: z.literal('warn'), ...base }),
  z.strictObject({ effect: z.literal('recourse'), ...base, requirement: text(500) }),
]);

/** The most findings one rule may return on one claim. */
const MOST_FINDINGS = 64;

const failed = (rule: Rule, problem: { readonly 'zh-CN': string; readonly en: string }, cause?: unknown) =>
  new RuleFailedError(rule.id, rule.version, problem, cause === undefined ? undefined : { cause });

/** What is wrong with one finding, in words, or `undefined` when it is one the engine can use. */
function problemOf(rule: Rule, finding: unknown): { readonly value?: Finding; readonly problem?: string } {
  const parsed = findingSchema.safeParse(finding);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length === 0 ? 'the finding' : issue.path.map(String).join('.');
    // zod's own words depend on the program's zod locale (a peer dependency): an unknown key is named here.
    const detail = issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}` : issue.message;
    return { problem: `a finding that is not one (${at}: ${detail})` };
  }
  const cite = parsed.data.cite;
  // A finding cites what its rule version rests on (types.ts), and only what the engine knows.
  if (!rule.cites.includes(cite as never) || !(isStatuteCitationId(cite) || cite.startsWith('policy:'))) {
    return { problem: `a finding citing ${JSON.stringify(cite)}, which the rule does not rest on` };
  }
  return { value: parsed.data as Finding };
}

/**
 * The findings a rule the library does not ship returned, checked against the finding schema
 * ({@link findingSchema}): a list of findings with known effects, message codes, citations the
 * rule rests on, remedies, targets, conditions and obligations, whole amounts of fen and dates
 * that are days. Each is read once into a frozen copy, so nothing the rule keeps can change it
 * later. Anything else (a getter that throws included) is the rule's failure,
 * {@link RuleFailedError} naming the rule, before it can reach the resolver or the wording.
 *
 * @example
 * const rule = { id: 'my-shop.x', version: 'v1', cites: ['mp2001:art11'] };
 * checkedFindings(rule, [{ effect: 'warn', code: 'my-shop.x', cite: 'mp2001:art11' }]).length //=> 1
 */
export function checkedFindings(rule: Rule, out: unknown): readonly Finding[] {
  try {
    if (!Array.isArray(out)) throw failed(rule, { 'zh-CN': '返回值不是结论列表', en: 'it returned something that is not a list of findings' });
    if (out.length > MOST_FINDINGS) throw failed(rule, { 'zh-CN': `返回了 ${out.length} 条结论（最多 ${MOST_FINDINGS} 条）`, en: `it returned ${out.length} findings (at most ${MOST_FINDINGS})` });
    const findings: Finding[] = [];
    for (let index = 0; index < out.length; index += 1) {
      const { value, problem } = problemOf(rule, (out as unknown[])[index]);
      if (value === undefined) throw failed(rule, { 'zh-CN': `返回了无效的结论（第 ${index + 1} 条：${problem}）`, en: `it returned ${problem} (finding ${index + 1})` });
      findings.push(frozen(value));
    }
    return Object.freeze(findings);
  } catch (error) {
    if (error instanceof RuleFailedError) throw error;
    // A proxy or a getter that throws while the findings are read.
    throw failed(rule, { 'zh-CN': `返回的结论无法读取：${thrownText(error)}`, en: `its findings could not be read: ${thrownText(error)}` }, error);
  }
}

/** A finding as parsed (a fresh copy: zod builds new objects and arrays), frozen through. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}
