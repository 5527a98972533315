import type { Reason } from '../claim/decision';
import type { Evaluation } from '../engine/evaluate';
import type { Policy } from '../policy/policy';
import type { ParameterUnit } from '../rules/declare-parameter';
import { type ParameterName, parameterDeclarations } from '../rules/national-parameters';
import { citationText } from './citation-text';
import { bilingual } from './messages';
import { valueWords } from './parameter-words';

/**
 * The reasons that say which of the profile's clauses the law set aside on this claim's dates with
 * no floor conflict to say so (issue 18: where the floor prevails, the decision says once which
 * clause was set aside and why; the merge's `setAside`), one a clause, in both languages: the
 * clause, the term it sets and its value, the law's value that stood, the statute that makes it
 * prevail; the dates are the law's. Rule `floor.set-aside`, code `floor.clause-set-aside`, citing
 * the first statute that prevails. None under the floor itself.
 */
export function setAsideReasons(evaluation: Evaluation, policy: Policy, cite: (id: string) => Reason['cite']): Reason[] {
  if (evaluation.setAside === undefined) return [];
  return evaluation.setAside.map(({ clause, parameter, profileValue, floorValue, prevails }) => {
    const declaration = parameterDeclarations[parameter as ParameterName];
    const unit = declaration.unit as ParameterUnit;
    return {
      rule: 'floor.set-aside',
      version: '1',
      effect: 'note',
      code: 'floor.clause-set-aside',
      cite: cite(prevails[0]!),
      message: bilingual('floor.clause-set-aside', {
        'clause:zh-CN': citationText(clause, 'zh-CN', policy),
        'clause:en': citationText(clause, 'en', policy),
        'parameter:zh-CN': declaration.describes['zh-CN'],
        'parameter:en': declaration.describes.en,
        'profileValue:zh-CN': valueWords(unit, profileValue, floorValue, 'zh-CN'),
        'profileValue:en': valueWords(unit, profileValue, floorValue, 'en'),
        'floorValue:zh-CN': valueWords(unit, floorValue, profileValue, 'zh-CN'),
        'floorValue:en': valueWords(unit, floorValue, profileValue, 'en'),
        'prevails:zh-CN': prevails.map((id) => citationText(id, 'zh-CN')).join('、'),
        'prevails:en': prevails.map((id) => citationText(id, 'en')).join('; '),
      }),
    };
  });
}
