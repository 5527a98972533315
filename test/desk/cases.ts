/** The fixture claims the desk test fills in by hand: the five kinds the issue names, and a profile's. */
export const FIELD_FIXTURES: readonly { readonly name: string; readonly kind: string }[] = [
  { name: 'national/refund-day-7.json', kind: 'a refund' },
  { name: 'statute/art13-two-repairs-exchange.json', kind: 'an exchange after two repairs' },
  { name: 'national/damage-disputed-within-6-months-refund-stands-provisional.json', kind: 'a disputed liquid finding' },
  { name: 'statute/accessory-headset-separate-refund.json', kind: 'an accessory' },
  { name: 'statute/no-reason-last-day.json', kind: 'an online no-reason return' },
  { name: 'policies/oppo/exchange-day-20-thirty-day-window.json', kind: "a maker's profile (OPPO)" },
];

/**
 * Six of the fixtures whose decisions print longest (two repairs, depreciation, several windows,
 * a warning): each must fit one A4 page with a check of a shop's decision on it too.
 */
export const PRINT_FIXTURES: readonly string[] = [
  'statute/art19-depreciation-capped-at-price.json',
  'statute/art17-repairer-day-31-exchange.json',
  'statute/no-reason-and-fault-both-refunds.json',
  'statute/art19-after-exchange-two-repairs.json',
  'policies/xiaomi/sign-for-start-online-2024-03-refund-day-6.json',
  'statute/art16-parts-day-61-exchange.json',
];
