import type { RemedyGrant } from '../engine/types';
import type { Params } from './national-parameters';

/**
 * Who bears the transport of a quality remedy (I20): the seller from 2014-03-15 (消保法 Art. 24),
 * up to a profile's cap if it sets one; nothing said before.
 */
export function qualityShipping(params: Params): Pick<RemedyGrant, 'shippingPaidBy' | 'shippingCapFen'> {
  if (!params.qualityTransportBySeller) return {};
  return params.transportCapFen === null ? { shippingPaidBy: 'seller' } : { shippingPaidBy: 'seller', shippingCapFen: params.transportCapFen };
}
