/**
 * Issue 17, item 4: `definePolicy` checks a profile and its rules whole. Every value is data, read
 * once and copied; the base's rules are checked too; whatever is wrong is an
 * {@link InvalidPolicyError} listing every problem, never a raw TypeError. Reproductions 7, 8 and
 * the first half of 12.
 */
import { describe, expect, it } from 'vitest';
import { definePolicy, type PolicyChanges } from '../../src/policy/define-policy';
import { deepFreeze } from '../../src/policy/deep-freeze';
import { InvalidPolicyError, MOST_PROBLEMS } from '../../src/policy/invalid-policy-error';
import type { Policy } from '../../src/policy/policy';
import { shop as shopOf, shopClause } from '../support/shop';
import { decide, defineRule, nationalParameters, nationalPolicy, nationalRules, note, safeDecide, SILENT } from '../support/api';

const CLAUSES = { window: shopClause('期限', 'windows'), extra: shopClause('附加', 'extra') };
const shop = (changes: Partial<PolicyChanges> = {}): PolicyChanges => shopOf(CLAUSES, changes);

/** Sold online 2025-03-03, delivered the same day; back on 2025-03-20 (day 17) with no fault: a no-reason return only where a profile gives more than 7 days. */
const day17Online = {
  claimDate: '2025-03-20',
  item: { kind: 'handset', imei: '860000000000009' },
  sale: { date: '2025-03-03', channel: 'online', priceFen: 299900 },
  fault: { inspection: 'not-found' },
};

/** The InvalidPolicyError `run` throws (anything else fails the test). */
function thrownBy(run: () => unknown): InvalidPolicyError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InvalidPolicyError);
  return thrown as InvalidPolicyError;
}

function problemsOf(run: () => unknown): { path: string; code: string }[] {
  const error = thrownBy(run);
  for (const problem of error.problems) {
    expect(problem.message['zh-CN']).toContain(problem.path);
    expect(problem.message.en).toContain(problem.path);
    expect(problem.message['zh-CN']).not.toBe(problem.message.en);
  }
  return error.problems.map(({ path, code }) => ({ path, code }));
}

const rule = (extra: Record<string, unknown> = {}) => ({
  ...defineRule({
    id: 'my-shop.care',
    describes: { 'zh-CN': '回访', en: 'call back' },
    basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: ['policy:my-shop:extra'] }]],
    run: () => SILENT,
  })[0]!,
  ...extra,
});

describe('deepFreeze', () => {
  it('walks an object frozen only at the top: what lies below is frozen too', () => {
    const inner = { days: 7 };
    const shallow = Object.freeze({ window: inner });
    deepFreeze(shallow);
    expect(Object.isFrozen(inner)).toBe(true);
  });
});

describe('reproduction 7: a profile definePolicy returns holds no writable value', () => {
  it('copies a parameter value frozen only at the top: neither the caller’s object nor the profile’s can change a decision', () => {
    // The 2017 no-reason return, lengthened to one month; the value frozen at the top only.
    const base = nationalParameters.noReason.values.at(-1)!.value!;
    const length = { months: 1 };
    const policy = definePolicy(nationalPolicy, shop({ parameters: { noReason: { value: Object.freeze({ ...base, length }), clause: 'window' } } }));
    const before = decide(day17Online, { policy });
    // Day 17 of a one-month return: the no-reason refund stands.
    expect(before.remedies.map((remedy) => `${remedy.type}/${remedy.route ?? 'sanbao'}`)).toContain('refund/no-reason');
    length.months = Number.NaN;
    const held = policy.parameters.noReason.values.at(-1)!.value as unknown as { length: { months: number } };
    expect(held.length).not.toBe(length);
    expect(Object.isFrozen(held.length)).toBe(true);
    expect(() => {
      held.length.months = Number.NaN;
    }).toThrow(TypeError);
    expect(decide(day17Online, { policy })).toEqual(before);
  });

  it('freezes every level of the clauses and rules it was given, even those handed in frozen at the top', () => {
    const label = { 'zh-CN': '附加', en: 'extra' };
    const policy = definePolicy(nationalPolicy, shop({ clauses: Object.freeze({ ...CLAUSES, extra: { ...CLAUSES.extra, label } }), rules: Object.freeze([rule()]) }));
    const clause = policy.clauses['policy:my-shop:extra']!;
    expect(clause.label).not.toBe(label);
    expect(Object.isFrozen(clause.label)).toBe(true);
    expect(Object.isFrozen(policy.rules.at(-1)!.effective)).toBe(true);
  });
});

describe('reproduction 8: the base’s rules and every value are checked when the profile is defined', () => {
  it('refuses a hand-built base whose rule has no run function, naming the base’s rule', () => {
    const broken = { ...rule(), run: 'not a function' };
    const base: Policy = { ...nationalPolicy, id: 'hand-built', rules: [...nationalRules, broken as never] };
    expect(problemsOf(() => definePolicy(base, shop()))).toEqual([{ path: `base.rules[${nationalRules.length}]`, code: 'not-a-rule' }]);
  });

  it('refuses a hand-built base whose rule cites a clause no one defines', () => {
    const base: Policy = { ...nationalPolicy, id: 'hand-built', rules: [...nationalRules, rule({ cites: ['policy:hand-built:nowhere'] }) as never] };
    expect(problemsOf(() => definePolicy(base, shop()))).toEqual([{ path: `base.rules[${nationalRules.length}].cites[0]`, code: 'unknown-citation' }]);
  });

  it('refuses a cycle in a clause, a BigInt in a declared term and a cycle in a rule’s data, every one at once', () => {
    const label: Record<string, unknown> = { 'zh-CN': '附加', en: 'extra' };
    label.self = label;
    const describes: Record<string, unknown> = { 'zh-CN': '回访', en: 'call back' };
    describes.again = [describes];
    const changes = shop({
      clauses: { ...CLAUSES, extra: { ...CLAUSES.extra, label: label as never } },
      declared: { exclusions: [{ id: 'x', clause: 'policy:my-shop:extra', describes: { 'zh-CN': '除外', en: 'excluded', count: 10n } as never }] },
      rules: [rule({ describes, lowersFloor: { clause: 'policy:my-shop:extra', describes: { 'zh-CN': '除外', en: 'excluded' } } })] as never,
    });
    expect(problemsOf(() => definePolicy(nationalPolicy, changes))).toEqual([
      { path: '$.clauses.extra.label.self', code: 'cycle' },
      { path: '$.declared.exclusions[0].describes.count', code: 'not-data' },
      { path: '$.rules[0].describes.again[0]', code: 'cycle' },
    ]);
  });

  it('refuses a function, a Map and a Date where data is expected', () => {
    const changes = shop({
      title: { 'zh-CN': '本店', en: (() => 'my shop') as never },
      notes: new Map() as never,
      asOf: new Date('2026-01-01') as never,
    });
    const problems = problemsOf(() => definePolicy(nationalPolicy, changes));
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: '$.title.en', code: 'not-data' },
        { path: '$.notes', code: 'not-data' },
        { path: '$.asOf', code: 'not-data' },
      ]),
    );
  });

  it('refuses a parameter function whose result is not data (a cycle)', () => {
    const changes = shop({
      parameters: {
        periodMonths: {
          value: (base) => {
            const out: Record<string, unknown> = { ...base };
            out.self = out;
            return out as never;
          },
          clause: 'window',
        },
      },
    });
    expect(problemsOf(() => definePolicy(nationalPolicy, changes))).toContainEqual({ path: '$.parameters.periodMonths.value.self', code: 'cycle' });
  });

  it('refuses keys the engine does not read, at the top, on a parameter change and on a rule', () => {
    const changes = { ...shop({ parameters: { exchangeWindow: { value: { days: 30 }, clause: 'window', until: '2030-01-01' } as never }, rules: [rule({ conditions: ['x'] })] as never }), caps: { shippingFen: 1 } };
    expect(problemsOf(() => definePolicy(nationalPolicy, changes as never))).toEqual([
      { path: '$.caps', code: 'unknown-key' },
      { path: '$.parameters.exchangeWindow.until', code: 'unknown-key' },
      { path: '$.rules[0].conditions', code: 'unknown-key' },
    ]);
  });

  it('defines a profile whose declared exclusion names a clause it has, and a rule that lowers the floor citing it', () => {
    const policy = definePolicy(
      nationalPolicy,
      shop({
        declared: { exclusions: [{ id: 'x', clause: 'policy:my-shop:extra', describes: { 'zh-CN': '除外', en: 'excluded' } }] },
        rules: [rule({ lowersFloor: { clause: 'policy:my-shop:extra', describes: { 'zh-CN': '除外', en: 'excluded' } } })] as never,
      }),
    );
    expect(policy.declared?.exclusions?.map((exclusion) => exclusion.id)).toEqual(['x']);
  });

  it('refuses a declared exclusion that names a clause the profile does not define', () => {
    const changes = shop({ declared: { exclusions: [{ id: 'x', clause: 'policy:my-shop:nowhere', describes: { 'zh-CN': '除外', en: 'excluded' } }] } });
    expect(problemsOf(() => definePolicy(nationalPolicy, changes))).toEqual([{ path: '$.declared.exclusions[0].clause', code: 'unknown-clause' }]);
  });

  it('lists at most MOST_PROBLEMS problems and counts them all', () => {
    const clauses = Object.fromEntries(Array.from({ length: MOST_PROBLEMS + 7 }, (_, index) => [`c${index}`, { label: 1 }]));
    const error = thrownBy(() => definePolicy(nationalPolicy, shop({ clauses: clauses as never })));
    expect(error.problems).toHaveLength(MOST_PROBLEMS);
    expect(error.count).toBe(MOST_PROBLEMS + 7);
    expect(error.message).toContain('… and 7 more');
    expect(error.text.en).toContain(`${MOST_PROBLEMS + 7} problems`);
    expect(error.text['zh-CN']).toContain(`共 ${MOST_PROBLEMS + 7} 个问题`);
  });
});

describe('reproduction 12 (first half): proxies, getters and traps give InvalidPolicyError, never a raw TypeError', () => {
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };

  it('a revoked proxy as the changes, as the base, as a clause', () => {
    expect(problemsOf(() => definePolicy(nationalPolicy, revoked() as never))).toEqual([{ path: '$', code: 'unreadable' }]);
    expect(problemsOf(() => definePolicy(revoked() as never, shop()))).toEqual([{ path: 'base', code: 'unreadable' }]);
    expect(problemsOf(() => definePolicy(nationalPolicy, shop({ clauses: { ...CLAUSES, extra: revoked() as never } })))).toEqual([{ path: '$.clauses.extra', code: 'unreadable' }]);
  });

  it('a getter that throws is refused as an accessor, without being called', () => {
    let calls = 0;
    const changes = shop();
    Object.defineProperty(changes, 'title', {
      enumerable: true,
      get() {
        calls += 1;
        throw new TypeError('boom');
      },
    });
    expect(problemsOf(() => definePolicy(nationalPolicy, changes))).toEqual([{ path: '$.title', code: 'not-data' }]);
    expect(calls).toBe(0);
  });

  it('a proxy whose traps throw, and one that answers differently each time it is read', () => {
    const trapping = new Proxy(
      {},
      {
        ownKeys() {
          throw new TypeError('trap');
        },
      },
    );
    expect(problemsOf(() => definePolicy(nationalPolicy, shop({ parameters: trapping as never })))).toEqual([{ path: '$.parameters', code: 'unreadable' }]);
    // Read once: the first answer is the profile's, whatever the proxy says afterwards.
    let days = 30;
    const shifting = new Proxy(
      { days: 0 },
      {
        getOwnPropertyDescriptor(target, key) {
          const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
          return key === 'days' && descriptor !== undefined ? { ...descriptor, value: days } : descriptor;
        },
        get(_target, key) {
          return key === 'days' ? Number.NaN : undefined;
        },
      },
    );
    const policy = definePolicy(nationalPolicy, shop({ parameters: { exchangeWindow: { value: shifting as never, clause: 'window' } } }));
    days = 1;
    expect(policy.parameters.exchangeWindow.values.at(-1)!.value).toEqual({ days: 30 });
  });

  it('a hand-built profile handed to decide with a throwing getter: InvalidPolicyError, and safeDecide returns it', () => {
    const handMade = { ...nationalPolicy, id: 'hand-made' };
    Object.defineProperty(handMade, 'rules', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    expect(() => decide(day17Online, { policy: handMade })).toThrow(InvalidPolicyError);
    const result = safeDecide(day17Online, { policy: handMade });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toEqual(['policy:$.rules']);
  });

  it('a hand-built profile is read once: changing it afterwards reaches no decision', () => {
    const extra = rule({ run: () => [note('period.in-warranty', 'policy:hand-made:extra', { until: 'x' })], cites: ['policy:hand-made:extra'] });
    const handMade = { ...nationalPolicy, id: 'hand-made', clauses: { 'policy:hand-made:extra': CLAUSES.extra }, rules: [...nationalRules, extra] };
    const first = decide(day17Online, { policy: handMade as Policy });
    (handMade.rules as unknown[]).pop();
    expect(decide(day17Online, { policy: handMade as Policy })).toEqual(first);
  });
});

describe('reproduction 11 (second half): a declared term the engine does not evaluate is refused', () => {
  it('refuses an exclusion no rule evaluates (as huawei’s torn-seal-sticker exclusion was), naming its clause', () => {
    const changes = shop({ declared: { exclusions: [{ id: 'seal-stickers', clause: 'policy:my-shop:extra', describes: { 'zh-CN': '封机标贴破损即不保修', en: 'torn seal stickers void the warranty' } }] } });
    const [problem, ...rest] = thrownBy(() => definePolicy(nationalPolicy, changes)).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ path: '$.declared.exclusions[0].clause', code: 'not-evaluated', received: '"policy:my-shop:extra"' });
    expect(problem!.message.en).toContain('the exclusion seal-stickers (policy:my-shop:extra) is evaluated by no rule of the profile');
    expect(problem!.message['zh-CN']).toContain('除外条款 seal-stickers（policy:my-shop:extra）没有任何规则评估');
  });

  it('refuses a refund at the list price no rule evaluates, and the same in a hand-built profile handed to decide', () => {
    expect(problemsOf(() => definePolicy(nationalPolicy, shop({ declared: { refundAtListPrice: 'policy:my-shop:extra' } })))).toEqual([
      { path: '$.declared.refundAtListPrice', code: 'not-evaluated' },
    ]);
    const handMade = { ...nationalPolicy, id: 'hand-made', clauses: { 'policy:hand-made:x': CLAUSES.extra }, declared: { refundAtListPrice: 'policy:hand-made:x' } };
    expect(() => decide(day17Online, { policy: handMade })).toThrow(/not evaluate/);
  });

  it('takes the same exclusion once a rule of the profile evaluates it (lowersFloor naming the clause), the base’s rule included', () => {
    const exclusion = { id: 'seal-stickers', clause: 'policy:my-shop:extra', describes: { 'zh-CN': '封机标贴破损即不保修', en: 'torn seal stickers void the warranty' } };
    const evaluating = rule({ lowersFloor: { clause: 'policy:my-shop:extra', describes: exclusion.describes } });
    const policy = definePolicy(nationalPolicy, shop({ declared: { exclusions: [exclusion] }, rules: [evaluating] as never }));
    expect(policy.declared?.exclusions).toEqual([exclusion]);
    // A profile derived from it may declare it again: its base's rule evaluates it.
    const derived = definePolicy(policy, { ...shop({ id: 'my-branch' }), clauses: {}, declared: { exclusions: [exclusion] } });
    expect(derived.rules).toContain(policy.rules.at(-1));
  });
});

