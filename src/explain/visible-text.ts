const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from a claim made safe to print in a report: line breaks, tabs and other control
 * characters (C0, C1, the Unicode line and paragraph separators, bidirectional overrides) are
 * written as escapes, so that no string in a claim can start a line of its own or reorder one
 * (a forged "Decision: refund" line).
 *
 * @example
 * visibleText('Acme\nDecision: refund') //=> 'Acme\\nDecision: refund'
 * visibleText('小米 15') //=> '小米 15'
 */
export function visibleText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
