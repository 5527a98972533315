import type { Claim, Verdict } from '../../src/index';
import { defaultCalendar } from '../../src/facade/decide';
import { addDays } from '../../src/time/add-days';
import { addMonths } from '../../src/time/add-months';
import { daysBetween } from '../../src/time/days-between';
import { rollOver } from '../../src/time/roll-over';

/** The facts the seven main-unit rules look at, as day offsets from the sale. */
export interface SevenFacts {
  readonly damage: boolean;
  readonly proof: boolean;
  readonly day: number;
  readonly refundLast: number;
  readonly exchangeLast: number;
  readonly warrantyLast: number;
  readonly repairs: number;
}

/** Works out the seven rules' facts: the windows rolled over rest days, the period moved by repair days. */
export function sevenFacts(claim: Claim): SevenFacts {
  const calendar = defaultCalendar();
  const sale = claim.sale.date;
  let repairDays = 0;
  for (const repair of claim.history.repairs) repairDays += daysBetween(repair.handedIn, repair.returned ?? claim.claimDate);
  return {
    damage: claim.condition.liquid === 'found' || claim.condition.impact === 'found',
    proof: claim.proof.invoice !== 'none' || claim.proof.warrantyCard !== 'none',
    day: daysBetween(sale, claim.claimDate),
    refundLast: daysBetween(sale, rollOver(addDays(sale, 7), calendar).day),
    exchangeLast: daysBetween(sale, rollOver(addDays(sale, 15), calendar).day),
    warrantyLast: daysBetween(sale, rollOver(addDays(addMonths(sale, 12), repairDays), calendar).day),
    repairs: claim.history.repairs.filter((repair) => repair.returned !== null).length,
  };
}

/**
 * (c) The practical floor: the seven main-unit rules written by hand, no reasons, no citations,
 * no trace — the least work a correct answer on the seven-rule space needs.
 */
export function sevenRules(claim: Claim): Verdict {
  const f = sevenFacts(claim);
  if (f.damage || !f.proof) return 'paid-repair';
  if (f.day <= f.refundLast) return 'refund';
  if (f.day <= f.exchangeLast) return 'exchange';
  if (f.repairs >= 2 && f.day <= f.warrantyLast) return 'exchange';
  if (f.day <= f.warrantyLast) return 'free-repair';
  return 'paid-repair';
}
