import type { Request } from '../claim/schema';
import type { Remedy } from '../claim/decision';
import type { EngineParams } from './parameters';
import { compareOffers } from './compare-remedies';
import { remedyKey } from './remedy-key';
import { denies } from './remedy-match';
import { type Attributed, type RemedyGrant, STRENGTH, type Verdict } from './types';

/** What the findings come to: the remedies on offer, the verdict, the status (the facts they name as decisive come with it, as hints). */
export type { Remedy };

export interface Resolution {
  readonly remedies: readonly Remedy[];
  readonly verdict: Verdict;
  readonly status: 'final' | 'provisional';
  /** Whether the verdict is what the consumer asked for (always true for `best`). */
  readonly requestMet: boolean;
}

/** Whether any of the denials takes this grant away. */
function deniedByAny(denials: readonly Attributed[], grant: RemedyGrant): boolean {
  for (let index = 0; index < denials.length; index += 1) {
    const deny = denials[index]!.finding;
    if (deny.effect !== 'deny') continue;
    for (let at = 0; at < deny.targets.length; at += 1) if (denies(deny.targets[at]!, grant)) return true;
  }
  return false;
}
const conditional = (grant: RemedyGrant) => grant.conditions !== undefined && grant.conditions.length > 0;


/** The remedies the findings leave standing, merged per remedy, strongest first. */
function remediesOf(findings: readonly Attributed[], params: EngineParams): Remedy[] {
  const denials: Attributed[] = [];
  for (let index = 0; index < findings.length; index += 1) if (findings[index]!.finding.effect === 'deny') denials.push(findings[index]!);
  // The best offer per key, in the order the keys first came: a handful at most, so a list
  // searched by key rather than a Map made per claim.
  const best: { key: string; grant: RemedyGrant; cites: string[] }[] = [];
  for (let index = 0; index < findings.length; index += 1) {
    const finding = findings[index]!.finding;
    if (finding.effect !== 'grant') continue;
    for (let at = 0; at < finding.grants.length; at += 1) {
      const grant = finding.grants[at]!;
      if (deniedByAny(denials, grant)) continue;
      const key = remedyKey(grant);
      let current: (typeof best)[number] | undefined;
      for (let slot = 0; slot < best.length; slot += 1) if (best[slot]!.key === key) current = best[slot];
      if (current === undefined) best.push({ key, grant, cites: [finding.cite] });
      else {
        const order = compareOffers(grant, current.grant);
        if (order > 0) {
          current.grant = grant;
          current.cites = [finding.cite];
        } else if (order === 0 && !current.cites.includes(finding.cite)) current.cites.push(finding.cite);
      }
    }
  }
  const remedies: Remedy[] = [];
  for (let slot = 0; slot < best.length; slot += 1) {
    const { grant, cites } = best[slot]!;
    // Field by field, in the order of the decision format: this runs for every remedy of every claim.
    const remedy: Partial<{ -readonly [K in keyof Remedy]: Remedy[K] }> = { type: grant.type };
    if (grant.type === 'refund') remedy.route = grant.route ?? 'sanbao';
    if (grant.amountFen !== undefined) remedy.amountFen = grant.amountFen;
    if (grant.depreciationFen !== undefined) remedy.depreciationFen = grant.depreciationFen;
    if (grant.depreciationDays !== undefined) remedy.depreciationDays = grant.depreciationDays;
    if (grant.giftsFen !== undefined) remedy.giftsFen = grant.giftsFen;
    if (grant.shippingPaidBy !== undefined) remedy.shippingPaidBy = grant.shippingPaidBy;
    if (grant.shippingCapFen !== undefined) remedy.shippingCapFen = grant.shippingCapFen;
    remedy.performedBy = params.performers[grant.type] === 'repairer' ? 'repairer' : 'seller';
    if (conditional(grant)) remedy.conditions = [...(grant.conditions ?? [])];
    if (grant.otherModel === true) remedy.otherModel = true;
    remedy.cites = cites;
    remedies.push(remedy as Remedy);
  }
  return sortRemedies(remedies, params.consumedRefundBelowExchange);
}

/**
 * Where a remedy sorts: by its strength, except that a remedy open only on a condition sits just
 * below the remedy the condition turns down (an Art. 19 refund, open if the consumer declines the
 * exchange, comes after the exchange and before free repair, as in the spec's example).
 */
function rank(remedy: Remedy, consumedBelowExchange: boolean): number {
  if (remedy.conditions?.includes('consumer-declines-exchange')) return STRENGTH.exchange - 0.5;
  if (consumedBelowExchange && consumed(remedy)) return STRENGTH.exchange - 0.5;
  return STRENGTH[remedy.type];
}

/** A refund that Art. 19 depreciation has consumed whole: it pays nothing back (I25). */
const consumed = (remedy: Remedy) => remedy.type === 'refund' && remedy.amountFen === 0 && (remedy.depreciationFen ?? 0) > 0;

/**
 * Strongest first (see {@link rank}), the 三包 refund before the no-reason one. A refund that
 * depreciation consumed ranks below the exchange unless a profile says otherwise (I25).
 */
export function sortRemedies(remedies: Remedy[], consumedBelowExchange = true): Remedy[] {
  // An insertion sort, stable as `sort` is: a handful of remedies, sorted for every claim, with no
  // comparator closure made per call.
  for (let index = 1; index < remedies.length; index += 1) {
    const remedy = remedies[index]!;
    let at = index;
    while (at > 0 && order(remedies[at - 1]!, remedy, consumedBelowExchange) > 0) {
      remedies[at] = remedies[at - 1]!;
      at -= 1;
    }
    remedies[at] = remedy;
  }
  return remedies;
}

/** Negative when `a` sorts before `b`: the stronger first, the 三包 refund before the no-reason one. */
function order(a: Remedy, b: Remedy, consumedBelowExchange: boolean): number {
  return rank(b, consumedBelowExchange) - rank(a, consumedBelowExchange) || (a.route === 'no-reason' ? 1 : 0) - (b.route === 'no-reason' ? 1 : 0);
}

/** Whether a remedy of this type is on offer on conditions the request meets. */
function open(remedies: readonly Remedy[], type: Remedy['type'], request: Request): boolean {
  for (let index = 0; index < remedies.length; index += 1) if (remedies[index]!.type === type && met(remedies[index]!, request)) return true;
  return false;
}

/** Conditions the consumer's request itself meets. */
export function met(remedy: Remedy, request: Request): boolean {
  const conditions = remedy.conditions;
  if (conditions === undefined) return true;
  // A loop rather than `every` with a closure: this runs for every claim.
  for (let index = 0; index < conditions.length; index += 1) if (conditions[index] !== 'consumer-declines-exchange' || request !== 'refund') return false;
  return true;
}

/**
 * The verdict: what the consumer asked for when they are entitled to it (the choice is theirs,
 * MP2001 Arts. 11–12); otherwise, and for `best`, the strongest remedy open without conditions.
 */
export function verdictOf(remedies: readonly Remedy[], request: Request): { verdict: Verdict; requestMet: boolean } {
  let strongest: Verdict = 'no-remedy';
  for (let index = 0; index < remedies.length; index += 1) {
    if (remedies[index]!.conditions === undefined) {
      strongest = remedies[index]!.type;
      break;
    }
  }
  switch (request) {
    case 'refund':
    case 'no-reason-return':
      if (open(remedies, 'refund', request)) return { verdict: 'refund', requestMet: true };
      break;
    case 'exchange':
      if (open(remedies, 'exchange', request)) return { verdict: 'exchange', requestMet: true };
      break;
    case 'repair':
      if (open(remedies, 'free-repair', request)) return { verdict: 'free-repair', requestMet: true };
      if (open(remedies, 'paid-repair', request)) return { verdict: 'paid-repair', requestMet: true };
      break;
    case 'best':
      return { verdict: strongest, requestMet: true };
  }
  return { verdict: strongest, requestMet: false };
}

/** A fact a finding names as decisive, with the rule that named it. */
export interface Hint {
  readonly rule: string;
  readonly fact: string;
  readonly value?: string | number | boolean;
  readonly would?: Verdict;
}

/**
 * Turns the findings into the decision's substance. Denials are global: a denial takes its
 * remedies away whichever rule granted them. The facts the findings name as decisive are
 * returned as hints; what establishing each would give is for the caller to work out.
 */
export function resolve(findings: readonly Attributed[], request: Request, params: EngineParams): Resolution & { readonly hints: readonly Hint[] } {
  const remedies = remediesOf(findings, params);
  const { verdict, requestMet } = verdictOf(remedies, request);
  const hints: Hint[] = [];
  // A pending fact, or a year's calendar not yet known that could give more (I28), leaves the decision open.
  let open = false;
  for (let index = 0; index < findings.length; index += 1) {
    const { rule, finding } = findings[index]!;
    if (finding.effect === 'require') open = true;
    else if ((finding.effect === 'deny' || finding.effect === 'note') && finding.missing !== undefined) hints.push({ rule, ...finding.missing });
  }
  for (let index = 0; !open && index < hints.length; index += 1) {
    const hint = hints[index]!;
    open = hint.fact.startsWith(CALENDAR_FACT) && hint.would !== undefined && STRENGTH[hint.would] > STRENGTH[verdict];
  }
  return { remedies, verdict, status: open ? 'provisional' : 'final', requestMet, hints };
}

/** The prefix of a missing fact that is a year's rest-day calendar (`calendar.2027`), not a field of the claim. */
export const CALENDAR_FACT = 'calendar.';
