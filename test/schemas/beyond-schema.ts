import type { InputError } from '../../src/claim/input-error';

/**
 * Whether an input error is one of the checks the claim schema's description says JSON Schema
 * cannot make: the chronology (`order`), an IMEI's check digit, a subsidy above the price.
 */
export function isBeyondSchema(error: InputError): boolean {
  return error.code === 'order' || /imei$/i.test(error.path) || (error.path === '$.sale.subsidyFen' && error.code === 'range');
}
