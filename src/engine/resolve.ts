import type { Request } from '../claim/schema';
import type { Remedy } from '../claim/decision';
import type { Params } from './parameters';
import { compareOffers } from './compare-remedies';
import { denies } from './remedy-match';
import { type Attributed, type MissingFact, type RemedyGrant, STRENGTH, type Verdict } from './types';

/** What the findings come to: the remedies on offer, the verdict, the status, what is missing. */
export type { Remedy };

export interface Resolution {
  readonly remedies: readonly Remedy[];
  readonly verdict: Verdict;
  readonly status: 'final' | 'provisional';
  /** Whether the verdict is what the consumer asked for (always true for `best`). */
  readonly requestMet: boolean;
  readonly missing: readonly (MissingFact & { readonly rule: string })[];
}

interface Candidate {
  readonly grant: RemedyGrant;
  readonly cite: string;
}

const keyOf = (grant: RemedyGrant) => (grant.type === 'refund' ? `refund:${grant.route ?? 'sanbao'}` : grant.type);
const conditional = (grant: RemedyGrant) => grant.conditions !== undefined && grant.conditions.length > 0;


/** The remedies the findings leave standing, merged per remedy, strongest first. */
function remediesOf(findings: readonly Attributed[], params: Params): Remedy[] {
  const denials = findings.filter((entry) => entry.finding.effect === 'deny');
  const best = new Map<string, { grant: RemedyGrant; cites: string[] }>();
  for (const entry of findings) {
    const { finding } = entry;
    if (finding.effect !== 'grant') continue;
    for (const grant of finding.grants) {
      if (denials.some(({ finding: deny }) => deny.effect === 'deny' && deny.targets.some((target) => denies(target, grant)))) continue;
      const candidate: Candidate = { grant, cite: finding.cite };
      const key = keyOf(grant);
      const current = best.get(key);
      if (current === undefined) best.set(key, { grant, cites: [candidate.cite] });
      else {
        const order = compareOffers(grant, current.grant);
        if (order > 0) best.set(key, { grant, cites: [candidate.cite] });
        else if (order === 0 && !current.cites.includes(candidate.cite)) current.cites.push(candidate.cite);
      }
    }
  }
  const remedies: Remedy[] = [];
  for (const { grant, cites } of best.values()) {
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
  return remedies.sort(
    (a, b) => rank(b, consumedBelowExchange) - rank(a, consumedBelowExchange) || (a.route === 'no-reason' ? 1 : 0) - (b.route === 'no-reason' ? 1 : 0),
  );
}

/** Conditions the consumer's request itself meets. */
export function met(remedy: Remedy, request: Request): boolean {
  return (remedy.conditions ?? []).every((condition) => condition === 'consumer-declines-exchange' && request === 'refund');
}

/**
 * The verdict: what the consumer asked for when they are entitled to it (the choice is theirs,
 * MP2001 Arts. 11–12); otherwise, and for `best`, the strongest remedy open without conditions.
 */
export function verdictOf(remedies: readonly Remedy[], request: Request): { verdict: Verdict; requestMet: boolean } {
  const open = (type: Remedy['type']) => remedies.some((remedy) => remedy.type === type && met(remedy, request));
  const strongest = remedies.find((remedy) => remedy.conditions === undefined)?.type ?? 'no-remedy';
  switch (request) {
    case 'refund':
    case 'no-reason-return':
      if (open('refund')) return { verdict: 'refund', requestMet: true };
      break;
    case 'exchange':
      if (open('exchange')) return { verdict: 'exchange', requestMet: true };
      break;
    case 'repair':
      if (open('free-repair')) return { verdict: 'free-repair', requestMet: true };
      if (open('paid-repair')) return { verdict: 'paid-repair', requestMet: true };
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
export function resolve(findings: readonly Attributed[], request: Request, params: Params): Resolution & { readonly hints: readonly Hint[] } {
  const remedies = remediesOf(findings, params);
  const { verdict, requestMet } = verdictOf(remedies, request);
  const hints: Hint[] = [];
  for (const { rule, finding } of findings) {
    if ((finding.effect === 'deny' || finding.effect === 'note') && finding.missing !== undefined) hints.push({ rule, ...finding.missing });
  }
  // A pending fact, or a year's calendar not yet known that could give more (I28), leaves the decision open.
  const open =
    findings.some(({ finding }) => finding.effect === 'require') ||
    hints.some((hint) => hint.fact.startsWith(CALENDAR_FACT) && hint.would !== undefined && STRENGTH[hint.would] > STRENGTH[verdict]);
  return { remedies, verdict, status: open ? 'provisional' : 'final', requestMet, missing: [], hints };
}

/** The prefix of a missing fact that is a year's rest-day calendar (`calendar.2027`), not a field of the claim. */
export const CALENDAR_FACT = 'calendar.';
