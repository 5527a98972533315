import { nationalRule } from './national-rule';
import { note, recourse, warn } from '../engine/findings';
import { cpl2013, mp2001 } from './eras';

/**
 * **Activated before the consumer had it** (I21; seed 004's first case): before the sale (售前激活),
 * or after the sale (the order) but before delivery, each worded as it happened. The period still starts
 * on the sale (or delivery) date: the consumer's rights do not move (MP2001 period article; Art. 3,
 * the seller answers for what it sold). The decision warns that the unit may have been used or
 * refurbished and sold as new (from 2014-03-15, 消保法 Art. 55 gives three times the price for
 * fraud), and that the maker may refuse to reimburse the seller.
 */
export const activationBeforeSale = nationalRule({
  id: 'activation.before-sale',
  describes: {
    'zh-CN': '激活日期早于售出或交付日期的，不影响三包期间的起算；提示可能为二手或翻新机，销售者向生产者追偿可能受阻。',
    en: 'Activation before the sale or delivery does not move the period; it warns of a possibly used or refurbished unit and of the seller’s recourse risk.',
  },
  interpretations: ['I21'],
  basis: [mp2001('mp2001:period', 'mp2001:art3'), cpl2013('cpl2013:art55')],
  appliesTo: ({ claim, facts }) =>
    claim.condition.activationDate !== undefined && claim.condition.activationDate < facts.receiptDate,
  run: ({ claim, facts }, basis) => {
    // Each finding carries only what its message says: two runs (a profile's, the floor's) that
    // reach the same conclusion then give the same finding, whatever else differs between them.
    const activationDate = claim.condition.activationDate ?? '';
    const when = { activationDate, receipt: facts.receiptDate };
    // Placed precisely: before the sale (售前激活), or on or after the sale (the order) but before
    // delivery, while the phone was on its way: the latter is no activation "before the sale".
    const inTransit = activationDate >= claim.sale.date;
    return [
      inTransit
        ? note('activation.period-unchanged-in-transit', 'mp2001:period', { ...when, saleDate: claim.sale.date, start: facts.start.day })
        : note('activation.period-unchanged', 'mp2001:period', { ...when, saleDate: claim.sale.date, start: facts.start.day }),
      basis.restsOn('cpl2013:art55')
        ? warn('activation.possibly-used-fraud', 'cpl2013:art55', when)
        : warn('activation.possibly-used', 'mp2001:art3', when),
      inTransit
        ? recourse('activation.maker-may-refuse-in-transit', 'mp2001:art3', 'activation-after-sale', when)
        : recourse('activation.maker-may-refuse', 'mp2001:art3', 'activation-after-sale', when),
    ];
  },
});

/**
 * **Carrier contract phones (合约机)** (I22). Full 三包 applies: the seller's duties cannot be
 * contracted away (Art. 3); from 2014-03-15 a standard term that limits them is void (消保法 Art. 26).
 * Unwinding the service contract is outside this decision.
 */
export const carrierContract = nationalRule({
  id: 'carrier.contract',
  describes: {
    'zh-CN': '合约机同样适用三包；合约的解除不在本决定范围内。',
    en: 'Carrier contract phones get full 三包; unwinding the contract is outside this decision.',
  },
  interpretations: ['I22'],
  basis: [mp2001('mp2001:art3'), cpl2013('cpl2013:art26')],
  appliesTo: ({ claim }) => claim.sale.carrierContract,
  run: (_context, basis) => [
    note('carrier.full-sanbao', 'mp2001:art3'),
    basis.restsOn('cpl2013:art26') ? note('carrier.terms-void', 'cpl2013:art26') : note('carrier.contract-outside', 'mp2001:art3'),
  ],
});
