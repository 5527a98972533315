import { REGISTRY_LAST_CHECKED } from '../law/sources';
import { nationalRules } from '../rules';
import { nationalParameters } from './national-parameters';
import type { Policy } from './policy';

/** `cn-national`: the statutory floor, MP2001 and the laws around it, as they stood at each sale. */
export const nationalPolicy: Policy = {
  id: 'cn-national',
  title: { 'zh-CN': '国家三包规定（法定最低标准）', en: 'National 三包 rules (the statutory floor)' },
  source: { title: '移动电话机商品修理更换退货责任规定 (2001) and the consumer laws around it; see docs/rules.md' },
  asOf: REGISTRY_LAST_CHECKED,
  confidence: 'statute',
  parameters: nationalParameters,
  rules: nationalRules,
  clauses: {},
};
