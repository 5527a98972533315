import type { CitationId } from '../law/citations';
import type { DenyTarget, Finding, MessageParams, MissingHint, Obligation, RemedyGrant } from './types';

/**
 * Constructors for findings, so that a rule reads as what it concludes:
 * `grant('window.refund', 'mp2001:art11', [refund, exchange], { day })`. (Built field by field:
 * they are made for every claim, so they avoid spreading temporary objects.)
 */

export function grant(code: string, cite: CitationId, grants: readonly RemedyGrant[], params?: MessageParams): Finding {
  const finding: { effect: 'grant'; code: string; cite: CitationId; grants: readonly RemedyGrant[]; params?: MessageParams } = {
    effect: 'grant',
    code,
    cite,
    grants,
  };
  if (params !== undefined) finding.params = params;
  return finding;
}

export function deny(code: string, cite: CitationId, targets: readonly DenyTarget[], params?: MessageParams, missing?: MissingHint): Finding {
  const finding: { effect: 'deny'; code: string; cite: CitationId; targets: readonly DenyTarget[]; params?: MessageParams; missing?: MissingHint } = {
    effect: 'deny',
    code,
    cite,
    targets,
  };
  if (params !== undefined) finding.params = params;
  if (missing !== undefined) finding.missing = missing;
  return finding;
}

export function requireFact(code: string, cite: CitationId, fact: string, params?: MessageParams): Finding {
  const finding: { effect: 'require'; code: string; cite: CitationId; fact: string; params?: MessageParams } = { effect: 'require', code, cite, fact };
  if (params !== undefined) finding.params = params;
  return finding;
}

export function note(code: string, cite: CitationId, params?: MessageParams, extra?: { obligation?: Obligation; missing?: MissingHint }): Finding {
  const finding: { effect: 'note'; code: string; cite: CitationId; params?: MessageParams; obligation?: Obligation; missing?: MissingHint } = {
    effect: 'note',
    code,
    cite,
  };
  if (params !== undefined) finding.params = params;
  if (extra?.obligation !== undefined) finding.obligation = extra.obligation;
  if (extra?.missing !== undefined) finding.missing = extra.missing;
  return finding;
}

export function warn(code: string, cite: CitationId, params?: MessageParams): Finding {
  const finding: { effect: 'warn'; code: string; cite: CitationId; params?: MessageParams } = { effect: 'warn', code, cite };
  if (params !== undefined) finding.params = params;
  return finding;
}

export function recourse(code: string, cite: CitationId, requirement: string, params?: MessageParams): Finding {
  const finding: { effect: 'recourse'; code: string; cite: CitationId; requirement: string; params?: MessageParams } = {
    effect: 'recourse',
    code,
    cite,
    requirement,
  };
  if (params !== undefined) finding.params = params;
  return finding;
}

/** Nothing to conclude. */
export const SILENT: readonly Finding[] = [];
