import { describe, expect, it } from 'vitest';
import { citations, decisionSchema, nationalPolicy, paramsOn, policyById, requestCiteFor } from './support/api';
import { type LoadedFixture, loadFixtures } from './support/fixtures';
import { cli, decideFixture } from './support/run';

const fixtures = loadFixtures();

function rulesOf(fixture: LoadedFixture) {
  return (fixture.policy === undefined ? nationalPolicy : policyById(fixture.policy)!).rules;
}

describe.each(fixtures)('$name', (fixture) => {
  const decision = decideFixture(fixture);
  const { expect: want } = fixture;

  it('is a decision of the spec’s shape', () => {
    expect(() => decisionSchema.parse(decision)).not.toThrow();
  });

  it(`gives ${want.verdict}${want.status === undefined ? '' : ` (${want.status})`}`, () => {
    expect(decision.verdict).toBe(want.verdict);
    if (want.status !== undefined) expect(decision.status).toBe(want.status);
  });

  if (want.remedies !== undefined) {
    const remedies = want.remedies;
    it('offers exactly the remedies expected, strongest first', () => {
      expect(decision.remedies.map((r) => (r.route === undefined ? r.type : `${r.type}/${r.route}`))).toEqual(
        remedies.map((r) => (r.route === undefined ? r.type : `${r.type}/${r.route}`)),
      );
      remedies.forEach((wanted, index) => {
        const got = decision.remedies[index] as Record<string, unknown>;
        for (const [key, value] of Object.entries(wanted)) expect(got[key], `remedy ${index} ${key}`).toEqual(value);
      });
    });
  }

  it('cites what it must and nothing it must not', () => {
    const cited = new Set([...decision.reasons.map((r) => r.cite.id), ...decision.remedies.flatMap((r) => r.cites)]);
    for (const id of want.cites ?? []) expect(cited, `cites ${id}`).toContain(id);
    for (const id of want.notCites ?? []) expect(cited, `does not cite ${id}`).not.toContain(id);
  });

  it('fires and skips the rules expected', () => {
    // Under a profile the trace holds the profile's run and then the floor's (marked `under`): read the profile's.
    const result = new Map(decision.trace.filter((t) => t.under === undefined).map((t) => [t.rule, t.result]));
    for (const id of want.fires ?? []) expect(result.get(id), `${id} fires`).toBe('fired');
    for (const id of want.silent ?? []) expect(['silent', 'not-applicable'], `${id} does not fire`).toContain(result.get(id));
    for (const [id, version] of Object.entries(want.versions ?? {})) {
      expect(decision.trace.find((t) => t.rule === id && t.under === undefined)?.version, `${id} version`).toBe(version);
    }
  });

  it('reports the dates, missing facts, warnings, recourse and obligations expected', () => {
    for (const [key, value] of Object.entries(want.dates ?? {})) {
      expect((decision.dates as Record<string, string | undefined>)[key], `dates.${key}`).toBe(value ?? undefined);
    }
    if (want.missing !== undefined) expect(decision.missing.map((m) => ({ fact: m.fact, would: m.would }))).toEqual(want.missing);
    if (want.warnings !== undefined) expect(decision.warnings.map((w) => w.code)).toEqual(want.warnings);
    if (want.recourse !== undefined) expect(decision.recourse.map((r) => r.requirement)).toEqual(want.recourse);
    if (want.obligations !== undefined) {
      expect(decision.obligations.map((o) => ({ type: o.type, since: o.since }))).toEqual(want.obligations);
    }
    if (want.floorConflicts !== undefined) expect(decision.floorConflicts.map((c) => c.remedy)).toEqual(want.floorConflicts);
  });

  it('rests every reason on a registered citation of the rule version that gave it', () => {
    const policy = fixture.policy === undefined ? nationalPolicy : policyById(fixture.policy)!;
    const claim = fixture.claim as { sale: { date: string; deliveredDate?: string } };
    const paramCites = paramsOn(policy.parameters, claim.sale.date, claim.sale.deliveredDate ?? claim.sale.date).cites;
    for (const reason of decision.reasons) {
      const id = reason.cite.id;
      expect(citations[id] ?? policy.clauses[id], `${id} is registered`).toBeDefined();
      if (reason.rule === 'resolve.request') {
        expect(id).toBe(requestCiteFor(fixture.claim));
        continue;
      }
      const rules = reason.under === undefined || reason.under === policy.id ? rulesOf(fixture) : nationalPolicy.rules;
      const rule = rules.find((r) => r.id === reason.rule && r.version === reason.version);
      expect(rule, `${reason.rule}@${reason.version}`).toBeDefined();
      // A rule cites its own articles, or the profile clause behind a parameter it declares it reads.
      const viaParameter = (rule!.reads ?? []).some((name) => paramCites[name].includes(id));
      expect(rule!.cites.includes(id) || viaParameter, `${reason.rule}@${reason.version} may cite ${id}`).toBe(true);
    }
  });

  it('fills every placeholder of every message in both languages', () => {
    const texts = [
      ...decision.reasons.flatMap((r) => [r.message['zh-CN'], r.message.en]),
      ...decision.floorConflicts.flatMap((c) => [c.message['zh-CN'], c.message.en]),
    ];
    for (const text of texts) expect(text).not.toMatch(/\{[\w:-]+\}/);
  });

  it('is decided the same through the CLI', async () => {
    const argv = ['decide', '-', ...(fixture.policy === undefined ? [] : ['--policy', fixture.policy])];
    const run = await cli(argv, JSON.stringify(fixture.claim));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(decideFixture(fixture, { counterfactuals: true }));
  });
});

