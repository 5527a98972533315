import { nationalRule } from './national-rule';
import { grant, note, SILENT } from '../engine/findings';
import { cpl2013, mp2001 } from './eras';

/**
 * **Paid repair stays open** (the exclusions article: cases outside 三包 "可以实行收费修理"; the
 * repairer does paid repairs outside the period, Art. 6(2)). Whenever there is a fault to repair,
 * paid repair is the floor beneath every free remedy.
 */
export const paidRepair = nationalRule({
  id: 'remedy.paid-repair',
  describes: {
    'zh-CN': '不实行三包的，可以实行收费修理。',
    en: 'Where 三包 does not apply, paid repair is still available.',
  },
  basis: [mp2001('mp2001:exclusions')],
  appliesTo: ({ facts }) => !facts.fault.none,
  run: () => [grant('remedy.paid-repair', 'mp2001:exclusions', [{ type: 'paid-repair' }])],
});

/**
 * **The seller answers for refunds and exchanges** (I23; Art. 3: 谁销售谁负责三包, Arts. 11–19).
 * The consumer deals with the seller, who may not send the consumer to the maker; repairs are
 * the repairer's.
 */
export const sellerFirst = nationalRule({
  id: 'performer.seller',
  describes: {
    'zh-CN': '谁销售谁负责：退货、换货由销售者办理，不得推给生产者；修理由修理者负责。',
    en: 'Whoever sold it is responsible: refunds and exchanges are the seller’s, who may not refer the consumer to the maker; repairs are the repairer’s.',
  },
  interpretations: ['I23'],
  basis: [mp2001('mp2001:art3')],
  run: (context) => (context.entitled('refund') || context.entitled('exchange') ? [note('performer.seller', 'mp2001:art3')] : SILENT),
});

/**
 * **Transport costs of quality remedies are the operator's** (消保法 Art. 24, from 2014-03-15; I20).
 * Not the no-reason return, whose return shipping the buyer pays (Art. 25).
 */
export const sellerPaysTransport = nationalRule({
  id: 'transport.seller-pays',
  describes: {
    'zh-CN': '依质量问题退货、更换、修理的，经营者承担运输等必要费用。',
    en: 'For quality returns, exchanges and repairs the operator bears transport and other necessary costs.',
  },
  interpretations: ['I20'],
  basis: [mp2001(), cpl2013('cpl2013:art24')],
  reads: ['qualityTransportBySeller', 'transportCapFen'],
  run: (context) => {
    const { params } = context;
    if (!params.qualityTransportBySeller) return SILENT;
    if (!(context.entitled('refund', 'sanbao') || context.entitled('exchange') || context.entitled('free-repair'))) return SILENT;
    const cite = context.citeOf('qualityTransportBySeller', 'cpl2013:art24');
    if (params.transportCapFen !== null) {
      return [note('transport.seller-pays-capped', context.citeOf('transportCapFen', cite), { capFen: params.transportCapFen })];
    }
    return [note('transport.seller-pays', cite)];
  },
});
