/**
 * The engine's part of issue 13 that fixtures cannot show: the I24–I28 parameters' national
 * defaults, and how a refund that depreciation consumed sorts and decides `best` (I25) when it is
 * offered without conditions, as a profile's rule may offer it.
 */
import { describe, expect, it } from 'vitest';
import type { Remedy } from '../../src/claim/decision';
import { sortRemedies, verdictOf } from '../../src/engine/resolve';
import { nationalParameters } from '../../src/policy/national-parameters';
import { paramsOn } from '../../src/engine/parameters';

const params = paramsOn(nationalParameters, '2025-06-02', '2025-06-02').params;

describe('I24–I28 under the national profile', () => {
  it('are the design table’s readings, each a parameter a profile can change', () => {
    const { activationBeforeDeliveryNotBuyers, consumedRefundBelowExchange, delayExchangeSurvivesHandBack, subsidyToProgramme, unknownYearProvisional } = params;
    expect({ activationBeforeDeliveryNotBuyers, consumedRefundBelowExchange, delayExchangeSurvivesHandBack, subsidyToProgramme, unknownYearProvisional }).toEqual({
      activationBeforeDeliveryNotBuyers: true,
      consumedRefundBelowExchange: true,
      delayExchangeSurvivesHandBack: true,
      subsidyToProgramme: true,
      unknownYearProvisional: true,
    });
    for (const name of ['activationBeforeDeliveryNotBuyers', 'consumedRefundBelowExchange', 'delayExchangeSurvivesHandBack', 'subsidyToProgramme', 'unknownYearProvisional'] as const) {
      expect(nationalParameters[name].interpretation, name).toMatch(/^I2[4-8]$/);
    }
  });
});

describe('a refund consumed by depreciation (I25)', () => {
  const exchange: Remedy = { type: 'exchange', performedBy: 'seller', cites: ['mp2001:art13'] };
  const consumed: Remedy = { type: 'refund', route: 'sanbao', amountFen: 0, depreciationFen: 199900, depreciationDays: 308, performedBy: 'seller', cites: ['mp2001:art19'] };
  const repair: Remedy = { type: 'free-repair', performedBy: 'repairer', cites: ['mp2001:period'] };

  it('offered without conditions, it still sorts below the exchange, and best gives the exchange', () => {
    const sorted = sortRemedies([consumed, repair, exchange]);
    expect(sorted.map((remedy) => remedy.type)).toEqual(['exchange', 'refund', 'free-repair']);
    expect(verdictOf(sorted, 'best')).toEqual({ verdict: 'exchange', requestMet: true });
  });

  it('the consumer may still insist on it', () => {
    expect(verdictOf(sortRemedies([consumed, exchange]), 'refund')).toEqual({ verdict: 'refund', requestMet: true });
  });

  it('a refund that pays something keeps its place above the exchange', () => {
    const paying: Remedy = { ...consumed, amountFen: 1, depreciationFen: 199899 };
    expect(sortRemedies([exchange, paying]).map((remedy) => remedy.type)).toEqual(['refund', 'exchange']);
  });

  it('a profile that ranks it by type alone puts it first', () => {
    expect(sortRemedies([exchange, consumed], false).map((remedy) => remedy.type)).toEqual(['refund', 'exchange']);
  });
});
