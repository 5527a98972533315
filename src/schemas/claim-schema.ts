import { claimSchema } from '../claim/schema';
import { jsonSchemaFrom } from './from-zod';
import { SCHEMA_IDS } from './ids';

/**
 * What the claim's JSON Schema cannot say, and the library checks: written into the schema's
 * description so that a reader of the schema alone knows.
 */
export const CLAIM_CHECKS_BEYOND_SCHEMA = [
  "an IMEI's last digit must be its Luhn check digit (item.imei, proof.invoiceImei, proof.warrantyCardImei)",
  'the claim must tell a possible story (its chronology): claimDate on or after sale.date; sale.deliveredDate, condition.activationDate, item.factoryDate and every repair and exchange date on or before claimDate; repairs and exchanges on or after the sale (or an earlier delivery); a repair returned on or after it was handed in; repairs and exchanges oldest first; only the last repair open (returned: null)',
  'sale.subsidyFen, a part of the price, must not be above sale.priceFen',
] as const;

/**
 * The claim's JSON Schema (draft 2020-12): the claim as it is sent, defaults left out.
 *
 * @example
 * claimJsonSchema().$id //=> 'urn:sanbao:schema:claim:1'
 */
export function claimJsonSchema(): Record<string, unknown> {
  return jsonSchemaFrom(claimSchema, {
    id: SCHEMA_IDS.claim,
    io: 'input',
    title: 'sanbao claim, format version 1',
    description: `One China mobile-phone 三包 claim. Dates are YYYY-MM-DD (calendar dates in China); money is integer fen; unknown keys are refused; a block left out takes its defaults. The library also checks what JSON Schema cannot say: ${CLAIM_CHECKS_BEYOND_SCHEMA.map((check, index) => `(${index + 1}) ${check}`).join('; ')}.`,
  });
}
