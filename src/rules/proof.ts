import type { Claim } from '../claim/schema';
import type { NationalFinding } from './national-rule';
import { nationalRule } from './national-rule';
import type { ProofFacts } from './facts-types';
import { deny, note, SILENT } from '../engine/findings';
import { mp2001 } from './eras';

/**
 * **What the claim's documents prove** (MP2001 exclusions items 2 and 3, the lost-invoice
 * article; I7, I8). *Interpretation (I8):* an invoice, or a 三包凭证 (card), that names another IMEI
 * than the phone's proves nothing for this phone, and a card's IMEI differing from the phone's is
 * a card that does not match the goods. Then, strongest first (I7):
 *
 * - `documents`: a valid invoice (original or electronic) or card (complete or incomplete, not
 *   altered, matching): the sale is proved and every remedy is open;
 * - `secondary`: only an invoice stub or copy, or other proof of the date (an order or carrier
 *   record): exchange and free repair, not a refund;
 * - `factory`: no document but the IMEI's factory date: the period counts from 90 days after it,
 *   free repair only;
 * - `none`: nothing: paid repair.
 *
 * @example
 * proofOf(claim).level //=> 'documents'
 */
export function proofOf(claim: Claim): ProofFacts {
  const { proof, item } = claim;
  const imei = item.imei;
  const invoiceImeiMismatch = imei !== undefined && proof.invoiceImei !== undefined && proof.invoiceImei !== imei;
  const cardImeiMismatch = imei !== undefined && proof.warrantyCardImei !== undefined && proof.warrantyCardImei !== imei;
  const cardAltered = proof.warrantyCard === 'altered';
  const invoiceValid = (proof.invoice === 'original' || proof.invoice === 'electronic') && !invoiceImeiMismatch;
  const cardValid = (proof.warrantyCard === 'complete' || proof.warrantyCard === 'incomplete') && !cardImeiMismatch;
  const copyValid = proof.invoice === 'copy' && !invoiceImeiMismatch;
  const level: ProofFacts['level'] =
    invoiceValid || cardValid
      ? 'documents'
      : copyValid || proof.otherDateProof !== 'none'
        ? 'secondary'
        : item.factoryDate !== undefined
          ? 'factory'
          : 'none';
  return { level, invoiceImeiMismatch, cardImeiMismatch, cardAltered };
}

/**
 * **A card that does not match the phone, or was altered** (exclusions item 3): no free remedy,
 * paid repair only. *Interpretation (I8):* the card's IMEI differing from the phone's is a
 * mismatch of the card with the goods' markings. Both rest on the exclusions list (三包凭证与实物
 *不符或涂改), not on Appendix 2, which only shows what a card records.
 */
export const cardMismatch = nationalRule({
  id: 'proof.card',
  describes: {
    'zh-CN': '三包凭证与实物标识不符或涂改的，不实行三包，可收费修理。',
    en: 'A 三包 card that does not match the phone, or has been altered, takes the claim outside 三包 (paid repair).',
  },
  interpretations: ['I8'],
  // Appendix 2 says what a card records (the IMEI it must match); the denial rests on the exclusions.
  basis: [mp2001('mp2001:exclusions', 'mp2001:appendix2')],
  run: ({ claim, facts }) => {
    const out: NationalFinding[] = [];
    if (facts.proof.cardAltered) out.push(deny('proof.card-altered', 'mp2001:exclusions', ['all-free']));
    if (facts.proof.cardImeiMismatch) {
      out.push(
        deny('proof.card-mismatch', 'mp2001:exclusions', ['all-free'], {
          cardImei: claim.proof.warrantyCardImei ?? '',
          imei: claim.item.imei ?? '',
        }),
      );
    }
    return out;
  },
});

/**
 * **An invoice naming another phone proves nothing for this one** (I8). The claim then rests on
 * whatever other proof it has.
 */
export const invoiceMismatch = nationalRule({
  id: 'proof.invoice-mismatch',
  describes: {
    'zh-CN': '发货票上的IMEI与手机不符的，该发票不能证明本机的购买。',
    en: 'An invoice whose IMEI differs from the phone’s does not prove this phone’s sale.',
  },
  interpretations: ['I8'],
  basis: [mp2001('mp2001:exclusions')],
  run: ({ claim, facts }) =>
    facts.proof.invoiceImeiMismatch
      ? [note('proof.invoice-mismatch', 'mp2001:exclusions', { invoiceImei: claim.proof.invoiceImei ?? '', imei: claim.item.imei ?? '' })]
      : SILENT,
});

/**
 * **Lost invoice and card, but a stub or copy (or other proof of the date) remains** (lost-proof
 * article): free repair and exchange still apply. *Interpretation (I7):* the article names repair
 * and exchange only, so the refund is not open on such proof; an order record or carrier record
 * counts like a copy, as the exclusions list admits other proof that the phone is in its period.
 */
export const secondaryProof = nationalRule({
  id: 'proof.secondary',
  describes: {
    'zh-CN': '仅有发货票底联、复印件或其他日期证明的，可免费修理、换货，不能退货。',
    en: 'With only an invoice stub or copy, or other proof of the date: free repair and exchange, not a refund.',
  },
  interpretations: ['I7'],
  basis: [mp2001('mp2001:lost-proof')],
  reads: ['secondaryProofDenies'],
  appliesTo: ({ facts }) => facts.proof.level === 'secondary',
  run: ({ claim, params, citeOf }) => [
    deny('proof.secondary', citeOf('secondaryProofDenies', 'mp2001:lost-proof'), params.secondaryProofDenies, {
      proof: claim.proof.invoice === 'copy' ? 'invoice-copy' : claim.proof.otherDateProof,
    }, { fact: 'proof.invoice', value: 'original' }),
  ],
});

/**
 * **No document at all, but the IMEI's factory date** (lost-proof article): the period starts
 * `factoryFallbackDays` (90) days after the factory date and free repair is owed. *Interpretation
 * (I7):* repair only; the article does not mention exchange or refund.
 */
export const factoryDateProof = nationalRule({
  id: 'proof.factory-date',
  describes: {
    'zh-CN': '无发货票、凭证及底联的，按IMEI出厂日期后第90日起计算三包有效期，仅免费修理。',
    en: 'With no invoice, card or copy, the period starts 90 days after the IMEI factory date, and only free repair is owed.',
  },
  interpretations: ['I7'],
  basis: [mp2001('mp2001:lost-proof')],
  reads: ['factoryProofDenies', 'factoryFallbackDays'],
  appliesTo: ({ facts }) => facts.proof.level === 'factory',
  run: ({ claim, facts, params, citeOf }) => [
    deny(
      'proof.factory-date',
      citeOf('factoryFallbackDays', citeOf('factoryProofDenies', 'mp2001:lost-proof')),
      params.factoryProofDenies,
      { factoryDate: claim.item.factoryDate ?? '', start: facts.start.day, days: params.factoryFallbackDays },
      { fact: 'proof.invoice', value: 'copy' },
    ),
  ],
});

/**
 * **No card, no valid invoice, no other proof** (exclusions item 2): outside 三包, paid repair.
 * The fact that would help is an invoice, or, where the invoice names another phone, an invoice
 * naming this one.
 */
export const noProof = nationalRule({
  id: 'proof.none',
  describes: {
    'zh-CN': '无三包凭证及有效发货票，又不能证明在三包有效期内的，不实行三包，可收费修理。',
    en: 'No card, no valid invoice and no other proof of the period: outside 三包, paid repair.',
  },
  interpretations: ['I7'],
  basis: [mp2001('mp2001:exclusions')],
  appliesTo: ({ facts }) => facts.proof.level === 'none',
  run: ({ claim, facts }) => [
    deny(
      // The card's own state in the words: none, naming another IMEI, or altered.
      facts.proof.cardImeiMismatch ? 'proof.none-card-mismatch' : facts.proof.cardAltered ? 'proof.none-card-altered' : 'proof.none',
      'mp2001:exclusions',
      ['all-free'],
      undefined,
      facts.proof.invoiceImeiMismatch && claim.item.imei !== undefined
        ? { fact: 'proof.invoiceImei', value: claim.item.imei }
        : { fact: 'proof.invoice', value: 'original' },
    ),
  ],
});
