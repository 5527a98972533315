import { IN_FORCE } from '../../law/key-dates';
import type { CitationId } from '../../law/citations';
import type { PolicyClause } from '../policy';

/** A clause of a profile's source: its label and what it says, in both languages, and how sure we are of it. */
export const clause = (labelZh: string, labelEn: string, textZh: string, textEn: string, confidence: PolicyClause['confidence']): PolicyClause => ({
  label: { 'zh-CN': labelZh, en: labelEn },
  text: { 'zh-CN': textZh, en: textEn },
  confidence,
});

/** The one era a profile's own rule rests on: the profile's clauses, for every sale the rule covers. */
export const profileEra = (tag: string, ...cites: CitationId[]) => [{ from: IN_FORCE.mp2001, tag, cites }];
