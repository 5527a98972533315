/** A profile named by an id the library does not ship: the error names the ids it does ship. */
export class UnknownPolicyError extends Error {
  // The class's own name, which a minified build would otherwise rename (`err.constructor.name`).
  static {
    Object.defineProperty(this, 'name', { value: 'UnknownPolicyError' });
  }
  override readonly name = 'UnknownPolicyError';
  readonly id: string;
  readonly known: readonly string[];
  /** What went wrong, in both languages. */
  readonly text: { readonly 'zh-CN': string; readonly en: string };
  constructor(id: unknown, known: readonly string[]) {
    const shown = typeof id === 'string' ? JSON.stringify(id) : String(id);
    super(`unknown policy ${shown}; known: ${known.join(', ')}`);
    this.id = typeof id === 'string' ? id : shown;
    this.known = known;
    this.text = { 'zh-CN': `未知的政策 ${shown}；可用的有：${known.join('、')}`, en: `unknown policy ${shown}; known: ${known.join(', ')}` };
  }
}
