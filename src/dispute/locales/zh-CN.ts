import type { DisputeLocale } from './codes';

/** 争议核对的中文表述：写给店长、消协工作人员看，点明差在哪里、依据哪一条。 */
export const zhCN: DisputeLocale = {
  messages: {
    'check.meets': '商家的处理（{offered}）不低于法定标准（应给：{owed}）。',
    'check.below': '商家的处理（{offered}）低于法定标准：消费者应得{owed}。',
    'check.provisional': '应得的补救以检测结论或举证为前提，为暂定结论。',
    'shortfall.not-offered': '应给{remedy}，商家未提供（{cite}）。',
    'shortfall.amount': '{remedy}应为{owedFen}，商家只给{offeredFen}，少{shortFen}（{cite}）。',
    'shortfall.amount-declined': '{remedy}在消费者不选择换货时应退{owedFen}（价款扣除折旧费{depreciationFen}），商家只退{offeredFen}，少{shortFen}（{cite}）。',
    'shortfall.amount-instead': '以{remedy}代替应给的{owed}，至少应退还价款{owedFen}，商家只退{offeredFen}，少{shortFen}（{cite}）。',
    'shortfall.shipping': '{remedy}的运输等费用应由{owedParty}承担，商家要求{offeredParty}承担（{cite}）。',
    'shortfall.condition': '{remedy}不应附加条件，商家附加了条件（{cite}）。',
    'shortfall.other-model': '{remedy}应为同型号，商家只给其他型号（{cite}）。',
    'shortfall.condition-instead': '以{remedy}代替应给的{owed}，不得附加条件，商家附加了条件（{cite}）。',
    'shortfall.shipping-instead': '以{remedy}代替应给的{owed}，运输等费用应由销售者承担，商家要求消费者承担（{cite}）。',
    'shortfall.other-model-instead': '以{remedy}代替应给的{owed}，应为同型号，商家只给其他型号（{cite}）。',
    'more.stronger': '商家给了{remedy}，法定只需{owed}，超过法定标准（可以）。',
    'more.not-owed': '商家另外提供了法律未要求的{remedy}（可以）。',
    'more.amount': '{remedy}金额{offeredFen}，高于法定的{owedFen}（可以）。',
    'more.shipping': '{remedy}的运费由商家承担，法律未要求（可以）。',
    'engine.different': '记录的决定来自另一版本的引擎（{recorded}），与本次核对所用引擎（{current}）不同；如有争议，应以原引擎重算。',
    'engine.same': '记录的决定与本次核对使用同一引擎（{current}）。',
    'engine.unknown': '记录的决定未注明引擎版本。',
    'words.remedy-amount': '{remedy}并退款{fen}',
    'words.owed-or-declined': '{owed}，或在消费者不选择换货时{instead}（价款扣除折旧费{depreciationFen}，{cite}）',
  },
  verdict: { refund: '退货', exchange: '换货', 'free-repair': '免费修理', 'paid-repair': '收费修理', 'no-remedy': '无补救' },
  party: { seller: '销售者', repairer: '修理者', consumer: '消费者' },
};
