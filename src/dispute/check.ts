import type { RestDayCalendar } from '../time/rest-day-calendar';
import type { Decision, Remedy } from '../claim/decision';
import type { Claim } from '../claim/schema';
import { type Offer, type OfferTerm, shortfallsOf } from '../engine/dominance';
import { decideClaim } from '../facade/decide';
import { type RemedyType, STRENGTH, type Verdict } from '../engine/types';
import type { Text } from '../law/sources';
import { nationalPolicy } from '../policy/national';
import type { Policy } from '../policy/policy';
import { type EngineStamp, engineStamp, sameEngine } from '../stamp/stamp';
import { type DisputeParam, disputeMessage } from './messages';
import type { ShopDecision, ShopRemedy } from './shop-decision';

/** Where the shop gave less than was owed: a remedy not offered at all, or offered on worse terms. */
export interface Shortfall {
  readonly remedy: RemedyType;
  readonly kind: 'not-offered' | 'amount' | 'shipping' | 'condition' | 'other-model';
  /** The remedy as the law (or the profile, never below the law) owes it. */
  readonly owed: Remedy;
  /** The shop's offer of that remedy, for a shortfall in its terms. */
  readonly offered?: ShopRemedy;
  /** The articles it is owed under: the owed remedy's citations. */
  readonly cites: readonly string[];
  /** For a shortfall in the amount: how much less than owed the shop paid, in fen. */
  readonly shortFen?: number;
  readonly message: Text;
}

/** Where the shop gave more than was owed: allowed (MP2001 Art. 4), noted. */
export interface Surplus {
  readonly remedy: RemedyType;
  readonly kind: 'stronger' | 'not-owed' | 'amount' | 'shipping';
  readonly message: Text;
}

export interface CheckResult {
  readonly id?: string | number;
  /** Whether the shop's decision gives the consumer at least what was owed. */
  readonly meetsFloor: boolean;
  readonly message: Text;
  /** What was owed: the decision of this engine on the claim (under `policy`). */
  readonly owed: { readonly verdict: Verdict; readonly status: Decision['status']; readonly remedies: readonly Remedy[] };
  readonly offered: { readonly verdict: Verdict; readonly remedies: readonly ShopRemedy[] };
  readonly shortfalls: readonly Shortfall[];
  readonly more: readonly Surplus[];
  /**
   * Owed remedies not listed as short because the shop's own act made them moot: a repair of a
   * phone the shop took back with a refund or replaced with an exchange.
   */
  readonly moot?: readonly RemedyType[];
  /** The profile the owed decision was made under (the national floor by default). */
  readonly policy: string;
  /** The engine of this check, the one the shop's record names (if any), and whether they are the same. */
  readonly engine: { readonly current: EngineStamp; readonly recorded?: EngineStamp; readonly same?: boolean; readonly message?: Text };
  /** The full decision of this engine, for a reader who wants every reason. */
  readonly decision: Decision;
}

const routeOf = (remedy: { readonly type: string; readonly route?: string | undefined }) => (remedy.type === 'refund' ? (remedy.route ?? 'sanbao') : undefined);
const conditional = (remedy: { readonly conditions?: readonly string[] | undefined }) => (remedy.conditions ?? []).length > 0;
const sameKind = (offer: ShopRemedy, owed: Remedy) => offer.type === owed.type && (offer.type !== 'refund' || offer.route === undefined || routeOf(offer) === routeOf(owed));
const REPAIRS: ReadonlySet<RemedyType> = new Set(['free-repair', 'paid-repair']);

/**
 * The shop's offer as the dominance rule reads it, against one owed offer: the terms a shop's
 * ledger does not record (the transport cap, who performs; the amount of anything but a refund;
 * any term left out) are taken as the owed offer's, so that what was not recorded is not held
 * against the shop.
 */
function asOffer(offer: ShopRemedy, owed: Offer): Offer {
  return {
    amountFen: offer.type === 'refund' ? (offer.amountFen ?? owed.amountFen) : owed.amountFen,
    conditions: offer.conditions,
    shippingPaidBy: offer.shippingPaidBy ?? owed.shippingPaidBy,
    shippingCapFen: owed.shippingCapFen,
    performedBy: owed.performedBy,
    otherModel: offer.otherModel ?? owed.otherModel,
  };
}

/**
 * What the law asks of an offer of a remedy in place of the one owed (design I29, I30): the owed
 * offer of that type where the law gives it. A refund the law gives only if the consumer declines
 * the exchange (Art. 19) can stand in for an owed exchange only by paying what was deducted too
 * (the consumer did not decline it); a remedy the law does not give at all carries the law's terms
 * for its kind (a refund: the price paid, the seller performing and bearing the transport).
 */
function inPlaceTerms(type: RemedyType, decision: Decision, claim: Claim): Offer {
  const law = owedOf(decision.remedies, type);
  if (law === undefined) return type === 'refund' ? { amountFen: claim.sale.priceFen, performedBy: 'seller', shippingPaidBy: 'seller' } : {};
  if (!conditional(law) || law.type === decision.verdict) return law;
  return { ...law, conditions: undefined, amountFen: law.amountFen === undefined ? undefined : law.amountFen + (law.depreciationFen ?? 0) };
}

/** The owed offer of a type (and route, when given), unconditional first. */
function owedOf(owed: readonly Remedy[], type: RemedyType, route?: string): Remedy | undefined {
  const same = owed.filter((remedy) => remedy.type === type && (route === undefined || routeOf(remedy) === route));
  return same.find((remedy) => !conditional(remedy)) ?? same[0];
}

/** The shop's offers: the remedies it listed, and its verdict among them. */
function offersOf(shop: ShopDecision): ShopRemedy[] {
  const listed = [...(shop.remedies ?? [])];
  if (shop.verdict !== 'no-remedy' && !listed.some((remedy) => remedy.type === shop.verdict)) listed.unshift({ type: shop.verdict });
  return listed;
}

/** The words of a remedy, with its amount where there is one: "a refund of ¥2,000.00". */
function remedyWords(remedy: { readonly type: RemedyType; readonly amountFen?: number | undefined }): DisputeParam {
  if (remedy.type !== 'refund' || remedy.amountFen === undefined) return { verdict: remedy.type };
  return { text: disputeMessage('words.remedy-amount', { remedy: { verdict: remedy.type }, fen: { fen: remedy.amountFen } }) };
}

/** What was owed, in words: the verdict, and the refund the consumer may take instead by declining the exchange (Art. 19). */
function owedWords(decision: Decision, policy: Policy): DisputeParam {
  if (decision.verdict === 'no-remedy') return { verdict: 'no-remedy' };
  const instead = decision.remedies.find((remedy) => conditional(remedy) && remedy.type !== decision.verdict && STRENGTH[remedy.type] > STRENGTH[decision.verdict]);
  if (instead?.amountFen === undefined) return { verdict: decision.verdict };
  return {
    text: disputeMessage('words.owed-or-declined', { owed: { verdict: decision.verdict }, instead: remedyWords(instead), depreciationFen: { fen: instead.depreciationFen ?? 0 }, cite: { cites: instead.cites } }, policy),
  };
}

/** The shortfalls of an offer against an owed offer, term by term, in the order of the dominance rule. */
function termShortfalls(offer: ShopRemedy, owed: Remedy, terms: readonly OfferTerm[], verdict: Verdict, policy: Policy, instead: boolean): Shortfall[] {
  const out: Shortfall[] = [];
  const cite = { cites: owed.cites };
  const remedy = { verdict: owed.type };
  const base = { remedy, cite, owed: { verdict } };
  // An offer in place of the verdict, of a remedy the law does not give here, is held to the law's terms for its kind.
  const code = <C extends string>(plain: C) => (instead ? (`${plain}-instead` as const) : plain);
  const add = (kind: Shortfall['kind'], message: Text, extra: { shortFen?: number } = {}) => out.push({ remedy: owed.type, kind, owed, offered: offer, cites: owed.cites, ...extra, message });
  for (const term of terms) {
    if (term === 'amount') {
      const owedFen = owed.amountFen ?? 0;
      const offeredFen = offer.amountFen ?? 0;
      const params = { ...base, owedFen: { fen: owedFen }, offeredFen: { fen: offeredFen }, shortFen: { fen: owedFen - offeredFen }, depreciationFen: { fen: owed.depreciationFen ?? 0 } };
      const which = instead ? 'shortfall.amount-instead' : conditional(owed) && owed.type !== verdict ? 'shortfall.amount-declined' : 'shortfall.amount';
      add('amount', disputeMessage(which, params, policy), { shortFen: owedFen - offeredFen });
    } else if (term === 'conditions') add('condition', disputeMessage(code('shortfall.condition'), base, policy));
    else if (term === 'shipping') {
      add('shipping', disputeMessage(code('shortfall.shipping'), { ...base, owedParty: { party: owed.shippingPaidBy ?? 'seller' }, offeredParty: { party: 'consumer' } }, policy));
    } else if (term === 'model') add('other-model', disputeMessage(code('shortfall.other-model'), base, policy));
    // The transport cap and who performs are never in a shop's record: taken as owed, they cannot fall short.
  }
  return out;
}

/**
 * Holds a shop's recorded decision against what was owed on the claim: this engine's decision
 * under `policy` (the national floor by default; a profile's decision is never below the floor),
 * with the rule the floor merge uses (design I29, `shortfallsOf`): an offer stands for an owed
 * one only when it is at least as good on every term (amount, conditions, transport, model). The
 * shop meets the floor when an offer of the owed verdict is at least as good as it, or an offer
 * of a stronger remedy is at least as good as the law's terms for that remedy in its place (for a
 * refund the law gives only if the consumer declines the exchange, the undeducted price). Otherwise
 * every term an offer cut is a shortfall with the amount short and its article, and every owed
 * remedy stronger than what the shop gave that it did not offer at all, except a repair of a phone
 * the shop took back or replaced (moot). Terms the shop did not record are not held against it.
 * "More than owed" is said only of an offer short on no term.
 *
 * @example
 * const claim = parseClaim({ claimDate: '2025-03-12', item: { kind: 'handset' },
 *   sale: { date: '2025-03-07', priceFen: 399900 }, fault: { codes: ['no-power-on'] } });
 * const result = claim.ok && checkShopDecision(claim.claim, { verdict: 'paid-repair' });
 * result && result.meetsFloor //=> false
 * result && result.shortfalls[0]?.cites //=> ['mp2001:art11']
 */
export function checkShopDecision(
  claim: Claim,
  shop: ShopDecision,
  options: { readonly policy?: Policy; readonly id?: string | number; readonly calendar?: RestDayCalendar } = {},
): CheckResult {
  const policy = options.policy ?? nationalPolicy;
  const decision = decideClaim(claim, { policy, ...(options.calendar === undefined ? {} : { calendar: options.calendar }) });
  const offers = offersOf(shop);
  const verdict = decision.verdict;
  const shortfalls: Shortfall[] = [];
  const more: Surplus[] = [];
  const moot: RemedyType[] = [];
  // An offer's own counterpart: the owed offer of its type (as owed, conditions and all), or the law's terms for it in place of the verdict.
  const counterpartOf = (offer: ShopRemedy): { owed: Remedy; instead?: boolean } | undefined => {
    const law = decision.remedies.find((remedy) => sameKind(offer, remedy) && !conditional(remedy)) ?? decision.remedies.find((remedy) => sameKind(offer, remedy));
    if (law !== undefined) return { owed: law };
    if (verdict === 'no-remedy' || STRENGTH[offer.type] <= STRENGTH[verdict]) return undefined;
    const terms = inPlaceTerms(offer.type, decision, claim);
    return { owed: { ...terms, type: offer.type, performedBy: offer.type === 'free-repair' ? 'repairer' : 'seller', cites: owedOf(decision.remedies, verdict)?.cites ?? [] } as Remedy, instead: true };
  };
  // Whether an offer gives the consumer at least the owed verdict: the verdict itself on terms as good, or a stronger remedy on the law's terms for it in its place.
  const covers = (offer: ShopRemedy): boolean => {
    if (verdict === 'no-remedy') return true;
    if (offer.type === verdict) {
      const counterpart = counterpartOf(offer);
      return counterpart !== undefined && shortfallsOf(asOffer(offer, counterpart.owed), counterpart.owed).length === 0;
    }
    if (STRENGTH[offer.type] <= STRENGTH[verdict]) return false;
    const terms = inPlaceTerms(offer.type, decision, claim);
    return shortfallsOf(asOffer(offer, terms), terms).length === 0;
  };
  const meets = offers.some(covers) || verdict === 'no-remedy';
  const tookBack = offers.some((offer) => offer.type === 'refund' || offer.type === 'exchange');
  const shortOffers = new Set<ShopRemedy>();
  if (!meets) {
    // The strongest remedy the shop gave on at least the law's terms for it: owed remedies above it that it did not offer are missing.
    const strongest = Math.max(
      0,
      ...offers
        .filter((offer) => {
          const counterpart = counterpartOf(offer);
          if (counterpart === undefined) return false;
          const terms = offer.type === verdict || STRENGTH[offer.type] <= STRENGTH[verdict as RemedyType] ? counterpart.owed : inPlaceTerms(offer.type, decision, claim);
          return shortfallsOf(asOffer(offer, terms), terms).length === 0;
        })
        .map((offer) => STRENGTH[offer.type]),
    );
    const listed = new Set<RemedyType>();
    const sameVerdict = offers.some((offer) => offer.type === verdict);
    for (const owed of decision.remedies) {
      if (owed.type === 'paid-repair' || listed.has(owed.type) || (conditional(owed) && owed.type !== verdict)) continue;
      // An offer of the owed verdict is judged on its terms (below); the remedies it was chosen over are not missing.
      if (sameVerdict || offers.some((offer) => sameKind(offer, owed)) || STRENGTH[owed.type] <= strongest) continue;
      listed.add(owed.type);
      if (REPAIRS.has(owed.type) && tookBack) {
        moot.push(owed.type);
        continue;
      }
      shortfalls.push({
        remedy: owed.type,
        kind: 'not-offered',
        owed,
        cites: owed.cites,
        message: disputeMessage('shortfall.not-offered', { remedy: { verdict: owed.type }, cite: { cites: owed.cites } }, policy),
      });
    }
    // Each offer against its own counterpart: every term it cut, with the amount short.
    for (const offer of offers) {
      const counterpart = counterpartOf(offer);
      if (counterpart === undefined) continue;
      const terms = shortfallsOf(asOffer(offer, counterpart.owed), counterpart.owed);
      if (terms.length === 0) continue;
      shortOffers.add(offer);
      shortfalls.push(...termShortfalls(offer, counterpart.owed, terms, verdict, policy, counterpart.instead === true));
    }
  }
  for (const offer of offers) {
    if (shortOffers.has(offer)) continue;
    const remedy = { verdict: offer.type };
    const counterpart = counterpartOf(offer);
    if (STRENGTH[offer.type] > STRENGTH[verdict]) {
      if (covers(offer)) more.push({ remedy: offer.type, kind: 'stronger', message: disputeMessage('more.stronger', { remedy: remedyWords(offer), owed: { verdict } }, policy) });
      continue;
    }
    if (counterpart === undefined) {
      more.push({ remedy: offer.type, kind: 'not-owed', message: disputeMessage('more.not-owed', { remedy }, policy) });
      continue;
    }
    const owed = counterpart.owed;
    if (shortfallsOf(asOffer(offer, owed), owed).length > 0) continue;
    if (offer.type === 'refund' && offer.amountFen !== undefined && owed.amountFen !== undefined && offer.amountFen > owed.amountFen) {
      more.push({ remedy: offer.type, kind: 'amount', message: disputeMessage('more.amount', { remedy, owedFen: { fen: owed.amountFen }, offeredFen: { fen: offer.amountFen } }, policy) });
    }
    if (offer.shippingPaidBy === 'seller' && owed.shippingPaidBy === 'consumer') {
      more.push({ remedy: offer.type, kind: 'shipping', message: disputeMessage('more.shipping', { remedy }, policy) });
    }
  }
  const current = engineStamp(policy);
  const recorded = shop.engine;
  const same = sameEngine(current, recorded);
  const engineMessage =
    recorded === undefined
      ? undefined
      : disputeMessage(same === true ? 'engine.same' : 'engine.different', { current: stampText(current), recorded: stampText(recorded) }, policy);
  const offered: DisputeParam = offers.length === 0 ? { verdict: 'no-remedy' } : { list: offers.map(remedyWords) };
  return {
    ...(options.id === undefined ? {} : { id: options.id }),
    meetsFloor: meets,
    message: disputeMessage(meets ? 'check.meets' : 'check.below', { owed: owedWords(decision, policy), offered }, policy),
    owed: { verdict, status: decision.status, remedies: decision.remedies },
    offered: { verdict: shop.verdict, remedies: offers },
    shortfalls,
    more,
    ...(moot.length === 0 ? {} : { moot }),
    policy: policy.id,
    engine: { current, ...(recorded === undefined ? {} : { recorded, same: same === true, ...(engineMessage === undefined ? {} : { message: engineMessage }) }) },
    decision,
  };
}

/** A stamp as text: version and the digest's first 12 hex digits (enough to tell engines apart by eye). */
export function stampText(stamp: EngineStamp): string {
  return `${stamp.version} ${stamp.digest.slice(0, 12)}`;
}
