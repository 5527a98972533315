import * as z from 'zod/mini';
import { decisionSchema } from '../claim/decision';
import { expectedRemedySchema } from './expected-remedy';

/**
 * A fixture: one claim as a shop would send it, and the decision a person worked out for it from
 * the law. `expect` pins down what must hold of the decision; everything it leaves out is not
 * checked. The expectations are built from the decision's own schema (verdicts, date names,
 * remedy fields), so they can name nothing a decision cannot hold.
 */

const decision = decisionSchema.shape;

/** A copy of a schema with a description, for its JSON Schema (zod/mini's `.describe()`). */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description)) as T;
}
const unwrap = (field: z.ZodMiniType): z.ZodMiniType => (field instanceof z.ZodMiniOptional ? (field.def.innerType as z.ZodMiniType) : field);
const id = z.string().check(z.minLength(1));
const obligation = decision.obligations.def.element.shape;

/** Every date a decision reports, each expected as a day, or `null` for "must not be reported". */
const datesSchema = z.strictObject(
  Object.fromEntries(Object.entries(decision.dates.shape).map(([key, field]) => [key, z.optional(z.nullable(unwrap(field)))])),
) as unknown as z.ZodMiniType<Readonly<Partial<Record<keyof z.output<typeof decision.dates>, string | null>>>>;

export const fixtureExpectSchema = described(
  z.strictObject({
    verdict: described(decision.verdict, 'The verdict.'),
    status: described(z.optional(decision.status), 'The status: final, or provisional while a fact the verdict rests on is pending.'),
    remedies: described(
      z.optional(z.array(expectedRemedySchema)),
      'The remedies, strongest first: exactly these types, each with its route (a route left out must be absent), in this order; every other field given must match.',
    ),
    cites: described(z.optional(z.array(id)), "Citation ids that must appear among the reasons' and the remedies' citations."),
    notCites: described(z.optional(z.array(id)), 'Citation ids that must not appear among them.'),
    fires: described(z.optional(z.array(id)), "Rules that must fire, in the decision's own run (under a profile, the profile's, not the floor's)."),
    silent: described(z.optional(z.array(id)), 'Rules that must run and not fire (silent or not applicable), in the same run.'),
    versions: described(z.optional(z.record(id, id)), 'Rule versions that must have applied, in the same run: rule id to version.'),
    dates: described(z.optional(datesSchema), 'Dates the decision must report; null: must not report that date.'),
    missing: described(
      z.optional(z.array(z.strictObject({ fact: id, would: decision.verdict }))),
      'The missing facts, exactly and in order: the fact, and the verdict it would give.',
    ),
    warnings: described(z.optional(z.array(id)), "The warnings' codes, exactly and in order."),
    recourse: described(z.optional(z.array(id)), "The recourse findings' requirements, exactly and in order."),
    obligations: described(
      z.optional(z.array(z.strictObject({ type: obligation.type, since: obligation.since, amountFen: obligation.amountFen }))),
      'The obligations, exactly and in order: type and since, and the amount where one is given.',
    ),
    floorConflicts: described(
      z.optional(z.array(decision.floorConflicts.def.element.shape.remedy)),
      'The floor conflicts, exactly and in order: the remedy each names.',
    ),
  }),
  'What must hold of the decision; what is left out is not checked.',
);

export const fixtureSchema = described(
  z.strictObject({
    $schema: described(z.optional(z.string()), 'The JSON Schema the file declares, for editors; not read.'),
    title: described(z.string().check(z.minLength(1)), 'What the case is, in one line.'),
    description: described(z.optional(z.string()), 'The story of the claim and why the law gives what it gives.'),
    work: described(z.optional(z.array(z.string())), 'The hand arithmetic behind the expected amounts and dates: price, days, deduction, result.'),
    policy: described(z.optional(id), "The profile to decide under, by id; the national floor (or the runner's default) when absent."),
    claim: described(z.record(z.string(), z.unknown()), 'The claim, in the claim format.'),
    expect: fixtureExpectSchema,
  }),
  'One claim and the decision a person worked out for it from the law.',
);

/** A fixture: a claim and the decision worked out for it by hand (`docs/fixture-format.md`). */
export type Fixture = z.output<typeof fixtureSchema>;
/** What a fixture expects of the decision. */
export type FixtureExpect = Fixture['expect'];
