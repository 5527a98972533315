import { showHidden } from './hidden';

/**
 * A string made safe for a terminal (and for any plain-text report read on one), on one line:
 * every hidden character (see `showHidden`: controls such as ESC and BEL, bidirectional controls
 * such as U+202E, line breaks) is written as a visible escape, so that a claim's or a record's
 * string cannot move the cursor, hide or recolour text, reverse a line or start one of its own (a
 * forged "meets the floor" line). Printable text, Chinese included, is unchanged.
 *
 * @example
 * terminalText('RMA-1\u001b[8m') //=> 'RMA-1\\u001b[8m'
 * terminalText('Acme\nDecision: refund') //=> 'Acme\\nDecision: refund'
 * terminalText('0.1.0\u202e') //=> '0.1.0\\u202e'
 * terminalText('小米 15，¥2,599.00') //=> '小米 15，¥2,599.00'
 */
export function terminalText(text: string): string {
  return showHidden(text);
}

/**
 * Text of several lines made safe for a terminal: each line as {@link terminalText}, the line
 * breaks between them kept (a message that quotes what the user typed, an option's value or a
 * file name).
 *
 * @example
 * terminalLines('--at takes a JSON Pointer, not "x\u202e"\nsee --help') //=> '--at takes a JSON Pointer, not "x\\u202e"\nsee --help'
 */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}
