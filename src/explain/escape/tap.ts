import { showHidden } from './hidden';

/**
 * A TAP 14 test point's description: on one line, every hidden character shown (see
 * `showHidden`), then `\` and `#` escaped with a backslash as TAP 14 asks (a `#` would start a
 * directive such as `# SKIP`; a line break a test point or plan of its own).
 *
 * @example
 * tapDescription('case # SKIP') //=> 'case \\# SKIP'
 * tapDescription('a\u001b\u0007\u0000\u202eb') //=> 'a\\\\u001b\\\\u0007\\\\u0000\\\\u202eb'
 * tapDescription('ok\nnot ok 2') //=> 'ok\\\\nnot ok 2'
 */
export function tapDescription(text: string): string {
  return showHidden(text).replace(/[\\#]/g, (char) => `\\${char}`);
}

/**
 * A value in a test point's YAML block: JSON (which YAML 1.2 reads as the same value), with the
 * hidden characters JSON leaves as they are (DEL, C1 controls, bidirectional controls, U+2028,
 * U+2029, U+FFFE, U+FFFF) written as `\u` escapes, which JSON and YAML read back as the same
 * character. They can only stand inside a JSON string, so the escape is always in one.
 *
 * @example
 * tapYaml('a\u202eb') //=> '"a\\u202eb"'
 * tapYaml({ esc: '\u001b' }) //=> '{"esc":"\\u001b"}'
 * tapYaml(undefined) //=> 'null'
 */
export function tapYaml(value: unknown): string {
  return showHidden(JSON.stringify(value) ?? 'null');
}
