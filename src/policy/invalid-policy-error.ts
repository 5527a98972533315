import type { Lang } from '../claim/input-error';

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
  | 'throws';

/** One problem with a profile definition: where (a JSONPath into the changes), what was expected, what came. */
export interface PolicyProblem {
  readonly path: string;
  readonly code: PolicyProblemCode;
  /** What the value should have been, in words, in both languages. */
  readonly expected: Readonly<Record<Lang, string>>;
  /** The value received, as a short excerpt. */
  readonly received: string;
  readonly message: Readonly<Record<Lang, string>>;
}

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

/**
 * Thrown by `definePolicy` when a profile cannot be defined as given: every problem at once, each
 * with its path, in zh-CN and en.
 */
export class InvalidPolicyError extends Error {
  // The class's own name, which a minified build would otherwise rename (`err.constructor.name`).
  static {
    Object.defineProperty(this, 'name', { value: 'InvalidPolicyError' });
  }
  override readonly name = 'InvalidPolicyError';
  readonly problems: readonly PolicyProblem[];
  constructor(id: string, problems: readonly PolicyProblem[]) {
    super(`profile ${JSON.stringify(id)} is invalid:\n${problems.map((problem) => `  ${problem.message.en}`).join('\n')}`);
    this.problems = problems;
  }
}
