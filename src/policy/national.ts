import { SILENT } from '../engine/findings';
import { catalogue, DEPRECIATION_PER_DAY, ITEM_KINDS } from '../law/catalogue';
import { citationBases } from '../law/citations';
import { IN_FORCE } from '../law/key-dates';
import { FAULT_CODES, performanceFaults } from '../law/performance-faults';
import { restDayCalendar } from '../law/rest-day-calendar';
import { REGISTRY_LAST_CHECKED, sources } from '../law/sources';
import { trustRules } from '../engine/run';
import { deepFreeze } from './deep-freeze';
import { vouchFor } from './usable-policy';
import { nationalRules } from '../rules';
import { NATIONAL_FLOOR } from '../rules/national-floor';
import { nationalParameters } from './national-parameters';
import type { Policy } from './policy';

/**
 * `cn-national`: the statutory floor, MP2001 and the laws around it, as they stood at each sale.
 * It and every piece of statutory data the library exports are frozen here, where the floor is
 * defined, so that nothing in a process can lower the floor after the library is loaded.
 */
export const nationalPolicy: Policy = deepFreeze({
  id: NATIONAL_FLOOR.id,
  title: NATIONAL_FLOOR.title,
  source: { title: '移动电话机商品修理更换退货责任规定 (2001) and the consumer laws around it; see docs/rules.md', name: { 'zh-CN': '《移动电话机商品修理更换退货责任规定》（2001年）及相关消费者权益保护法律', en: 'the 2001 mobile-phone 三包 rule and the consumer laws around it' } },
  asOf: REGISTRY_LAST_CHECKED,
  confidence: 'statute',
  parameters: nationalParameters,
  rules: nationalRules,
  clauses: {},
});

vouchFor(nationalPolicy);
trustRules(nationalRules);
deepFreeze([SILENT, catalogue, DEPRECIATION_PER_DAY, ITEM_KINDS, citationBases, IN_FORCE, FAULT_CODES, performanceFaults, restDayCalendar, sources]);
