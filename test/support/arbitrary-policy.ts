import fc from 'fast-check';
import { defineRule } from '../../src/engine/define-rule';
import { deny, SILENT } from '../../src/engine/findings';
import type { DenyTarget, Rule, RuleContext } from '../../src/engine/types';
import { ITEM_KINDS } from '../../src/law/catalogue';
import { definePolicy, type PolicyChanges } from '../../src/policy/define-policy';
import { nationalPolicy } from '../../src/policy/national';
import type { NoReasonTerms, Params } from '../../src/rules/national-parameters';
import type { Policy, PolicyClause } from '../../src/policy/policy';

/**
 * Random shop profiles made with `definePolicy(nationalPolicy, …)`, for the floor's property
 * tests (issue 9): parameters raised and lowered (windows, periods, booleans, the depreciation
 * rate, counts, the transport cap, the clock start), each change citing one of the profile's own
 * clauses, and up to two deny rules, each taking a remedy away under a condition of the claim and
 * citing one of the clauses.
 *
 * The arbitrary yields a plain, printable description ({@link ProfileSpec}), so that fast-check
 * shows a shrunk counterexample as data; {@link profileOf} turns it into the profile.
 */

/** The profile's id: its clauses are cited as `policy:prop-shop:c<n>`. */
export const PROFILE_ID = 'prop-shop';

/** The clause keys a profile may define; a spec defines the first `clauses` of them. */
export const CLAUSE_KEYS = ['c0', 'c1', 'c2', 'c3'] as const;

/** When a change applies from (by default, every sale): the law's turning points and one ordinary day. */
const FROM_DAYS = ['2014-03-15', '2017-03-15', '2020-01-01', '2024-07-01'] as const;

/** A value change expressed as data; `partial` ones are applied to the base value (a function in `definePolicy`). */
export type ValueSpec =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'period-months'; readonly set: Readonly<Partial<Record<(typeof ITEM_KINDS)[number], number | null>>> }
  | { readonly kind: 'no-reason'; readonly days: number | null; readonly sellerPaysShippingDays: number; readonly shippingPaidBy: NoReasonTerms['shippingPaidBy'] };

export interface ParameterSpec {
  readonly name: keyof Params;
  readonly change: ValueSpec;
  /** Index into the profile's clauses (taken modulo their number). */
  readonly clause: number;
  readonly from?: (typeof FROM_DAYS)[number];
}

/** Conditions of the claim under which a deny rule fires. */
export const DENY_WHEN = ['always', 'distance-sale', 'repaired', 'price-over-3000', 'asks-refund', 'accessory', 'refund-granted', 'before-2024'] as const;
export type DenyWhen = (typeof DENY_WHEN)[number];
export const DENY_TARGETS: readonly DenyTarget[] = ['refund', 'exchange', 'free-repair', 'paid-repair', 'same-model-exchange', 'no-reason', 'all-free', 'all-sanbao', 'all'];

export interface DenySpec {
  readonly target: DenyTarget;
  readonly when: DenyWhen;
  readonly clause: number;
}

export interface ProfileSpec {
  /** How many of {@link CLAUSE_KEYS} the profile defines (1–4). */
  readonly clauses: number;
  readonly parameters: readonly ParameterSpec[];
  readonly denies: readonly DenySpec[];
}

const windowDays = fc.integer({ min: 0, max: 60 }).map((days) => ({ days }));
const months = fc.integer({ min: 0, max: 36 });
const delayDays = fc.integer({ min: 0, max: 90 });
const count = fc.integer({ min: 1, max: 5 });
const bool = fc.boolean();
const proofDenies = fc.subarray(['refund', 'exchange'] as const);

/** For each parameter the generator touches, the values it may take (all within parameter-schemas.ts). */
const VALUES: { readonly [K in keyof Params]?: fc.Arbitrary<ValueSpec> } = {
  clockStart: fc.constantFrom('sale', 'delivery').map((value) => ({ kind: 'value', value })),
  repairDaysExtendWindows: bool.map((value) => ({ kind: 'value', value })),
  refundWindow: windowDays.map((value) => ({ kind: 'value', value })),
  exchangeWindow: windowDays.map((value) => ({ kind: 'value', value })),
  periodMonths: fc
    .record({ handset: fc.option(months, { nil: null }), battery: fc.option(months, { nil: null }), charger: fc.option(months, { nil: null }), 'data-cable': fc.option(months, { nil: null }) }, { requiredKeys: [] })
    .filter((set) => Object.keys(set).length > 0)
    .map((set) => ({ kind: 'period-months', set })),
  builtInBatteryMonths: fc.option(months, { nil: null }).map((value) => ({ kind: 'value', value })),
  freeRepairMonths: fc.option(months, { nil: null }).map((value) => ({ kind: 'value', value })),
  accessoriesGetWindows: bool.map((value) => ({ kind: 'value', value })),
  restDayRollOver: bool.map((value) => ({ kind: 'value', value })),
  exchangeRestartsPeriods: bool.map((value) => ({ kind: 'value', value })),
  factoryFallbackDays: delayDays.map((value) => ({ kind: 'value', value })),
  secondaryProofDenies: proofDenies.map((value) => ({ kind: 'value', value })),
  factoryProofDenies: proofDenies.map((value) => ({ kind: 'value', value })),
  repairsBeforeExchange: count.map((value) => ({ kind: 'value', value })),
  twoRepairsGivesExchange: bool.map((value) => ({ kind: 'value', value })),
  repairerDelayDays: delayDays.map((value) => ({ kind: 'value', value })),
  partsDelayDays: delayDays.map((value) => ({ kind: 'value', value })),
  loanerAfterDays: delayDays.map((value) => ({ kind: 'value', value })),
  depreciationPerDay: fc
    .record({ numerator: fc.integer({ min: 0, max: 10 }), denominator: fc.integer({ min: 200, max: 2000 }) })
    .map((value) => ({ kind: 'value', value })),
  depreciationDeductsRepairDays: bool.map((value) => ({ kind: 'value', value })),
  refundAtPaidPrice: bool.map((value) => ({ kind: 'value', value })),
  replacementsBeforeRefund: count.map((value) => ({ kind: 'value', value })),
  batteryFaultBelowPct: fc.integer({ min: 0, max: 100 }).map((value) => ({ kind: 'value', value })),
  qualityTransportBySeller: bool.map((value) => ({ kind: 'value', value })),
  transportCapFen: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }).map((value) => ({ kind: 'value', value })),
  burdenOnSellerMonths: fc.option(months, { nil: null }).map((value) => ({ kind: 'value', value })),
  noReason: fc
    .record({ days: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), sellerPaysShippingDays: fc.integer({ min: 0, max: 60 }), shippingPaidBy: fc.constantFrom('seller', 'consumer') as fc.Arbitrary<NoReasonTerms['shippingPaidBy']> })
    .map(({ days, sellerPaysShippingDays, shippingPaidBy }) => ({ kind: 'no-reason', days, sellerPaysShippingDays, shippingPaidBy })),
};

const parameterSpec: fc.Arbitrary<ParameterSpec> = fc.oneof(
  ...(Object.entries(VALUES) as [keyof Params, fc.Arbitrary<ValueSpec>][]).map(([name, value]) =>
    fc
      .record({ change: value, clause: fc.nat(CLAUSE_KEYS.length - 1), from: fc.option(fc.constantFrom(...FROM_DAYS), { nil: undefined, freq: 4 }) })
      .map(({ change, clause, from }): ParameterSpec => ({ name, change, clause, ...(from === undefined ? {} : { from }) })),
  ),
);

const denySpec: fc.Arbitrary<DenySpec> = fc.record({ target: fc.constantFrom(...DENY_TARGETS), when: fc.constantFrom(...DENY_WHEN), clause: fc.nat(CLAUSE_KEYS.length - 1) });

/** A random profile, as data: 1–4 clauses, 0–6 parameter changes (one per parameter), 0–2 deny rules. */
export const arbitraryProfileSpec: fc.Arbitrary<ProfileSpec> = fc.record({
  clauses: fc.integer({ min: 1, max: CLAUSE_KEYS.length }),
  parameters: fc.uniqueArray(parameterSpec, { maxLength: 6, selector: (spec) => spec.name }),
  denies: fc.array(denySpec, { maxLength: 2 }),
});

/** The full citation id of a spec's clause index. */
export const clauseId = (spec: ProfileSpec, index: number) => `policy:${PROFILE_ID}:${CLAUSE_KEYS[index % spec.clauses]}` as const;

const clauseText = (key: string): PolicyClause => ({
  label: { 'zh-CN': `条款${key}`, en: `clause ${key}` },
  text: { 'zh-CN': `本店条款${key}。`, en: `Our clause ${key}.` },
  confidence: 'A',
});

function fires(when: DenyWhen, context: RuleContext): boolean {
  const { claim } = context;
  switch (when) {
    case 'always':
      return true;
    case 'distance-sale':
      return claim.sale.channel !== 'store';
    case 'repaired':
      return claim.history.repairs.length > 0;
    case 'price-over-3000':
      return claim.sale.priceFen > 300_000;
    case 'asks-refund':
      return claim.request === 'refund';
    case 'accessory':
      return claim.item.kind !== 'handset';
    case 'refund-granted':
      return context.findings.some(({ finding }) => finding.effect === 'grant' && finding.grants.some((grant) => grant.type === 'refund'));
    case 'before-2024':
      return claim.sale.date < '2024-07-01';
  }
}

function denyRule(spec: ProfileSpec, rule: DenySpec, index: number): Rule[] {
  const cite = clauseId(spec, rule.clause);
  return defineRule({
    id: `${PROFILE_ID}.deny-${index}`,
    describes: { 'zh-CN': `按本店条款，${rule.when} 时不提供 ${rule.target}`, en: `under the shop's clause, no ${rule.target} when ${rule.when}` },
    basis: [[{ from: '2001-11-15', tag: PROFILE_ID, cites: [cite] }]],
    run: (context) => (fires(rule.when, context) ? [deny(`${PROFILE_ID}.denies`, cite, [rule.target], { when: rule.when })] : SILENT),
  });
}

function valueOf(change: ValueSpec): unknown {
  switch (change.kind) {
    case 'value':
      return change.value;
    case 'period-months':
      return (base: Params['periodMonths']) => ({ ...base, ...change.set });
    case 'no-reason':
      return (base: Params['noReason']) =>
        base === null || change.days === null
          ? base
          : { ...base, length: { days: change.days }, sellerPaysShippingDays: change.sellerPaysShippingDays, shippingPaidBy: change.shippingPaidBy };
  }
}

/** The `definePolicy` changes a spec describes. */
export function changesOf(spec: ProfileSpec): PolicyChanges {
  const clauses = Object.fromEntries(CLAUSE_KEYS.slice(0, spec.clauses).map((key) => [key, clauseText(key)]));
  const parameters = Object.fromEntries(
    spec.parameters.map((parameter) => [
      parameter.name,
      { value: valueOf(parameter.change), clause: CLAUSE_KEYS[parameter.clause % spec.clauses]!, ...(parameter.from === undefined ? {} : { from: parameter.from }) },
    ]),
  );
  return {
    id: PROFILE_ID,
    title: { 'zh-CN': '随机本店政策', en: 'A random shop profile' },
    source: { title: 'generated by fast-check' },
    asOf: '2026-01-01',
    confidence: 'A',
    clauses,
    parameters: parameters as PolicyChanges['parameters'],
    rules: spec.denies.flatMap((rule, index) => denyRule(spec, rule, index)),
  };
}

/** The profile a spec describes, derived from the national one. */
export const profileOf = (spec: ProfileSpec): Policy => definePolicy(nationalPolicy, changesOf(spec));
