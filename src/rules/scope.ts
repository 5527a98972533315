import { nationalRule } from './national-rule';
import { deny } from '../engine/findings';
import { catalogue } from '../law/catalogue';
import { mp2001 } from './eras';

/**
 * **Appendix 1 lists what 三包 covers.** An item it lacks (a data cable) has no 三包 period under
 * the national rule; rather than invent one, the decision says so. Its quality claims go by the
 * maker's or seller's own promise or the general quality rules, outside this decision.
 */
export const notInCatalogue = nationalRule({
  id: 'scope.not-in-catalogue',
  describes: {
    'zh-CN': '附录1未列入的商品（如数据线）不适用三包规定。',
    en: 'An item Appendix 1 does not list (such as a data cable) has no 三包 period.',
  },
  interpretations: ['I16'],
  basis: [mp2001('mp2001:appendix1')],
  appliesTo: ({ facts }) => facts.item.periodMonths === null,
  run: ({ claim }) => [
    deny('scope.not-in-catalogue', 'mp2001:appendix1', ['all-sanbao'], {
      'item:zh-CN': catalogue[claim.item.kind].name['zh-CN'],
      'item:en': catalogue[claim.item.kind].name.en,
    }),
  ],
});
