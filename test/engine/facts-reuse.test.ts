/**
 * A "missing fact" is worked out by deciding the claim again with the fact established; when the
 * fact is one the facts do not read, the re-decision reuses them (`FIELDS_FACTS_DO_NOT_READ`,
 * src/engine/evaluate.ts). That is only right while `factsOf` really ignores those fields: here,
 * every one of them is set to every value the format allows, on random claims, and the facts
 * must not move. The fields the facts do read must not be on the list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/claim/parse';
import { DELAY_CAUSES, FINDINGS, KIT_ITEMS, REQUESTS, type Claim } from '../../src/claim/schema';
import { FIELDS_FACTS_DO_NOT_READ } from '../../src/rules/claim-facts';
import { factsOf } from '../../src/rules/facts';
import { paramsOn } from '../../src/engine/parameters';
import { withFact } from '../../src/engine/with-fact';
import { receiptDateOf } from '../../src/claim/receipt-date';
import { defaultCalendar } from '../../src/facade/decide';
import { nationalPolicy } from '../../src/policy/national';
import { addDays } from '../../src/time/add-days';
import type { RepairSpan } from '../../src/time/repair-days';
import { arbitraryClaim } from '../support/arbitrary-claim';

const SEED = 20261130;
const BOOLEANS = [true, false] as const;

/** Every field on the list, with the values to try (dates relative to the claim's own). */
function variants(claim: Claim): [field: string, value: unknown][] {
  const out: [string, unknown][] = [];
  for (const field of ['liquid', 'impact', 'unauthorizedOpening'] as const) for (const value of FINDINGS) out.push([`condition.${field}`, value]);
  for (const field of ['forceMajeure', 'cosmeticWear', 'labelsIntact', 'activated', 'accessoriesComplete'] as const) for (const value of BOOLEANS) out.push([`condition.${field}`, value]);
  for (const value of [addDays(claim.sale.date, -30), claim.sale.date, claim.claimDate]) out.push(['condition.activationDate', value]);
  for (const value of [0, 5_000]) out.push(['condition.giftsMissingFen', value]);
  for (const value of [[], [...KIT_ITEMS]]) out.push(['condition.kit', value]);
  for (const value of ['confirmed', 'not-found', 'pending']) out.push(['fault.inspection', value]);
  for (const value of ['product', 'network', 'sim-data', 'unknown']) out.push(['fault.cause', value]);
  for (const field of ['sameModelAvailable', 'consumerAcceptsOtherModel'] as const) for (const value of BOOLEANS) out.push([`stock.${field}`, value]);
  for (const value of REQUESTS) out.push(['request', value]);
  claim.history.repairs.forEach((_, index) => {
    for (const value of DELAY_CAUSES) out.push([`history.repairs[${index}].delayCause`, value]);
  });
  return out;
}

/**
 * The facts of a claim as JSON. A window's counted repairs hold the claim's repair objects, which
 * the facts see only as a `RepairSpan` (hand-in and hand-back): that is what is compared of them.
 */
function factsOfClaim(claim: Claim): unknown {
  const { params } = paramsOn(nationalPolicy.parameters, claim.sale.date, receiptDateOf(claim));
  const facts = factsOf(claim, params, defaultCalendar());
  return JSON.parse(
    JSON.stringify(facts, (key, value: unknown) => {
      if (key !== 'repair') return value;
      const { handedIn, returned } = value as RepairSpan;
      return { handedIn, returned };
    }),
  );
}

describe('the fields the facts do not read', () => {
  it('are every field of the condition and the stock, the inspection, the cause, the request and a delay cause', () => {
    for (const field of ['condition.liquid', 'condition.activationDate', 'condition.kit', 'fault.inspection', 'fault.cause', 'stock.sameModelAvailable', 'request', 'history.repairs[2].delayCause']) {
      expect(FIELDS_FACTS_DO_NOT_READ.test(field), field).toBe(true);
    }
  });

  it('leave out every field the facts read', () => {
    for (const field of ['claimDate', 'proof.invoice', 'proof.invoiceImei', 'fault.codes', 'fault.batteryCapacityPct', 'sale.date', 'sale.deliveredDate', 'item.factoryDate', 'history.repairs[0].returned', 'history.exchanges[0].date', 'faults.inspection', 'conditions']) {
      expect(FIELDS_FACTS_DO_NOT_READ.test(field), field).toBe(false);
    }
  });

  it('set to any value, leave the facts of a claim as they were', () => {
    fc.assert(
      fc.property(arbitraryClaim, (input) => {
        const result = parseClaim(input);
        if (!result.ok) throw new Error(JSON.stringify(result.errors.map((error) => error.message.en)));
        const claim = result.claim;
        const facts = factsOfClaim(claim);
        for (const [field, value] of variants(claim)) {
          expect(FIELDS_FACTS_DO_NOT_READ.test(field), field).toBe(true);
          expect(factsOfClaim(withFact(claim, field, value)), `${field} = ${JSON.stringify(value)}`).toEqual(facts);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
