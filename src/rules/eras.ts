import type { Era } from '../engine/define-rule';
import type { Basis } from '../engine/types';
import type { CitationId } from '../law/citations';
import { IN_FORCE } from '../law/key-dates';

/**
 * The eras the national rules are built from: a rule's basis is a few of these layers, and its
 * versions fall out of their boundaries (see `defineRule`).
 */

/** MP2001, in force for sales from 2001-11-15. */
export const mp2001 = (...cites: CitationId[]): Era[] => [{ from: IN_FORCE.mp2001, tag: 'mp2001', cites }];

/** The 2013 消费者权益保护法, for sales (or receipts) from 2014-03-15. */
export const cpl2013 = (...cites: CitationId[]): Era[] => [{ from: IN_FORCE.cpl2013, tag: 'cpl2013', cites }];

/** The 2017 no-reason measures, for sales from 2017-03-15. */
export const nr2017 = (...cites: CitationId[]): Era[] => [{ from: IN_FORCE.nr2017, tag: 'nr2017', cites }];

/** The SPC 2022 interpretation, for sales from 2022-03-15. */
export const spc2022 = (...cites: CitationId[]): Era[] => [{ from: IN_FORCE.spc2022, tag: 'spc2022', cites }];

/** The 2024 实施条例, for sales from 2024-07-01. */
export const cplr2024 = (...cites: CitationId[]): Era[] => [{ from: IN_FORCE.cplr2024, tag: 'cplr2024', cites }];

/**
 * The law that counts periods, by era: 民法通则 Art. 154 until 2017-09-30, 民法总则 Arts. 201–203
 * to 2020-12-31, 民法典 Arts. 201–203 since.
 */
export const countingLaw = (...articles: (201 | 202 | 203)[]): Era[] => [
  { from: IN_FORCE.mp2001, tag: 'gpcl1986', cites: ['gpcl1986:art154'] },
  { from: IN_FORCE.gpcl2017, tag: 'gpcl2017', cites: articles.map((n) => `gpcl2017:art${n}` as const) },
  { from: IN_FORCE.cc2020, tag: 'cc2020', cites: articles.map((n) => `cc2020:art${n}` as const) },
];

/** Each counting article under 民法总则 and under 民法典, the successors of 民法通则 Art. 154. */
const COUNTING_ARTICLES = {
  201: { gpcl2017: 'gpcl2017:art201', cc2020: 'cc2020:art201' },
  202: { gpcl2017: 'gpcl2017:art202', cc2020: 'cc2020:art202' },
  203: { gpcl2017: 'gpcl2017:art203', cc2020: 'cc2020:art203' },
} as const satisfies Record<201 | 202 | 203, Record<'gpcl2017' | 'cc2020', CitationId>>;

/**
 * The counting article a rule version rests on for Art. 201, 202 or 203 of the law in force, as its
 * {@link countingLaw} layer gives it: 民法典's, 民法总则's, or before 2017-10-01 民法通则 Art. 154
 * (`before`, when the rule cites another text for a point 民法通则 did not make). The date never
 * enters: the version's eras decide (test/rules/eras.test.ts goes through each).
 */
export function countingCite(basis: Basis, article: 201 | 202 | 203, before: CitationId = 'gpcl1986:art154'): CitationId {
  const successors = COUNTING_ARTICLES[article];
  return basis.newest(before, successors.gpcl2017, successors.cc2020);
}

/**
 * The national trade-in subsidy programmes (以旧换新 / 购新补贴), by sale date: the 2025 plan from
 * 2025-01-20, the 2026 notice for 2026; after that, none the registry knows (a subsidy then rests
 * on the implementing regulations alone).
 */
export const tradeInProgrammes = (): Era[] => [
  { from: '2025-01-20', tag: 'tradein2025', cites: ['tradein2025'] },
  { from: '2026-01-01', tag: 'tradein2026', cites: ['tradein2026'] },
  { from: '2027-01-01', tag: 'after-tradein2026', cites: [] },
];
