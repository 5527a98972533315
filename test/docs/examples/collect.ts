import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One `@example` block of a TSDoc comment, as written (comment margins removed). */
export interface Example {
  /** The source file, relative to the project root (`src/engine/run.ts`). */
  readonly file: string;
  /** The documented declaration: `versionOn`, `Class.method`, or `(module)` for a file comment. */
  readonly name: string;
  /** The 1-based line of the `@example` tag in the file. */
  readonly line: number;
  /** The example's lines, without the ` * ` margin; `lines[0]` is the line after the tag. */
  readonly lines: readonly string[];
}

/** Every `.ts` file under `dir`, sorted, so the examples come out in a stable order. */
export function sourceFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The name a reader knows the documented node by. */
function nameOf(node: ts.Node): string {
  if (ts.isVariableStatement(node)) return node.declarationList.declarations.map((d) => d.name.getText()).join(', ');
  const name = ts.isDeclarationStatement(node) || ts.isClassElement(node) || ts.isTypeElement(node) ? ts.getNameOfDeclaration(node as ts.Declaration) : undefined;
  if (name === undefined) return '(module)';
  const owner = node.parent !== undefined && (ts.isClassDeclaration(node.parent) || ts.isInterfaceDeclaration(node.parent)) ? node.parent.name?.getText() : undefined;
  return owner === undefined ? name.getText() : `${owner}.${name.getText()}`;
}

/**
 * The `@example` blocks of one file, found by TypeScript's own JSDoc parser (so an `@example`
 * mentioned in prose or in a string is not one). The block's text is read from the source between
 * the tag and the next tag or the end of the comment, and its ` * ` margins are stripped.
 */
export function examplesIn(root: string, path: string): Example[] {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const file = relative(root, path).split('\\').join('/');
  const seen = new Set<number>();
  const found: Example[] = [];
  const visit = (node: ts.Node): void => {
    for (const tag of ts.getJSDocTags(node)) {
      if (tag.tagName.text !== 'example' || seen.has(tag.pos)) continue;
      seen.add(tag.pos);
      const raw = text.slice(tag.tagName.end, tag.end).replace(/\*\/\s*$/, '');
      const lines = raw.split('\n').slice(1).map((line) => line.replace(/^\s*\*(?: |$)/, '').trimEnd());
      while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      const host = tag.parent.parent;
      found.push({ file, name: nameOf(host), line: source.getLineAndCharacterOfPosition(tag.pos).line + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.sort((a, b) => a.line - b.line);
}

/** Every `@example` in every source file under `src/`. */
export function allExamples(root: string): Example[] {
  return sourceFiles(join(root, 'src')).flatMap((path) => examplesIn(root, path));
}
