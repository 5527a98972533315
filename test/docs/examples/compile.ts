import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { Example } from './collect';
import { type Expected, parseExpected, syntaxErrors } from './expected';

/** One `expression //=> expected` line of an example. */
export interface Check {
  /** The 1-based line in the source file of the `//=>`. */
  readonly line: number;
  readonly expression: string;
  /** The text after `//=>`, and what it parses to (or why it does not parse). */
  readonly expectedText: string;
  readonly expected: Expected | { readonly error: string };
}

/** An example turned into a function of its scope. */
export interface CompiledExample {
  readonly checks: readonly Check[];
  /** The TypeScript program built from the example, then its JavaScript. */
  readonly program: string;
  readonly javascript: string;
  /** Syntax errors and other reasons the example cannot run as written. */
  readonly errors: readonly string[];
}

/**
 * The package's entries as a program imports them: `sanbao` and each subpath of package.json's
 * `exports` (`sanbao/policy`, …; not the JSON files of `./schemas/*`). `import … from
 * 'sanbao/policy'` in an example reads that entry.
 */
const PACKAGE_JSON = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { name: string; exports: Record<string, unknown> };
export const PACKAGE_ENTRIES: readonly string[] = Object.keys(PACKAGE_JSON.exports)
  .filter((key) => !key.includes('*') && !key.endsWith('.json'))
  .map((key) => (key === '.' ? PACKAGE_JSON.name : `${PACKAGE_JSON.name}/${key.slice(2)}`));

/** A setup statement as it runs: an import of one of the package's entries becomes a read of that entry. */
function setupText(statement: ts.Statement, errors: string[]): string {
  if (!ts.isImportDeclaration(statement)) return statement.getFullText();
  const from = (statement.moduleSpecifier as ts.StringLiteral).text;
  const bindings = statement.importClause?.namedBindings;
  if (!PACKAGE_ENTRIES.includes(from) || bindings === undefined || !ts.isNamedImports(bindings)) {
    errors.push(`an example may only import names from the package's entries (${PACKAGE_ENTRIES.join(', ')}): ${statement.getText()}`);
    return '';
  }
  const names = bindings.elements.map((e) => (e.propertyName === undefined ? e.name.text : `${e.propertyName.getText()}: ${e.name.text}`));
  return `\nconst { ${names.join(', ')} } = __package[${JSON.stringify(from)}];`;
}

/**
 * Turns an example into a program. Lines are gathered until a `//=>`; the code gathered is parsed
 * as statements: the last one is the checked expression (it may span lines), the ones before it
 * are setup. Lines after the last `//=>` are setup too (a type-level illustration has only
 * those: it must still compile and run).
 */
export function compileExample(example: Example, scopeNames: readonly string[]): CompiledExample {
  const checks: Check[] = [];
  const errors: string[] = [];
  const body: string[] = [];
  let pending: string[] = [];
  const flush = (checkLine: number | undefined, expectedText: string): void => {
    const source = ts.createSourceFile('example.ts', pending.join('\n'), ts.ScriptTarget.Latest, true);
    const statements = [...source.statements];
    const last = checkLine === undefined ? undefined : statements.pop();
    for (const statement of statements) body.push(setupText(statement, errors));
    pending = [];
    if (checkLine === undefined) return;
    if (last === undefined || !ts.isExpressionStatement(last)) {
      errors.push(`line ${checkLine}: no expression before //=>`);
      return;
    }
    let expected: Check['expected'];
    try {
      expected = parseExpected(expectedText);
    } catch (error) {
      expected = { error: (error as Error).message };
    }
    body.push(`\n__check(${checks.length}, () => (${last.expression.getText()}));`);
    checks.push({ line: checkLine, expression: last.expression.getText(), expectedText: expectedText.trim(), expected });
  };
  example.lines.forEach((line, index) => {
    const at = line.indexOf('//=>');
    if (at < 0) {
      pending.push(line);
      return;
    }
    pending.push(line.slice(0, at));
    flush(example.line + 1 + index, line.slice(at + 4));
  });
  flush(undefined, '');
  const program = [
    '(async (__check, __scope, __package) => {',
    `const { ${scopeNames.join(', ')} } = __scope;`,
    '{',
    ...body,
    '\n}',
    '})',
  ].join('\n');
  errors.push(...syntaxErrors(program));
  const javascript = ts.transpileModule(program, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return { checks, program, javascript, errors };
}
