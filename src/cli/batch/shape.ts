import { type Decision, decisionSchema } from '../../claim/decision';
import { UsageError } from '../args';
import type { ByteWriter } from './byte-writer';
import { encodeCompact } from './compact';
import { writeJson } from './encode-json';

/** What a batch writes for each decision: all of it, the compact shape, or a few fields. */
export type Shape = { readonly kind: 'full' } | { readonly kind: 'compact' } | { readonly kind: 'fields'; readonly fields: readonly string[] };

/** The decision's fields that `--fields` may name (the decision's own names). */
export const DECISION_FIELDS: readonly string[] = Object.keys(decisionSchema.shape);

/**
 * The fields named by `--fields a,b,c`, checked against the decision's fields.
 *
 * @example
 * fieldsOf('verdict,dates') //=> ['verdict', 'dates']
 */
export function fieldsOf(list: string): readonly string[] {
  const fields = list.split(',').map((field) => field.trim());
  const unknown = fields.filter((field) => !DECISION_FIELDS.includes(field));
  if (fields.length === 0 || unknown.length > 0) {
    throw new UsageError(`--fields takes a comma-separated list of: ${DECISION_FIELDS.join(', ')}${unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  }
  return [...new Set(fields)];
}

/** Writes one decision in the shape asked for (no newline). */
export function encodeShape(writer: ByteWriter, shape: Shape, decision: Decision): void {
  if (shape.kind === 'full') writeJson(writer, decision);
  else if (shape.kind === 'compact') encodeCompact(writer, decision);
  else writeFields(writer, shape.fields, decision);
}

/**
 * The fields asked for, in the decision's own order (so the same set gives the same bytes
 * however it was listed), each exactly as in the full decision; a field the decision leaves out
 * is left out here too.
 */
function writeFields(writer: ByteWriter, fields: readonly string[], decision: Decision): void {
  writer.byte(123);
  let first = true;
  const record = decision as unknown as Record<string, unknown>;
  for (const key in record) {
    if (!fields.includes(key) || record[key] === undefined) continue;
    if (!first) writer.byte(44);
    first = false;
    writer.string(key);
    writer.byte(58);
    writeJson(writer, record[key]);
  }
  writer.byte(125);
}
