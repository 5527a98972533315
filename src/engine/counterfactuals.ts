import type { Decision } from '../claim/decision';
import { parseClaim } from '../claim/parse';
import type { Claim, Request } from '../claim/schema';
import { addDays } from '../time/add-days';
import { STRENGTH, type Verdict } from './types';
import { withFact } from './with-fact';
import type { NationalRuleId } from '../rules/rule-ids';

/** One change to the facts that would change the outcome, and what would then decide it. */
export interface Counterfactual {
  /** The claim field changed, as a dotted path. */
  readonly fact: string;
  readonly from: string | number | boolean | null;
  readonly to: string | number | boolean | null;
  readonly verdict: Verdict;
  readonly direction: 'stronger' | 'weaker';
  /** The rule and citation that would then decide. */
  readonly rule: string;
  readonly cite: string;
}

interface Change {
  readonly fact: string;
  readonly from: string | number | boolean | null;
  readonly to: string | number | boolean | null;
  /** For a later claim date: the rule of the window it passes, which is then what decides. */
  readonly passes?: string;
}

/** The rule each reported window comes from. */
const WINDOW_RULES: Readonly<Record<string, NationalRuleId>> = {
  noReasonUntil: 'no-reason.window',
  refundUntil: 'window.refund',
  exchangeUntil: 'window.exchange',
  warrantyUntil: 'period.expired',
};

const REQUESTS: readonly Request[] = ['refund', 'exchange', 'repair', 'no-reason-return', 'best'];

/**
 * The changes worth trying on a claim: only facts that can really differ — when the consumer
 * comes, what proof they present, a finding disputed or confirmed, the inspection's result, the
 * seller's stock, the consumer's choice, a repair's recorded cause. Never the sale date or the
 * price. Bounded: a few dozen at most.
 */
function candidates(claim: Claim, decision: Decision): Change[] {
  const out: Change[] = [];
  const { dates } = decision;
  for (const key of ['noReasonUntil', 'refundUntil', 'exchangeUntil', 'warrantyUntil'] as const) {
    const until = dates[key];
    if (until === undefined) continue;
    if (until < claim.claimDate && until >= claim.sale.date) out.push({ fact: 'claimDate', from: claim.claimDate, to: until });
    if (until >= claim.claimDate) out.push({ fact: 'claimDate', from: claim.claimDate, to: addDays(until, 1), passes: WINDOW_RULES[key]! });
  }
  claim.history.repairs.forEach((repair, index) => {
    if (repair.returned === null) {
      for (const days of [8, 31, 61]) {
        const day = addDays(repair.handedIn, days);
        if (day > claim.claimDate) out.push({ fact: 'claimDate', from: claim.claimDate, to: day });
      }
    }
    if (repair.delayCause === 'none') {
      for (const cause of ['repairer', 'parts'] as const) out.push({ fact: `history.repairs[${index}].delayCause`, from: 'none', to: cause });
    }
  });
  const { proof } = claim;
  if (proof.invoice !== 'original') out.push({ fact: 'proof.invoice', from: proof.invoice, to: 'original' });
  if (proof.invoice === 'none') out.push({ fact: 'proof.invoice', from: 'none', to: 'copy' });
  if (proof.invoiceImei !== undefined && claim.item.imei !== undefined && proof.invoiceImei !== claim.item.imei) {
    out.push({ fact: 'proof.invoiceImei', from: proof.invoiceImei, to: claim.item.imei });
  }
  if (proof.warrantyCard !== 'complete') out.push({ fact: 'proof.warrantyCard', from: proof.warrantyCard, to: 'complete' });
  for (const key of ['liquid', 'impact', 'unauthorizedOpening'] as const) {
    const value = claim.condition[key];
    if (value === 'found') out.push({ fact: `condition.${key}`, from: value, to: 'disputed' });
    if (value === 'disputed') {
      out.push({ fact: `condition.${key}`, from: value, to: 'none' });
      out.push({ fact: `condition.${key}`, from: value, to: 'found' });
    }
  }
  if (claim.fault.inspection === 'pending') {
    out.push({ fact: 'fault.inspection', from: 'pending', to: 'confirmed' }, { fact: 'fault.inspection', from: 'pending', to: 'not-found' });
  }
  if (claim.fault.inspection === 'not-found') out.push({ fact: 'fault.inspection', from: 'not-found', to: 'confirmed' });
  out.push({ fact: 'stock.sameModelAvailable', from: claim.stock.sameModelAvailable, to: !claim.stock.sameModelAvailable });
  if (!claim.stock.sameModelAvailable) out.push({ fact: 'stock.consumerAcceptsOtherModel', from: claim.stock.consumerAcceptsOtherModel, to: !claim.stock.consumerAcceptsOtherModel });
  for (const request of REQUESTS) if (request !== claim.request) out.push({ fact: 'request', from: claim.request, to: request });
  return out;
}

/**
 * The claim as it would have stood on another day: repairs and exchanges after that day had not
 * happened, a repair returned after it was still open.
 */
function claimOn(claim: Claim, day: string): Claim {
  const repairs = claim.history.repairs
    .filter((repair) => repair.handedIn <= day)
    .map((repair) => (repair.returned !== null && repair.returned > day ? { ...repair, returned: null } : repair));
  const exchanges = claim.history.exchanges.filter((exchange) => exchange.date <= day);
  return { ...claim, claimDate: day, history: { ...claim.history, repairs, exchanges } };
}

/**
 * The reason that decides a variant: for a stronger outcome, the grant of its verdict; for a
 * weaker one, a denial the variant adds, else the grant of the old verdict that no longer holds.
 */
function deciding(variant: Decision, original: Decision, direction: 'stronger' | 'weaker'): { rule: string; cite: string } {
  const grantOf = (decision: Decision) => decision.reasons.find((reason) => reason.effect === 'grant' && reason.remedy === decision.verdict);
  if (direction === 'stronger') {
    const grant = grantOf(variant);
    if (grant !== undefined) return { rule: grant.rule, cite: grant.cite.id };
  }
  const before = new Set(original.reasons.map((reason) => `${reason.rule}|${reason.code}`));
  const added = variant.reasons.find((reason) => reason.effect === 'deny' && !before.has(`${reason.rule}|${reason.code}`));
  const lost = grantOf(original);
  const chosen = added ?? lost ?? variant.reasons.find((reason) => !before.has(`${reason.rule}|${reason.code}`));
  return chosen === undefined ? { rule: 'resolve.request', cite: 'mp2001:art11' } : { rule: chosen.rule, cite: chosen.cite.id };
}

/**
 * What would change the outcome: each candidate change re-decided; kept when its verdict differs,
 * the smallest change per fact and verdict (the nearest date first). Stronger outcomes first.
 * A change whose claim would not itself pass `parseClaim` (a claim date before the delivery or
 * the activation, repairs overlapping once the date moves) is not tried.
 */
export function counterfactualsOf(
  claim: Claim,
  decision: Decision,
  decideAgain: (claim: Claim) => Decision,
  citeOfRule: (rule: string) => string | undefined,
): Counterfactual[] {
  const found: Counterfactual[] = [];
  const seen = new Set<string>();
  for (const change of candidates(claim, decision)) {
    const changed = change.fact === 'claimDate' ? claimOn(claim, String(change.to)) : withFact(claim, change.fact, change.to);
    // A change that makes an impossible claim (a claim before the delivery, repairs out of order) is no answer.
    if (!parseClaim(changed).ok) continue;
    const variant = decideAgain(changed);
    if (variant.verdict === decision.verdict) continue;
    const direction = STRENGTH[variant.verdict] > STRENGTH[decision.verdict] ? 'stronger' : 'weaker';
    // Asking for less is the consumer's to do, not a fact that changes what they are owed.
    if (change.fact === 'request' && direction === 'weaker') continue;
    // A refund of nothing (depreciation at the price, Art. 19) is no better for the consumer.
    if (direction === 'stronger' && variant.remedies.find((remedy) => remedy.type === variant.verdict)?.amountFen === 0) continue;
    const key = `${change.fact}|${variant.verdict}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const passed = change.passes === undefined || direction === 'stronger' ? undefined : citeOfRule(change.passes);
    const decided = passed === undefined ? deciding(variant, decision, direction) : { rule: change.passes!, cite: passed };
    found.push({ fact: change.fact, from: change.from, to: change.to, verdict: variant.verdict, direction, ...decided });
  }
  return found.sort((a, b) => (a.direction === b.direction ? 0 : a.direction === 'stronger' ? -1 : 1));
}
