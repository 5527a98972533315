import { type NationalFinding, nationalRule } from './national-rule';
import { deny, grant, note, SILENT } from '../engine/findings';
import type { Basis, MessageParams } from '../engine/types';
import type { CitationId } from '../law/citations';
import type { RuleContext } from './claim-rule';
import { DISTANCE_CHANNELS } from '../claim/schema';
import type { PeriodLength } from '../time/period-end';
import { IN_FORCE } from '../law/key-dates';
import { daysBetween } from '../time/days-between';
import { cpl2013, mp2001, nr2017, spc2022 } from './eras';

/**
 * The article a no-reason return's conditions rest on: the law's (消保法 Art. 25, from 2017-03-15
 * with the measures, unless one article is named) for sales from 2014-03-15; before that the law
 * gave no such return, so the ground is the profile's clause that does (`citeOf('noReason')`).
 */
function conditionCite(basis: Basis, citeOf: RuleContext['citeOf'], law: CitationId = basis.newest('cpl2013:art25', 'nr2017')): CitationId {
  return basis.restsOn(law) ? law : citeOf('noReason', law);
}

const inWindow = ({ claim, facts }: RuleContext) => facts.noReason !== undefined && claim.claimDate <= facts.noReason.last;

/**
 * **消保法 Art. 25: the seven-day no-reason return** for distance sales (online, TV, phone, mail),
 * in force for sales from 2014-03-15. Seven days from the day after delivery (the 2017 measures:
 * 签收次日起算), rolled over a rest day (I3). The consumer pays the return shipping; gifts not
 * returned are charged at their stated price rather than blocking the return. *Interpretation
 * (I19):* the refund is what the consumer paid, less gifts kept back.
 */
export const noReasonWindow = nationalRule({
  id: 'no-reason.window',
  describes: {
    'zh-CN': '网络、电视、电话、邮购方式购买的，自收到商品次日起七日内可无理由退货，运费由消费者承担；未退回的赠品按标明价格折价。',
    en: 'Distance purchases may be returned without a reason within seven days from the day after receipt; the buyer pays return shipping; gifts not returned are charged at their stated price.',
  },
  interpretations: ['I19'],
  basis: [mp2001(), cpl2013('cpl2013:art25'), nr2017('nr2017')],
  reads: ['noReason'],
  appliesTo: ({ facts }) => facts.noReason !== undefined,
  run: (context, basis) => {
    const { claim, facts, params } = context;
    const window = facts.noReason;
    const terms = params.noReason;
    if (window === undefined || terms === null) return SILENT;
    const countCite = basis.newest('cpl2013:art25', 'nr2017');
    const length = lengthWords(terms.length);
    if (claim.claimDate > window.last) {
      return claim.request === 'no-reason-return'
        ? [deny('no-reason.window-closed', context.citeOf('noReason', countCite), ['no-reason'], { receipt: facts.receiptDate, until: window.last, ...length })]
        : SILENT;
    }
    const paidAll = claim.sale.paidFen ?? claim.sale.priceFen;
    // I27: the part a government subsidy paid goes back through the programme, not to the buyer.
    const paid = paidAll - (facts.item.class === 'main-unit' ? Math.min(paidAll, facts.refundBase.subsidyFen) : 0);
    const gifts = terms.giftsCharged ? Math.min(paid, claim.condition.giftsMissingFen) : 0;
    const shippingPaidBy =
      terms.shippingPaidBy === 'seller' || daysBetween(facts.receiptDate, claim.claimDate) <= terms.sellerPaysShippingDays ? 'seller' : 'consumer';
    // The law's return is seven days for a distance sale; any other length or channel is the
    // profile's own promise, and the words say so (a 14-day return is not 七日无理由退货).
    const statutory = 'days' in terms.length && terms.length.days === 7 && DISTANCE_CHANNELS.includes(claim.sale.channel);
    const out: NationalFinding[] = [
      grant(
        statutory ? 'no-reason.in-window' : 'no-reason.in-window-profile',
        context.citeOf('noReason', 'cpl2013:art25'),
        [
          {
            type: 'refund',
            route: 'no-reason',
            amountFen: paid - gifts,
            ...(gifts > 0 ? { giftsFen: gifts } : {}),
            shippingPaidBy,
          },
        ],
        { receipt: facts.receiptDate, until: window.last, paidFen: paid, channel: claim.sale.channel, payer: shippingPaidBy, ...(statutory ? {} : length) },
      ),
    ];
    if (gifts > 0) out.push(note('no-reason.gifts-charged', conditionCite(basis, context.citeOf), { giftsFen: gifts, amountFen: paid - gifts }));
    return out;
  },
});

/** A return's length in words, for its messages: `span` "14 days" / "14日", `length` "14-day" / "14日". */
function lengthWords(length: PeriodLength): MessageParams {
  if ('days' in length) {
    const n = length.days;
    return { 'span:zh-CN': `${n}日`, 'span:en': `${n} ${n === 1 ? 'day' : 'days'}`, 'length:zh-CN': `${n}日`, 'length:en': `${n}-day` };
  }
  const n = length.months;
  return { 'span:zh-CN': `${n}个月`, 'span:en': `${n} ${n === 1 ? 'month' : 'months'}`, 'length:zh-CN': `${n}个月`, 'length:en': `${n}-month` };
}

/**
 * **The no-reason return is for distance sales under a law that has it.** A request for one on a
 * store sale, or on a sale before 2014-03-15, is refused, and the decision says why (before that
 * date only the 三包 fault refund existed).
 */
export const noReasonUnavailable = nationalRule({
  id: 'no-reason.unavailable',
  describes: {
    'zh-CN': '无理由退货仅适用于2014年3月15日起以网络、电视、电话、邮购方式的销售。',
    en: 'The no-reason return applies only to distance sales made from 2014-03-15.',
  },
  interpretations: ['I19'],
  basis: [mp2001('mp2001:art11'), cpl2013('cpl2013:art25')],
  appliesTo: ({ claim, facts }) => claim.request === 'no-reason-return' && facts.noReason === undefined,
  run: ({ claim }, basis) =>
    basis.restsOn('cpl2013:art25')
      ? [deny('no-reason.not-distance', 'cpl2013:art25', ['no-reason'], { channel: claim.sale.channel })]
      : [deny('no-reason.not-in-force', 'mp2001:art11', ['no-reason'], { saleDate: claim.sale.date, inForce: IN_FORCE.cpl2013 })],
});

/** Whether a test of 完好 fails (the findings of {@link noReasonIntact}). */
function notIntact({ condition }: RuleContext['claim']): boolean {
  return (
    condition.unauthorizedOpening === 'found' ||
    !condition.labelsIntact ||
    condition.cosmeticWear ||
    condition.liquid === 'found' ||
    condition.impact === 'found' ||
    !condition.accessoriesComplete
  );
}

/**
 * **The goods must be intact (完好)** (消保法 Art. 25; for electronics the 2017 measures' tests):
 * no unauthorised repair or modification; CCC mark, labels and serial intact; no hard-to-restore
 * wear; no damage; accessories complete. Each failing test is its own reason. Opening the box and
 * reasonable testing do not make goods not intact (the claim format has no field for them).
 */
export const noReasonIntact = nationalRule({
  id: 'no-reason.intact',
  reads: ['noReason'],
  describes: {
    'zh-CN': '无理由退货的商品应当完好：无未经授权的维修改动，标志和序列号完好，无难以恢复的使用痕迹，配件齐全。',
    en: 'A no-reason return needs intact goods: no unauthorised repair or change, labels and serial intact, no hard-to-restore wear, accessories complete.',
  },
  interpretations: ['I19'],
  basis: [mp2001(), cpl2013('cpl2013:art25'), nr2017('nr2017')],
  appliesTo: inWindow,
  run: ({ claim, citeOf }, basis) => {
    const cite = conditionCite(basis, citeOf);
    const out: NationalFinding[] = [];
    const { condition } = claim;
    if (condition.unauthorizedOpening === 'found') out.push(deny('no-reason.modified', cite, ['no-reason']));
    if (!condition.labelsIntact) out.push(deny('no-reason.labels', cite, ['no-reason']));
    if (condition.cosmeticWear) out.push(deny('no-reason.wear', cite, ['no-reason']));
    if (condition.liquid === 'found' || condition.impact === 'found') out.push(deny('no-reason.damaged', cite, ['no-reason']));
    if (!condition.accessoriesComplete) out.push(deny('no-reason.accessories', conditionCite(basis, citeOf, 'cpl2013:art25'), ['no-reason']));
    return out;
  },
});

/**
 * **Activation** (I19). Goods whose value falls greatly once activated may be excluded from the
 * no-reason return only if the buyer confirmed it at purchase (消保法 Art. 25 para 2; from
 * 2017-03-15 the measures require a separate confirmation step at checkout). Without that
 * confirmation, activation to inspect the phone does not block the return; for sales from
 * 2022-03-15 the decision adds the SPC's Art. 3: opening and inspecting goods that stay intact
 * does not defeat the return. *Interpretation (I24):* a first activation dated before delivery
 * was not the buyer's: 完好 is judged against the state the phone was delivered in, and the
 * confirmed exclusion covers the buyer's own activation only, so neither blocks the return.
 */
export const noReasonActivation = nationalRule({
  id: 'no-reason.activation',
  describes: {
    'zh-CN': '激活仅在消费者购买时单独确认不适用无理由退货的情况下，才排除无理由退货。',
    en: 'Activation blocks a no-reason return only if the buyer confirmed the exclusion at checkout.',
  },
  interpretations: ['I19', 'I24'],
  basis: [mp2001(), cpl2013('cpl2013:art25'), nr2017('nr2017'), spc2022('spc2022:art3')],
  reads: ['noReason'],
  appliesTo: (context) => inWindow(context) && context.claim.condition.activated,
  run: ({ claim, facts, params, citeOf }, basis) => {
    const cite = conditionCite(basis, citeOf);
    const activationDate = claim.condition.activationDate;
    if (activationDate !== undefined && activationDate < facts.receiptDate && params.activationBeforeDeliveryNotBuyers) {
      return [note('no-reason.activated-before-delivery', cite, { activationDate, receipt: facts.receiptDate })];
    }
    if (claim.sale.noReasonExclusionConfirmed) return [deny('no-reason.activated-confirmed', cite, ['no-reason'])];
    if (params.noReason?.activationBlocksOnlyIfConfirmed === false) {
      return [deny('no-reason.activated-profile', citeOf('noReason', cite), ['no-reason'])];
    }
    const notConfirmed = note('no-reason.activated-not-confirmed', cite);
    // Opening and inspecting does not defeat the return only where the goods stayed intact: a
    // return refused as not intact (or as made to order) does not also say so.
    const refused = notIntact(claim) || claim.sale.madeToOrder === true;
    return basis.restsOn('spc2022:art3') && !refused ? [notConfirmed, note('no-reason.inspection-allowed', 'spc2022:art3')] : [notConfirmed];
  },
});

/**
 * **Made to the buyer's order (定作)** (消保法 Art. 25 para 1 item 1; design I31): goods made to
 * the consumer's order — an engraved phone, a custom build — have no no-reason return. The 三包
 * rights for faults are unaffected: only the no-reason route is denied. The checkout
 * confirmation `noReasonExclusionConfirmed` covers the buyer's activation only (I19, I24), not
 * customisation, so it is this fact, not that one, that shuts the route for an engraved phone.
 */
export const noReasonMadeToOrder = nationalRule({
  id: 'no-reason.made-to-order',
  describes: {
    'zh-CN': '消费者定作的商品不适用无理由退货；三包权利不受影响。',
    en: 'Goods made to the consumer’s order have no no-reason return; 三包 rights are unaffected.',
  },
  interpretations: ['I31'],
  basis: [mp2001(), cpl2013('cpl2013:art25-1')],
  appliesTo: (context) => inWindow(context) && context.claim.sale.madeToOrder === true,
  run: () => [deny('no-reason.made-to-order', 'cpl2013:art25-1', ['no-reason'])],
});
