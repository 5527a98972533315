import { describe, expect, it } from 'vitest';
import { checkFixture, type FixtureCheck } from '../src/testing/check-fixture';
import { describeMismatch } from '../src/testing/describe-mismatch';
import { type CitationId, citations, decisionSchema, nationalPolicy, paramsOn, policyById, requestCiteFor } from './support/api';
import { isStatuteCitationId } from '../src/law/citations';
import { fixtureOf, type LoadedFixture, loadFixtures } from './support/fixtures';
import { cli, decideFixture } from './support/run';

/**
 * Every fixture, checked by the kit a QA team uses (`checkFixture`, as `sanbao test` does), so
 * the repository's own suite proves the kit; then what only this repository can check of the
 * decision: its shape, its citations' provenance, its messages, the CLI's agreement.
 */
const fixtures = loadFixtures();

/** Each fixture is decided once, in the first test that needs it, not while tests are collected. */
const checks = new Map<string, FixtureCheck>();
function checked(fixture: LoadedFixture): FixtureCheck {
  let check = checks.get(fixture.name);
  if (check === undefined) {
    check = checkFixture(fixtureOf(fixture));
    checks.set(fixture.name, check);
  }
  return check;
}
function decisionOf(fixture: LoadedFixture) {
  const { decision } = checked(fixture);
  if (decision === undefined) throw new Error(`${fixture.name} was not decided: ${checked(fixture).mismatches.map(describeMismatch).join('; ')}`);
  return decision;
}

function policyOf(fixture: LoadedFixture) {
  return fixture.policy === undefined ? nationalPolicy : policyById(fixture.policy)!;
}

describe.each(fixtures)('$name', (fixture) => {
  it(`gives ${fixture.expect.verdict} and everything else the fixture expects`, () => {
    expect(checked(fixture).mismatches.map(describeMismatch)).toEqual([]);
    expect(checked(fixture).passed).toBe(true);
  });

  it('is a decision of the spec’s shape', () => {
    expect(() => decisionSchema.parse(decisionOf(fixture))).not.toThrow();
  });

  it('rests every reason on a registered citation of the rule version that gave it', () => {
    const decision = decisionOf(fixture);
    const policy = policyOf(fixture);
    const claim = fixture.claim as { sale: { date: string; deliveredDate?: string } };
    const paramCites = paramsOn(policy.parameters, claim.sale.date, claim.sale.deliveredDate ?? claim.sale.date).cites;
    for (const reason of decision.reasons) {
      const id = reason.cite.id;
      expect(citations[id as keyof typeof citations] ?? policy.clauses[id], `${id} is registered`).toBeDefined();
      if (reason.rule === 'resolve.request') {
        // The ground that denied the request (issue 18): another reason's article, or, where no
        // reason names one, the article that gives the remedy asked for (Art. 14 for an accessory).
        const grounds = decision.reasons.filter((other) => other !== reason).map((other) => other.cite.id);
        expect([...grounds, requestCiteFor(fixture.claim), 'mp2001:art14']).toContain(id);
        continue;
      }
      if (reason.rule === 'floor.set-aside') {
        // A clause of the profile set aside on the dates (issue 18): the statute that prevails.
        expect(isStatuteCitationId(id), `${id} is a statute`).toBe(true);
        continue;
      }
      const rules = reason.under === undefined || reason.under === policy.id ? policy.rules : nationalPolicy.rules;
      const rule = rules.find((r) => r.id === reason.rule && r.version === reason.version);
      expect(rule, `${reason.rule}@${reason.version}`).toBeDefined();
      // A rule cites its own articles, or the profile clause behind a parameter it declares it reads.
      const viaParameter = (rule!.reads ?? []).some((name) => (paramCites[name as keyof typeof paramCites] ?? []).includes(id as CitationId));
      expect(rule!.cites.includes(id as never) || viaParameter, `${reason.rule}@${reason.version} may cite ${id}`).toBe(true);
    }
  });

  it('fills every placeholder of every message in both languages', () => {
    const decision = decisionOf(fixture);
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
