import type { Decision } from '../claim/decision';

/**
 * JSON for decisions in a batch: the same text as `JSON.stringify(decision)`, made faster. About
 * half of a decision's bytes are its trace, whose entries are frozen objects shared by every
 * decision (`engine/run.ts`); their JSON is written once and joined. The rest goes through the
 * native `JSON.stringify`.
 */

const entries = new WeakMap<object, string>();

function entryJson(entry: object): string {
  let json = entries.get(entry);
  if (json === undefined) {
    json = JSON.stringify(entry);
    if (Object.isFrozen(entry)) entries.set(entry, json);
  }
  return json;
}

/**
 * A decision as compact JSON, identical to `JSON.stringify(decision)`.
 *
 * @example
 * serializeDecision(decision) === JSON.stringify(decision) //=> true
 */
export function serializeDecision(decision: Decision): string {
  const keys = Object.keys(decision);
  if (keys[keys.length - 1] !== 'trace') return JSON.stringify(decision);
  const { trace, ...rest } = decision;
  let json = '';
  for (const entry of trace) json += json === '' ? entryJson(entry) : `,${entryJson(entry)}`;
  const head = JSON.stringify(rest);
  return `${head.slice(0, -1)},"trace":[${json}]}`;
}
