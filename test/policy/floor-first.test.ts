/**
 * The floor is decided first, alone, and nothing can reach it (issue 17, item 1; design.md §5).
 * Reproductions 1 and 2: a profile's own rule writing into the claim or into the facts it is
 * handed; reproduction 6: writes into the library's exported values. After each, decisions must
 * be byte for byte what a fresh process decides (`sealed-decisions-probe.ts`, run as a child).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import * as library from '../support/api';
import { isSealed } from '../../src/engine/seal';
import { evaluate } from '../../src/engine/evaluate';
import { claimFacts } from '../../src/rules/claim-facts';
import type { RuleContext } from '../../src/rules/claim-rule';
import { shop as shopOf, shopClause } from '../support/shop';
import { DAY_3_NO_POWER, NATIONAL_DAY_ROLL_OVER, sealedDecisions } from './sealed-decisions';

const { decide, defineRule, definePolicy, deny, nationalPolicy, RuleFailedError, safeDecide } = library;
const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROBE = fileURLToPath(new URL('./sealed-decisions-probe.ts', import.meta.url));

/** What a process in which nothing was written decides. */
let fresh: string[];
beforeAll(async () => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', PROBE], { cwd: ROOT, timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  fresh = stdout.trimEnd().split('\n');
}, 120_000);

const CLAUSES = { extra: shopClause('附加', 'extra') };

/** A shop profile with one rule of its own that runs `body` and then denies everything. */
function profileWith(id: string, body: (context: RuleContext) => void) {
  const rules = defineRule({
    id: `my-shop.${id}`,
    describes: { 'zh-CN': '测试规则', en: 'a test rule' },
    basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: ['policy:my-shop:extra'] }]],
    run: (context) => {
      body(context);
      return [deny('fault.not-found', 'policy:my-shop:extra', ['all'])];
    },
  });
  return definePolicy(nationalPolicy, shopOf(CLAUSES, { rules }));
}

describe('reproduction 1: a profile rule writing into the claim it is handed', () => {
  it('cannot: the write throws, and the decision fails with RuleFailedError naming the rule', () => {
    const policy = profileWith('inspection-not-found', (context) => {
      (context.claim.fault as { inspection: string }).inspection = 'not-found';
    });
    expect(() => decide(DAY_3_NO_POWER, { policy })).toThrow(RuleFailedError);
    const result = safeDecide(DAY_3_NO_POWER, { policy });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toMatchObject([{ path: 'rule:my-shop.inspection-not-found', code: 'rule-failed' }]);
  });

  it('a write refused without a throw (Reflect.set, as sloppy code does) changes nothing: the floor’s refund stands, with a floor conflict', () => {
    const writes: boolean[] = [];
    const policy = profileWith('inspection-quietly', (context) => {
      writes.push(Reflect.set(context.claim.fault, 'inspection', 'not-found'));
      writes.push(Reflect.set(context.claim, 'claimDate', '2030-01-01'));
    });
    const decision = decide(DAY_3_NO_POWER, { policy });
    // The rule runs more than once (the missing facts are worked out again): every write refused.
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((written) => !written)).toBe(true);
    // Day 3, no-power-on (listed), ¥3,999: MP2001 Art. 11 gives the refund at the invoice price.
    expect(decision.verdict).toBe('refund');
    expect(decision.remedies.find((remedy) => remedy.type === 'refund' && remedy.route === 'sanbao')).toMatchObject({ amountFen: 399_900, cites: ['mp2001:art11'] });
    expect(decision.floorConflicts.map((conflict) => [conflict.remedy, conflict.profileOffer, conflict.clause])).toContainEqual(['refund', 'none', 'policy:my-shop:extra']);
    expect(decision.status).toBe('final');
  });

  it('the floor runs before any profile code: a rule sees a sealed copy, never the caller’s claim', () => {
    const claim = library.parseClaim(DAY_3_NO_POWER);
    if (!claim.ok) throw new Error('the claim does not parse');
    let seen: unknown;
    const policy = profileWith('looks', (context) => {
      seen = context.claim;
    });
    library.decideClaim(claim.claim, { policy });
    expect(seen).not.toBe(claim.claim);
    expect(seen).toEqual(claim.claim);
    expect(isSealed(seen)).toBe(true);
    // The caller's own claim is left as it was: writable.
    expect(Object.isFrozen(claim.claim)).toBe(false);
  });
});

describe('reproduction 2: a profile rule writing into the facts (the cached roll-over)', () => {
  it('cannot, and a later national decision keeps the National Day roll-over, as a fresh process decides it', () => {
    const policy = profileWith('roll-over', (context) => {
      const rolled = context.facts.refund!.rolled as unknown as { day: string; nominal: string; skipped: unknown[] };
      rolled.day = rolled.nominal;
      rolled.skipped.length = 0;
    });
    expect(() => decide(NATIONAL_DAY_ROLL_OVER, { policy })).toThrow(RuleFailedError);
    const quiet = profileWith('roll-over-quietly', (context) => {
      const rolled = context.facts.refund!.rolled;
      Reflect.set(rolled, 'day', rolled.nominal);
      Reflect.set(rolled.skipped, 'length', 0);
    });
    expect(decide(NATIONAL_DAY_ROLL_OVER, { policy: quiet }).verdict).toBe('refund');
    const national = decide(NATIONAL_DAY_ROLL_OVER);
    // 2024-09-24 + 7 days = Tuesday 2024-10-01, a holiday; 10-01…10-07 are rest days: 2024-10-08.
    expect(national.verdict).toBe('refund');
    expect(national.dates.refundUntil).toBe('2024-10-08');
  });

  it('everything a profile rule is handed is sealed: claim, facts, parameters and their citations, findings so far, the context, its basis', () => {
    const seen: Record<string, unknown> = {};
    const policy = profileWith('inspects', (context) => {
      // The first run: the profile's chain, after the national rules it builds on.
      if (!('context' in seen)) Object.assign(seen, { context, claim: context.claim, facts: context.facts, params: context.params, paramCites: context.paramCites, paramKeys: context.paramKeys, findings: context.findings });
    });
    decide(NATIONAL_DAY_ROLL_OVER, { policy });
    expect(Object.isFrozen(seen.context)).toBe(true);
    const handed = seen.context as RuleContext;
    for (const name of ['entitled', 'denied', 'citeOf'] as const) expect(Object.isFrozen(handed[name]), name).toBe(true);
    for (const name of ['claim', 'facts', 'params', 'paramCites', 'paramKeys', 'findings'] as const) expect(isSealed(seen[name]), name).toBe(true);
    const findings = seen.findings as readonly { finding: unknown }[];
    expect(findings.length).toBeGreaterThan(0);
    for (const entry of findings) expect(isSealed(entry) && isSealed(entry.finding)).toBe(true);
    // The facts reach the cached roll-over of the refund window: sealed with them.
    expect(isSealed((seen.facts as { refund: { rolled: unknown } }).refund.rolled)).toBe(true);
  });

  it('a profile rule is handed copies: the claim, facts and findings the library’s rules work on are never frozen in place', () => {
    const claim = library.parseClaim(NATIONAL_DAY_ROLL_OVER);
    if (!claim.ok) throw new Error('the claim does not parse');
    const seen: Record<string, unknown> = {};
    const policy = profileWith('reads-everything', (context) => {
      if (!('facts' in seen)) Object.assign(seen, { claim: context.claim, facts: context.facts, findings: context.findings });
    });
    const evaluation = evaluate(claimFacts, policy, claim.claim, library.defaultCalendar());
    // What the rule saw is sealed, and is not what the library's rules worked on: freezing those
    // in place would give V8 a second shape for every claim, fact and finding of every decision
    // (docs/performance.md, the mixed-process slowdown).
    expect(isSealed(seen.facts)).toBe(true);
    expect(seen.facts).not.toBe(evaluation.facts);
    expect(seen.facts).toEqual(evaluation.facts);
    expect(Object.isFrozen(evaluation.facts)).toBe(false);
    expect(Object.isFrozen(claim.claim)).toBe(false);
    expect(Object.isFrozen(claim.claim.sale)).toBe(false);
    const findings = seen.findings as readonly { finding: object }[];
    expect(findings.length).toBeGreaterThan(0);
    for (const [index, entry] of findings.entries()) {
      expect(entry).not.toBe(evaluation.reasons[index]);
      expect(Object.isFrozen(evaluation.reasons[index])).toBe(false);
    }
  });

  it('decisions after both attacks are byte-identical to a fresh process’s', () => {
    expect(sealedDecisions()).toEqual(fresh);
  });
});

/**
 * Exported values not covered here, and why: functions and classes (a property written onto a
 * function is not read by any decision); the zod schemas (zod memoises on the schema objects
 * and writes `lastIndex` on its patterns, so they cannot be frozen: docs/performance.md).
 */
const isZodSchema = (value: unknown) => value !== null && typeof value === 'object' && '_zod' in value;

describe('reproduction 6: exported values cannot be written into', () => {
  type Attempt = { readonly path: string; readonly threw: boolean };

  /** Tries every kind of write on `target`, each undone if it went through. */
  function attempts(target: Record<string | symbol, unknown>, path: string): Attempt[] {
    const out: Attempt[] = [];
    const tryIt = (what: string, write: () => void, undo: () => void) => {
      try {
        write();
        undo();
        out.push({ path: `${path} ${what}`, threw: false });
      } catch (error) {
        expect(error, `${path} ${what}`).toBeInstanceOf(TypeError);
        out.push({ path: `${path} ${what}`, threw: true });
      }
    };
    for (const key of Object.keys(target)) {
      const before = target[key];
      tryIt(`[${key}] =`, () => void (target[key] = typeof before === 'number' ? before + 1 : typeof before === 'string' ? `${before}!` : null), () => void (target[key] = before));
      tryIt(`delete [${key}]`, () => void delete target[key], () => void (target[key] = before));
    }
    tryIt('[injected] =', () => void (target.injected = 1), () => void delete target.injected);
    if (Array.isArray(target)) {
      const length = target.length;
      tryIt('push', () => void (target as unknown[]).push('x'), () => void ((target as unknown[]).length = length));
      tryIt('length = 0', () => void ((target as unknown[]).length = 0), () => undefined);
    }
    return out;
  }

  it('every exported value, at every depth: each write throws a TypeError, and decisions stay byte-identical to a fresh process’s', () => {
    const all: Attempt[] = [];
    const seen = new Set<unknown>();
    const named = ['FLOOR_CITES', 'LANGS', 'shippedPolicies', 'POLICY_IDS', 'REQUESTS', 'CARD_STATES', 'SCHEMA_IDS'];
    for (const name of named) expect(Object.keys(library), name).toContain(name);
    for (const [name, value] of Object.entries(library)) {
      if (typeof value === 'function' || isZodSchema(value)) continue;
      const pending: [unknown, string][] = [[value, name]];
      while (pending.length > 0) {
        const [current, path] = pending.pop()!;
        if (current === null || typeof current !== 'object' || seen.has(current)) continue;
        seen.add(current);
        all.push(...attempts(current as Record<string, unknown>, path));
        for (const key of Object.keys(current)) pending.push([(current as Record<string, unknown>)[key], `${path}.${key}`]);
      }
    }
    expect(all.length).toBeGreaterThan(1_000);
    expect(all.filter((attempt) => !attempt.threw).map((attempt) => attempt.path)).toEqual([]);
    expect(sealedDecisions()).toEqual(fresh);
  });
});
