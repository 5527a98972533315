import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The root of the fixture claims. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures', import.meta.url));

/** What a remedy in a fixture's expectation pins down; absent fields are not checked. */
export interface ExpectedRemedy {
  readonly type: string;
  readonly route?: string;
  readonly amountFen?: number;
  readonly depreciationFen?: number;
  readonly depreciationDays?: number;
  readonly giftsFen?: number;
  readonly performedBy?: string;
  readonly shippingPaidBy?: string;
  readonly conditions?: readonly string[];
  readonly otherModel?: boolean;
}

/**
 * A fixture: a claim as a shop would send it, and the decision a person worked out for it from
 * the law (never copied from the engine's output).
 */
export interface Fixture {
  readonly title: string;
  readonly description?: string;
  /** Hand arithmetic for amounts: price, days, deduction, result. */
  readonly work?: readonly string[];
  readonly policy?: string;
  readonly claim: Record<string, unknown>;
  readonly expect: {
    readonly verdict: string;
    readonly status?: 'final' | 'provisional';
    /** The remedies, strongest first, exactly these types (and routes) in this order. */
    readonly remedies?: readonly ExpectedRemedy[];
    /** Citation ids that must appear among the reasons. */
    readonly cites?: readonly string[];
    /** Citation ids that must not appear among the reasons. */
    readonly notCites?: readonly string[];
    /** Rules that must fire. */
    readonly fires?: readonly string[];
    /** Rules that must run and not fire (silent or not applicable). */
    readonly silent?: readonly string[];
    /** Dates the decision must report (a `null` value: must not report it). */
    readonly dates?: Readonly<Record<string, string | null>>;
    /** Missing facts, exactly: fact and the verdict it would give. */
    readonly missing?: readonly { readonly fact: string; readonly would: string }[];
    /** Codes of the warnings, exactly. */
    readonly warnings?: readonly string[];
    /** Requirements of the recourse findings, exactly. */
    readonly recourse?: readonly string[];
    /** Obligations, exactly: type and since. */
    readonly obligations?: readonly { readonly type: string; readonly since: string }[];
    /** Rule versions that must have applied: rule id → version. */
    readonly versions?: Readonly<Record<string, string>>;
    /** Floor conflicts, exactly: the remedies they name. */
    readonly floorConflicts?: readonly string[];
  };
}

export interface LoadedFixture extends Fixture {
  /** Path below `fixtures/`, e.g. `national/refund-day-7.json`. */
  readonly name: string;
  readonly path: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
  );
}

/** Every fixture, sorted by name. */
export function loadFixtures(): LoadedFixture[] {
  return walk(FIXTURES_DIR)
    .sort()
    .map((path) => ({ ...(JSON.parse(readFileSync(path, 'utf8')) as Fixture), name: relative(FIXTURES_DIR, path), path }));
}
