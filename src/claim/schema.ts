import * as z from 'zod/mini';
import { ITEM_KINDS } from '../law/catalogue';
import { FAULT_CODES } from '../law/performance-faults';
import { isCalendarDay } from '../time/calendar-day';
import { calendarDaySchema, EARLIEST_DAY, fenSchema, imeiSchema, LATEST_DAY, labelSchema } from './primitives';

/**
 * The claim, format version 1 (`spec/claim-format.md`). Other systems key on these names: fields
 * may be added, none renamed. Unknown keys are rejected; every block but `claimDate`,
 * `item.kind` and `sale` may be left out and takes the defaults the spec names.
 *
 * Written with zod/mini, as are all the library's schemas: functions (`z.optional(x)`,
 * `.check(z.maxLength(n))`) instead of the classic API's methods, so that a browser bundle of
 * `decide` carries only the parts of zod it uses (docs/performance.md). The checks, issues and
 * JSON Schemas are zod's core, the same either way.
 */

export const REQUESTS = Object.freeze(['best', 'refund', 'exchange', 'repair', 'no-reason-return'] as const);
export const CHANNELS = Object.freeze(['store', 'online', 'tv', 'phone', 'mail'] as const);
/** The channels that make a sale a distance sale (消保法 Art. 25: 网络、电视、电话、邮购). */
export const DISTANCE_CHANNELS: readonly (typeof CHANNELS)[number][] = Object.freeze(['online', 'tv', 'phone', 'mail'] as const);
export const INVOICE_KINDS = Object.freeze(['original', 'electronic', 'copy', 'none'] as const);
export const CARD_STATES = Object.freeze(['complete', 'incomplete', 'altered', 'none'] as const);
export const OTHER_DATE_PROOFS = Object.freeze(['none', 'order-record', 'carrier-record'] as const);
export const FINDINGS = Object.freeze(['none', 'found', 'disputed'] as const);
export const DELAY_CAUSES = Object.freeze(['none', 'repairer', 'parts'] as const);
/** What can come back with a phone, for dealers' kit lists (seed 000): the unit, covers, stickers, papers. */
export const KIT_ITEMS = Object.freeze([
  'handset',
  'back-cover',
  'stylus',
  'battery',
  'charger',
  'data-cable',
  'headset',
  'warranty-card',
  'invoice',
  'imei-sticker-a',
  'imei-sticker-b',
  'imei-sticker-c',
  'box',
  'box-label',
  'manual',
] as const);

/** The most repairs, exchanges and fault codes one claim may list. */
export const MOST_REPAIRS = 50;
export const MOST_EXCHANGES = 20;
export const MOST_CODES = 20;

const faultCodes = z.array(z.enum(FAULT_CODES)).check(z.maxLength(MOST_CODES));

export const itemSchema = z.strictObject({
  kind: z.enum(ITEM_KINDS),
  brand: z.optional(labelSchema),
  model: z.optional(labelSchema),
  imei: z.optional(imeiSchema),
  factoryDate: z.optional(calendarDaySchema),
  boughtWith: z._default(z.enum(['handset', 'separately']), 'handset'),
  standaloneFen: z.optional(fenSchema),
  builtIn: z._default(z.boolean(), true),
});

export const saleSchema = z.strictObject({
  date: calendarDaySchema,
  deliveredDate: z.optional(calendarDaySchema),
  channel: z._default(z.enum(CHANNELS), 'store'),
  carrierContract: z._default(z.boolean(), false),
  priceFen: fenSchema,
  paidFen: z.optional(fenSchema),
  /**
   * The part of the price paid by a government trade-in or purchase subsidy (I27): a refund
   * pays the consumer the rest, and the subsidy goes back through the programme.
   */
  subsidyFen: z.optional(fenSchema),
  /**
   * The buyer confirmed, in a separate step at checkout, that activating this item excludes the
   * no-reason return (I19, I24). It covers the buyer's own activation only, nothing else: not
   * customisation (that is {@link madeToOrder}).
   */
  noReasonExclusionConfirmed: z._default(z.boolean(), false),
  /**
   * Made to the buyer's order (定作: engraving, a custom build): no no-reason return (消保法 Art.
   * 25(1)(i)); 三包 for faults is unaffected (I31). Absent means false; left out of the parsed
   * claim when absent, so that claims without it keep their bytes.
   */
  madeToOrder: z.optional(z.boolean()),
});

export const proofSchema = z.strictObject({
  invoice: z._default(z.enum(INVOICE_KINDS), 'original'),
  invoiceImei: z.optional(imeiSchema),
  warrantyCard: z._default(z.enum(CARD_STATES), 'complete'),
  warrantyCardImei: z.optional(imeiSchema),
  otherDateProof: z._default(z.enum(OTHER_DATE_PROOFS), 'none'),
  /** The sale date written on the 三包凭证, where the dealer checks it against the invoice. */
  warrantyCardDate: z.optional(calendarDaySchema),
  /** Whether the invoice names the model and the IMEI (seed 000 requires it). */
  invoiceNamesModelAndImei: z.optional(z.boolean()),
  /** Whether the seller's name on the card's stamp and the invoice's stamp are the same. */
  sellerNamesMatch: z.optional(z.boolean()),
  /** Whether the owner could be reached at the given number for the dealer's call-back. */
  ownerReachable: z.optional(z.boolean()),
});

export const faultSchema = z.strictObject({
  inspection: z._default(z.enum(['confirmed', 'not-found', 'pending']), 'confirmed'),
  codes: z._default(faultCodes, []),
  cause: z._default(z.enum(['product', 'network', 'sim-data', 'unknown']), 'product'),
  batteryCapacityPct: z.optional(z.number().check(z.minimum(0), z.maximum(200))),
  /**
   * The day the fault first appeared, where the consumer or the repair record says so: not before
   * the sale nor after the claim. The counterfactuals offer no earlier claim than this day (a claim
   * before the fault was there is not possible); the windows are judged on the claim date as ever.
   */
  appearedDate: z.optional(calendarDaySchema),
});

export const conditionSchema = z.strictObject({
  liquid: z._default(z.enum(FINDINGS), 'none'),
  impact: z._default(z.enum(FINDINGS), 'none'),
  unauthorizedOpening: z._default(z.enum(FINDINGS), 'none'),
  forceMajeure: z._default(z.boolean(), false),
  cosmeticWear: z._default(z.boolean(), false),
  labelsIntact: z._default(z.boolean(), true),
  activated: z._default(z.boolean(), false),
  activationDate: z.optional(calendarDaySchema),
  accessoriesComplete: z._default(z.boolean(), true),
  giftsMissingFen: z._default(fenSchema, 0),
  /** What came back with the phone, where a dealer's kit list matters (seed 000). */
  kit: z.optional(z.array(z.enum(KIT_ITEMS)).check(z.maxLength(KIT_ITEMS.length))),
});

export const repairSchema = z.strictObject({
  handedIn: calendarDaySchema,
  returned: z.nullable(calendarDaySchema),
  faultCodes: z._default(faultCodes, []),
  delayCause: z._default(z.enum(DELAY_CAUSES), 'none'),
  /** Whether the repair fixed the fault; unknown means yes for a closed repair. An open one is not fixed. */
  fixed: z.optional(z.boolean()),
});

export const historySchema = z.strictObject({
  repairs: z._default(z.array(repairSchema).check(z.maxLength(MOST_REPAIRS)), []),
  exchanges: z._default(z.array(z.strictObject({ date: calendarDaySchema })).check(z.maxLength(MOST_EXCHANGES)), []),
  replacements: z._default(z.number().check(z.minimum(0, { abort: true }), z.maximum(MOST_EXCHANGES, { abort: true }), z.int()), 0),
});

export const stockSchema = z.strictObject({
  sameModelAvailable: z._default(z.boolean(), true),
  consumerAcceptsOtherModel: z._default(z.boolean(), false),
});

const claimShape = z.strictObject({
  claimDate: calendarDaySchema,
  request: z._default(z.enum(REQUESTS), 'best'),
  item: itemSchema,
  sale: saleSchema,
  proof: z._default(proofSchema, () => ({ invoice: 'original' as const, warrantyCard: 'complete' as const, otherDateProof: 'none' as const })),
  fault: z._default(faultSchema, () => ({ inspection: 'confirmed' as const, codes: [], cause: 'product' as const })),
  condition: z._default(conditionSchema, () => ({
    liquid: 'none' as const,
    impact: 'none' as const,
    unauthorizedOpening: 'none' as const,
    forceMajeure: false,
    cosmeticWear: false,
    labelsIntact: true,
    activated: false,
    accessoriesComplete: true,
    giftsMissingFen: 0,
  })),
  history: z._default(historySchema, () => ({ repairs: [], exchanges: [], replacements: 0 })),
  stock: z._default(stockSchema, () => ({ sameModelAvailable: true, consumerAcceptsOtherModel: false })),
});

/** A value read defensively: the chronology check also runs when other fields are malformed; a date the schema refuses is not compared. */
const dayOf = (value: unknown): string | undefined =>
  isCalendarDay(value) && value >= EARLIEST_DAY && value <= LATEST_DAY ? value : undefined;
const recordOf = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The claim, with the checks that span fields: the facts must tell a possible story (no claim
 * before the sale, no repair returned before it was handed in, repairs and exchanges in order).
 * These run even when other fields are wrong, on whatever dates are readable, so that every
 * problem is reported at once.
 */
/** One break in a claim's chronology: where, what rule it breaks, and the date that breaks it. */
export interface ChronologyIssue {
  readonly path: (string | number)[];
  readonly input: string | number | null;
  readonly params: { readonly expected: string; readonly other?: string };
}

/**
 * The claim's cross-field checks, on whatever values are readable (they run even when other
 * fields are wrong, so that every problem is reported at once): no claim before the sale, no
 * repair returned before it was handed in, repairs and exchanges in order, only the last repair
 * open, and no subsidy above the price (I27).
 */
export function chronologyIssues(value: unknown, reportIssue: (issue: ChronologyIssue) => void): void {
  const report: Report = reportIssue;
  const root = recordOf(value);
  const sale = recordOf(root.sale);
  const claimDate = dayOf(root.claimDate);
  const saleDate = dayOf(sale.date);
  const delivered = dayOf(sale.deliveredDate);
  if (claimDate !== undefined && saleDate !== undefined && claimDate < saleDate) order(report, ['claimDate'], 'on-or-after', 'sale.date', claimDate);
  notAfterClaim(report, claimDate, ['sale', 'deliveredDate'], delivered);
  notAfterClaim(report, claimDate, ['condition', 'activationDate'], dayOf(recordOf(root.condition).activationDate));
  notAfterClaim(report, claimDate, ['item', 'factoryDate'], dayOf(recordOf(root.item).factoryDate));
  const earliest = saleDate !== undefined && delivered !== undefined && delivered < saleDate ? delivered : saleDate;
  const appeared = dayOf(recordOf(root.fault).appearedDate);
  if (appeared !== undefined && earliest !== undefined && appeared < earliest) order(report, ['fault', 'appearedDate'], 'on-or-after', 'sale.date', appeared);
  notAfterClaim(report, claimDate, ['fault', 'appearedDate'], appeared);
  const history = recordOf(root.history);
  const repairs = listOf(history.repairs).map(recordOf);
  for (let index = 0; index < repairs.length; index += 1) {
    const repair = repairs[index]!;
    const at = ['history', 'repairs', index];
    const handedIn = dayOf(repair.handedIn);
    const returned = repair.returned === null ? null : dayOf(repair.returned);
    if (handedIn !== undefined && earliest !== undefined && handedIn < earliest) order(report, [...at, 'handedIn'], 'on-or-after', 'sale.date', handedIn);
    notAfterClaim(report, claimDate, [...at, 'handedIn'], handedIn);
    if (returned === null) {
      if (index !== repairs.length - 1) report({ code: 'custom', path: [...at, 'returned'], input: null, params: { expected: 'open-repair-last' } });
    } else if (returned !== undefined) {
      if (handedIn !== undefined && returned < handedIn) order(report, [...at, 'returned'], 'on-or-after', `history.repairs[${index}].handedIn`, returned);
      notAfterClaim(report, claimDate, [...at, 'returned'], returned);
    }
    const previous = dayOf(repairs[index - 1]?.handedIn);
    if (previous !== undefined && handedIn !== undefined && handedIn < previous) {
      order(report, [...at, 'handedIn'], 'on-or-after', `history.repairs[${index - 1}].handedIn`, handedIn);
    }
  }
  const exchanges = listOf(history.exchanges).map(recordOf);
  for (let index = 0; index < exchanges.length; index += 1) {
    const at = ['history', 'exchanges', index, 'date'];
    const date = dayOf(exchanges[index]!.date);
    if (date === undefined) continue;
    if (earliest !== undefined && date < earliest) order(report, at, 'on-or-after', 'sale.date', date);
    notAfterClaim(report, claimDate, at, date);
    const previous = dayOf(exchanges[index - 1]?.date);
    if (previous !== undefined && date < previous) order(report, at, 'on-or-after', `history.exchanges[${index - 1}].date`, date);
  }
  // A subsidy is part of the price (I27): it cannot exceed it.
  const subsidy = sale.subsidyFen;
  const price = sale.priceFen;
  if (typeof subsidy === 'number' && typeof price === 'number' && Number.isFinite(subsidy) && Number.isFinite(price) && subsidy > price) {
    report({ code: 'custom', path: ['sale', 'subsidyFen'], input: subsidy, params: { expected: 'not-above', other: 'sale.priceFen' } });
  }
}

/** Where a chronology problem goes: issues carry zod's `code: 'custom'`, as they always have. */
type Report = (issue: ChronologyIssue & { readonly code: 'custom' }) => void;

/** An order problem between two dates. */
function order(report: Report, path: (string | number)[], rule: 'on-or-after' | 'on-or-before', other: string, input: string): void {
  report({ code: 'custom', path, input, params: { expected: `date-${rule}`, other } });
}

/** A day that must not come after the claim date. */
function notAfterClaim(report: Report, claimDate: string | undefined, path: (string | number)[], day: string | undefined): void {
  if (day !== undefined && claimDate !== undefined && day > claimDate) order(report, path, 'on-or-before', 'claimDate', day);
}

/**
 * The claim, with the checks that span fields ({@link chronologyIssues}).
 */
export const claimSchema = claimShape.check(
  z.superRefine((value, ctx) => chronologyIssues(value, (issue) => ctx.addIssue({ code: 'custom', ...issue })), {
    when: (payload) => payload.value !== null && typeof payload.value === 'object',
  }),
);

/** A claim as it is sent: defaults may be left out. */
export type ClaimInput = z.input<typeof claimSchema>;
/** A claim after parsing: every default filled in. */
export type Claim = z.output<typeof claimSchema>;
export type Repair = Claim['history']['repairs'][number];
export type Request = Claim['request'];
export type Channel = Claim['sale']['channel'];
