import { firstProblems, type Problem } from '../claim/problem';
import type { Lang } from '../law/lang';

/** The kinds of problem a profile definition can have. */
export type PolicyProblemCode =
  | 'type'
  | 'range'
  | 'value'
  | 'unknown-key'
  | 'unknown-parameter'
  | 'unknown-clause'
  | 'unknown-citation'
  | 'not-a-rule'
  | 'throws'
  | 'not-data'
  | 'unreadable'
  | 'cycle'
  | 'too-large'
  | 'not-evaluated';

/** One problem with a profile definition: where (a JSONPath into the changes), what was expected, what came. */
export interface PolicyProblem extends Problem<PolicyProblemCode> {}

const HEADINGS = {
  'zh-CN': {
    type: '类型不符',
    range: '超出允许范围',
    value: '取值无效',
    'unknown-key': '未知字段',
    'unknown-parameter': '未知参数',
    'unknown-clause': '引用了未定义的条款',
    'unknown-citation': '引用了未知的法条编号',
    'not-a-rule': '不是有效的规则',
    throws: '计算时出错',
    'not-data': '不是纯数据',
    unreadable: '无法读取',
    cycle: '含循环引用',
    'too-large': '过深或过大',
    'not-evaluated': '声明的条款引擎不会评估',
  },
  en: {
    type: 'wrong type',
    range: 'out of range',
    value: 'invalid value',
    'unknown-key': 'unknown key',
    'unknown-parameter': 'unknown parameter',
    'unknown-clause': 'cites a clause the profile does not define',
    'unknown-citation': 'cites an unknown citation id',
    'not-a-rule': 'not a rule',
    throws: 'failed while computing',
    'not-data': 'not plain data',
    unreadable: 'cannot be read',
    cycle: 'contains itself',
    'too-large': 'too deep or too large',
    'not-evaluated': 'declares a term the engine does not evaluate',
  },
} as const satisfies Readonly<Record<Lang, Readonly<Record<PolicyProblemCode, string>>>>;

/** A problem, with its message in both languages. */
export function policyProblem(path: string, code: PolicyProblemCode, expected: Readonly<Record<Lang, string>>, received: string): PolicyProblem {
  return {
    path,
    code,
    expected,
    received,
    message: {
      'zh-CN': `${path}：${HEADINGS['zh-CN'][code]}；应为${expected['zh-CN']}，收到 ${received}`,
      en: `${path}: ${HEADINGS.en[code]}; expected ${expected.en}, received ${received}`,
    },
  };
}

/** The most problems an error lists; {@link InvalidPolicyError.count} says how many there were. */
export const MOST_PROBLEMS = 50;

/**
 * Thrown by `definePolicy` (and by `decide` for a profile assembled by hand) when a profile cannot
 * be used as given: every problem at once, each with its path, what was expected and what came,
 * in zh-CN and en. At most {@link MOST_PROBLEMS} are listed; `count` is the number found.
 */
export class InvalidPolicyError extends Error {
  // The class's own name, which a minified build would otherwise rename (`err.constructor.name`).
  static {
    Object.defineProperty(this, 'name', { value: 'InvalidPolicyError' });
  }
  override readonly name = 'InvalidPolicyError';
  readonly problems: readonly PolicyProblem[];
  /** How many problems were found (more than `problems` holds when the list was cut). */
  readonly count: number;
  /** What is wrong, in a line, in both languages: the profile and how many problems it has. */
  readonly text: Readonly<Record<Lang, string>>;
  constructor(id: string, problems: readonly PolicyProblem[]) {
    const { listed, omitted: more } = firstProblems(problems, MOST_PROBLEMS);
    super(`profile ${JSON.stringify(id)} is invalid:\n${listed.map((problem) => `  ${problem.message.en}`).join('\n')}${more > 0 ? `\n  … and ${more} more` : ''}`);
    this.problems = listed;
    this.count = problems.length;
    this.text = {
      'zh-CN': `政策 ${JSON.stringify(id)} 无效：共 ${problems.length} 个问题${more > 0 ? `（仅列出前 ${listed.length} 个）` : ''}`,
      en: `profile ${JSON.stringify(id)} is invalid: ${problems.length} problem${problems.length === 1 ? '' : 's'}${more > 0 ? ` (the first ${listed.length} listed)` : ''}`,
    };
  }
}
