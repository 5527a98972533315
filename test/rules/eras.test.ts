/**
 * Rules take their citations from their version (issue 9, item 5): a rule body is handed its
 * version's basis and cites what that version rests on; no rule body compares a date. Each case
 * decides the day before and the day a text came into force, and checks that the article cited
 * changes exactly there, with the version.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { basisOf } from '../../src/engine/define-rule';
import { nationalRules } from '../../src/rules/index';
import { countingCite } from '../../src/rules/eras';
import { decide } from '../support/api';

const versionsOf = (id: string) => nationalRules.filter((rule) => rule.id === id);
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A handset sold on `sale` that will not power on, brought back three days later. */
const handset = (sale: string, extra: Record<string, unknown> = {}) => ({
  claimDate: addDays(sale, 3),
  item: { kind: 'handset' },
  sale: { date: sale, priceFen: 200_000 },
  fault: { codes: ['no-power-on'] },
  ...extra,
});

describe('a version cites by its era', () => {
  it('activation.before-sale warns of fraud under 消保法 Art. 55 only in its cpl2013 version', () => {
    const on = (sale: string) => {
      const decision = decide(handset(sale, { condition: { activated: true, activationDate: addDays(sale, -20) } }));
      const warning = decision.warnings.find((entry) => entry.rule === 'activation.before-sale');
      const version = decision.trace.find((entry) => entry.rule === 'activation.before-sale' && entry.under === undefined)?.version;
      return { version, code: warning?.code, cite: warning?.cite };
    };
    expect(on('2014-03-14')).toEqual({ version: 'mp2001', code: 'activation.possibly-used', cite: 'mp2001:art3' });
    expect(on('2014-03-15')).toEqual({ version: 'mp2001+cpl2013', code: 'activation.possibly-used-fraud', cite: 'cpl2013:art55' });
  });

  it('the no-reason return counts under 消保法 Art. 25 until the 2017 measures, then under them', () => {
    const on = (sale: string) => {
      const decision = decide(handset(sale, { request: 'no-reason-return', sale: { date: sale, priceFen: 200_000, channel: 'online' }, condition: { labelsIntact: false } }));
      return decision.reasons.filter((reason) => reason.code === 'no-reason.labels').map((reason) => reason.cite.id);
    };
    expect(on('2017-03-14')).toEqual(['cpl2013:art25']);
    expect(on('2017-03-15')).toEqual(['nr2017']);
  });

  it('a request for a no-reason return before the 2013 law is refused under MP2001, after it as not a distance sale', () => {
    const on = (sale: string) => decide(handset(sale, { request: 'no-reason-return' })).reasons.filter((r) => r.rule === 'no-reason.unavailable').map((r) => [r.code, r.cite.id]);
    expect(on('2014-03-14')).toEqual([['no-reason.not-in-force', 'mp2001:art11']]);
    expect(on('2014-03-15')).toEqual([['no-reason.not-distance', 'cpl2013:art25']]);
  });

  it('each version of a rule hands its body the citations of its own eras', () => {
    expect(versionsOf('activation.before-sale').map((rule) => basisOf(rule).restsOn('cpl2013:art55'))).toEqual([false, true]);
    expect(versionsOf('carrier.contract').map((rule) => basisOf(rule).restsOn('cpl2013:art26'))).toEqual([false, true]);
    expect(versionsOf('no-reason.activation').map((rule) => [rule.version, basisOf(rule).restsOn('spc2022:art3')])).toEqual([
      ['mp2001', false],
      ['mp2001+cpl2013', false],
      ['mp2001+cpl2013+nr2017', false],
      ['mp2001+cpl2013+nr2017+spc2022', true],
    ]);
    expect(versionsOf('period.restart').map((rule) => basisOf(rule).newest('mp2001:period', 'cplr2024:art18'))).toEqual(['mp2001:period', 'cplr2024:art18']);
    expect(versionsOf('refund.subsidy').map((rule) => basisOf(rule).newest('mp2001:art11', 'cplr2024:art18'))).toEqual([
      'mp2001:art11',
      'cplr2024:art18',
      'cplr2024:art18',
      'cplr2024:art18',
      'cplr2024:art18',
    ]);
    // The trade-in programmes, each for the sales of its year (issue 18).
    expect(
      versionsOf('refund.subsidy').map((rule) => [rule.version, rule.effective.from, basisOf(rule).restsOn('tradein2025'), basisOf(rule).restsOn('tradein2026')]),
    ).toEqual([
      ['mp2001', '2001-11-15', false, false],
      ['mp2001+cplr2024', '2024-07-01', false, false],
      ['mp2001+cplr2024+tradein2025', '2025-01-20', true, false],
      ['mp2001+cplr2024+tradein2026', '2026-01-01', false, true],
      ['mp2001+cplr2024+after-tradein2026', '2027-01-01', false, false],
    ]);
  });

  it('the counting articles follow the counting law of each version: 民法通则, 民法总则, 民法典', () => {
    expect(versionsOf('period.roll-over').map((rule) => [rule.effective.from, countingCite(basisOf(rule), 203)])).toEqual([
      ['2001-11-15', 'gpcl1986:art154'],
      ['2017-10-01', 'gpcl2017:art203'],
      ['2021-01-01', 'cc2020:art203'],
    ]);
    const counting = versionsOf('period.counting').map((rule) => basisOf(rule));
    expect(counting.map((basis) => countingCite(basis, 201))).toEqual(['gpcl1986:art154', 'gpcl2017:art201', 'cc2020:art201']);
    // 民法通则 had no month-end article: before 2017-10-01 the month end rests on MP2001's period article.
    expect(counting.map((basis) => countingCite(basis, 202, 'mp2001:period'))).toEqual(['mp2001:period', 'gpcl2017:art202', 'cc2020:art202']);
  });

  it('a basis gives the oldest citation when the version rests on no later one, and is made once per version', () => {
    const [first] = versionsOf('period.restart');
    expect(basisOf(first!).newest('mp2001:period', 'cplr2024:art18', 'cc2020:art203')).toBe('mp2001:period');
    expect(basisOf(first!)).toBe(basisOf(first!));
  });

  it('every citation a rule body picks from its basis is one its version rests on', () => {
    for (const rule of nationalRules) {
      const basis = basisOf(rule);
      for (const cite of basis.cites) expect(basis.restsOn(cite)).toBe(true);
      expect(basis.version).toBe(rule.version);
    }
  });
});

describe('no rule body compares dates to pick its law', () => {
  const dir = fileURLToPath(new URL('../../src/rules', import.meta.url));
  // The facts name the date that picks the law (`lawDate`, which the chain runner reads); no rule does.
  const FACTS = new Set(['facts.ts', 'facts-types.ts']);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && !FACTS.has(name))) {
    it(`src/rules/${file} reads neither facts.lawDate nor compares a key date`, () => {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source).not.toMatch(/lawDate/);
      expect(source).not.toMatch(/[<>]=?\s*IN_FORCE\.|IN_FORCE\.\w+\s*[<>]/);
    });
  }
});
