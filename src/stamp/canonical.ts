/**
 * A value as canonical JSON: object keys sorted, functions and `undefined` left out, so that the
 * same data gives the same text whatever order it was built in. The stamp's digest is taken over
 * this text; a rule's code is not data and is covered by its version name instead.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, { d: undefined, c: 'x' }], run() {} }) //=> '{"a":[true,{"c":"x"}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (kept(item) ? canonicalJson(item) : 'null')).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (kept(record[key])) parts.push(`${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  }
  return `{${parts.join(',')}}`;
}

const kept = (value: unknown) => value !== undefined && typeof value !== 'function';
