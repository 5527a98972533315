import type { Text } from '../law/sources';

/**
 * The statutory floor's id and title: the profile made of the national rules
 * (`nationalPolicy`, src/policy/national.ts) goes by them, and a report names the floor by them
 * without reaching for the profile.
 *
 * @example
 * NATIONAL_FLOOR.id //=> 'cn-national'
 */
export const NATIONAL_FLOOR: { readonly id: 'cn-national'; readonly title: Text } = Object.freeze({
  id: 'cn-national',
  title: Object.freeze({ 'zh-CN': '国家三包规定（法定最低标准）', en: 'National 三包 rules (the statutory floor)' }),
});
