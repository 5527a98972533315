/**
 * A rule that threw, or returned something that is not a list of findings, while deciding a
 * claim. Only rules the library does not ship can do this (a shop's own, appended with
 * `definePolicy`); the error names the rule and its version so the shop knows which of its rules
 * to fix, instead of a stack trace from inside the engine.
 */
export class RuleFailedError extends Error {
  // The class's own name, which a minified build would otherwise rename (`err.constructor.name`).
  static {
    Object.defineProperty(this, 'name', { value: 'RuleFailedError' });
  }
  override readonly name = 'RuleFailedError';
  readonly rule: string;
  readonly version: string;
  /** What went wrong, in both languages. */
  readonly text: { readonly 'zh-CN': string; readonly en: string };
  constructor(rule: string, version: string, problem: { readonly 'zh-CN': string; readonly en: string }, options?: { cause?: unknown }) {
    super(`rule ${rule} (version ${version}) failed: ${problem.en}`, options);
    this.rule = rule;
    this.version = version;
    this.text = { 'zh-CN': `规则 ${rule}（版本 ${version}）出错：${problem['zh-CN']}`, en: `rule ${rule} (version ${version}) failed: ${problem.en}` };
  }
}

/** What a thrown value says, as short text. */
export function thrownText(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return 'an unprintable value';
  }
}
