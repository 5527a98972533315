import * as z from 'zod/mini';
import { REMEDY_TYPES } from './remedy-types';

/**
 * The decision, format version 1 (`spec/claim-format.md`): what the consumer may have, why, on
 * which article, with the dates that matter. Fields may be added in later versions; none of these
 * will be renamed.
 */

const text = z.strictObject({ 'zh-CN': z.string(), en: z.string() });
const verdict = z.enum([...REMEDY_TYPES, 'no-remedy']);
const fen = z.number().check(z.int(), z.minimum(0));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const remedySchema = z.strictObject({
  type: z.enum(REMEDY_TYPES),
  route: z.optional(z.enum(['sanbao', 'no-reason'])),
  amountFen: z.optional(fen),
  depreciationFen: z.optional(fen),
  depreciationDays: z.optional(z.number().check(z.int(), z.minimum(0))),
  giftsFen: z.optional(fen),
  shippingPaidBy: z.optional(z.enum(['seller', 'repairer', 'consumer'])),
  /** A cap on the transport the seller bears (a profile's term; the law has none). */
  shippingCapFen: z.optional(fen),
  performedBy: z.enum(['seller', 'repairer']),
  conditions: z.optional(z.array(z.enum(['consumer-declines-exchange']))),
  otherModel: z.optional(z.boolean()),
  cites: z.array(z.string()),
});

export const citationRefSchema = z.strictObject({
  id: z.string(),
  document: z.string(),
  article: z.string(),
  verified: z.boolean(),
});

export const reasonSchema = z.strictObject({
  rule: z.string(),
  version: z.optional(z.string()),
  effect: z.enum(['grant', 'deny', 'require', 'note', 'warn', 'recourse']),
  remedy: z.optional(z.string()),
  route: z.optional(z.enum(['sanbao', 'no-reason'])),
  /** Deny reasons: everything the denial takes away. */
  denies: z.optional(z.array(z.string())),
  /**
   * In a decision checked against the statutory floor: the profile a reason comes from when only
   * one of the two runs gave it (`cn-national` for the floor's own reasons).
   */
  under: z.optional(z.string()),
  /**
   * Present (and `true`) on a `grant` whose remedy, on its route, the decision does not give:
   * another reason ruled it out. Its message says so in both languages.
   */
  notGiven: z.optional(z.literal(true)),
  code: z.string(),
  cite: citationRefSchema,
  message: text,
});

export const decisionSchema = z.strictObject({
  formatVersion: z.literal(1),
  verdict,
  status: z.enum(['final', 'provisional']),
  remedies: z.array(remedySchema),
  reasons: z.array(reasonSchema),
  dates: z.strictObject({
    claimDate: day,
    periodStart: day,
    lastExchange: z.optional(day),
    refundUntil: z.optional(day),
    exchangeUntil: z.optional(day),
    warrantyUntil: z.optional(day),
    noReasonUntil: z.optional(day),
    /**
     * A damage finding disputed within the months after receipt in which the seller bears the
     * burden of proof (消保法 Art. 23): the last of those days, as the reason states it.
     */
    sellerProvesUntil: z.optional(day),
    /**
     * An exchange asked for while a repair is open for the repairer's own reasons but not yet
     * over its limit (Art. 17): the day from which the exchange is due if the repair is still
     * not done, as the reason states it.
     */
    delayExchangeFrom: z.optional(day),
  }),
  missing: z.array(
    z.strictObject({ fact: z.string(), would: verdict, value: z.optional(z.union([z.string(), z.number(), z.boolean()])), rule: z.string() }),
  ),
  warnings: z.array(z.strictObject({ rule: z.string(), code: z.string(), cite: z.string(), message: text })),
  floorConflicts: z.array(
    z.strictObject({
      remedy: z.enum(REMEDY_TYPES),
      /** What the profile alone would have decided. */
      profileGives: verdict,
      /** Whether the profile alone offered this remedy on worse terms, or not at all. */
      profileOffer: z.enum(['none', 'worse']),
      /** For a refund: the route of the refund that fell short. */
      route: z.optional(z.enum(['sanbao', 'no-reason'])),
      /**
       * For an offer on worse terms: the terms on which it fell short of the law's (design.md
       * I29, I30; docs/policies.md explains each).
       */
      terms: z.optional(z.array(z.enum(['amount', 'conditions', 'shipping', 'shipping-cap', 'performer', 'model']))),
      /** The profile's clause that would have given less (a `policy:…` id, or the profile's parameter). */
      clause: z.string(),
      /**
       * Every clause found responsible: those whose reversion to the floor alone restores the
       * floor's offer, or, when none does alone, all that must be reverted together.
       */
      clauses: z.optional(z.array(z.string())),
      /** The statutory citation that prevails. */
      prevails: z.array(z.string()),
      message: text,
    }),
  ),
  recourse: z.array(z.strictObject({ rule: z.string(), requirement: z.string(), cite: z.string(), message: text })),
  obligations: z.array(
    z.strictObject({
      /** `loaner-phone`: Art. 15's loaner; `subsidy-return`: a refunded purchase subsidy goes back to its programme (I27). */
      type: z.enum(['loaner-phone', 'subsidy-return']),
      owedBy: z.enum(['seller', 'repairer']),
      since: day,
      /** The amount owed, for a subsidy to return. */
      amountFen: z.optional(z.number().check(z.int(), z.minimum(0))),
      /**
       * For a subsidy to return: what the consumer paid of the price (the price, or the amount
       * paid, less the subsidy), the part a refund pays back, less any depreciation (I27).
       */
      consumerFen: z.optional(z.number().check(z.int(), z.minimum(0))),
      cite: z.string(),
      message: text,
    }),
  ),
  policy: z.strictObject({ id: z.string(), asOf: day, floor: z.optional(z.string()) }),
  /**
   * What would change the outcome (asked for with `counterfactuals: true`): the smallest changes
   * to facts that can differ, each with the verdict it would give and the rule that would decide.
   */
  counterfactuals: z.optional(
    z.array(
      z.strictObject({
        fact: z.string(),
        from: z.union([z.string(), z.number(), z.boolean(), z.null()]),
        to: z.union([z.string(), z.number(), z.boolean(), z.null()]),
        verdict,
        direction: z.enum(['stronger', 'weaker']),
        rule: z.string(),
        cite: z.string(),
        message: text,
      }),
    ),
  ),
  /** The date that chose the law's versions (the sale date), and the versions applied are in `trace`. */
  law: z.strictObject({ date: day, receiptDate: day }),
  /**
   * The engine that made the decision: the library's version and a digest of its rules and data
   * (rules, parameters, citations, calendar) and of the profile's own terms, so a disputed
   * decision can be re-run on exactly that engine (see docs/disputes.md).
   */
  engine: z.optional(z.strictObject({ version: z.string(), digest: z.string() })),
  /**
   * The rest-day calendar, present only when it is not the library's as built: one loaded with
   * `override` (`--calendar-override`) that replaces years the library carries. Its digest (SHA-256
   * of its notices, every year, as canonical JSON) and the years it replaced, each with the title
   * of the notice put in its place. `engine.digest` then covers the calendar too (docs/calendar.md).
   */
  calendar: z.optional(
    z.strictObject({
      digest: z.string(),
      replaces: z.array(z.strictObject({ year: z.number().check(z.int()), notice: z.optional(z.string()) })),
    }),
  ),
  trace: z.array(
    z.strictObject({
      rule: z.string(),
      version: z.optional(z.string()),
      result: z.enum(['fired', 'silent', 'not-applicable', 'not-in-force']),
      under: z.optional(z.string()),
    }),
  ),
  /**
   * How the dates came about, for whoever draws or explains them without deciding again: where
   * the clocks start and why, and for each window the day it counts from, its length, the last
   * day by the length alone, the repair days added (I5), and the last day after the rest-day
   * roll-over (I3) with the rest days passed over. Under a profile, each window is the run's
   * whose last day `dates` reports.
   */
  derivation: z.optional(
    z.strictObject({
      start: z.strictObject({ day, basis: z.enum(['sale', 'delivery', 'factory']) }),
      windows: z.array(
        z.strictObject({
          key: z.enum(['refund', 'exchange', 'no-reason', 'free-repair', 'warranty']),
          from: day,
          length: z.union([z.strictObject({ days: z.number().check(z.int(), z.minimum(0)) }), z.strictObject({ months: z.number().check(z.int(), z.minimum(0)) })]),
          nominal: day,
          repairDays: z.number().check(z.int(), z.minimum(0)),
          extended: day,
          last: day,
          skipped: z.array(
            z.strictObject({
              day,
              kind: z.enum(['working', 'weekend', 'holiday']),
              holiday: z.optional(text),
              makeUpWorkday: z.boolean(),
              covered: z.boolean(),
            }),
          ),
          /**
           * The years the rest-day calendar lacks whose days the roll-over judged by weekends
           * alone: a holiday of theirs could still move `last`, which is provisional until their
           * notices are known (I28). Absent when the calendar covers every day it looked at.
           */
          unknownHolidays: z.optional(z.array(z.number().check(z.int()))),
        }),
      ),
    }),
  ),
});

type RemedyRecord = z.output<typeof remedySchema>;

/**
 * One remedy on offer, a union discriminated by `type`: `if (remedy.type === 'refund')` narrows it,
 * and a misspelt type is a compile error.
 */
export type Remedy = { [T in RemedyRecord['type']]: Omit<RemedyRecord, 'type'> & { type: T } }[RemedyRecord['type']];

/** A decision (format version 1), its remedies typed as {@link Remedy}. */
export type Decision = Omit<z.output<typeof decisionSchema>, 'remedies'> & { remedies: Remedy[] };
export type Reason = Decision['reasons'][number];
export type FloorConflict = Decision['floorConflicts'][number];
