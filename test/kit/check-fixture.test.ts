import { describe, expect, it } from 'vitest';
import { checkDecision, checkFixture, describeMismatch, type Fixture } from '../../src/testing/index';
import { nationalPolicy, policyById } from '../support/api';
import { fixtureOf, loadFixtures } from '../support/fixtures';

/**
 * `checkFixture` against fixtures changed one expectation at a time: each change must come back
 * as exactly the mismatch it is, and an unchanged fixture as none. The values the decisions hold
 * are those the fixtures were worked out to (national/refund-day-7: refund of 399,900 fen on the
 * last day of the Art. 11 window), so each expected mismatch here is known without running.
 */
const byName = new Map(loadFixtures().map((f) => [f.name, fixtureOf(f)]));
const fixture = (name: string): Fixture => structuredClone(byName.get(name)!);
const day7 = () => fixture('national/refund-day-7.json');
const carrier = () => fixture('national/exchange-carrier-contract-phone-day-10.json');
const with_ = (base: Fixture, expect: Partial<Fixture['expect']>): Fixture => ({ ...base, expect: { ...base.expect, ...expect } });

describe('checkFixture', () => {
  it('passes the fixtures as they are', () => {
    for (const base of [day7(), carrier(), fixture('policies/vivo/invoice-copy-day-10-floor-exchange.json'), fixture('statute/art15-loaner-day-8.json')]) {
      expect(checkFixture(base)).toMatchObject({ passed: true, mismatches: [] });
    }
  });

  it('names a wrong verdict and status', () => {
    expect(checkFixture(with_(day7(), { verdict: 'exchange', status: 'provisional' })).mismatches).toEqual([
      { check: 'verdict', path: 'verdict', expected: 'exchange', received: 'refund' },
      { check: 'status', path: 'status', expected: 'provisional', received: 'final' },
    ]);
  });

  it('compares the remedies in order, by type and route, then field by field', () => {
    const base = day7();
    const [refund, exchange, free, paid] = base.expect.remedies!;
    expect(checkFixture(with_(base, { remedies: [exchange!, refund!, free!, paid!] })).mismatches).toEqual([
      {
        check: 'remedies',
        path: 'remedies',
        expected: ['exchange', 'refund/sanbao', 'free-repair', 'paid-repair'],
        received: ['refund/sanbao', 'exchange', 'free-repair', 'paid-repair'],
      },
    ]);
    expect(checkFixture(with_(base, { remedies: [{ ...refund!, amountFen: 399800 }, exchange!, free!, { ...paid!, performedBy: 'seller' }] })).mismatches).toEqual([
      { check: 'remedies', path: 'remedies[0].amountFen', expected: 399800, received: 399900 },
      { check: 'remedies', path: 'remedies[3].performedBy', expected: 'seller', received: 'repairer' },
    ]);
    // A route left out must be absent: the refund here is on the 三包 route.
    const { route: _route, ...withoutRoute } = refund!;
    expect(checkFixture(with_(base, { remedies: [withoutRoute, exchange!, free!, paid!] })).mismatches[0]).toMatchObject({ path: 'remedies', expected: ['refund', 'exchange', 'free-repair', 'paid-repair'] });
    // One remedy too few is a different list.
    expect(checkFixture(with_(base, { remedies: [refund!, exchange!, free!] })).passed).toBe(false);
    // Any other field left out is not checked.
    expect(checkFixture(with_(base, { remedies: [{ type: 'refund', route: 'sanbao' }, { type: 'exchange' }, { type: 'free-repair' }, { type: 'paid-repair' }] })).passed).toBe(true);
  });

  it('compares a conditional refund’s depreciation and conditions', () => {
    const base = carrier();
    const remedies = base.expect.remedies!.map((r) => (r.type === 'refund' ? { ...r, depreciationFen: 22494, conditions: [] } : r));
    expect(checkFixture(with_(base, { remedies })).mismatches).toEqual([
      { check: 'remedies', path: 'remedies[1].depreciationFen', expected: 22494, received: 22495 },
      { check: 'remedies', path: 'remedies[1].conditions', expected: [], received: ['consumer-declines-exchange'] },
    ]);
  });

  it('checks citations that must and must not appear', () => {
    const { mismatches } = checkFixture(with_(day7(), { cites: ['mp2001:art11', 'mp2001:art99'], notCites: ['mp2001:art11'] }));
    expect(mismatches.map(({ check, path, expected }) => ({ check, path, expected }))).toEqual([
      { check: 'cites', path: 'cites', expected: 'mp2001:art99' },
      { check: 'notCites', path: 'notCites', expected: 'mp2001:art11' },
    ]);
    expect(mismatches[0]!.received).toEqual(expect.arrayContaining(['mp2001:art11', 'mp2001:art3', 'cpl2013:art24']));
  });

  it('checks the rules that must fire, stay silent, and the versions applied', () => {
    const { mismatches } = checkFixture(with_(day7(), { fires: ['window.refund', 'window.exchange'], silent: ['window.refund', 'no.such-rule'], versions: { 'window.refund': 'mp1995' } }));
    expect(mismatches.slice(0, 3)).toEqual([
      { check: 'fires', path: 'fires["window.exchange"]', expected: 'fired', received: expect.stringMatching(/^(silent|not-applicable)$/) },
      { check: 'silent', path: 'silent["window.refund"]', expected: ['silent', 'not-applicable'], received: 'fired' },
      { check: 'silent', path: 'silent["no.such-rule"]', expected: ['silent', 'not-applicable'], received: undefined },
    ]);
    expect(mismatches[3]).toMatchObject({ check: 'versions', path: 'versions["window.refund"]', expected: 'mp1995' });
    expect(mismatches).toHaveLength(4);
  });

  it('checks dates (in the decision’s order of dates), and that a date given as null is absent', () => {
    expect(checkFixture(with_(day7(), { dates: { refundUntil: '2025-03-13', noReasonUntil: '2025-03-14', exchangeUntil: null } })).mismatches).toEqual([
      { check: 'dates', path: 'dates.refundUntil', expected: '2025-03-13', received: '2025-03-14' },
      { check: 'dates', path: 'dates.exchangeUntil', expected: undefined, received: '2025-03-24' },
      { check: 'dates', path: 'dates.noReasonUntil', expected: '2025-03-14', received: undefined },
    ]);
  });

  it('checks missing facts, warnings, recourse, obligations and floor conflicts exactly', () => {
    expect(checkFixture(with_(carrier(), { missing: [{ fact: 'proof.invoice', would: 'refund' }], warnings: ['calendar-not-covered'] })).mismatches).toEqual([
      { check: 'missing', path: 'missing', expected: [{ fact: 'proof.invoice', would: 'refund' }], received: [] },
      { check: 'warnings', path: 'warnings', expected: ['calendar-not-covered'], received: [] },
    ]);
    const vivo = fixture('policies/vivo/invoice-copy-day-10-floor-exchange.json');
    expect(checkFixture(with_(vivo, { floorConflicts: [], recourse: ['card-owner'] })).mismatches).toEqual([
      { check: 'recourse', path: 'recourse', expected: ['card-owner'], received: [] },
      { check: 'floorConflicts', path: 'floorConflicts', expected: [], received: ['exchange'] },
    ]);
    const loaner = fixture('statute/art15-loaner-day-8.json');
    expect(checkFixture(with_(loaner, { obligations: [{ type: 'loaner-phone', since: '2025-09-08' }] })).mismatches).toEqual([
      { check: 'obligations', path: 'obligations', expected: [{ type: 'loaner-phone', since: '2025-09-08' }], received: [{ type: 'loaner-phone', since: '2025-09-09' }] },
    ]);
  });

  it('checks an obligation’s amount where the fixture gives one', () => {
    // I27: of a 3,999.00 yuan price, 500.00 was a purchase subsidy; the refund on day 3 sends it back to the programme.
    const subsidised: Fixture = {
      title: 'subsidised sale refunded on day 3',
      claim: { claimDate: '2025-06-05', item: { kind: 'handset' }, sale: { date: '2025-06-02', priceFen: 399900, subsidyFen: 50000 }, fault: { codes: ['no-power-on'] } },
      expect: { verdict: 'refund', obligations: [{ type: 'subsidy-return', since: '2025-06-05' }] },
    };
    expect(checkFixture(subsidised).passed).toBe(true);
    const withAmount = (amountFen: number) => with_(subsidised, { obligations: [{ type: 'subsidy-return', since: '2025-06-05', amountFen }] });
    expect(checkFixture(withAmount(50000)).passed).toBe(true);
    expect(checkFixture(withAmount(49999)).mismatches).toEqual([
      {
        check: 'obligations',
        path: 'obligations',
        expected: [{ type: 'subsidy-return', since: '2025-06-05', amountFen: 49999 }],
        received: [{ type: 'subsidy-return', since: '2025-06-05', amountFen: 50000 }],
      },
    ]);
  });

  it('decides under the fixture’s profile, or the one given for a fixture that names none', () => {
    const vivo = fixture('policies/vivo/invoice-copy-day-10-floor-exchange.json');
    expect(checkFixture(vivo).decision?.policy.id).toBe('vivo');
    expect(checkFixture(vivo, { policy: 'huawei' }).decision?.policy.id).toBe('vivo');
    expect(checkFixture(day7(), { policy: 'huawei' }).decision?.policy.id).toBe('huawei');
    const own = { ...policyById('xiaomi')!, id: 'acme' };
    expect(checkFixture({ ...day7(), policy: 'acme' }, { policy: own }).decision?.policy.id).toBe('acme');
    expect(checkFixture(day7(), { policy: own }).decision?.policy.id).toBe('acme');
  });

  it('reports an unknown profile, an invalid claim and a value that is not a fixture as mismatches, never throwing', () => {
    expect(checkFixture({ ...day7(), policy: 'acme' }).mismatches).toEqual([
      { check: 'policy', path: 'policy', expected: expect.arrayContaining(['cn-national', 'huawei']), received: 'acme' },
    ]);
    expect(checkFixture(day7(), { policy: 'nokia' }).mismatches[0]).toMatchObject({ check: 'policy', received: 'nokia' });
    const bad = day7();
    expect(checkFixture({ ...bad, claim: { ...bad.claim, claimDate: '2025-02-30', sale: { priceFen: -1 } } }).mismatches.map((m) => [m.check, m.path])).toEqual([
      ['claim', 'claim.claimDate'],
      ['claim', 'claim.sale.date'],
      ['claim', 'claim.sale.priceFen'],
    ]);
    expect(checkFixture({ ...day7(), expect: { ...day7().expect, verdict: 'money-back', cite: ['x'] } } as unknown as Fixture).mismatches).toEqual([
      { check: 'fixture', path: 'expect.verdict', expected: expect.any(String), received: 'money-back' },
      { check: 'fixture', path: 'expect', expected: expect.stringContaining('cite'), received: ['cite'] },
    ]);
    for (const value of [null, 'fixture', [], 42, { title: 'no claim', expect: { verdict: 'refund' } }]) {
      const result = checkFixture(value as unknown as Fixture);
      expect(result.passed).toBe(false);
      expect(result.mismatches.every((m) => m.check === 'fixture')).toBe(true);
    }
  });

  it('reports a profile of one’s own whose rule fails as a policy mismatch, not a throw', () => {
    const failing = { ...nationalPolicy, id: 'acme', rules: nationalPolicy.rules.map((rule) => (rule.id === 'window.refund' ? { ...rule, run: () => { throw new Error('boom'); } } : rule)) };
    const { mismatches } = checkFixture({ ...day7(), policy: 'acme' }, { policy: failing });
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ check: 'policy', path: expect.stringMatching(/^rule:window\.refund@/), received: expect.stringContaining('boom') });
    expect(describeMismatch(mismatches[0]!)).toMatch(/the profile cannot be used/);
  });

  it('checkDecision holds a decision made elsewhere (read from JSON) to the same expectations', () => {
    const base = carrier();
    const decision = JSON.parse(JSON.stringify(checkFixture(base).decision)) as Record<string, unknown>;
    expect(checkDecision(base, decision)).toMatchObject({ passed: true, mismatches: [] });
    expect(checkDecision(base, { ...decision, verdict: 'refund' }).mismatches).toEqual([{ check: 'verdict', path: 'verdict', expected: 'exchange', received: 'refund' }]);
    const remedies = (decision.remedies as Record<string, unknown>[]).map((r, index) => (index === 1 ? { ...r, amountFen: 427404 } : r));
    expect(checkDecision(base, { ...decision, remedies }).mismatches).toEqual([{ check: 'remedies', path: 'remedies[1].amountFen', expected: 427405, received: 427404 }]);
    const broken = checkDecision(base, { ...decision, formatVersion: 2, dates: 'soon' });
    expect(broken.mismatches.map((m) => [m.check, m.path])).toEqual([
      ['decision', 'formatVersion'],
      ['decision', 'dates'],
    ]);
    expect(checkDecision(base, null).mismatches).toEqual([{ check: 'decision', path: '(decision)', expected: expect.any(String), received: null }]);
  });
});
