import { z } from 'zod';
import { ITEM_KINDS } from '../law/catalogue';
import { FAULT_CODES } from '../law/performance-faults';
import { calendarDaySchema, fenSchema, imeiSchema, labelSchema } from './primitives';

/**
 * The claim, format version 1 (`spec/claim-format.md`). Other systems key on these names: fields
 * may be added, none renamed. Unknown keys are rejected; every block but `claimDate`,
 * `item.kind` and `sale` may be left out and takes the defaults the spec names.
 */

export const REQUESTS = ['best', 'refund', 'exchange', 'repair', 'no-reason-return'] as const;
export const CHANNELS = ['store', 'online', 'tv', 'phone', 'mail'] as const;
/** The channels that make a sale a distance sale (消保法 Art. 25: 网络、电视、电话、邮购). */
export const DISTANCE_CHANNELS: readonly (typeof CHANNELS)[number][] = ['online', 'tv', 'phone', 'mail'];
export const INVOICE_KINDS = ['original', 'electronic', 'copy', 'none'] as const;
export const CARD_STATES = ['complete', 'incomplete', 'altered', 'none'] as const;
export const OTHER_DATE_PROOFS = ['none', 'order-record', 'carrier-record'] as const;
export const FINDINGS = ['none', 'found', 'disputed'] as const;
export const DELAY_CAUSES = ['none', 'repairer', 'parts'] as const;

/** The most repairs, exchanges and fault codes one claim may list. */
export const MOST_REPAIRS = 50;
export const MOST_EXCHANGES = 20;
export const MOST_CODES = 20;

const faultCodes = z.array(z.enum(FAULT_CODES)).max(MOST_CODES);

export const itemSchema = z.strictObject({
  kind: z.enum(ITEM_KINDS),
  brand: labelSchema.optional(),
  model: labelSchema.optional(),
  imei: imeiSchema.optional(),
  factoryDate: calendarDaySchema.optional(),
  boughtWith: z.enum(['handset', 'separately']).default('handset'),
  standaloneFen: fenSchema.optional(),
  builtIn: z.boolean().default(true),
});

export const saleSchema = z.strictObject({
  date: calendarDaySchema,
  deliveredDate: calendarDaySchema.optional(),
  channel: z.enum(CHANNELS).default('store'),
  carrierContract: z.boolean().default(false),
  priceFen: fenSchema,
  paidFen: fenSchema.optional(),
  noReasonExclusionConfirmed: z.boolean().default(false),
});

export const proofSchema = z.strictObject({
  invoice: z.enum(INVOICE_KINDS).default('original'),
  invoiceImei: imeiSchema.optional(),
  warrantyCard: z.enum(CARD_STATES).default('complete'),
  warrantyCardImei: imeiSchema.optional(),
  otherDateProof: z.enum(OTHER_DATE_PROOFS).default('none'),
});

export const faultSchema = z.strictObject({
  inspection: z.enum(['confirmed', 'not-found', 'pending']).default('confirmed'),
  codes: faultCodes.default([]),
  cause: z.enum(['product', 'network', 'sim-data', 'unknown']).default('product'),
  batteryCapacityPct: z.number().min(0).max(200).optional(),
});

export const conditionSchema = z.strictObject({
  liquid: z.enum(FINDINGS).default('none'),
  impact: z.enum(FINDINGS).default('none'),
  unauthorizedOpening: z.enum(FINDINGS).default('none'),
  forceMajeure: z.boolean().default(false),
  cosmeticWear: z.boolean().default(false),
  labelsIntact: z.boolean().default(true),
  activated: z.boolean().default(false),
  activationDate: calendarDaySchema.optional(),
  accessoriesComplete: z.boolean().default(true),
  giftsMissingFen: fenSchema.default(0),
});

export const repairSchema = z.strictObject({
  handedIn: calendarDaySchema,
  returned: calendarDaySchema.nullable(),
  faultCodes: faultCodes.default([]),
  delayCause: z.enum(DELAY_CAUSES).default('none'),
  /** Whether the repair fixed the fault; unknown means yes for a closed repair. An open one is not fixed. */
  fixed: z.boolean().optional(),
});

export const historySchema = z.strictObject({
  repairs: z.array(repairSchema).max(MOST_REPAIRS).default([]),
  exchanges: z.array(z.strictObject({ date: calendarDaySchema })).max(MOST_EXCHANGES).default([]),
  replacements: z.number().int().min(0).max(MOST_EXCHANGES).default(0),
});

export const stockSchema = z.strictObject({
  sameModelAvailable: z.boolean().default(true),
  consumerAcceptsOtherModel: z.boolean().default(false),
});

const claimShape = z.strictObject({
  claimDate: calendarDaySchema,
  request: z.enum(REQUESTS).default('best'),
  item: itemSchema,
  sale: saleSchema,
  proof: proofSchema.default(() => proofSchema.parse({})),
  fault: faultSchema.default(() => faultSchema.parse({})),
  condition: conditionSchema.default(() => conditionSchema.parse({})),
  history: historySchema.default(() => historySchema.parse({})),
  stock: stockSchema.default(() => stockSchema.parse({})),
});

type Shape = z.output<typeof claimShape>;

/** Adds an issue for a date that breaks the claim's own chronology. */
function order(
  ctx: z.core.$RefinementCtx<Shape>,
  path: (string | number)[],
  rule: 'on-or-after' | 'on-or-before',
  other: string,
  value: string,
): void {
  ctx.addIssue({ code: 'custom', path, input: value, params: { expected: `date-${rule}`, other } });
}

/**
 * The claim, with the checks that span fields: the facts must tell a possible story (no claim
 * before the sale, no repair returned before it was handed in, repairs and exchanges in order).
 */
export const claimSchema = claimShape.superRefine((claim, ctx) => {
  const { claimDate, sale, history, condition, item } = claim;
  if (claimDate < sale.date) order(ctx, ['claimDate'], 'on-or-after', 'sale.date', claimDate);
  if (sale.deliveredDate !== undefined && sale.deliveredDate > claimDate) {
    order(ctx, ['sale', 'deliveredDate'], 'on-or-before', 'claimDate', sale.deliveredDate);
  }
  if (condition.activationDate !== undefined && condition.activationDate > claimDate) {
    order(ctx, ['condition', 'activationDate'], 'on-or-before', 'claimDate', condition.activationDate);
  }
  if (item.factoryDate !== undefined && item.factoryDate > claimDate) {
    order(ctx, ['item', 'factoryDate'], 'on-or-before', 'claimDate', item.factoryDate);
  }
  const earliest = sale.deliveredDate !== undefined && sale.deliveredDate < sale.date ? sale.deliveredDate : sale.date;
  history.repairs.forEach((repair, index) => {
    const at = ['history', 'repairs', index];
    if (repair.handedIn < earliest) order(ctx, [...at, 'handedIn'], 'on-or-after', 'sale.date', repair.handedIn);
    if (repair.handedIn > claimDate) order(ctx, [...at, 'handedIn'], 'on-or-before', 'claimDate', repair.handedIn);
    if (repair.returned !== null) {
      if (repair.returned < repair.handedIn) {
        order(ctx, [...at, 'returned'], 'on-or-after', `history.repairs[${index}].handedIn`, repair.returned);
      }
      if (repair.returned > claimDate) order(ctx, [...at, 'returned'], 'on-or-before', 'claimDate', repair.returned);
    } else if (index !== history.repairs.length - 1) {
      ctx.addIssue({ code: 'custom', path: [...at, 'returned'], input: null, params: { expected: 'open-repair-last' } });
    }
    const previous = history.repairs[index - 1];
    if (previous !== undefined && repair.handedIn < previous.handedIn) {
      order(ctx, [...at, 'handedIn'], 'on-or-after', `history.repairs[${index - 1}].handedIn`, repair.handedIn);
    }
  });
  history.exchanges.forEach((exchange, index) => {
    const at = ['history', 'exchanges', index, 'date'];
    if (exchange.date < earliest) order(ctx, at, 'on-or-after', 'sale.date', exchange.date);
    if (exchange.date > claimDate) order(ctx, at, 'on-or-before', 'claimDate', exchange.date);
    const previous = history.exchanges[index - 1];
    if (previous !== undefined && exchange.date < previous.date) {
      order(ctx, at, 'on-or-after', `history.exchanges[${index - 1}].date`, exchange.date);
    }
  });
});

/** A claim as it is sent: defaults may be left out. */
export type ClaimInput = z.input<typeof claimSchema>;
/** A claim after parsing: every default filled in. */
export type Claim = z.output<typeof claimSchema>;
export type Repair = Claim['history']['repairs'][number];
export type Request = Claim['request'];
export type Channel = Claim['sale']['channel'];
