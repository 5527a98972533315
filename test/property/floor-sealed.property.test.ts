/**
 * The floor holds by construction (issue 9, "What must hold"): properties over random claims and
 * random `definePolicy` profiles that raise and lower parameters and add deny rules
 * (test/support/arbitrary-policy.ts). fast-check with a fixed seed, so a failure reproduces.
 *
 * (a) the decision under the profile never gives less than `cn-national`;
 * (b) every floor conflict names clauses whose reversion (their parameters back to the national
 *     values, their rules removed: built here from the profile's public data) restores the
 *     floor's offer under the profile alone;
 * (c) every key date of the timeline and the report is the decision's;
 * (d) rendering after a JSON round trip gives the same bytes;
 * (e) exported statutory data cannot be changed;
 * (f) values outside the parameter bounds are refused with InvalidPolicyError at their path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision, Remedy } from '../../src/claim/decision';
import { parseClaim } from '../../src/claim/parse';
import type { Claim } from '../../src/claim/schema';
import { dominates } from '../../src/engine/dominance';
import { decideUnder } from '../../src/facade/decide';
import type { Rule } from '../../src/engine/types';
import { renderReport } from '../../src/explain/report';
import { renderTimelineSvg, timelineOf } from '../../src/explain/timeline';
import { definePolicy, type PolicyChanges } from '../../src/policy/define-policy';
import { InvalidPolicyError } from '../../src/policy/invalid-policy-error';
import type { Params } from '../../src/rules/national-parameters';
import type { Policy } from '../../src/policy/policy';
import { decide } from '../../src/index';
import { catalogue, citations, nationalParameters, nationalPolicy, performanceFaults, SILENT } from '../../src/entries/policy';
import { restDayCalendar } from '../../src/entries/calendar';
import { arbitraryClaim } from '../support/arbitrary-claim';
import { expectNoLessThanFloor, remedyKey } from '../support/floor';
import { arbitraryProfileSpec, changesOf, profileOf, type ProfileSpec } from '../support/arbitrary-policy';

/** One seed for the file: a failure prints it with the path to replay. */
const SEED = 20261130;
const RUNS = { floor: 300, conflicts: 600, dates: 250, roundTrip: 150, sealed: 300, refused: 300 } as const;
const options = (numRuns: number) => ({ seed: SEED, numRuns });

/**
 * Claims the floor gives something on: a confirmed fault of the product (a listed one when the
 * random claim had none) and no damage, so that a profile lowering a term is seen to fall short.
 * Mixed half and half with arbitrary claims.
 */
const faultyClaim = arbitraryClaim.map((claim) => {
  const fault = claim.fault as { codes: string[] };
  const condition = claim.condition as Record<string, unknown>;
  return {
    ...claim,
    fault: { ...fault, inspection: 'confirmed', cause: 'product', codes: fault.codes.length > 0 ? fault.codes : ['display-failure'] },
    condition: { ...condition, liquid: 'none', impact: 'none', unauthorizedOpening: 'none', forceMajeure: false },
  };
});
const claims = fc.oneof(arbitraryClaim, faultyClaim);

/** A remedy's identity across decisions: its type, and for a refund its route. */
const keyOf = remedyKey;

function parsed(input: unknown): Claim {
  const result = parseClaim(input);
  if (!result.ok) throw new Error(`arbitraryClaim produced an invalid claim: ${JSON.stringify(result.errors)}`);
  return result.claim;
}

/** Whether `decision` offers `remedy` on terms at least as good on every term (dominance, keyed by type and route). */
const offersAtLeast = (decision: Decision, remedy: Remedy) => decision.remedies.some((candidate) => keyOf(candidate) === keyOf(remedy) && dominates(candidate, remedy));

/**
 * The profile with some of its clauses reverted to the floor, from its public data: every
 * parameter with a value citing one of them takes the national parameter, every rule citing
 * one of them (or lowering the floor on one of them) goes.
 */
function reverted(policy: Policy, clauses: readonly string[]): Policy {
  const named = new Set(clauses);
  const parameters: Record<string, unknown> = { ...policy.parameters };
  for (const name of Object.keys(policy.parameters) as (keyof Params)[]) {
    const values = policy.parameters[name].values as readonly { readonly cites: readonly string[] }[];
    if (values.some((value) => value.cites.some((id) => named.has(id)))) parameters[name] = nationalParameters[name];
  }
  const cites = (rule: Rule) => rule.cites.some((id) => named.has(id)) || (rule.lowersFloor !== undefined && named.has(rule.lowersFloor.clause));
  return { ...policy, parameters: parameters as unknown as Policy['parameters'], rules: policy.rules.filter((rule) => !cites(rule)) };
}

describe('floor-sealed properties (fast-check, fixed seed)', () => {
  it('(a) no random profile gives less than cn-national: every floor remedy on terms at least as good, a verdict at least as strong', () => {
    fc.assert(
      fc.property(claims, arbitraryProfileSpec, (claim, spec) => {
        const policy = profileOf(spec);
        expectNoLessThanFloor(decide(claim), decide(claim, { policy }));
      }),
      options(RUNS.floor),
    );
  });

  it('(b) every floor conflict names clauses whose reversion restores the floor’s offer under the profile alone', () => {
    let conflicts = 0;
    let several = 0;
    fc.assert(
      fc.property(claims, arbitraryProfileSpec, (input, spec) => {
        const policy = profileOf(spec);
        const decision = decide(input, { policy });
        if (decision.floorConflicts.length === 0) return;
        const claim = parsed(input);
        const floor = decide(input);
        const alone = decideUnder(policy, claim);
        // The conflicts are the floor's remedies the profile alone gives less of, in the floor's
        // order; then the profile's own remedies whose terms were put to the law's (I30).
        const shortfalls = floor.remedies.filter((remedy) => !offersAtLeast(alone, remedy));
        expect(decision.floorConflicts.slice(0, shortfalls.length).map((conflict) => conflict.remedy)).toEqual(shortfalls.map((remedy) => remedy.type));
        for (const conflict of decision.floorConflicts.slice(shortfalls.length)) {
          expect(floor.remedies.some((remedy) => keyOf(remedy) === keyOf({ type: conflict.remedy, route: conflict.route }))).toBe(false);
          expect(conflict.profileOffer).toBe('worse');
          for (const term of conflict.terms ?? []) expect(['shipping', 'shipping-cap', 'performer']).toContain(term);
        }
        decision.floorConflicts.slice(0, shortfalls.length).forEach((conflict, index) => {
          conflicts += 1;
          const remedy = shortfalls[index]!;
          expect(conflict.clauses, 'clauses named').toBeDefined();
          const clauses = conflict.clauses!;
          expect(clauses, 'clause is among clauses').toContain(conflict.clause);
          for (const id of clauses) expect(Object.keys(policy.clauses), `${id} is a clause of the profile`).toContain(id);
          if (clauses.length > 1) several += 1;
          for (const id of clauses.length === 1 ? clauses : []) {
            expect(offersAtLeast(decideUnder(reverted(policy, [id]), claim), remedy), `reverting ${id} restores ${keyOf(remedy)}`).toBe(true);
          }
          if (clauses.length > 1) {
            expect(offersAtLeast(decideUnder(reverted(policy, clauses), claim), remedy), `reverting ${clauses.join(' + ')} restores ${keyOf(remedy)}`).toBe(true);
            // Several are named either because each alone restores the offer or because none does:
            // never a clause that does not matter beside one that does.
            const restoring = clauses.filter((id) => offersAtLeast(decideUnder(reverted(policy, [id]), claim), remedy));
            expect([0, clauses.length], `clauses restoring ${keyOf(remedy)} alone: ${restoring.join(', ')}`).toContain(restoring.length);
          }
        });
      }),
      options(RUNS.conflicts),
    );
    // The property is about conflicts: the generator must produce a fair number of them, some
    // naming several clauses (150 and 10 with this seed).
    expect(conflicts).toBeGreaterThan(RUNS.conflicts / 20);
    expect(several).toBeGreaterThan(0);
  });

  it('(c) every key date of the timeline and the report is the decision’s', () => {
    const DATE_OF = { refund: 'refundUntil', exchange: 'exchangeUntil', 'no-reason': 'noReasonUntil', warranty: 'warrantyUntil' } as const;
    fc.assert(
      fc.property(claims, arbitraryProfileSpec, (claim, spec) => {
        const policy = profileOf(spec);
        const decision = decide(claim, { policy });
        const windows = timelineOf(decision, claim).windows;
        for (const [key, field] of Object.entries(DATE_OF) as [keyof typeof DATE_OF, (typeof DATE_OF)[keyof typeof DATE_OF]][]) {
          const window = windows.find((candidate) => candidate.key === key);
          expect(window?.last, `${key} window ends on dates.${field}`).toBe(decision.dates[field]);
        }
        const report = renderReport(decision, claim, { lang: 'en', format: 'text', policy });
        for (const field of Object.values(DATE_OF)) {
          const day = decision.dates[field];
          if (day !== undefined) expect(report, `report shows dates.${field}`).toContain(day);
        }
      }),
      options(RUNS.dates),
    );
  });

  it('(d) rendering a decision after a JSON round trip gives the same bytes (report in both languages and formats, SVG)', () => {
    fc.assert(
      fc.property(claims, arbitraryProfileSpec, (claim, spec) => {
        const policy = profileOf(spec);
        const decision = decide(claim, { policy });
        const copy = JSON.parse(JSON.stringify(decision)) as Decision;
        const claimCopy = JSON.parse(JSON.stringify(claim)) as unknown;
        for (const lang of ['en', 'zh-CN'] as const) {
          for (const format of ['text', 'md'] as const) {
            expect(renderReport(copy, claimCopy, { lang, format, policy }), `${lang} ${format}`).toBe(renderReport(decision, claim, { lang, format, policy }));
          }
          expect(renderTimelineSvg(copy, claimCopy, { lang }), `svg ${lang}`).toBe(renderTimelineSvg(decision, claim, { lang }));
        }
      }),
      options(RUNS.roundTrip),
    );
  });

  it('(f) values outside the parameter bounds are refused with InvalidPolicyError, each at its path', () => {
    type Bad = { readonly name: keyof Params; readonly value: (bad: number) => unknown; readonly path: string; readonly bads: readonly number[] };
    const national = <K extends keyof Params>(name: K): Params[K] => nationalParameters[name].values.at(-1)!.value as Params[K];
    const DAYS = [Number.NaN, 2.5, -1, 1e9];
    const COUNTS = [Number.NaN, 2.5, -1, 0, 1e9];
    const FEN = [Number.NaN, 2.5, -1, Number.POSITIVE_INFINITY];
    const BAD: readonly Bad[] = [
      { name: 'refundWindow', value: (days) => ({ days }), path: '.value.days', bads: DAYS },
      { name: 'exchangeWindow', value: (months) => ({ months }), path: '.value.months', bads: DAYS },
      { name: 'periodMonths', value: (months) => ({ ...national('periodMonths'), handset: months }), path: '.value.handset', bads: DAYS },
      { name: 'builtInBatteryMonths', value: (months) => months, path: '.value', bads: DAYS },
      { name: 'freeRepairMonths', value: (months) => months, path: '.value', bads: DAYS },
      { name: 'burdenOnSellerMonths', value: (months) => months, path: '.value', bads: DAYS },
      { name: 'factoryFallbackDays', value: (days) => days, path: '.value', bads: DAYS },
      { name: 'repairerDelayDays', value: (days) => days, path: '.value', bads: DAYS },
      { name: 'partsDelayDays', value: (days) => days, path: '.value', bads: DAYS },
      { name: 'loanerAfterDays', value: (days) => days, path: '.value', bads: DAYS },
      { name: 'repairsBeforeExchange', value: (n) => n, path: '.value', bads: COUNTS },
      { name: 'replacementsBeforeRefund', value: (n) => n, path: '.value', bads: COUNTS },
      { name: 'batteryFaultBelowPct', value: (n) => n, path: '.value', bads: [Number.NaN, 2.5, -1, 101, 1e9] },
      { name: 'transportCapFen', value: (fen) => fen, path: '.value', bads: FEN },
      { name: 'depreciationPerDay', value: (numerator) => ({ numerator, denominator: 2000 }), path: '.value.numerator', bads: [Number.NaN, 2.5, -1, 1e9] },
      { name: 'depreciationPerDay', value: (denominator) => ({ numerator: 1, denominator }), path: '.value.denominator', bads: [Number.NaN, 2.5, -1, 0, 1e10] },
      { name: 'noReason', value: (days) => ({ ...national('noReason')!, length: { days } }), path: '.value.length.days', bads: DAYS },
      { name: 'noReason', value: (days) => ({ ...national('noReason')!, sellerPaysShippingDays: days }), path: '.value.sellerPaysShippingDays', bads: DAYS },
    ];
    const badChange = fc.nat(BAD.length - 1).chain((index) => fc.record({ index: fc.constant(index), bad: fc.constantFrom(...BAD[index]!.bads), clause: fc.nat(3) }));
    fc.assert(
      fc.property(fc.uniqueArray(badChange, { minLength: 1, maxLength: 3, selector: ({ index }) => BAD[index]!.name }), arbitraryProfileSpec, (bads, spec) => {
        const good: ProfileSpec = { ...spec, clauses: 4, parameters: spec.parameters.filter((parameter) => !bads.some(({ index }) => BAD[index]!.name === parameter.name)) };
        const base = changesOf(good);
        const parameters: Record<string, unknown> = { ...base.parameters };
        for (const { index, bad, clause } of bads) parameters[BAD[index]!.name] = { value: BAD[index]!.value(bad), clause: `c${clause}` };
        const changes: PolicyChanges = { ...base, parameters: parameters as PolicyChanges['parameters'] };
        let thrown: unknown;
        try {
          definePolicy(nationalPolicy, changes);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(InvalidPolicyError);
        const problems = (thrown as InvalidPolicyError).problems;
        for (const { index, bad } of bads) {
          const path = `$.parameters.${BAD[index]!.name}${BAD[index]!.path}`;
          expect(problems.map((problem) => problem.path), `${path} = ${bad}`).toContain(path);
        }
        for (const problem of problems) {
          expect(problem.message.en).toContain(problem.path);
          expect(problem.message['zh-CN']).toContain(problem.path);
          expect(problem.path.startsWith('$.parameters.'), `only the bad values are problems: ${problem.path}`).toBe(true);
        }
      }),
      options(RUNS.refused),
    );
  });

  // Last: a failure here would have changed the data every other property reads (each attempt
  // that does not throw is undone, but only as far as it can be).
  it('(e) exported statutory data cannot be changed: assignments and pushes throw a TypeError, decisions stay the same', () => {
    const ROOTS = { nationalParameters, nationalPolicy, citations, catalogue, performanceFaults, restDayCalendar, SILENT } as const;
    const isNode = (value: unknown): value is object => value !== null && (typeof value === 'object' || typeof value === 'function');
    /** Follows `steps` from a root: at each step, into one of the object-valued own properties. */
    function walk(root: object, steps: readonly number[]): { target: object; path: string } {
      let target = root;
      let path = '';
      for (const step of steps) {
        const keys = Reflect.ownKeys(target).filter((key) => typeof key === 'string' && isNode((target as Record<string, unknown>)[key])) as string[];
        if (keys.length === 0) break;
        const key = keys[step % keys.length]!;
        target = (target as Record<string, object>)[key]!;
        path += `[${JSON.stringify(key)}]`;
      }
      return { target, path };
    }
    type Op = 'assign-existing' | 'assign-new' | 'push' | 'delete';
    /** Tries to change `target`; returns whether it threw a TypeError, and undoes a change that went through. */
    function attempt(target: Record<string, unknown>, op: Op, pick: number): { threw: unknown; did: string } {
      const keys = Object.keys(target);
      const key = op === 'assign-new' ? 'injected' : keys[pick % keys.length]!;
      const had = Object.hasOwn(target, key);
      const before = target[key];
      const length = Array.isArray(target) ? target.length : undefined;
      try {
        if (op === 'push') Array.prototype.push.call(target, 0);
        else if (op === 'delete') delete target[key];
        else target[key] = typeof before === 'number' ? before - 1 : typeof before === 'boolean' ? !before : 0;
        // It went through: undo it as far as possible, and say so.
        if (length !== undefined) (target as unknown as unknown[]).length = length;
        if (had) target[key] = before;
        else if (op !== 'push') delete target[key];
        return { threw: undefined, did: `${op} ${key}` };
      } catch (error) {
        return { threw: error, did: `${op} ${key}` };
      }
    }
    const probes = [claims, arbitraryProfileSpec] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(ROOTS) as (keyof typeof ROOTS)[])),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom<Op>('assign-existing', 'assign-new', 'push', 'delete'),
        fc.nat(),
        ...probes,
        (root, steps, op, pick, claim, spec) => {
          const policy = profileOf(spec);
          const before = [JSON.stringify(decide(claim)), JSON.stringify(decide(claim, { policy }))];
          const { target, path } = walk(ROOTS[root], steps);
          // A push needs an array; a delete or an assignment of an existing key needs a key (deleting a
          // key that is not there changes nothing, frozen or not).
          const chosen: Op = (op === 'push' && !Array.isArray(target)) || (op !== 'push' && Object.keys(target).length === 0) ? 'assign-new' : op;
          const { threw, did } = attempt(target as Record<string, unknown>, chosen, pick);
          expect(threw, `${root}${path}: ${did}`).toBeInstanceOf(TypeError);
          expect([JSON.stringify(decide(claim)), JSON.stringify(decide(claim, { policy }))], `decisions after ${root}${path}: ${did}`).toEqual(before);
        },
      ),
      options(RUNS.sealed),
    );
  });
});
