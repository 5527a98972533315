import ts from 'typescript';

/**
 * The value after `//=>`: a JS literal (strings, numbers, booleans, `null`, `undefined`, `NaN`,
 * arrays, objects), optionally followed by a remark in parentheses: `//=> 9998 (9997.5 rounds up)`.
 * `…` stands for what is left out: at the end of an array (more elements follow), inside an object
 * (more keys), or at the end of a string (the string goes on).
 */

/** Marks "the rest is omitted" inside a parsed expected value. */
export const REST = Symbol('rest');

/** A string that must only start with `prefix`. */
export class Prefix {
  constructor(readonly prefix: string) {}
}

const LITERAL_NAMES = new Set(['undefined', 'NaN', 'Infinity', '__REST__']);

/** Whether `node` is built only from literals (and `…`), so evaluating it runs no code. */
function isLiteral(node: ts.Node): boolean {
  if (ts.isParenthesizedExpression(node)) return isLiteral(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(node)) return LITERAL_NAMES.has(node.text);
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && isLiteral(node.operand);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isLiteral);
  if (ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) return ts.isIdentifier(node.expression) && node.expression.text === '__REST__';
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((p) => ts.isSpreadAssignment(p) ? isLiteral(p) : ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && isLiteral(p.initializer));
  }
  return false;
}

/** `…` outside string literals becomes a spread of the rest marker: `[a, …]` → `[a, ...__REST__]`. */
function markRest(text: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quote !== undefined) {
      out += char;
      if (char === '\\') out += text[++i] ?? '';
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
      out += char;
    } else out += char === '…' ? '...__REST__' : char;
  }
  return out;
}

/** The syntax errors TypeScript finds in `code`, as text. */
export function syntaxErrors(code: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** The literal expression `text` parses to, if it is one and nothing else. */
function literalOf(text: string): ts.Expression | undefined {
  if (text.trim() === '') return undefined;
  const code = `(${markRest(text)}\n);`;
  if (syntaxErrors(code).length > 0) return undefined;
  const source = ts.createSourceFile('expected.ts', code, ts.ScriptTarget.Latest, true);
  if (source.statements.length !== 1) return undefined;
  const statement = source.statements[0]!;
  if (!ts.isExpressionStatement(statement) || !isLiteral(statement.expression)) return undefined;
  return statement.expression;
}

/** The JS value of a literal expression; strings ending in `…` become {@link Prefix}es. */
function valueOf(node: ts.Expression): unknown {
  if (ts.isParenthesizedExpression(node)) return valueOf(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text.endsWith('…') ? new Prefix(node.text.slice(0, -1)) : node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isIdentifier(node)) return node.text === 'NaN' ? Number.NaN : node.text === 'Infinity' ? Number.POSITIVE_INFINITY : undefined;
  if (ts.isPrefixUnaryExpression(node)) return -(valueOf(node.operand) as number);
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => (ts.isSpreadElement(element) ? REST : valueOf(element)));
  if (ts.isObjectLiteralExpression(node)) {
    const object: Record<string | symbol, unknown> = {};
    for (const property of node.properties) {
      if (ts.isSpreadAssignment(property)) object[REST] = true;
      else if (ts.isPropertyAssignment(property)) {
        const name = property.name;
        object[ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : name.getText()] = valueOf(property.initializer);
      }
    }
    return object;
  }
  throw new Error(`not a literal: ${node.getText()}`);
}

/** What follows `//=>`, split into the expected value and the remark after it. */
export interface Expected {
  readonly value: unknown;
  readonly remark: string;
}

/**
 * Parses the text after `//=>`. The whole text is tried first; then each split before a ` (`
 * from the right, whose right part must be a parenthesised remark. Anything else (prose after the
 * value, code in the expected value) is an error: the example has to say its value plainly.
 */
export function parseExpected(text: string): Expected {
  const whole = text.trim();
  const candidates: number[] = [whole.length];
  for (let i = whole.length - 1; i > 0; i -= 1) if (whole[i] === '(' && /\s/.test(whole[i - 1]!)) candidates.push(i);
  for (const end of candidates) {
    const remark = whole.slice(end).trim();
    if (remark !== '' && !(remark.startsWith('(') && remark.endsWith(')'))) continue;
    const literal = literalOf(whole.slice(0, end));
    if (literal !== undefined) return { value: valueOf(literal), remark };
  }
  throw new Error(`the value after //=> is not a JS literal (optionally followed by a remark in parentheses): ${whole}`);
}

/**
 * Deep equality of `actual` with an expected value, where {@link REST} and {@link Prefix} allow
 * the omissions `…` writes. Primitives compare with `Object.is` (so `NaN` equals `NaN`); objects
 * compare their own enumerable keys; an object with a rest marker needs only its listed keys.
 */
export function matches(actual: unknown, expected: unknown): boolean {
  if (expected instanceof Prefix) return typeof actual === 'string' && actual.startsWith(expected.prefix);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const open = expected.length > 0 && expected[expected.length - 1] === REST;
    const listed = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < listed.length : actual.length !== listed.length) return false;
    return listed.every((item, index) => matches(actual[index], item));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const wanted = expected as Record<string | symbol, unknown>;
    const got = actual as Record<string, unknown>;
    const keys = Object.keys(wanted);
    if (wanted[REST] !== true && Object.keys(got).length !== keys.length) return false;
    return keys.every((key) => Object.prototype.hasOwnProperty.call(got, key) && matches(got[key], wanted[key]));
  }
  return Object.is(actual, expected);
}
