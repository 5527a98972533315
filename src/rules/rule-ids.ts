/**
 * The national rules' ids: the one registry they are typed from. Each id names the file under
 * src/rules that defines it (docs/rules.md adds the line), and the chain runs them in this order
 * (src/rules/index.ts; a test checks both). A rule definition, a check or a reference naming a
 * national rule by an id not listed here does not compile.
 */
export const NATIONAL_RULE_FILES = {
  'law.in-force': 'law-in-force',
  'scope.not-in-catalogue': 'scope',
  'period.start': 'periods',
  'period.restart': 'periods',
  'period.repair-extension': 'periods',
  'period.counting': 'periods',
  'period.roll-over': 'periods',
  'proof.card': 'proof',
  'proof.invoice-mismatch': 'proof',
  'proof.secondary': 'proof',
  'proof.factory-date': 'proof',
  'proof.none': 'proof',
  'fault.inspection': 'fault',
  'fault.external-cause': 'fault',
  'fault.none': 'fault',
  'fault.cosmetic': 'fault',
  'fault.unlisted': 'fault',
  'fault.battery-capacity': 'fault',
  'damage.found': 'damage',
  'damage.disputed': 'damage',
  'window.refund': 'windows',
  'window.exchange': 'windows',
  'period.warranty': 'windows',
  'period.expired': 'windows',
  'accessory.replacement': 'accessories',
  'accessory.refund': 'accessories',
  'repairs.two-repairs': 'repairs',
  'repairs.repairer-delay': 'repairs',
  'repairs.parts-delay': 'repairs',
  'no-reason.window': 'no-reason',
  'no-reason.unavailable': 'no-reason',
  'no-reason.intact': 'no-reason',
  'no-reason.made-to-order': 'no-reason',
  'no-reason.activation': 'no-reason',
  'remedy.paid-repair': 'remedies',
  'repairs.loaner': 'repairs',
  'substitution.no-stock': 'substitution',
  'substitution.refund-instead': 'substitution',
  'substitution.refund-consumed': 'substitution',
  'refund.amount': 'substitution',
  'refund.subsidy': 'substitution',
  'activation.before-sale': 'sale-context',
  'carrier.contract': 'sale-context',
  'performer.seller': 'remedies',
  'transport.seller-pays': 'remedies',
  'calendar.unknown-year': 'periods',
  'calendar.coverage': 'periods',
} as const;

/** A national rule's id. */
export type NationalRuleId = keyof typeof NATIONAL_RULE_FILES;

/**
 * A rule id a shipped profile gives its own rules: `policy.<profile>.<clause>`
 * (`policy.dealer-handbook.faulty-part-only`). A profile made with `definePolicy` may name its
 * rules as it likes (`Rule['id']` is any string); only the national ids are a closed set.
 */
export type ProfileRuleId = `policy.${string}.${string}`;

/**
 * The national ids, in chain order.
 *
 * @example
 * NATIONAL_RULE_IDS.slice(0, 3) //=> ['law.in-force', 'scope.not-in-catalogue', 'period.start']
 */
export const NATIONAL_RULE_IDS = /* @__PURE__ */ Object.freeze(Object.keys(NATIONAL_RULE_FILES)) as readonly NationalRuleId[];
