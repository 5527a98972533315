import type { CitationId } from '../law/citations';
import type { DenyTarget, Finding, MessageParams, MissingHint, Obligation, RemedyGrant } from './types';

/**
 * Constructors for findings, so that a rule reads as what it concludes:
 * `grant('window.refund', 'mp2001:art11', [refund, exchange], { day })`.
 */

const withParams = (params: MessageParams | undefined) => (params === undefined ? {} : { params });

export const grant = (code: string, cite: CitationId, grants: readonly RemedyGrant[], params?: MessageParams): Finding => ({
  effect: 'grant',
  code,
  cite,
  grants,
  ...withParams(params),
});

export const deny = (
  code: string,
  cite: CitationId,
  targets: readonly DenyTarget[],
  params?: MessageParams,
  missing?: MissingHint,
): Finding => ({ effect: 'deny', code, cite, targets, ...withParams(params), ...(missing === undefined ? {} : { missing }) });

export const requireFact = (code: string, cite: CitationId, fact: string, params?: MessageParams): Finding => ({
  effect: 'require',
  code,
  cite,
  fact,
  ...withParams(params),
});

export const note = (
  code: string,
  cite: CitationId,
  params?: MessageParams,
  extra?: { obligation?: Obligation; missing?: MissingHint },
): Finding => ({
  effect: 'note',
  code,
  cite,
  ...withParams(params),
  ...(extra?.obligation === undefined ? {} : { obligation: extra.obligation }),
  ...(extra?.missing === undefined ? {} : { missing: extra.missing }),
});

export const warn = (code: string, cite: CitationId, params?: MessageParams): Finding => ({
  effect: 'warn',
  code,
  cite,
  ...withParams(params),
});

export const recourse = (code: string, cite: CitationId, requirement: string, params?: MessageParams): Finding => ({
  effect: 'recourse',
  code,
  cite,
  requirement,
  ...withParams(params),
});

/** Nothing to conclude. */
export const SILENT: readonly Finding[] = [];
