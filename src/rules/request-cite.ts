import type { Claim } from '../claim/schema';
import type { Era } from '../engine/define-rule';
import type { CitationId } from '../law/citations';
import type { CalendarDay } from '../time/calendar-day';
import { cpl2013, mp2001 } from './eras';

/**
 * What a no-reason return rests on, by the sale's era: the 2013 消费者权益保护法 Art. 25 for
 * sales from 2014-03-15; before it no such return existed, and the request is answered by the
 * article that gives a refund (MP2001 Art. 11).
 */
const NO_REASON_RETURN: readonly Era[] = [...mp2001('mp2001:art11'), ...cpl2013('cpl2013:art25')];

/** The citation of the era in force on a day: the latest that has begun, else the first. */
function citeInForce(eras: readonly Era[], day: CalendarDay): CitationId {
  let cite = eras[0]!.cites[0]!;
  for (const era of eras) if (era.from <= day) cite = era.cites[0]!;
  return cite;
}

/**
 * The citation a failed request's reason rests on when no finding names the ground: the article
 * that gives that remedy, as it stood for the sale.
 *
 * @example
 * requestCite('exchange', '2025-03-07')          //=> 'mp2001:art12'
 * requestCite('no-reason-return', '2014-03-15')  //=> 'cpl2013:art25'
 * requestCite('no-reason-return', '2014-03-14')  //=> 'mp2001:art11'
 */
export function requestCite(request: Claim['request'], saleDate: CalendarDay): CitationId {
  switch (request) {
    case 'exchange':
      return 'mp2001:art12';
    case 'repair':
      return 'mp2001:period';
    case 'no-reason-return':
      return citeInForce(NO_REASON_RETURN, saleDate);
    default:
      return 'mp2001:art11';
  }
}
