/**
 * A finding code's declared citations and effect are what its rules do (issue 20, item 1): every
 * fixture and a fixed sample of generated claims are evaluated under the national floor and under
 * every shipped profile, and each finding is checked against its code's declaration
 * (src/rules/findings/): it rests on a declared article, or on the profile's clause for a declared
 * parameter (or, for `clauseOf: 'own'`, a clause of the profile); and it does what the code
 * declares (a granting code grants exactly its remedies, a denying one takes away no more than it
 * declares, and so on). A profile's own code is worded by the profile, rests on one of its
 * clauses, and keeps one effect. Every declared code, and every article and parameter it
 * declares, is seen at least once (a few probe claims reach the rare ones), so that no declaration
 * goes unchecked and none is wider than its rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/claim/parse';
import { receiptDateOf } from '../../src/claim/receipt-date';
import type { Claim } from '../../src/claim/schema';
import { evaluate } from '../../src/engine/evaluate';
import { paramsOn } from '../../src/engine/parameters';
import type { Finding, Rule } from '../../src/engine/types';
import { defaultCalendar } from '../../src/facade/decide';
import { definePolicy } from '../../src/policy/define-policy';
import { nationalPolicy } from '../../src/policy/national';
import { shippedPolicies } from '../../src/policy/registry';
import type { Policy } from '../../src/policy/policy';
import { restDayCalendar } from '../../src/law/rest-day-calendar';
import { type RestDayCalendar, restDayCalendarOf } from '../../src/time/rest-day-calendar';
import { claimFacts } from '../../src/rules/claim-facts';
import { citationBasis, isStatuteCitationId } from '../../src/law/citations';
import type { Facts } from '../../src/rules/facts-types';
import { effectKind, type FindingDeclaration } from '../../src/rules/declare-finding';
import { FINDING_CODES, type FindingCode, findingDeclaration, findingDeclarations, findingFamilies } from '../../src/rules/finding-codes';
import { arbitraryClaim } from '../support/arbitrary-claim';
import { loadFixtures } from '../support/fixtures';
import { shop, shopClause } from '../support/shop';

const SEED = 20_261_207;
const GENERATED = 3000;

/** A claim the schema takes, parsed. */
function parsed(input: unknown): Claim | undefined {
  const result = parseClaim(input);
  return result.ok ? result.claim : undefined;
}

/** Every claim checked: the fixtures' (those that parse), the generated sample and the probes. */
function claims(): Claim[] {
  const inputs = [...loadFixtures().map((fixture) => fixture.claim as unknown), ...fc.sample(arbitraryClaim, { seed: SEED, numRuns: GENERATED }), ...PROBES.map((probe) => probe.claim)];
  return inputs.map(parsed).filter((claim) => claim !== undefined);
}

/** Two IMEIs (Luhn-valid), for a card naming another phone than the one claimed for. */
const IMEI = '860653940572295';
const OTHER_IMEI = '867143850711573';
const handset = (sale: Record<string, unknown>, claimDate: string, more: Record<string, unknown> = {}) => ({
  claimDate,
  item: { kind: 'handset', imei: IMEI },
  sale: { priceFen: 299_900, ...sale },
  fault: { codes: ['no-power-on'] },
  ...more,
});

/**
 * A profile the library does not ship, for the one parameter no shipped profile sets that a
 * code turns on (I26: the exchange a repair delay gave lapses when the consumer accepts the
 * repaired phone back).
 */
const lapsing = definePolicy(
  nationalPolicy,
  shop({ lapse: shopClause('取回修好的手机后不再换货', 'No exchange once the repaired phone is taken back') }, { id: 'probe-lapse', parameters: { delayExchangeSurvivesHandBack: { value: false, clause: 'lapse' } } }),
);

/** A profile that moves the 7- and 15-day windows by the days in repair for sales before the 实施条例 does. */
const windowsExtended = definePolicy(
  nationalPolicy,
  shop({ extend: shopClause('修理占用的时间不计入7日、15日期间', 'Time in repair does not count in the 7- and 15-day windows') }, { id: 'probe-windows', parameters: { repairDaysExtendWindows: { value: true, clause: 'extend' } } }),
);

/** The built-in calendar without the notices of 2018 and 2019, as a caller may pass one (`DecideOptions.calendar`). */
const without2018And2019 = restDayCalendarOf(restDayCalendar.filter(({ year }) => year !== 2018 && year !== 2019));

/**
 * Claims for codes and articles the generated sample does not reach: each names what it reaches.
 * (Evaluated under the floor and every shipped profile like the rest, and under `policy` or
 * `calendar` where given.)
 */
const PROBES: readonly { readonly code: FindingCode; readonly reaches: string; readonly claim: unknown; readonly policy?: Policy; readonly calendar?: RestDayCalendar }[] = [
  {
    code: 'proof.none-card-mismatch' as const,
    reaches: 'proof.none-card-mismatch: no invoice, and a card naming another IMEI',
    claim: handset({ date: '2025-03-01' }, '2025-05-01', { proof: { invoice: 'none', warrantyCard: 'complete', warrantyCardImei: OTHER_IMEI } }),
  },
  ...(['repairer', 'parts'] as const).map((delayCause) => ({
    code: 'repairs.delay-lapsed' as const,
    reaches: `repairs.delay-lapsed (${delayCause}): a late repair accepted back, under a profile where the exchange lapses`,
    claim: handset({ date: '2025-01-10' }, '2025-06-01', { history: { repairs: [{ handedIn: '2025-02-01', returned: '2025-05-01', faultCodes: ['no-power-on'], delayCause }] } }),
    policy: lapsing,
  })),
  {
    code: 'period.repair-extension-windows' as const,
    reaches: 'period.repair-extension-windows on a profile clause: a 2020 sale whose 7- and 15-day windows a repair moved',
    claim: handset({ date: '2020-05-01' }, '2020-05-20', { history: { repairs: [{ handedIn: '2020-05-03', returned: '2020-05-08', faultCodes: ['no-power-on'] }] } }),
    policy: windowsExtended,
  },
  {
    code: 'period.counting-month-end' as const,
    reaches: 'period.counting-month-end under MP2001 alone (a period from 2016-02-29, sold before 2017-10-01)',
    claim: handset({ date: '2016-02-29' }, '2017-02-27'),
  },
  {
    code: 'period.counting-month-end' as const,
    reaches: 'period.counting-month-end under 民法总则 Art. 202 (a period from 2020-02-29)',
    claim: handset({ date: '2020-02-29' }, '2021-02-27'),
  },
  {
    code: 'calendar.not-covered' as const,
    reaches: 'calendar.unknown-year and calendar.not-covered under 民法通则 Art. 154 (2002: the built-in calendar begins in 2004)',
    claim: handset({ date: '2002-04-26' }, '2002-05-06', { request: 'refund' }),
  },
  {
    code: 'calendar.not-covered' as const,
    reaches: 'calendar.unknown-year and calendar.not-covered under 民法总则 Art. 203 (a window ending in a year the calendar lacks)',
    claim: handset({ date: '2019-04-26' }, '2019-05-06', { request: 'refund' }),
    calendar: without2018And2019,
  },
  ...[
    ['2020-05-01', 'MP2001 Art. 11, before the 实施条例'],
    ['2024-09-01', '实施条例 Art. 18, before the trade-in programmes'],
    ['2026-02-01', 'the 2026 trade-in notice'],
  ].map(([date, basis]) => ({
    code: 'refund.subsidy-returned' as const,
    reaches: `refund.subsidy-returned on ${basis}`,
    claim: handset({ date, subsidyFen: 50_000 }, `${date!.slice(0, 8)}03`),
  })),
];

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Why a finding does not do what its code declares, or `undefined` when it does. */
function effectProblem(declaration: FindingDeclaration, finding: Finding, dates: ReadonlySet<string>): string | undefined {
  const { effect } = declaration;
  const kind = effectKind(effect);
  const shape = `${finding.effect}${finding.effect === 'note' && finding.obligation !== undefined ? '+obligation' : ''}${'missing' in finding && finding.missing !== undefined ? '+missing' : ''}`;
  switch (kind) {
    case 'grants': {
      if (finding.effect !== 'grant') return `declared to grant, made a ${shape} finding`;
      const declared = [...(effect as { grants: readonly string[] }).grants].sort();
      const given = [...new Set(finding.grants.map((grant) => grant.type))].sort();
      return JSON.stringify(given) === JSON.stringify(declared) ? undefined : `grants ${given.join(', ')}, declared ${declared.join(', ')}`;
    }
    case 'denies': {
      if (finding.effect !== 'deny') return `declared to deny, made a ${shape} finding`;
      const declared = (effect as { denies: readonly string[] }).denies;
      const wider = finding.targets.filter((target) => !declared.includes(target));
      return wider.length === 0 ? undefined : `denies ${wider.join(', ')}, beyond the declared ${declared.join(', ')}`;
    }
    case 'obliges':
      return finding.effect === 'note' && finding.obligation?.type === (effect as { obliges: string }).obliges ? undefined : `declared to oblige, made a ${shape} finding`;
    case 'awaits':
      return finding.effect === 'require' ? undefined : `declared to await a fact, made a ${shape} finding`;
    case 'points-to':
      return finding.effect === 'note' && finding.missing !== undefined && finding.obligation === undefined ? undefined : `declared to point to a missing fact, made a ${shape} finding`;
    case 'dates':
    case 'informs': {
      if (finding.effect !== 'note' || finding.obligation !== undefined || finding.missing !== undefined) return `declared to ${kind === 'dates' ? 'give a date' : 'inform'}, made a ${shape} finding`;
      if (kind === 'informs') return undefined;
      // A date finding states a day the decision's derivation of its windows holds.
      const stated = Object.values(finding.params ?? {}).filter(isDay);
      return stated.some((day) => dates.has(day)) ? undefined : `declared to give a date, states none of the windows' days (${stated.join(', ')})`;
    }
    case 'warns':
      return finding.effect === 'warn' ? undefined : `declared to warn, made a ${shape} finding`;
    case 'recourse':
      return finding.effect === 'recourse' ? undefined : `declared recourse, made a ${shape} finding`;
  }
}

/** Why a finding's citation is not one its code declares, or `undefined` when it is. */
function citeProblem(declaration: FindingDeclaration, finding: Finding, policy: Policy, paramCites: Readonly<Record<string, readonly string[]>>): string | undefined {
  const { cite } = finding;
  if (!cite.startsWith('policy:')) return (declaration.cites as readonly string[]).includes(cite) ? undefined : `rests on ${cite}, declared ${declaration.cites.join(', ') || 'none'}`;
  const { clauseOf } = declaration;
  if (clauseOf === undefined) return `rests on the profile's clause ${cite}, declared no clause may stand in`;
  if (clauseOf === 'own') return cite in policy.clauses ? undefined : `rests on ${cite}, not a clause of ${policy.id}`;
  const clauses = clauseOf.flatMap((parameter) => paramCites[parameter] ?? []);
  return clauses.includes(cite) ? undefined : `rests on ${cite}, not the clause by which ${policy.id} set ${clauseOf.join(' or ')} (${clauses.join(', ') || 'none'})`;
}

/**
 * Whether a statutory citation was in force on the day that picked the rule's version (the sale,
 * or the receipt for a rule versioned by delivery): a finding never rests on an article not yet
 * made. The one exception is the commencement article itself, cited to say the law is not in
 * force yet (`law.not-in-force`).
 */
function inForceProblem(finding: Finding, version: Rule | undefined, facts: Facts): string | undefined {
  if (!isStatuteCitationId(finding.cite) || finding.code === 'law.not-in-force') return undefined;
  const from = citationBasis(finding.cite).effectiveFrom;
  const day = version?.versionBy === 'delivery' ? facts.receiptDate : facts.lawDate;
  return from <= day ? undefined : `rests on ${finding.cite}, in force from ${from}, where the rule's version is that of ${day}`;
}

/**
 * Findings this test shows at odds with their code's declaration where the rule, not the
 * declaration, looks wrong: reported rather than changed here (the output must not move in this
 * issue), each with the facts that show it, so that any other mismatch still fails, and so that
 * the entry goes once the rule is fixed (the last test fails then).
 */
// None now: `period.restart`, reported here first (its message stated empty dates after the
// exchange of an item with no 三包 period), says only where both windows it names run anew.
const REPORTED: Readonly<Partial<Record<FindingCode, { readonly why: string; readonly shows: (facts: Facts) => boolean }>>> = {};

const isNational = (code: string): code is FindingCode => Object.hasOwn(findingDeclarations, code);

interface Seen {
  readonly codes: Set<string>;
  readonly cites: Set<string>;
  readonly problems: Map<string, string>;
  readonly ownProblems: Map<string, string>;
  /** A profile's own code's effect, by profile and code. */
  readonly ownEffects: Map<string, string>;
  /** The codes of {@link REPORTED} whose reported fault the claims showed. */
  readonly reported: Set<string>;
}

/** Checks each finding of a claim's evaluation under a profile against its code's declaration. */
function check(policy: Policy, claim: Claim, calendar: RestDayCalendar, seen: Seen): readonly string[] {
  const evaluation = evaluate(claimFacts, policy, claim, calendar, { missing: false });
  const paramCites = paramsOn(policy.parameters, claim.sale.date, receiptDateOf(claim)).cites as unknown as Readonly<Record<string, readonly string[]>>;
  const dates = new Set<string>([evaluation.derivation.start.day]);
  for (const window of evaluation.derivation.windows) for (const day of [window.from, window.nominal, window.extended, window.last]) dates.add(day);
  for (const { rule, version, finding } of evaluation.reasons) {
    const where = `${finding.code} (${rule}, under ${policy.id}, claim of ${claim.sale.date} claimed ${claim.claimDate})`;
    if (!isNational(finding.code)) {
      const words = policy.messages?.[finding.code];
      // Undeclared, a profile's code still means one thing: the first finding's effect is the code's.
      const effect = `${finding.effect}${finding.effect === 'note' && finding.obligation !== undefined ? '+obligation' : ''}`;
      const first = seen.ownEffects.get(`${policy.id} ${finding.code}`) ?? effect;
      seen.ownEffects.set(`${policy.id} ${finding.code}`, first);
      if (words === undefined) seen.ownProblems.set(finding.code, `${where}: the profile has no message for it`);
      else if (!(finding.cite in policy.clauses)) seen.ownProblems.set(finding.code, `${where}: rests on ${finding.cite}, not a clause of the profile`);
      else if (effect !== first) seen.ownProblems.set(finding.code, `${where}: a ${effect} finding, where the code made a ${first} one before`);
      continue;
    }
    const declaration = findingDeclaration(finding.code);
    seen.codes.add(finding.code);
    seen.cites.add(`${finding.code} ${finding.cite}`);
    const { clauseOf } = declaration;
    if (Array.isArray(clauseOf)) for (const parameter of clauseOf) if (paramCites[parameter]?.includes(finding.cite)) seen.cites.add(`${finding.code} ${parameter}`);
    const problem = citeProblem(declaration, finding, policy, paramCites) ?? inForceProblem(finding, policy.rules.find((candidate) => candidate.id === rule && candidate.version === version), evaluation.facts as Facts) ?? effectProblem(declaration, finding, dates);
    if (problem === undefined) continue;
    if (REPORTED[finding.code]?.shows(evaluation.facts as Facts) === true) seen.reported.add(finding.code);
    else if (!seen.problems.has(finding.code)) seen.problems.set(finding.code, `${where}: ${problem}`);
  }
  return evaluation.reasons.map(({ finding }) => finding.code);
}

/** Every claim under the floor and every shipped profile, and the probes under theirs. */
function checkAll(): Seen {
  const seen: Seen = { codes: new Set(), cites: new Set(), problems: new Map(), ownProblems: new Map(), ownEffects: new Map(), reported: new Set() };
  const calendar = defaultCalendar();
  const all = claims();
  for (const policy of shippedPolicies) for (const claim of all) check(policy, claim, calendar, seen);
  for (const probe of PROBES) {
    const claim = parsed(probe.claim);
    if (claim === undefined) throw new Error(`the probe for ${probe.reaches} is not a claim`);
    const codes = check(probe.policy ?? nationalPolicy, claim, probe.calendar ?? calendar, seen);
    if (!codes.includes(probe.code)) seen.problems.set(`probe ${probe.reaches}`, `the probe for ${probe.reaches} does not make ${probe.code}`);
  }
  return seen;
}

describe('finding declarations', () => {
  it('declare each code once, in one family (a code declared in two would silently take the later words)', () => {
    const declared = Object.values(findingFamilies).flatMap((family) => Object.keys(family.codes));
    expect(declared).toHaveLength(new Set(declared).size);
    expect(FINDING_CODES).toEqual(declared);
  });

  const seen = checkAll();

  it('every finding rests on a citation its code declares and does what its code declares', () => {
    expect([...seen.problems.values()]).toEqual([]);
  });

  it('the rule faults reported are still there (remove an entry of REPORTED once its rule is fixed)', () => {
    expect([...seen.reported].sort()).toEqual(Object.keys(REPORTED).sort());
  });

  it("a profile's own codes are worded by the profile, rest on its own clauses and keep one effect", () => {
    expect([...seen.ownProblems.values()]).toEqual([]);
    // The shipped profiles' own codes are reached: the dealer handbook's recourse and note, nubia's denial.
    expect([...seen.ownEffects].filter(([key]) => key.startsWith('dealer-handbook ') || key.startsWith('nubia ')).map(([, effect]) => effect).sort()).toEqual(
      expect.arrayContaining(['deny', 'note', 'recourse']),
    );
  });

  it('every declared code is made by some claim, so that no declaration goes unchecked', () => {
    expect(FINDING_CODES.filter((code) => !seen.codes.has(code))).toEqual([]);
  });

  it('every article a code declares, and every parameter whose clause may stand in, is one some claim rests it on, so that no declaration is wider than its rules', () => {
    const declared = FINDING_CODES.flatMap((code) => {
      const { cites, clauseOf } = findingDeclaration(code);
      return [...cites, ...(Array.isArray(clauseOf) ? clauseOf : [])].map((basis) => `${code} ${basis}`);
    });
    expect(declared.filter((pair) => !seen.cites.has(pair))).toEqual([]);
  });
});
