/**
 * Properties issue 13 adds (fast-check, fixed seeds, bounded runs):
 * - a counterfactual is never an impossible claim: every variant whose outcome it reports passes
 *   `parseClaim` (before the fix, 965 of 3,494 variants checked were claims before the delivery or
 *   the sale, or with repairs out of order);
 * - a decision whose windows end in a year the calendar lacks is `final` only when no possible
 *   holiday in that year could change its verdict (I28).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/claim/parse';
import type { Claim } from '../../src/claim/schema';
import { counterfactualsOf } from '../../src/engine/counterfactuals';
import { WINDOW_RULES } from '../../src/rules/window-rules';
import { decideClaim, decideUnder } from '../../src/facade/decide';
import { restDayCalendar, type RestDayYear } from '../../src/law/rest-day-calendar';
import { nationalPolicy } from '../../src/policy/national';
import { addDays } from '../../src/time/add-days';
import { daysBetween } from '../../src/time/days-between';
import { restDayCalendarOf } from '../../src/time/rest-day-calendar';
import { arbitraryClaim } from '../support/arbitrary-claim';

const SEED = 20261130;

const parsed = (input: unknown): Claim => {
  const result = parseClaim(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.map((error) => error.message.en)));
  return result.claim;
};

/**
 * The shared generator's claims, with the dates that make an earlier claim date impossible drawn
 * wider: a delivery up to the claim date (not only within 6 days of the sale) and an activation
 * after the sale.
 */
const claimsWithLateDates = fc
  .tuple(arbitraryClaim, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.boolean())
  .map(([input, deliveredPct, activatedPct, activatedLate]) => {
    const claim = input as { claimDate: string; sale: Record<string, unknown>; condition: Record<string, unknown> };
    const sale = claim.sale.date as string;
    const span = daysBetween(sale, claim.claimDate);
    const delivered = addDays(sale, Math.floor((span * deliveredPct) / 100));
    const activated = addDays(sale, Math.floor((span * activatedPct) / 100));
    return {
      ...claim,
      sale: { ...claim.sale, ...(delivered === sale ? {} : { deliveredDate: delivered }) },
      condition: { ...claim.condition, ...(activatedLate ? { activated: true, activationDate: activated } : {}) },
    };
  });

describe('counterfactuals propose only possible claims', () => {
  it('every variant that changes the outcome passes parseClaim', () => {
    let checked = 0;
    fc.assert(
      fc.property(claimsWithLateDates, (input) => {
        const claim = parsed(input);
        const decision = decideUnder(nationalPolicy, claim);
        counterfactualsOf(
          claim,
          decision,
          (variant) => {
            const again = decideUnder(nationalPolicy, variant, undefined, { missing: false });
            if (again.verdict !== decision.verdict) {
              checked += 1;
              const result = parseClaim(variant);
              expect(result.ok, result.ok ? '' : JSON.stringify(result.errors.map((error) => error.message.en))).toBe(true);
            }
            return again;
          },
          WINDOW_RULES,
          () => undefined,
        );
      }),
      { seed: SEED, numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});

const NAME = { 'zh-CN': '假设的节日', en: 'a supposed holiday' };
/** The built-in calendar with a 2027 whose only holiday is `from` … `to` (no make-up days). */
const with2027 = (from: string, to: string) =>
  restDayCalendarOf([...restDayCalendar, { year: 2027, notice: { title: 'test' }, holidays: [{ name: NAME, from, to }], makeUpWorkdays: [] } satisfies RestDayYear]);

/** Claims whose windows end in 2027, a year the built-in calendar lacks, with claims soon after. */
const claims2027 = fc
  .record({
    saleAfter: fc.integer({ min: 0, max: 120 }),
    claimAfter: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 360, max: 400 })),
    codes: fc.constantFrom(['no-power-on'], ['other'], [], ['display-failure', 'no-ring']),
    request: fc.constantFrom('best', 'refund', 'exchange', 'repair', 'no-reason-return'),
    channel: fc.constantFrom('store', 'online'),
    invoice: fc.constantFrom('original', 'copy'),
    liquid: fc.constantFrom('none', 'none', 'found'),
    stock: fc.boolean(),
  })
  .map((f) => {
    const sale = addDays('2026-12-01', f.saleAfter);
    const claimDate = addDays(sale, f.claimAfter);
    return {
      claimDate: claimDate > '2027-12-20' ? '2027-12-20' : claimDate,
      request: f.request,
      item: { kind: 'handset' },
      sale: { date: sale, channel: f.channel, priceFen: 299900 },
      proof: { invoice: f.invoice },
      fault: { codes: f.codes },
      condition: { liquid: f.liquid },
      stock: { sameModelAvailable: f.stock },
    };
  });

describe('a year the calendar lacks (I28)', () => {
  it('a final decision keeps its verdict under every holiday 2027 could have', () => {
    let probed = 0;
    fc.assert(
      fc.property(claims2027, (input) => {
        const claim = parsed(input);
        const decision = decideClaim(claim);
        if (decision.status !== 'final') return;
        const { dates } = decision;
        for (const until of [dates.refundUntil, dates.exchangeUntil, dates.warrantyUntil, dates.noReasonUntil]) {
          if (until === undefined || until >= claim.claimDate || until < '2027-01-01') continue;
          // More holidays only move a last day later: the most a notice could do is make every
          // day from the unmoved last day (at most 3 days before the rolled one) to the claim a
          // holiday, as long as the run of rest days that makes is no longer than a notice has set.
          for (let back = 0; back <= 3; back += 1) {
            const from = addDays(until, -back);
            if (from < '2027-01-01' || daysBetween(from, claim.claimDate) + 1 > 10) continue;
            const calendar = with2027(from, claim.claimDate);
            // The model of I28: no notice sets a run of rest days (weekends included) longer than any seen, 10.
            let run = 0;
            for (let day = claim.claimDate; calendar.kindOf(day).kind !== 'working'; day = addDays(day, -1)) run += 1;
            if (run > 10) continue;
            probed += 1;
            const again = decideClaim(claim, { calendar });
            expect(again.verdict, `holidays ${from}…${claim.claimDate}`).toBe(decision.verdict);
          }
        }
      }),
      { seed: SEED + 1, numRuns: 400 },
    );
    expect(probed).toBeGreaterThan(20);
  });

  it('and is provisional, naming calendar.2027, on the claims where one could', () => {
    let provisional = 0;
    fc.assert(
      fc.property(claims2027, (input) => {
        const claim = parsed(input);
        const decision = decideClaim(claim);
        const named = decision.missing.some((entry) => entry.fact === 'calendar.2027');
        if (named) {
          provisional += 1;
          expect(decision.status).toBe('provisional');
        }
      }),
      { seed: SEED + 2, numRuns: 300 },
    );
    expect(provisional).toBeGreaterThan(5);
  });
});
