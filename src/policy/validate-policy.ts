import type { z } from 'zod/mini';
import { excerpt } from '../claim/excerpt';
import { jsonPath } from '../claim/json-path';
import { issueSites } from '../claim/zod-issues';
import { isMessageCode } from '../engine/checked-findings';
import type { Lang } from '../law/lang';
import { isStatuteCitationId } from '../law/citations';
import { FINDING_CODES } from '../rules/finding-codes';
import { isCalendarDay } from '../time/calendar-day';
import { type PolicyProblem, policyProblem } from './invalid-policy-error';
import { parameterSchemas } from './parameter-schemas';
import type { Parameter } from '../engine/parameters';
import type { Params } from '../rules/national-parameters';

type Words = Readonly<Record<Lang, string>>;

/** What a zod issue expected, in words. */
function expectedOf(issue: z.core.$ZodIssue): { code: PolicyProblem['code']; expected: Words } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int'
        ? { code: 'type', expected: { 'zh-CN': '整数', en: 'a whole number' } }
        : { code: 'type', expected: { 'zh-CN': `${issue.expected} 类型的值`, en: `a value of type ${issue.expected}` } };
    case 'too_small':
      return { code: 'range', expected: { 'zh-CN': `不小于 ${String(issue.minimum)}`, en: `at least ${String(issue.minimum)}` } };
    case 'too_big':
      return { code: 'range', expected: { 'zh-CN': `不大于 ${String(issue.maximum)}`, en: `at most ${String(issue.maximum)}` } };
    case 'invalid_value':
      return { code: 'value', expected: { 'zh-CN': `以下之一：${issue.values.map(String).join('、')}`, en: `one of ${issue.values.map(String).join(', ')}` } };
    case 'unrecognized_keys':
      return { code: 'unknown-key', expected: { 'zh-CN': '无此字段', en: 'no such key' } };
    case 'invalid_union':
      return { code: 'type', expected: { 'zh-CN': '{ days: 整数 } 或 { months: 整数 }', en: '{ days: integer } or { months: integer }' } };
    default:
      return { code: 'value', expected: { 'zh-CN': '分子不大于分母的比率', en: issue.message } };
  }
}

/** Every problem zod finds with a parameter value, as policy problems under `path`. */
function parameterValueProblems(name: keyof Params, value: unknown, path: string): PolicyProblem[] {
  const result = (parameterSchemas[name] as z.ZodMiniType).safeParse(value);
  if (result.success) return [];
  return problemsOfIssues(result.error.issues, value, path);
}

function problemsOfIssues(issues: readonly z.core.$ZodIssue[], value: unknown, path: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const site of issueSites(issues, value, { narrowUnions: true })) {
    const { code, expected } = expectedOf(site.issue);
    problems.push(policyProblem(jsonPath(site.path, path), code, expected, excerpt(site.received, 'json')));
  }
  return problems;
}

const isParameterName = (name: string): name is keyof Params => Object.hasOwn(parameterSchemas, name);

const KNOWN_CITATION: Words = { 'zh-CN': '法条登记表中的编号或本政策定义的条款', en: 'a citation id from the registry or a clause the profile defines' };

/** Whether an id names a statutory citation or one of the profile's clauses. */
function citable(id: unknown, clauses: Readonly<Record<string, unknown>>): boolean {
  return typeof id === 'string' && (isStatuteCitationId(id) || Object.hasOwn(clauses, id));
}

/**
 * Every problem with a whole parameter set: each parameter present, with dated values in
 * ascending order, each value allowed by its schema and citing known citations. `path` points
 * at the set (`$.parameters` of the changes, or the base profile's).
 * Parameters in `checked` (the very objects of a profile already checked) are skipped.
 */
export function parameterSetProblems(
  set: Readonly<Record<string, Parameter<unknown>>>,
  clauses: Readonly<Record<string, unknown>>,
  path: string,
  checked: ReadonlySet<unknown> = new Set(),
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const name of Object.keys(parameterSchemas) as (keyof Params)[]) {
    const parameter = set[name];
    // A parameter taken unchanged from a profile already checked needs no second look.
    if (checked.has(parameter)) continue;
    const at = jsonPath([name], path);
    if (parameter === undefined || !Array.isArray(parameter.values) || parameter.values.length === 0) {
      problems.push(policyProblem(at, 'type', { 'zh-CN': '至少有一个取值的参数', en: 'a parameter with at least one value' }, excerpt(parameter, 'json')));
      continue;
    }
    let previous = '';
    parameter.values.forEach((entry, index) => {
      const here = jsonPath(['values', index], at);
      if (!isCalendarDay(entry.from) || entry.from < previous) {
        problems.push(policyProblem(jsonPath(['from'], here), 'value', { 'zh-CN': '按升序排列的 YYYY-MM-DD 日期', en: 'a YYYY-MM-DD date, in ascending order' }, excerpt(entry.from, 'json')));
      } else previous = entry.from;
      problems.push(...parameterValueProblems(name, entry.value, jsonPath(['value'], here)));
      (Array.isArray(entry.cites) ? (entry.cites as readonly unknown[]) : [entry.cites]).forEach((id: unknown, citeIndex: number) => {
        if (!citable(id, clauses)) problems.push(policyProblem(jsonPath(['cites', citeIndex], here), 'unknown-citation', KNOWN_CITATION, excerpt(id, 'json')));
      });
    });
  }
  for (const name of Object.keys(set)) {
    if (!isParameterName(name)) problems.push(policyProblem(jsonPath([name], path), 'unknown-parameter', { 'zh-CN': '已知参数之一', en: 'one of the known parameters' }, excerpt(name, 'json')));
  }
  return problems;
}

const TEXT: Words = { 'zh-CN': '含 zh-CN 与 en 两种文字的对象', en: 'an object with zh-CN and en strings' };
const isText = (value: unknown) =>
  value !== null && typeof value === 'object' && typeof (value as Record<string, unknown>)['zh-CN'] === 'string' && typeof (value as Record<string, unknown>).en === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const NO_SUCH_KEY: Words = { 'zh-CN': '无此字段', en: 'no such key' };

/** A problem for each key of `record` not in `known`. */
function unknownKeys(record: Readonly<Record<string, unknown>>, known: readonly string[], at: string): PolicyProblem[] {
  return Object.keys(record)
    .filter((key) => !known.includes(key))
    .map((key) => policyProblem(jsonPath([key], at), 'unknown-key', NO_SUCH_KEY, excerpt(key, 'json')));
}

/** The keys of the changes `definePolicy` takes. */
const CHANGE_KEYS = ['id', 'title', 'source', 'asOf', 'confidence', 'clauses', 'parameters', 'rules', 'declared', 'notes', 'messages'] as const;
/** The keys of a whole profile. */
const POLICY_KEYS = [...CHANGE_KEYS, 'floor'] as const;

/** Every problem with a profile's clauses (a record of clauses with words in both languages). */
function clausesProblems(clauses: unknown, at: string): PolicyProblem[] {
  if (clauses === undefined) return [];
  if (!isRecord(clauses)) return [policyProblem(at, 'type', { 'zh-CN': '对象', en: 'an object' }, excerpt(clauses, 'json'))];
  const problems: PolicyProblem[] = [];
  for (const [key, clause] of Object.entries(clauses)) {
    if (!isRecord(clause) || !isText(clause.label) || !isText(clause.text) || !['A', 'B', 'C'].includes(clause.confidence as string)) {
      problems.push(policyProblem(jsonPath([key], at), 'type', { 'zh-CN': '含 label、text（双语）与 confidence 的条款', en: 'a clause with label and text (both languages) and confidence' }, excerpt(clause, 'json')));
    } else problems.push(...unknownKeys(clause, ['label', 'text', 'confidence'], jsonPath([key], at)));
  }
  return problems;
}

const NATIONAL_CODES: ReadonlySet<string> = new Set(FINDING_CODES);

/**
 * Every problem with a profile's own messages: each a message code (`dealer.unmet.no-wear`) that
 * is not a national one, with its words in both languages.
 */
function messagesProblems(messages: unknown, at: string): PolicyProblem[] {
  if (messages === undefined) return [];
  if (!isRecord(messages)) return [policyProblem(at, 'type', { 'zh-CN': '对象', en: 'an object' }, excerpt(messages, 'json'))];
  const problems: PolicyProblem[] = [];
  for (const [code, text] of Object.entries(messages)) {
    if (!isMessageCode(code) || NATIONAL_CODES.has(code)) {
      problems.push(policyProblem(jsonPath([code], at), 'value', { 'zh-CN': '本政策自己的消息代码（以点分隔，且非国家规则的代码）', en: "a message code of the profile's own (dotted, not a national rule's)" }, excerpt(code, 'json')));
    } else if (!isText(text)) problems.push(policyProblem(jsonPath([code], at), 'type', TEXT, excerpt(text, 'json')));
    else problems.push(...unknownKeys(text as Record<string, unknown>, ['zh-CN', 'en'], jsonPath([code], at)));
  }
  return problems;
}

/** Every problem with the fields a profile and its changes share: title, source, date, confidence, notes. */
function headerProblems(record: Readonly<Record<string, unknown>>, at: string, confidences: readonly string[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const add = (key: string, code: PolicyProblem['code'], expected: Words, received: unknown) => problems.push(policyProblem(jsonPath([key], at), code, expected, excerpt(received, 'json')));
  const { title, source, asOf, confidence, notes } = record;
  if (!isText(title)) add('title', 'type', TEXT, title);
  if (!isRecord(source) || typeof source.title !== 'string' || (source.url !== undefined && typeof source.url !== 'string') || (source.name !== undefined && !isText(source.name))) {
    add('source', 'type', { 'zh-CN': '含 title（及可选 url、双语 name）字符串的对象', en: 'an object with a title string (and an optional url and name in both languages)' }, source);
  } else problems.push(...unknownKeys(source, ['title', 'name', 'url'], jsonPath(['source'], at)));
  if (!isCalendarDay(asOf)) add('asOf', 'value', { 'zh-CN': 'YYYY-MM-DD 日期', en: 'a YYYY-MM-DD date' }, asOf);
  if (!confidences.includes(confidence as string)) add('confidence', 'value', { 'zh-CN': confidences.join('、'), en: confidences.join(', ') }, confidence);
  if (notes !== undefined && !isText(notes)) add('notes', 'type', TEXT, notes);
  return problems;
}

/** Every problem with the profile's own fields (id, title, source, dates, clauses, rules, declared terms). */
export function changesProblems(changes: Readonly<Record<string, unknown>>, clauses: Readonly<Record<string, unknown>>, baseRules: readonly unknown[] = []): PolicyProblem[] {
  const problems: PolicyProblem[] = [...unknownKeys(changes, CHANGE_KEYS, '$')];
  const add = (keys: readonly PropertyKey[], code: PolicyProblem['code'], expected: Words, received: unknown) =>
    problems.push(policyProblem(jsonPath(keys), code, expected, excerpt(received, 'json')));
  const { id } = changes;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id) || id === 'cn-national') {
    add(['id'], 'value', { 'zh-CN': '小写字母、数字和连字符组成的编号（不可为 cn-national）', en: 'lower-case letters, digits and hyphens (not cn-national)' }, id);
  }
  problems.push(...headerProblems(changes, '$', ['A', 'B', 'C']));
  problems.push(...clausesProblems(changes.clauses, '$.clauses'));
  problems.push(...messagesProblems(changes.messages, '$.messages'));
  if (changes.parameters !== undefined && !isRecord(changes.parameters)) add(['parameters'], 'type', { 'zh-CN': '对象', en: 'an object' }, changes.parameters);
  else if (changes.parameters !== undefined) {
    for (const [name, change] of Object.entries(changes.parameters)) {
      if (!isParameterName(name)) {
        add(['parameters', name], 'unknown-parameter', { 'zh-CN': '已知参数之一', en: 'one of the known parameters' }, name);
        continue;
      }
      if (!isRecord(change) || !('value' in change)) {
        add(['parameters', name], 'type', { 'zh-CN': '含 value 与 clause 的对象', en: 'an object with value and clause' }, change);
        continue;
      }
      problems.push(...unknownKeys(change, ['value', 'clause', 'from'], jsonPath(['parameters', name])));
      if (typeof change.clause !== 'string' || !Object.hasOwn(clauses, `policy:${String(id)}:${change.clause}`)) {
        add(['parameters', name, 'clause'], 'unknown-clause', { 'zh-CN': '本政策 clauses 中定义的条款', en: "a clause defined in the profile's clauses" }, change.clause);
      }
      if (change.from !== undefined && !isCalendarDay(change.from)) add(['parameters', name, 'from'], 'value', { 'zh-CN': 'YYYY-MM-DD 日期', en: 'a YYYY-MM-DD date' }, change.from);
      if (typeof change.value !== 'function') problems.push(...parameterValueProblems(name, change.value, jsonPath(['parameters', name, 'value'])));
    }
  }
  const ownRules = Array.isArray(changes.rules) ? (changes.rules as unknown[]) : [];
  if (changes.rules !== undefined) {
    if (!Array.isArray(changes.rules)) add(['rules'], 'type', { 'zh-CN': '规则数组', en: 'an array of rules' }, changes.rules);
    else ownRules.forEach((rule: unknown, index) => problems.push(...ruleProblems(rule, clauses, ['rules', index])));
  }
  problems.push(...declaredProblems(changes.declared, [...baseRules, ...ownRules], clauses, '$.declared'));
  return problems;
}

/**
 * Every problem with a whole profile (one assembled by hand, given to `decide` or as the base of
 * `definePolicy`): its fields, parameters, rules, clauses and declared terms, under `at`.
 */
export function profileProblems(policy: unknown, at: string): PolicyProblem[] {
  if (!isRecord(policy)) return [policyProblem(at, 'type', { 'zh-CN': '政策对象（含 parameters 与 rules）', en: 'a profile with parameters and rules' }, excerpt(policy, 'json'))];
  const problems: PolicyProblem[] = [...unknownKeys(policy, POLICY_KEYS, at)];
  if (typeof policy.id !== 'string' || policy.id === '') problems.push(policyProblem(jsonPath(['id'], at), 'type', { 'zh-CN': '非空字符串', en: 'a non-empty string' }, excerpt(policy.id, 'json')));
  problems.push(...headerProblems(policy, at, ['statute', 'A', 'B', 'C']));
  problems.push(...clausesProblems(policy.clauses, jsonPath(['clauses'], at)));
  problems.push(...messagesProblems(policy.messages, jsonPath(['messages'], at)));
  const clauses = isRecord(policy.clauses) ? policy.clauses : {};
  if (!isRecord(policy.parameters)) problems.push(policyProblem(jsonPath(['parameters'], at), 'type', { 'zh-CN': '参数对象', en: 'an object of parameters' }, excerpt(policy.parameters, 'json')));
  else problems.push(...parameterSetProblems(policy.parameters as Record<string, Parameter<unknown>>, clauses, jsonPath(['parameters'], at)));
  const rules = Array.isArray(policy.rules) ? (policy.rules as unknown[]) : [];
  if (!Array.isArray(policy.rules)) problems.push(policyProblem(jsonPath(['rules'], at), 'type', { 'zh-CN': '规则数组', en: 'an array of rules' }, excerpt(policy.rules, 'json')));
  rules.forEach((rule, index) => problems.push(...ruleProblems(rule, clauses, ['rules', index], at)));
  problems.push(...declaredProblems(policy.declared, rules, clauses, jsonPath(['declared'], at)));
  return problems;
}

const EXCLUSION: Words = {
  'zh-CN': '除外条款：{ id, clause, describes（双语） }',
  en: 'an exclusion: { id, clause, describes (both languages) }',
};

/**
 * Every problem with a profile's declared terms: only `exclusions` and `refundAtListPrice`, each
 * naming a clause the profile defines, and each evaluated by a rule of the profile (one whose
 * `lowersFloor.clause` is that clause), so that a decision where the term applies shows it, set
 * aside by the floor. A term the engine never evaluates would say nothing where it matters
 * (issue 17, item 3): it is refused, naming its clause.
 */
export function declaredProblems(declared: unknown, rules: readonly unknown[], clauses: Readonly<Record<string, unknown>>, at: string): PolicyProblem[] {
  if (declared === undefined) return [];
  if (!isRecord(declared)) return [policyProblem(at, 'type', { 'zh-CN': '对象（exclusions、refundAtListPrice）', en: 'an object (exclusions, refundAtListPrice)' }, excerpt(declared, 'json'))];
  const problems: PolicyProblem[] = [...unknownKeys(declared, ['exclusions', 'refundAtListPrice'], at)];
  const evaluated = new Set<unknown>();
  for (const rule of rules) if (isRecord(rule) && isRecord(rule.lowersFloor)) evaluated.add(rule.lowersFloor.clause);
  const term = (clause: unknown, path: string, what: Words) => {
    if (typeof clause !== 'string' || !Object.hasOwn(clauses, clause)) {
      problems.push(policyProblem(path, 'unknown-clause', { 'zh-CN': '本政策 clauses 中定义的条款（完整编号，如 policy:<id>:<条款>）', en: "a clause the profile defines, by its full id (policy:<id>:<clause>)" }, excerpt(clause, 'json')));
    } else if (!evaluated.has(clause)) {
      problems.push(
        policyProblem(
          path,
          'not-evaluated',
          {
            'zh-CN': `有规则评估的条款：${what['zh-CN']}（${clause}）没有任何规则评估；请给出 lowersFloor.clause 为 ${clause} 的规则，或删去该声明（写入 notes）`,
            en: `a term a rule evaluates: ${what.en} (${clause}) is evaluated by no rule of the profile; give it a rule whose lowersFloor.clause is ${clause}, or leave it out (say it in notes)`,
          },
          excerpt(clause, 'json'),
        ),
      );
    }
  };
  if (declared.refundAtListPrice !== undefined) term(declared.refundAtListPrice, jsonPath(['refundAtListPrice'], at), { 'zh-CN': '按官方零售价退款', en: 'refund at the list price' });
  if (declared.exclusions !== undefined) {
    if (!Array.isArray(declared.exclusions)) problems.push(policyProblem(jsonPath(['exclusions'], at), 'type', { 'zh-CN': '除外条款数组', en: 'an array of exclusions' }, excerpt(declared.exclusions, 'json')));
    else {
      (declared.exclusions as unknown[]).forEach((exclusion, index) => {
        const here = jsonPath(['exclusions', index], at);
        if (!isRecord(exclusion) || typeof exclusion.id !== 'string' || exclusion.id === '' || !isText(exclusion.describes)) {
          problems.push(policyProblem(here, 'type', EXCLUSION, excerpt(exclusion, 'json')));
          return;
        }
        problems.push(...unknownKeys(exclusion, ['id', 'clause', 'describes'], here));
        term(exclusion.clause, jsonPath(['clause'], here), { 'zh-CN': `除外条款 ${exclusion.id}`, en: `the exclusion ${exclusion.id}` });
      });
    }
  }
  return problems;
}

const RULE: Words = {
  'zh-CN': '规则值：含 id、version、effective.from、cites 与 run 函数',
  en: 'a rule value: id, version, effective.from, cites and a run function',
};

/** The keys a rule value may have. */
const RULE_KEYS = ['id', 'version', 'effective', 'versionBy', 'cites', 'reads', 'describes', 'interpretations', 'lowersFloor', 'appliesTo', 'run'] as const;

const isStringList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Every problem with one rule of a profile (its own, or its base's when the base was assembled by hand). */
export function ruleProblems(rule: unknown, clauses: Readonly<Record<string, unknown>>, keys: readonly PropertyKey[], root = '$'): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const at = jsonPath(keys, root);
  if (!isRecord(rule)) return [policyProblem(at, 'not-a-rule', RULE, excerpt(rule, 'json'))];
  const effective = rule.effective;
  const shape =
    typeof rule.id === 'string' &&
    rule.id !== '' &&
    typeof rule.version === 'string' &&
    typeof rule.run === 'function' &&
    (rule.appliesTo === undefined || typeof rule.appliesTo === 'function') &&
    (rule.versionBy === undefined || rule.versionBy === 'sale' || rule.versionBy === 'delivery') &&
    isRecord(effective) &&
    isCalendarDay(effective.from) &&
    (effective.to === undefined || (isCalendarDay(effective.to) && (effective.to as string) >= (effective.from as string))) &&
    Array.isArray(rule.cites);
  if (!shape) return [policyProblem(at, 'not-a-rule', RULE, excerpt(rule, 'json'))];
  problems.push(...unknownKeys(rule, RULE_KEYS, at), ...unknownKeys(effective as Record<string, unknown>, ['from', 'to'], jsonPath(['effective'], at)));
  (rule.cites as unknown[]).forEach((id, index) => {
    if (!citable(id, clauses)) problems.push(policyProblem(jsonPath(['cites', index], at), 'unknown-citation', KNOWN_CITATION, excerpt(id, 'json')));
  });
  if (rule.describes !== undefined && !isText(rule.describes)) problems.push(policyProblem(jsonPath(['describes'], at), 'type', TEXT, excerpt(rule.describes, 'json')));
  if (rule.interpretations !== undefined && !isStringList(rule.interpretations)) {
    problems.push(policyProblem(jsonPath(['interpretations'], at), 'type', { 'zh-CN': '字符串数组', en: 'an array of strings' }, excerpt(rule.interpretations, 'json')));
  }
  if (rule.reads !== undefined && !(Array.isArray(rule.reads) && rule.reads.every((name) => typeof name === 'string' && isParameterName(name)))) {
    problems.push(policyProblem(jsonPath(['reads'], at), 'unknown-parameter', { 'zh-CN': '已知参数名的数组', en: 'an array of known parameter names' }, excerpt(rule.reads, 'json')));
  }
  if (rule.lowersFloor !== undefined) {
    const lowers = rule.lowersFloor;
    if (!isRecord(lowers) || !isText(lowers.describes)) {
      problems.push(policyProblem(jsonPath(['lowersFloor'], at), 'type', { 'zh-CN': '{ clause, describes（双语） }', en: '{ clause, describes (both languages) }' }, excerpt(lowers, 'json')));
    } else {
      problems.push(...unknownKeys(lowers, ['clause', 'describes'], jsonPath(['lowersFloor'], at)));
      if (!citable(lowers.clause, clauses)) problems.push(policyProblem(jsonPath(['lowersFloor', 'clause'], at), 'unknown-citation', KNOWN_CITATION, excerpt(lowers.clause, 'json')));
    }
  }
  return problems;
}
