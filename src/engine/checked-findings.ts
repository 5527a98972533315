import { isStatuteCitationId } from '../law/citations';
import { RuleFailedError } from './rule-failed-error';
import { type Finding, REMEDY_TYPES, type Rule } from './types';

const EFFECTS: ReadonlySet<string> = new Set(['grant', 'deny', 'require', 'note', 'warn', 'recourse']);
const REMEDIES: ReadonlySet<string> = new Set(REMEDY_TYPES);
const TARGETS: ReadonlySet<string> = new Set([...REMEDY_TYPES, 'same-model-exchange', 'no-reason', 'all-free', 'all-sanbao', 'all']);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';
const isFen = (value: unknown) => value === undefined || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);

/** What is wrong with one finding, or `undefined` when it is a finding the engine can use. */
function findingProblem(finding: unknown): string | undefined {
  if (!isRecord(finding)) return 'a finding that is not an object';
  if (typeof finding.effect !== 'string' || !EFFECTS.has(finding.effect)) return `an unknown effect ${String(finding.effect)}`;
  if (typeof finding.code !== 'string') return 'a finding without a message code';
  if (typeof finding.cite !== 'string' || !(isStatuteCitationId(finding.cite) || finding.cite.startsWith('policy:'))) return `an unknown citation ${String(finding.cite)}`;
  if (finding.params !== undefined) {
    if (!isRecord(finding.params)) return 'message parameters that are not an object';
    for (const value of Object.values(finding.params)) {
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) return 'a message parameter that is neither text nor a finite number';
    }
  }
  switch (finding.effect) {
    case 'grant':
      if (!Array.isArray(finding.grants)) return 'a grant without a list of remedies';
      for (const grant of finding.grants as unknown[]) {
        if (!isRecord(grant) || typeof grant.type !== 'string' || !REMEDIES.has(grant.type)) return 'a grant of an unknown remedy';
        if (!isFen(grant.amountFen) || !isFen(grant.shippingCapFen) || !isFen(grant.depreciationFen) || !isFen(grant.giftsFen)) return 'an amount that is not a whole, non-negative number of fen';
      }
      return undefined;
    case 'deny':
      if (!Array.isArray(finding.targets) || !(finding.targets as unknown[]).every((target) => typeof target === 'string' && TARGETS.has(target))) return 'a denial of an unknown remedy';
      return undefined;
    case 'require':
      return typeof finding.fact === 'string' ? undefined : 'a requirement without a fact';
    case 'recourse':
      return typeof finding.requirement === 'string' ? undefined : 'recourse without a requirement';
    default:
      return undefined;
  }
}

/**
 * The findings a rule the library does not ship returned, checked: a list of findings with known
 * effects, citations and remedies, and whole amounts of fen. Anything else is reported as the
 * rule's failure ({@link RuleFailedError}), before it can reach the resolver or the wording.
 */
export function checkedFindings(rule: Rule, out: unknown): readonly Finding[] {
  if (!Array.isArray(out)) throw new RuleFailedError(rule.id, rule.version, { 'zh-CN': '返回值不是结论列表', en: 'it returned something that is not a list of findings' });
  for (const finding of out as unknown[]) {
    const problem = findingProblem(finding);
    if (problem !== undefined) throw new RuleFailedError(rule.id, rule.version, { 'zh-CN': `返回了无效的结论（${problem}）`, en: `it returned ${problem}` });
  }
  return out as readonly Finding[];
}
