/** The fixture claims the desk test fills in by hand: the five kinds the issue names, and a profile's. */
export const FIELD_FIXTURES: readonly { readonly name: string; readonly kind: string }[] = [
  { name: 'national/refund-day-7.json', kind: 'a refund' },
  { name: 'statute/art13-two-repairs-exchange.json', kind: 'an exchange after two repairs' },
  { name: 'national/damage-disputed-within-6-months-refund-stands-provisional.json', kind: 'a disputed liquid finding' },
  { name: 'statute/accessory-headset-separate-refund.json', kind: 'an accessory' },
  { name: 'statute/no-reason-last-day.json', kind: 'an online no-reason return' },
  { name: 'policies/oppo/exchange-day-20-thirty-day-window.json', kind: "a maker's profile (OPPO)" },
];
