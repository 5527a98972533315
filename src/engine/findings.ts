import type { CitationId } from '../law/citations';
import type { DenyTarget, Finding, MessageParams, MissingHint, Obligation, RemedyGrant } from './types';

/**
 * Constructors for findings, so that a rule reads as what it concludes:
 * `grant('window.refund', 'mp2001:art11', [refund, exchange], { day })`. (Built field by field:
 * they are made for every claim, so they avoid spreading temporary objects.)
 */

export function grant<Code extends string>(code: Code, cite: CitationId, grants: readonly RemedyGrant[], params?: MessageParams): Finding<Code> {
  const finding: { effect: 'grant'; code: Code; cite: CitationId; grants: readonly RemedyGrant[]; params?: MessageParams } = {
    effect: 'grant',
    code,
    cite,
    grants,
  };
  if (params !== undefined) finding.params = params;
  return finding;
}

export function deny<Code extends string>(code: Code, cite: CitationId, targets: readonly DenyTarget[], params?: MessageParams, missing?: MissingHint): Finding<Code> {
  const finding: { effect: 'deny'; code: Code; cite: CitationId; targets: readonly DenyTarget[]; params?: MessageParams; missing?: MissingHint } = {
    effect: 'deny',
    code,
    cite,
    targets,
  };
  if (params !== undefined) finding.params = params;
  if (missing !== undefined) finding.missing = missing;
  return finding;
}

export function requireFact<Code extends string>(code: Code, cite: CitationId, fact: string, params?: MessageParams): Finding<Code> {
  const finding: { effect: 'require'; code: Code; cite: CitationId; fact: string; params?: MessageParams } = { effect: 'require', code, cite, fact };
  if (params !== undefined) finding.params = params;
  return finding;
}

export function note<Code extends string>(code: Code, cite: CitationId, params?: MessageParams, extra?: { obligation?: Obligation; missing?: MissingHint }): Finding<Code> {
  const finding: { effect: 'note'; code: Code; cite: CitationId; params?: MessageParams; obligation?: Obligation; missing?: MissingHint } = {
    effect: 'note',
    code,
    cite,
  };
  if (params !== undefined) finding.params = params;
  if (extra?.obligation !== undefined) finding.obligation = extra.obligation;
  if (extra?.missing !== undefined) finding.missing = extra.missing;
  return finding;
}

export function warn<Code extends string>(code: Code, cite: CitationId, params?: MessageParams): Finding<Code> {
  const finding: { effect: 'warn'; code: Code; cite: CitationId; params?: MessageParams } = { effect: 'warn', code, cite };
  if (params !== undefined) finding.params = params;
  return finding;
}

export function recourse<Code extends string>(code: Code, cite: CitationId, requirement: string, params?: MessageParams): Finding<Code> {
  const finding: { effect: 'recourse'; code: Code; cite: CitationId; requirement: string; params?: MessageParams } = {
    effect: 'recourse',
    code,
    cite,
    requirement,
  };
  if (params !== undefined) finding.params = params;
  return finding;
}

/** Nothing to conclude (an empty list, so it is a list of findings of any code). */
export const SILENT: readonly Finding<never>[] = [];
