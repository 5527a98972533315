import * as z from 'zod';
import { decisionSchema } from '../claim/decision';
import { expectedRemedySchema } from './expected-remedy';

/**
 * A fixture: one claim as a shop would send it, and the decision a person worked out for it from
 * the law. `expect` pins down what must hold of the decision; everything it leaves out is not
 * checked. The expectations are built from the decision's own schema (verdicts, date names,
 * remedy fields), so they can name nothing a decision cannot hold.
 */

const decision = decisionSchema.shape;
const unwrap = (field: z.ZodType): z.ZodType => (field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field);
const id = z.string().min(1);
const obligation = decision.obligations.element.shape;

/** Every date a decision reports, each expected as a day, or `null` for "must not be reported". */
const datesSchema = z.strictObject(
  Object.fromEntries(Object.entries(decision.dates.shape).map(([key, field]) => [key, unwrap(field as z.ZodType).nullable().optional()])),
) as unknown as z.ZodType<Readonly<Partial<Record<keyof z.output<typeof decision.dates>, string | null>>>>;

export const fixtureExpectSchema = z
  .strictObject({
    verdict: decision.verdict.describe('The verdict.'),
    status: decision.status.optional().describe('The status: final, or provisional while a fact the verdict rests on is pending.'),
    remedies: z
      .array(expectedRemedySchema)
      .optional()
      .describe('The remedies, strongest first: exactly these types, each with its route (a route left out must be absent), in this order; every other field given must match.'),
    cites: z.array(id).optional().describe("Citation ids that must appear among the reasons' and the remedies' citations."),
    notCites: z.array(id).optional().describe('Citation ids that must not appear among them.'),
    fires: z.array(id).optional().describe("Rules that must fire, in the decision's own run (under a profile, the profile's, not the floor's)."),
    silent: z.array(id).optional().describe('Rules that must run and not fire (silent or not applicable), in the same run.'),
    versions: z.record(id, id).optional().describe('Rule versions that must have applied, in the same run: rule id to version.'),
    dates: datesSchema.optional().describe('Dates the decision must report; null: must not report that date.'),
    missing: z
      .array(z.strictObject({ fact: id, would: decision.verdict }))
      .optional()
      .describe('The missing facts, exactly and in order: the fact, and the verdict it would give.'),
    warnings: z.array(id).optional().describe("The warnings' codes, exactly and in order."),
    recourse: z.array(id).optional().describe("The recourse findings' requirements, exactly and in order."),
    obligations: z
      .array(z.strictObject({ type: obligation.type, since: obligation.since, amountFen: obligation.amountFen }))
      .optional()
      .describe('The obligations, exactly and in order: type and since, and the amount where one is given.'),
    floorConflicts: z
      .array(decision.floorConflicts.element.shape.remedy)
      .optional()
      .describe('The floor conflicts, exactly and in order: the remedy each names.'),
  })
  .describe('What must hold of the decision; what is left out is not checked.');

export const fixtureSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema the file declares, for editors; not read.'),
    title: z.string().min(1).describe('What the case is, in one line.'),
    description: z.string().optional().describe('The story of the claim and why the law gives what it gives.'),
    work: z.array(z.string()).optional().describe('The hand arithmetic behind the expected amounts and dates: price, days, deduction, result.'),
    policy: id.optional().describe("The profile to decide under, by id; the national floor (or the runner's default) when absent."),
    claim: z.record(z.string(), z.unknown()).describe('The claim, in the claim format.'),
    expect: fixtureExpectSchema,
  })
  .describe('One claim and the decision a person worked out for it from the law.');

/** A fixture: a claim and the decision worked out for it by hand (`docs/fixture-format.md`). */
export type Fixture = z.output<typeof fixtureSchema>;
/** What a fixture expects of the decision. */
export type FixtureExpect = Fixture['expect'];
