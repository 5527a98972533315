import { decisionSchema } from '../claim/decision';
import { policyById } from '../policy/registry';
import { canonicalJson } from '../stamp/canonical';
import { type EngineStamp, engineStamp, sameEngine } from '../stamp/stamp';

/**
 * Comparing two runs of the same claims (yesterday's batch and today's, after an upgrade or a
 * profile change): what moved, line by line, and which rules moved it. Every line is validated
 * against the decision schema before anything in it is read: a line that is not a decision (an
 * error line of `sanbao batch`, junk, or a forged "decision" whose verdict is markup) counts as
 * the outcome `invalid`, and nothing of it is compared or printed.
 */

/** A decision's outcome as recorded, or `invalid` for a line that is not one. */
export type Outcome = string;

/** The parts of a decision whose change makes a line changed. */
export const COMPARED = ['verdict', 'status', 'remedies', 'dates', 'floorConflicts', 'reasons'] as const;
export type Compared = (typeof COMPARED)[number];

export interface RuleChange {
  /** The rule id; for a profile's floor run, with the profile (`window.exchange @cn-national`). */
  readonly rule: string;
  /** The rule's id alone, and the profile of the floor run it is keyed by (if it is). */
  readonly id?: string;
  readonly under?: string;
  /** The profile the decisions it changed on were made under (the after side's), to find the rule's words and articles. */
  readonly policy?: string;
  /** How many lines it changed on. */
  readonly lines: number;
  /** Its result before → after (`silent → fired`; `absent` when it did not run), with counts. */
  readonly changes: readonly { readonly before: string; readonly after: string; readonly count: number }[];
}

export interface ChangedLine {
  readonly line: number;
  readonly before: Outcome;
  readonly after: Outcome;
  readonly changed: readonly Compared[];
  readonly rules: readonly string[];
}

export interface DiffResult {
  /** Lines compared (pairs). */
  readonly lines: number;
  readonly changed: number;
  readonly verdictChanges: readonly { readonly before: Outcome; readonly after: Outcome; readonly count: number }[];
  readonly rules: readonly RuleChange[];
  readonly changedLines: readonly ChangedLine[];
  /** Lines only one side has (the files should hold the same claims in the same order). */
  readonly unpaired: { readonly before: number; readonly after: number };
  /**
   * The engines named by the decisions (`engine`) on each side, and on how many lines both name
   * one and the two differ; `null` when no line has a stamp on both sides.
   */
  readonly engines: {
    readonly before: readonly EngineStamp[];
    readonly after: readonly EngineStamp[];
    readonly differ: number | null;
    /**
     * Of the lines whose stamps differ, on how many the engine itself changed: the same profile
     * on both sides, or another library version. A stamp covers the profile it was made under,
     * so under two profiles two stamps always differ: that is a profile change, and an engine
     * change too only when the versions differ or a stamp is not this build's for its profile
     * (`undetermined` counts those that cannot be told apart).
     */
    readonly changed?: number;
    readonly undetermined?: number;
  };
  /** The profiles each side's decisions were made under, and on how many lines they differ. */
  readonly profiles?: { readonly before: readonly string[]; readonly after: readonly string[]; readonly changed: number };
  /** Lines that are not a valid decision, on each side. */
  readonly invalid?: { readonly before: number; readonly after: number };
}

type Json = Record<string, unknown>;
const record = (value: unknown): Json | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);

/** A line's value if it is a decision (validated against the schema first), otherwise `undefined`. */
const decisionOf = (value: unknown): Json | undefined => (decisionSchema.safeParse(value).success ? record(value) : undefined);

/** The profile a decision was made under. */
const policyOf = (decision: Json | undefined): string | undefined => {
  const id = record(decision?.policy)?.id;
  return typeof id === 'string' ? id : undefined;
};

/** Whether a stamp is this build's for the profile it names (so two such stamps are the same engine under two profiles). */
function thisBuild(stamp: EngineStamp, policyId: string | undefined): boolean {
  const policy = policyId === undefined ? undefined : policyById(policyId);
  return policy !== undefined && sameEngine(stamp, engineStamp(policy)) === true;
}

function outcomeOf(decision: Json | undefined): Outcome {
  return decision !== undefined && typeof decision.verdict === 'string' ? decision.verdict : 'invalid';
}

function stampOf(decision: Json | undefined): EngineStamp | undefined {
  const engine = record(decision?.engine);
  return engine !== undefined && typeof engine.version === 'string' && typeof engine.digest === 'string' ? { version: engine.version, digest: engine.digest } : undefined;
}

/** The reasons by what they rest on (rule, code, article), not their wording. */
function reasonKeys(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value.map((reason) => {
    const r = record(reason);
    return `${String(r?.rule)}|${String(r?.code)}|${String(record(r?.cite)?.id)}`;
  }).join('\n');
}

/**
 * A decision's trace as rule → result (`fired`, `silent`, …, with the version when it is not
 * the same). The run of the profile decided under is keyed by rule, so that a change of profile
 * compares the rules that decided; a profile's floor run is keyed by rule and the floor's id, and
 * compared only when both sides have it.
 */
function traceOf(decision: Json | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const trace = decision?.trace;
  if (!Array.isArray(trace)) return out;
  for (const item of trace) {
    const entry = record(item);
    if (entry === undefined || typeof entry.rule !== 'string') continue;
    const key = typeof entry.under === 'string' ? `${entry.rule} @${entry.under}` : entry.rule;
    out.set(key, `${String(entry.result)}${typeof entry.version === 'string' ? ` (${entry.version})` : ''}`);
  }
  return out;
}

/**
 * A rule's recorded result (`fired`, or `fired (mp2001+cplr2024)` when the versions differ) as
 * the result and the version.
 *
 * @example
 * splitResult('fired (mp2001)') //=> { result: 'fired', version: 'mp2001' }
 * splitResult('silent') //=> { result: 'silent' }
 */
export function splitResult(value: string): { readonly result: string; readonly version?: string } {
  const match = /^(.*) \((.*)\)$/.exec(value);
  return match === null ? { result: value } : { result: match[1]!, version: match[2]! };
}

/** The result without its version when both sides ran the same version, so that `silent → fired` reads plainly. */
function resultPair(before: string | undefined, after: string | undefined): [string, string] {
  const split = (value: string | undefined) => (value === undefined ? ['absent', ''] : [value.replace(/ \(.*\)$/, ''), value.match(/ \((.*)\)$/)?.[1] ?? '']);
  const [b, bv] = split(before);
  const [a, av] = split(after);
  // A version tells two runs of a rule apart; against a rule that did not run, it says nothing.
  return bv === av || before === undefined || after === undefined ? [b!, a!] : [before, after];
}

const stampKey = (stamp: EngineStamp) => `${stamp.version} ${stamp.digest}`;

/**
 * Compares decisions pair by pair as they come (a year's batch need not be held in memory, only
 * its changed lines).
 *
 * @example
 * const diff = decisionDiff();
 * diff.add(1, decision, { ...decision, verdict: 'exchange' });
 * diff.result().verdictChanges //=> [{ before: 'refund', after: 'exchange', count: 1 }]
 * diff.add(2, decision, { verdict: '<img src=x onerror=alert(1)>' });
 * diff.result().verdictChanges[1] //=> { before: 'refund', after: 'invalid', count: 1 }
 */
export function decisionDiff() {
  let lines = 0;
  const verdicts = new Map<string, number>();
  const rules = new Map<string, { lines: number; changes: Map<string, number>; policy: string | undefined }>();
  const profiles = { before: new Set<string>(), after: new Set<string>() };
  const invalid = { before: 0, after: 0 };
  let profileChanged = 0;
  let engineChanged = 0;
  let undetermined = 0;
  const changedLines: ChangedLine[] = [];
  const unpaired = { before: 0, after: 0 };
  const engines = { before: new Map<string, EngineStamp>(), after: new Map<string, EngineStamp>() };
  let stampedPairs = 0;
  let differ = 0;
  return {
    /** One pair of decisions (the parsed JSON of a line of each file). */
    add(line: number, beforeValue: unknown, afterValue: unknown): void {
      lines += 1;
      const before = decisionOf(beforeValue);
      const after = decisionOf(afterValue);
      if (before === undefined) invalid.before += 1;
      if (after === undefined) invalid.after += 1;
      const policies = [policyOf(before), policyOf(after)] as const;
      if (policies[0] !== undefined) profiles.before.add(policies[0]);
      if (policies[1] !== undefined) profiles.after.add(policies[1]);
      const otherProfile = policies[0] !== undefined && policies[1] !== undefined && policies[0] !== policies[1];
      if (otherProfile) profileChanged += 1;
      const stamps = [stampOf(before), stampOf(after)] as const;
      if (stamps[0] !== undefined) engines.before.set(stampKey(stamps[0]), stamps[0]);
      if (stamps[1] !== undefined) engines.after.set(stampKey(stamps[1]), stamps[1]);
      const same = sameEngine(stamps[0], stamps[1]);
      if (same !== undefined) {
        stampedPairs += 1;
        if (!same) {
          differ += 1;
          if (!otherProfile || stamps[0]!.version !== stamps[1]!.version) engineChanged += 1;
          else if (!thisBuild(stamps[0]!, policies[0]) || !thisBuild(stamps[1]!, policies[1])) undetermined += 1;
        }
      }
      const changed = COMPARED.filter((part) =>
        part === 'reasons' ? reasonKeys(before?.reasons) !== reasonKeys(after?.reasons) : canonicalJson(before?.[part]) !== canonicalJson(after?.[part]),
      );
      const [outBefore, outAfter] = [outcomeOf(before), outcomeOf(after)];
      if (outBefore !== outAfter) verdicts.set(`${outBefore}\u0000${outAfter}`, (verdicts.get(`${outBefore}\u0000${outAfter}`) ?? 0) + 1);
      // A line that is not a decision has no rules to compare: only its outcome (invalid) is counted.
      const traceBefore = after === undefined ? new Map<string, string>() : traceOf(before);
      const traceAfter = before === undefined ? new Map<string, string>() : traceOf(after);
      const moved: string[] = [];
      for (const rule of new Set([...traceBefore.keys(), ...traceAfter.keys()])) {
        const b = traceBefore.get(rule);
        const a = traceAfter.get(rule);
        // A floor run only one side has (a profile against the floor itself) is not a rule that moved.
        if (b === a || (rule.includes(' @') && (b === undefined || a === undefined))) continue;
        moved.push(rule);
        const entry = rules.get(rule) ?? { lines: 0, changes: new Map<string, number>(), policy: policies[1] ?? policies[0] };
        entry.lines += 1;
        const key = resultPair(b, a).join('\u0000');
        entry.changes.set(key, (entry.changes.get(key) ?? 0) + 1);
        rules.set(rule, entry);
      }
      if (changed.length > 0 || outBefore !== outAfter) changedLines.push({ line, before: outBefore, after: outAfter, changed, rules: moved });
    },
    /** A line only one of the files has. */
    unpaired(side: 'before' | 'after'): void {
      unpaired[side] += 1;
    },
    result(): DiffResult {
      const pairs = (map: Map<string, number>) =>
        [...map].map(([key, count]) => {
          const [before, after] = key.split('\u0000') as [string, string];
          return { before, after, count };
        }).sort((a, b) => b.count - a.count || (a.before + a.after < b.before + b.after ? -1 : 1));
      return {
        lines,
        changed: changedLines.length,
        verdictChanges: pairs(verdicts),
        rules: [...rules]
          .map(([rule, entry]) => {
            const [id, under] = rule.split(' @') as [string, string | undefined];
            return { rule, id, ...(under === undefined ? {} : { under }), ...(entry.policy === undefined ? {} : { policy: entry.policy }), lines: entry.lines, changes: pairs(entry.changes) };
          })
          .sort((a, b) => b.lines - a.lines || (a.rule < b.rule ? -1 : 1)),
        changedLines,
        unpaired: { ...unpaired },
        engines: {
          before: [...engines.before.values()],
          after: [...engines.after.values()],
          differ: stampedPairs === 0 ? null : differ,
          changed: engineChanged,
          undetermined,
        },
        profiles: { before: [...profiles.before], after: [...profiles.after], changed: profileChanged },
        invalid: { ...invalid },
      };
    },
  };
}
