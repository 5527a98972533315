import type { Text } from '../law/sources';
import type { FloorGap } from '../policy/audit';
import type { Policy } from '../policy/policy';
import { citationText } from './citation-text';
import { bilingual } from './messages';
import { valueWords } from './parameter-words';

/** A profile's clause and the prevailing statute, as a reader knows them, in both languages. */
function citedWords(clause: string, cited: readonly string[], policy: Policy): Record<string, string> {
  return {
    'clause:zh-CN': citationText(clause, 'zh-CN', policy),
    'clause:en': citationText(clause, 'en', policy),
    'prevails:zh-CN': cited.map((id) => citationText(id, 'zh-CN')).join('、'),
    'prevails:en': cited.map((id) => citationText(id, 'en')).join('; '),
  };
}

/**
 * A floor audit's finding in words, in both languages: the parameter's value against the floor's
 * (each said in the parameter's unit) and from which sale date, or the declared term or rule that
 * gives less; the profile's clause; the statute that prevails.
 */
export function gapMessage(gap: FloorGap, policy: Policy): Text {
  const cited = citedWords(gap.clause, gap.prevails, policy);
  const words = gap.words;
  switch (words.kind) {
    case 'parameter':
      return bilingual('audit.parameter', {
        'parameter:zh-CN': gap.subject['zh-CN'],
        'parameter:en': gap.subject.en,
        'profileValue:zh-CN': valueWords(words.unit, words.profileValue, words.floorValue, 'zh-CN'),
        'profileValue:en': valueWords(words.unit, words.profileValue, words.floorValue, 'en'),
        'floorValue:zh-CN': valueWords(words.unit, words.floorValue, words.profileValue, 'zh-CN'),
        'floorValue:en': valueWords(words.unit, words.floorValue, words.profileValue, 'en'),
        from: gap.from,
        ...cited,
      });
    case 'list-price':
      return bilingual('audit.list-price', cited);
    case 'exclusion':
      return bilingual('audit.exclusion', { 'exclusion:zh-CN': gap.subject['zh-CN'], 'exclusion:en': gap.subject.en, ...cited });
    case 'rule':
      return bilingual('audit.rule', { 'rule:zh-CN': gap.subject['zh-CN'], 'rule:en': gap.subject.en, ...cited });
  }
}
