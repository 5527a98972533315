import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/time/add-days';
import { versionOn } from '../../src/engine/run';
import { citations, IN_FORCE, isStatuteCitationId, type StatuteCitationId, nationalParameters, nationalPolicy, shippedPolicies, sources } from '../support/api';
import { requestCite } from '../../src/rules/request-cite';
import { FLOOR_CITES } from '../../src/policy/floor';

const rules = nationalPolicy.rules;
const ids = [...new Set(rules.map((rule) => rule.id))];

/** Every citation a rule, a parameter or the resolver can rest a reason on. */
function citedAnywhere(): Set<string> {
  const used = new Set<string>();
  for (const policy of shippedPolicies) for (const rule of policy.rules) for (const id of rule.cites) used.add(id);
  for (const parameter of Object.values(nationalParameters)) for (const value of parameter.values) for (const id of value.cites) used.add(id);
  for (const id of FLOOR_CITES) used.add(id);
  for (const request of ['best', 'refund', 'exchange', 'repair', 'no-reason-return'] as const) {
    for (const day of ['2010-01-01', '2020-01-01']) used.add(requestCite(request, day));
  }
  return used;
}

describe('the citation registry', () => {
  it('has only citations some rule rests on', () => {
    const used = citedAnywhere();
    const unused = Object.keys(citations).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('has every citation a rule or parameter names', () => {
    const missing = [...citedAnywhere()].filter((id) => !id.startsWith('policy:') && !isStatuteCitationId(id));
    expect(missing).toEqual([]);
  });

  it.each(Object.values(citations))('$id names its document, article, dates and verification', (citation) => {
    expect(sources[citation.source]).toBeDefined();
    expect(citation.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (citation.effectiveTo !== undefined) expect(citation.effectiveTo >= citation.effectiveFrom).toBe(true);
    expect(citation.summary['zh-CN'].length).toBeGreaterThan(5);
    expect(citation.summary.en.length).toBeGreaterThan(5);
    expect(citation.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // An article whose number is not verified is named by its subject, never by a guessed
    // number or range (issue 18): the status stays in `verified` and the staff legend.
    if (!citation.verified) {
      expect(citation.article?.['zh-CN']).toMatch(/^关于.+的规定$/);
      expect(citation.article?.en).toMatch(/^the provision on /);
      expect(`${citation.article?.['zh-CN']} ${citation.article?.en}`).not.toMatch(/第[一二三四五六七八九十百]+条|Art\.|\d|未核实|unverified/);
    }
  });

  it('marks unverified exactly the MP2001 articles the legal reference could not number', () => {
    const unverified = Object.values(citations).filter((c) => !c.verified).map((c) => c.id).sort();
    expect(unverified).toEqual(['mp2001:art31', 'mp2001:exclusions', 'mp2001:lost-proof', 'mp2001:period']);
  });

  it('uses the citation ids the spec fixes', () => {
    for (const id of ['mp2001:art11', 'mp2001:art12', 'mp2001:period', 'mp2001:lost-proof', 'mp2001:exclusions', 'mp2001:appendix1', 'mp2001:appendix2', 'mp2001:appendix3', 'cpl2013:art25', 'nr2017', 'cplr2024:art18', 'cc2020:art203', 'pql2018:art40']) {
      expect(isStatuteCitationId(id), id).toBe(true);
    }
  });
});

describe('law over time', () => {
  const last = '2030-12-31';

  it('has, for every sale date from 2001-11-15, exactly one version of each rule in force', () => {
    const problems: string[] = [];
    for (let day: string = IN_FORCE.mp2001; day <= last; day = addDays(day, 1)) {
      for (const id of ids) {
        const inForce = rules.filter((rule) => rule.id === id && rule.effective.from <= day && (rule.effective.to === undefined || day <= rule.effective.to));
        if (inForce.length !== 1) problems.push(`${day} ${id}: ${inForce.length} versions`);
      }
      if (problems.length > 20) break;
    }
    expect(problems).toEqual([]);
  });

  it('has no rule in force before 2001-11-15 but the one that says the rule was not yet in force', () => {
    const before = rules.filter((rule) => rule.effective.from < IN_FORCE.mp2001).map((rule) => rule.id);
    expect([...new Set(before)]).toEqual(['law.in-force']);
    expect(versionOn(rules.filter((rule) => rule.id === 'law.in-force'), '2001-11-14')?.version).toBe('before-mp2001');
  });

  it.each(rules.map((rule) => [`${rule.id}@${rule.version}`, rule] as const))('%s cites only texts in force during its version', (_, rule) => {
    for (const id of rule.cites) {
      const citation = citations[id as StatuteCitationId]!;
      const from = rule.effective.from;
      const to = rule.effective.to ?? '9999-12-31';
      // The one rule that speaks of a sale before MP2001 cites the article that set MP2001's start.
      if (rule.id === 'law.in-force' && id === 'mp2001:art31') continue;
      expect(citation.effectiveFrom <= to && (citation.effectiveTo ?? '9999-12-31') >= from, `${id} in force ${citation.effectiveFrom}…${citation.effectiveTo ?? ''} vs ${from}…${to}`).toBe(true);
    }
  });

  it('gives each parameter one value for every date, in date order', () => {
    for (const [name, parameter] of Object.entries(nationalParameters)) {
      const froms = parameter.values.map((value) => value.from);
      expect([...froms].sort(), name).toEqual(froms);
      expect(new Set(froms).size, name).toBe(froms.length);
      expect(froms[0]! <= IN_FORCE.mp2001, name).toBe(true);
    }
  });
});

describe('the rules', () => {
  it.each(rules.map((rule) => [`${rule.id}@${rule.version}`, rule] as const))('%s describes itself in both languages', (_, rule) => {
    expect(rule.describes['zh-CN'].length).toBeGreaterThan(5);
    expect(rule.describes.en.length).toBeGreaterThan(5);
  });
});
