import * as z from 'zod/mini';
import { CHANNELS } from '../claim/schema';
import { ITEM_KINDS, type ItemKind } from '../law/catalogue';
import type { Params } from '../engine/parameters';

/**
 * What each parameter's value may be. A profile's values are checked against these when it is
 * defined (design.md §5: nothing a profile says may make the engine throw), so the bounds are
 * those within which every rule computes a sane result: whole days and months (a period of
 * 2.5 days has no last day), periods no longer than 50 years (date arithmetic stays inside the
 * calendar), finite money, a depreciation rate that is a proper fraction.
 */

/** Days a window or delay may last: a whole number up to 50 years. */
const days = z.number().check(z.int(), z.minimum(0), z.maximum(18_262));
/** Months a period may last: a whole number up to 50 years. */
const months = z.number().check(z.int(), z.minimum(0), z.maximum(600));
/** A count of repairs or replacements. */
const count = z.number().check(z.int(), z.minimum(1), z.maximum(100));
const party = z.enum(['seller', 'repairer', 'consumer']);
const periodLength = z.union([z.strictObject({ days }), z.strictObject({ months })]);
const fen = z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));

export const parameterSchemas = {
  clockStart: z.enum(['sale', 'delivery']),
  repairDaysExtendWindows: z.boolean(),
  refundWindow: periodLength,
  exchangeWindow: periodLength,
  periodMonths: z.strictObject(
    Object.fromEntries(ITEM_KINDS.map((kind) => [kind, z.nullable(months)])) as Record<ItemKind, z.ZodMiniNullable<typeof months>>,
  ),
  builtInBatteryMonths: z.nullable(months),
  freeRepairMonths: z.nullable(months),
  accessoriesGetWindows: z.boolean(),
  restDayRollOver: z.boolean(),
  exchangeRestartsPeriods: z.boolean(),
  factoryFallbackDays: days,
  secondaryProofDenies: z.array(z.enum(['refund', 'exchange'])).check(z.maxLength(2)),
  factoryProofDenies: z.array(z.enum(['refund', 'exchange'])).check(z.maxLength(2)),
  repairsBeforeExchange: count,
  twoRepairsGivesExchange: z.boolean(),
  repairerDelayDays: days,
  partsDelayDays: days,
  loanerAfterDays: days,
  depreciationPerDay: z
    .strictObject({
      numerator: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)),
      denominator: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000_000)),
    })
    .check(z.refine((rate) => rate.numerator <= rate.denominator, { message: 'numerator ≤ denominator' })),
  depreciationDeductsRepairDays: z.boolean(),
  refundAtPaidPrice: z.boolean(),
  replacementsBeforeRefund: count,
  batteryFaultBelowPct: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
  qualityTransportBySeller: z.boolean(),
  transportCapFen: z.nullable(fen),
  burdenOnSellerMonths: z.nullable(months),
  noReason: z.nullable(
    z.strictObject({
      length: periodLength,
      sellerPaysShippingDays: days,
      channels: z.array(z.enum(CHANNELS)).check(z.maxLength(CHANNELS.length)),
      activationBlocksOnlyIfConfirmed: z.boolean(),
      giftsCharged: z.boolean(),
      shippingPaidBy: party,
    }),
  ),
  performers: z.strictObject({ refund: party, exchange: party, 'free-repair': party, 'paid-repair': party }),
  activationBeforeDeliveryNotBuyers: z.boolean(),
  consumedRefundBelowExchange: z.boolean(),
  delayExchangeSurvivesHandBack: z.boolean(),
  subsidyToProgramme: z.boolean(),
  unknownYearProvisional: z.boolean(),
} satisfies { readonly [K in keyof Params]: z.ZodMiniType<Params[K]> };
