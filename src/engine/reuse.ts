import type { Claim } from '../claim/schema';
import { weakCache } from './caches';
import type { EngineParams, ParamCitesOf, ParamKeysOf } from './parameters';
import { sameData } from './same-data';
import type { Attributed, ChainFacts, Rule, TraceEntry } from './types';

type ParamCites = ParamCitesOf<EngineParams>;
type ParamKeys = ParamKeysOf<EngineParams>;

/**
 * A run of a rule chain on a claim, kept so that another run of the same claim on the same facts
 * (a profile's, after the floor's) can take the findings of the rules they share instead of
 * running them again: a rule's findings depend on nothing but the claim, the facts, the calendar,
 * the parameters it reads (`Rule.reads`) and, for a rule that says so, the findings before it
 * (`Rule.readsEarlierFindings`).
 */
export interface EarlierRun {
  readonly rules: readonly Rule[];
  readonly claim: Claim;
  readonly facts: ChainFacts;
  readonly params: EngineParams;
  readonly cites: ParamCites;
  readonly keys: ParamKeys;
  readonly findings: readonly Attributed[];
  readonly trace: readonly TraceEntry[];
  /** For each step of the run, how many findings there were after it. */
  readonly ends: readonly number[];
}

/** What a step of a run is for this purpose: its family and the version in force, if any. */
export interface StepOfFamily {
  readonly family: string;
  readonly rule: Rule | undefined;
}

/**
 * For each step of a run, where its findings may come from in an earlier run: `at`, the step of
 * the earlier run with the same version of the same family (or -1), and `agrees`, whether the two
 * runs' parameters agree on everything that version reads (1) or not (0).
 */
export interface Sources {
  readonly at: Int32Array;
  readonly agrees: Uint8Array;
}

type ByParams = WeakMap<object, WeakMap<object, Sources>>;
const sources = weakCache<readonly StepOfFamily[], WeakMap<readonly StepOfFamily[], ByParams>>(
  'reuse.sources',
  "for a run's steps, an earlier run's steps and the two runs' parameters (each cached per era): where each step's findings may come from",
);

/** Whether two runs' parameters agree on every parameter a rule reads: its value, its citations and the keys a profile changed. */
function agreeOn(rule: Rule, params: EngineParams, cites: ParamCites, keys: ParamKeys, earlier: EarlierRun): boolean {
  const reads = rule.reads;
  if (reads === undefined) return false;
  const mine = params as unknown as Readonly<Record<string, unknown>>;
  const theirs = earlier.params as unknown as Readonly<Record<string, unknown>>;
  const myCites = cites as Readonly<Record<string, unknown>>;
  const theirCites = earlier.cites as Readonly<Record<string, unknown>>;
  const myKeys = keys as Readonly<Record<string, unknown>>;
  const theirKeys = earlier.keys as Readonly<Record<string, unknown>>;
  for (const name of reads) {
    if (!sameData(mine[name], theirs[name]) || !sameData(myCites[name], theirCites[name]) || !sameData(myKeys[name], theirKeys[name])) return false;
  }
  return true;
}

/**
 * Where each step's findings may come from in an earlier run (see {@link Sources}), worked out
 * once per pair of runs' steps and parameters: a step whose version is the earlier run's and whose
 * parameters agree may take the earlier findings; `runChain` decides whether the findings before
 * it matter.
 */
export function sourcesOf(
  steps: readonly StepOfFamily[],
  earlierSteps: readonly StepOfFamily[],
  params: EngineParams,
  cites: ParamCites,
  keys: ParamKeys,
  earlier: EarlierRun,
): Sources {
  let byEarlier = sources.get(steps);
  if (byEarlier === undefined) sources.set(steps, (byEarlier = new WeakMap()));
  let byParams = byEarlier.get(earlierSteps);
  if (byParams === undefined) byEarlier.set(earlierSteps, (byParams = new WeakMap()));
  let byTheirs = byParams.get(params);
  if (byTheirs === undefined) byParams.set(params, (byTheirs = new WeakMap()));
  let found = byTheirs.get(earlier.params);
  if (found === undefined) {
    const index = new Map(earlierSteps.map((step, at) => [step.family, at]));
    const at = new Int32Array(steps.length).fill(-1);
    const agrees = new Uint8Array(steps.length);
    steps.forEach((step, i) => {
      const there = index.get(step.family);
      if (there === undefined || earlierSteps[there]!.rule !== step.rule) return;
      at[i] = there;
      if (step.rule !== undefined && agreeOn(step.rule, params, cites, keys, earlier)) agrees[i] = 1;
    });
    found = { at, agrees };
    byTheirs.set(earlier.params, found);
  }
  return found;
}
