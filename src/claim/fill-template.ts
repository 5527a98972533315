const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A message template with its `{name}` placeholders filled: from a record of values, or from a
 * function that gives the words for a name. A placeholder without a value stays as written, so a
 * missing parameter shows in the text rather than as "undefined".
 *
 * The one filler for the messages kept as data (input errors, dispute findings, dispute reports);
 * a decision's reasons use the compiled templates of `explain/messages.ts`, which also say counts
 * with their nouns and amounts in yuan.
 *
 * @example
 * fillTemplate('{path}: expected {expected}, received {received}.', { path: '$.sale.date', received: 2 })
 * //=> '$.sale.date: expected {expected}, received 2.'
 * fillTemplate('{a} and {b}', (name) => (name === 'a' ? 'A' : undefined)) //=> 'A and {b}'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> | ((name: string) => string | undefined)): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = typeof values === 'function' ? values(name) : Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}
