import type { Decision } from '../../claim/decision';
import type { ByteWriter } from './byte-writer';

/**
 * The compact decision, version 1 (docs/compact-format.md, docs/schemas/compact.schema.json):
 * for shops that store decisions by the million. What was decided and on which rule and article,
 * no message text, the trace as one outcome code per rule of the rule table:
 *
 * `{"compact":1,"verdict":…,"status":…,"remedies":[{type, route?, amountFen?, performedBy,
 * conditions?}],"reasons":[[rule, effect, citation id]…],"table":"<id>","trace":"sFnx…"}`
 *
 * About 500 bytes where the full decision takes 6–8 KB. Keys are written in this order.
 */
export const COMPACT_VERSION = 1;

/** One character per trace outcome (the trace string's alphabet). */
export const OUTCOME_CODES: Readonly<Record<Decision['trace'][number]['result'], string>> = {
  fired: 'F',
  silent: 's',
  'not-applicable': 'n',
  'not-in-force': 'x',
};

/**
 * A rule table: the rules a decision's trace goes through, in order (a profile checked against
 * the floor runs its own chain, then the floor's, whose entries say `under`). It is the same for
 * every claim decided under one profile with one version of the library; its id is a digest of
 * its content, so a stored trace says which table it is read against.
 */
export interface RuleTable {
  readonly id: string;
  readonly rules: readonly { readonly rule: string; readonly under?: string }[];
}

/** The rule table of a decision's trace. */
export function ruleTableOf(trace: Decision['trace']): RuleTable {
  const rules = trace.map((entry) => (entry.under === undefined ? { rule: entry.rule } : { rule: entry.rule, under: entry.under }));
  return { id: fnv1a(JSON.stringify(rules)), rules };
}

/**
 * FNV-1a (32 bits) of a string's UTF-16 units, as 8 hex digits: a short, stable id, not a
 * security digest.
 *
 * @example
 * fnv1a('') //=> '811c9dc5'
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The tables met so far; a batch meets one per profile. */
const tables: RuleTable[] = [];
let last: RuleTable | undefined;

function sameTable(table: RuleTable, trace: Decision['trace']): boolean {
  if (table.rules.length !== trace.length) return false;
  for (let index = 0; index < trace.length; index += 1) {
    const entry = trace[index]!;
    const rule = table.rules[index]!;
    if (rule.rule !== entry.rule || rule.under !== entry.under) return false;
  }
  return true;
}

/** The table a trace is read against: checked entry by entry against the last one (no allocation). */
function tableFor(trace: Decision['trace']): RuleTable {
  if (last !== undefined && sameTable(last, trace)) return last;
  last = tables.find((table) => sameTable(table, trace));
  if (last === undefined) {
    last = ruleTableOf(trace);
    tables.push(last);
  }
  return last;
}

/** Writes a decision in the compact shape. */
export function encodeCompact(writer: ByteWriter, decision: Decision): void {
  writer.ascii(`{"compact":${COMPACT_VERSION},"verdict":`);
  writer.string(decision.verdict);
  writer.ascii(',"status":');
  writer.string(decision.status);
  writer.ascii(',"remedies":[');
  decision.remedies.forEach((remedy, index) => {
    if (index > 0) writer.byte(44);
    writeRemedy(writer, remedy);
  });
  writer.ascii('],"reasons":[');
  const reasons = decision.reasons;
  for (let index = 0; index < reasons.length; index += 1) {
    const reason = reasons[index]!;
    writer.ascii(index > 0 ? ',[' : '[');
    writer.string(reason.rule);
    writer.byte(44);
    writer.string(reason.effect);
    writer.byte(44);
    writer.string(reason.cite.id);
    writer.byte(93);
  }
  writer.ascii('],"table":"');
  writer.ascii(tableFor(decision.trace).id);
  writer.ascii('","trace":"');
  const trace = decision.trace;
  writer.ensure(trace.length);
  for (let index = 0; index < trace.length; index += 1) {
    const code = OUTCOME_CODES[trace[index]!.result];
    if (code === undefined) throw new Error(`no compact code for trace result ${JSON.stringify(trace[index]!.result)}`);
    writer.bytes[writer.length++] = code.charCodeAt(0);
  }
  writer.ascii('"}');
}

function writeRemedy(writer: ByteWriter, remedy: Decision['remedies'][number]): void {
  writer.ascii('{"type":');
  writer.string(remedy.type);
  if (remedy.route !== undefined) {
    writer.ascii(',"route":');
    writer.string(remedy.route);
  }
  if (remedy.amountFen !== undefined) {
    writer.ascii(',"amountFen":');
    writer.number(remedy.amountFen);
  }
  writer.ascii(',"performedBy":');
  writer.string(remedy.performedBy);
  if (remedy.conditions !== undefined) {
    writer.ascii(',"conditions":[');
    remedy.conditions.forEach((condition, index) => {
      if (index > 0) writer.byte(44);
      writer.string(condition);
    });
    writer.byte(93);
  }
  writer.byte(125);
}
