import type { Lang } from '../index';

/**
 * The desk page's own words (the form, the buttons, the headings), in the two languages of the
 * library. Decisions bring their own text: reasons, counterfactuals and warnings are rendered from
 * the messages the decision carries, citations with `citationText`, fault and item names from the
 * law's tables, so the page says nothing about the law itself.
 */
export interface DeskWords {
  readonly title: string;
  readonly subtitle: string;
  readonly langSwitch: string;
  readonly sections: Readonly<Record<'claim' | 'item' | 'sale' | 'proof' | 'fault' | 'condition' | 'history' | 'stock' | 'shop', string>>;
  readonly fields: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly buttons: Readonly<Record<'load' | 'save' | 'print' | 'reset' | 'removeRow', string>> & { readonly add: Readonly<Record<'repair' | 'exchange' | 'offer', string>> };
  readonly out: Readonly<
    Record<
      | 'decision'
      | 'verdict'
      | 'provisional'
      | 'final'
      | 'remedies'
      | 'remedy'
      | 'amount'
      | 'performedBy'
      | 'shipping'
      | 'cites'
      | 'reasons'
      | 'dates'
      | 'timeline'
      | 'missing'
      | 'changes'
      | 'warnings'
      | 'floor'
      | 'recourse'
      | 'obligations'
      | 'invalid'
      | 'none'
      | 'onlyIf'
      | 'otherModel'
      | 'depreciation'
      | 'profile'
      | 'engine'
      | 'wouldGive'
      | 'item'
      | 'bought'
      | 'price'
      | 'loadError',
      string
    >
  >;
  readonly dates: Readonly<Record<string, string>>;
  readonly yuanError: string;
  readonly numberError: string;
  /** A row's legend, `{n}` its number. */
  readonly rows: Readonly<Record<'repair' | 'exchange' | 'offer', string>>;
  readonly datePlaceholder: string;
  readonly pickDate: string;
  readonly shopNote: string;
  readonly shopVerdictMissing: string;
  /** The check of the shop's decision, as `sanbao check` reports it. */
  readonly check: Readonly<Record<'title' | 'meets' | 'below' | 'short' | 'more' | 'offered' | 'invalid' | 'provisional', string>>;
  /** Why a file was not opened; `{…}` are filled in. */
  readonly refuse: Readonly<Record<'tooLarge' | 'notJson' | 'notObject' | 'tooManyRows' | 'unknownPolicy', string>>;
  /** The fault table's rows, named before an accessory's fault (the table lists them by item). */
  readonly faultRows: Readonly<Record<'charger' | 'battery' | 'wired-headset' | 'card', string>>;
}

const zhCN: DeskWords = {
  title: '手机三包 服务台',
  subtitle: '按国家三包规定即时给出处理意见：退货、换货、修理，每条理由注明依据条款。离线使用，不联网。',
  langSwitch: 'English',
  sections: { claim: '申请', item: '商品', sale: '购买', proof: '凭证', fault: '故障', condition: '检测与外观', history: '维修与换货记录', stock: '库存', shop: '商家的处理（核对用）' },
  fields: {
    claimDate: '申请日期',
    request: '消费者要求',
    policy: '适用的三包政策',
    'item.kind': '商品种类',
    'item.brand': '品牌',
    'item.model': '型号',
    'item.imei': '机身IMEI',
    'item.boughtWith': '附件购买方式',
    'item.standaloneFen': '附件单独售价（元）',
    'sale.date': '购买（开票）日期',
    'sale.deliveredDate': '交付（签收）日期',
    'sale.channel': '购买渠道',
    'sale.priceFen': '发票价格（元）',
    'sale.paidFen': '实付金额（元）',
    'sale.carrierContract': '合约机',
    'sale.noReasonExclusionConfirmed': '下单时已确认“激活后不退”',
    'proof.invoice': '发票',
    'proof.invoiceImei': '发票上的IMEI',
    'proof.warrantyCard': '三包凭证',
    'proof.warrantyCardImei': '三包凭证上的IMEI',
    'proof.otherDateProof': '其他购买日期证明',
    'fault.inspection': '检测结论',
    'fault.codes': '性能故障（性能故障表）',
    'fault.cause': '故障原因',
    'fault.batteryCapacityPct': '电池实测容量（额定的%）',
    'condition.liquid': '进液',
    'condition.impact': '摔、压等外力损坏',
    'condition.unauthorizedOpening': '私自拆修',
    'condition.forceMajeure': '不可抗力造成损坏',
    'condition.cosmeticWear': '仅外观磨损',
    'condition.labelsIntact': '标签、封条完好',
    'condition.activated': '已激活',
    'condition.activationDate': '激活日期',
    'condition.accessoriesComplete': '配件齐全',
    'condition.giftsMissingFen': '未退回赠品价值（元）',
    'history.repairs': '修理记录',
    'repair.handedIn': '送修日期',
    'repair.returned': '取回日期（未取回留空）',
    'repair.faultCodes': '修理的故障',
    'repair.delayCause': '超时原因',
    'repair.fixed': '是否修好',
    'history.exchanges': '已换货',
    'exchange.date': '换货日期',
    'history.replacements': '附件已更换次数',
    'stock.sameModelAvailable': '有同型号同规格的货',
    'stock.consumerAcceptsOtherModel': '消费者接受其他型号',
    id: '案件编号',
    'shop.verdict': '商家给的处理',
    'shop.terms.amountFen': '退款金额或收费金额（元）',
    'shop.terms.route': '退货途径',
    'shop.terms.shippingPaidBy': '运费由谁承担',
    'shop.terms.otherModel': '换的是其他型号',
    'shop.terms.conditional': '附条件（消费者不要换货时才退）',
    'shop.offers': '商家另外提供的补救',
    'offer.type': '补救',
    'offer.amountFen': '金额（元）',
    'offer.route': '退货途径',
    'offer.shippingPaidBy': '运费由谁承担',
    'offer.otherModel': '其他型号',
    'offer.conditional': '附条件',
  },
  options: {
    request: { best: '最有利的补救', refund: '退货', exchange: '换货', repair: '修理', 'no-reason-return': '七日无理由退货' },
    channel: { store: '门店', online: '网购', tv: '电视购物', phone: '电话购物', mail: '邮购' },
    invoice: { original: '原始发票', electronic: '电子发票', copy: '发票底联或复印件', none: '无发票' },
    card: { complete: '完整', incomplete: '不完整', altered: '有涂改', none: '无' },
    otherDateProof: { none: '无', 'order-record': '订单记录', 'carrier-record': '运营商记录' },
    inspection: { confirmed: '确认故障', 'not-found': '未发现故障', pending: '检测中' },
    cause: { product: '产品本身', network: '网络因素', 'sim-data': '手机卡数据', unknown: '不明' },
    finding: { none: '未发现', found: '已发现', disputed: '已发现，消费者有异议' },
    boughtWith: { handset: '随主机', separately: '单独购买' },
    delayCause: { none: '无', repairer: '修理者自身原因', parts: '等待零配件' },
    fixed: { '': '未记录', true: '已修好', false: '未修好' },
    party: { seller: '销售者', repairer: '修理者', consumer: '消费者' },
    verdict: { refund: '退货', exchange: '换货', 'free-repair': '免费修理', 'paid-repair': '收费修理', 'no-remedy': '无补救' },
    route: { sanbao: '三包', 'no-reason': '七日无理由' },
    shopVerdict: { '': '未录入（不核对）', refund: '退货', exchange: '换货', 'free-repair': '免费修理', 'paid-repair': '收费修理', 'no-remedy': '不予处理' },
    shopRoute: { '': '未记录', sanbao: '三包退货', 'no-reason': '七日无理由退货' },
    shopParty: { '': '未记录', seller: '销售者', repairer: '修理者', consumer: '消费者' },
  },
  buttons: {
    load: '打开申请（JSON）',
    save: '保存申请（JSON）',
    print: '打印给消费者',
    reset: '清空',
    removeRow: '删除此行',
    add: { repair: '添加修理记录', exchange: '添加换货记录', offer: '添加商家提供的补救' },
  },
  out: {
    decision: '处理意见',
    verdict: '结论',
    provisional: '暂定',
    final: '确定',
    remedies: '消费者可选择的补救',
    remedy: '补救',
    amount: '金额',
    performedBy: '办理方',
    shipping: '运费承担',
    cites: '依据',
    reasons: '理由',
    dates: '关键日期',
    timeline: '时间线',
    missing: '尚缺的事实',
    changes: '什么会改变结论',
    warnings: '提示',
    floor: '政策低于法定标准之处',
    recourse: '追偿',
    obligations: '其他义务',
    invalid: '请更正以下内容：',
    none: '无',
    onlyIf: '仅在消费者不要换货时',
    otherModel: '其他型号',
    depreciation: '折旧',
    profile: '政策',
    engine: '引擎',
    wouldGive: '可得',
    item: '商品',
    bought: '购买日期',
    price: '发票价格',
    loadError: '无法读取该文件：',
  },
  dates: {
    claimDate: '申请日期',
    periodStart: '三包期间起算日',
    refundUntil: '退货期最后一日',
    exchangeUntil: '换货期最后一日',
    warrantyUntil: '三包有效期最后一日',
    noReasonUntil: '无理由退货最后一日',
    lastExchange: '最近一次换货',
  },
  yuanError: '请输入金额（元），最多两位小数，如 3999.00、¥2,599、2599元',
  numberError: '请输入数字',
  rows: { repair: '第{n}次修理', exchange: '第{n}次换货', offer: '另外提供的补救{n}' },
  datePlaceholder: '如 2026-12-07、2026/12/7、2026年12月7日',
  pickDate: '从日历选择',
  shopNote: '如需核对商家已作出的处理是否达到法定标准，选择商家给的处理并填写金额与条件；未录入则不核对。',
  shopVerdictMissing: '请选择商家给的处理',
  check: {
    title: '核对商家的处理',
    meets: '符合法定标准',
    below: '低于法定标准',
    short: '应得而未给',
    more: '商家多给（可以）',
    offered: '商家的处理',
    invalid: '商家的处理有误，无法核对：',
    provisional: '应得的补救为暂定结论。',
  },
  refuse: {
    tooLarge: '文件过大（{size}字节，最多{most}字节），未打开。',
    notJson: '文件不是有效的JSON，未打开：',
    notObject: '文件应为一个申请（JSON对象），或含 claim 的记录，未打开。',
    tooManyRows: '{what}有{count}条，超过格式允许的最多{most}条，未打开。',
    unknownPolicy: '文件指定的三包政策“{id}”不在本页的政策中，未打开。可用的政策：{known}。',
  },
  faultRows: { charger: '充电器', battery: '电池', 'wired-headset': '有线耳机', card: '卡类' },
};

const en: DeskWords = {
  title: 'Phone 三包 desk',
  subtitle: 'What the national 三包 rules give on a claim — refund, exchange or repair — with the article behind every reason. Works offline.',
  langSwitch: '中文',
  sections: { claim: 'Claim', item: 'Item', sale: 'Purchase', proof: 'Proof', fault: 'Fault', condition: 'Inspection and condition', history: 'Repairs and exchanges', stock: 'Stock', shop: "The shop's decision (to check)" },
  fields: {
    claimDate: 'Claim date',
    request: 'The consumer asks for',
    policy: 'Policy',
    'item.kind': 'Item',
    'item.brand': 'Brand',
    'item.model': 'Model',
    'item.imei': 'IMEI on the phone',
    'item.boughtWith': 'Accessory bought',
    'item.standaloneFen': 'Accessory sold alone for (yuan)',
    'sale.date': 'Sale (invoice) date',
    'sale.deliveredDate': 'Delivery (sign-for) date',
    'sale.channel': 'Channel',
    'sale.priceFen': 'Invoice price (yuan)',
    'sale.paidFen': 'Amount paid (yuan)',
    'sale.carrierContract': 'Carrier contract phone',
    'sale.noReasonExclusionConfirmed': 'Buyer confirmed "no return once activated" at checkout',
    'proof.invoice': 'Invoice',
    'proof.invoiceImei': 'IMEI on the invoice',
    'proof.warrantyCard': '三包 card',
    'proof.warrantyCardImei': 'IMEI on the 三包 card',
    'proof.otherDateProof': 'Other proof of the sale date',
    'fault.inspection': 'Inspection',
    'fault.codes': 'Performance faults (fault table)',
    'fault.cause': 'Cause',
    'fault.batteryCapacityPct': 'Battery capacity measured (% of rated)',
    'condition.liquid': 'Liquid',
    'condition.impact': 'Impact damage',
    'condition.unauthorizedOpening': 'Opened by an unauthorised repairer',
    'condition.forceMajeure': 'Damaged by force majeure',
    'condition.cosmeticWear': 'Cosmetic wear only',
    'condition.labelsIntact': 'Labels and seals intact',
    'condition.activated': 'Activated',
    'condition.activationDate': 'Activation date',
    'condition.accessoriesComplete': 'Accessories complete',
    'condition.giftsMissingFen': 'Gifts not returned, worth (yuan)',
    'history.repairs': 'Repairs',
    'repair.handedIn': 'Handed in',
    'repair.returned': 'Returned (blank while in repair)',
    'repair.faultCodes': 'Faults repaired',
    'repair.delayCause': 'Cause of delay',
    'repair.fixed': 'Fixed',
    'history.exchanges': 'Exchanges',
    'exchange.date': 'Exchange date',
    'history.replacements': 'Accessory replacements so far',
    'stock.sameModelAvailable': 'Same model in stock',
    'stock.consumerAcceptsOtherModel': 'Consumer accepts another model',
    id: 'Case reference',
    'shop.verdict': 'The shop gave',
    'shop.terms.amountFen': 'Refunded or charged (yuan)',
    'shop.terms.route': 'Refund route',
    'shop.terms.shippingPaidBy': 'Transport paid by',
    'shop.terms.otherModel': 'Exchanged for another model',
    'shop.terms.conditional': 'On a condition (refund only if the consumer declines an exchange)',
    'shop.offers': 'Other remedies the shop offered',
    'offer.type': 'Remedy',
    'offer.amountFen': 'Amount (yuan)',
    'offer.route': 'Refund route',
    'offer.shippingPaidBy': 'Transport paid by',
    'offer.otherModel': 'Another model',
    'offer.conditional': 'On a condition',
  },
  options: {
    request: { best: 'the best remedy', refund: 'a refund', exchange: 'an exchange', repair: 'a repair', 'no-reason-return': 'a 7-day no-reason return' },
    channel: { store: 'store', online: 'online', tv: 'TV shopping', phone: 'phone order', mail: 'mail order' },
    invoice: { original: 'original invoice', electronic: 'electronic invoice', copy: 'copy or counterfoil', none: 'none' },
    card: { complete: 'complete', incomplete: 'incomplete', altered: 'altered', none: 'none' },
    otherDateProof: { none: 'none', 'order-record': 'order record', 'carrier-record': 'carrier record' },
    inspection: { confirmed: 'fault confirmed', 'not-found': 'no fault found', pending: 'pending' },
    cause: { product: 'the product', network: 'the network', 'sim-data': 'SIM card data', unknown: 'unknown' },
    finding: { none: 'none', found: 'found', disputed: 'found, disputed by the consumer' },
    boughtWith: { handset: 'with the phone', separately: 'separately' },
    delayCause: { none: 'none', repairer: "the repairer's own", parts: 'waiting for parts' },
    fixed: { '': 'not recorded', true: 'yes', false: 'no' },
    party: { seller: 'seller', repairer: 'repairer', consumer: 'consumer' },
    verdict: { refund: 'Refund', exchange: 'Exchange', 'free-repair': 'Free repair', 'paid-repair': 'Paid repair', 'no-remedy': 'No remedy' },
    route: { sanbao: '三包', 'no-reason': '7-day no-reason' },
    shopVerdict: { '': 'not entered (no check)', refund: 'Refund', exchange: 'Exchange', 'free-repair': 'Free repair', 'paid-repair': 'Paid repair', 'no-remedy': 'Nothing' },
    shopRoute: { '': 'not recorded', sanbao: '三包 refund', 'no-reason': '7-day no-reason return' },
    shopParty: { '': 'not recorded', seller: 'seller', repairer: 'repairer', consumer: 'consumer' },
  },
  buttons: {
    load: 'Open claim (JSON)',
    save: 'Save claim (JSON)',
    print: 'Print for the consumer',
    reset: 'Clear',
    removeRow: 'Remove this row',
    add: { repair: 'Add a repair', exchange: 'Add an exchange', offer: 'Add a remedy the shop offered' },
  },
  out: {
    decision: 'Decision',
    verdict: 'Verdict',
    provisional: 'provisional',
    final: 'final',
    remedies: 'Remedies the consumer may choose',
    remedy: 'Remedy',
    amount: 'Amount',
    performedBy: 'Performed by',
    shipping: 'Transport paid by',
    cites: 'Article',
    reasons: 'Reasons',
    dates: 'Key dates',
    timeline: 'Timeline',
    missing: 'Facts still missing',
    changes: 'What would change the outcome',
    warnings: 'Warnings',
    floor: 'Where the policy gives less than the law',
    recourse: 'Recourse',
    obligations: 'Other obligations',
    invalid: 'Please correct:',
    none: 'none',
    onlyIf: 'only if the consumer declines the exchange',
    otherModel: 'another model',
    depreciation: 'depreciation',
    profile: 'Policy',
    engine: 'Engine',
    wouldGive: 'would give',
    item: 'Item',
    bought: 'Bought',
    price: 'Invoice price',
    loadError: 'Could not read the file: ',
  },
  dates: {
    claimDate: 'Claim date',
    periodStart: 'Periods start',
    refundUntil: 'Last day for a refund',
    exchangeUntil: 'Last day for an exchange',
    warrantyUntil: 'Last day of the 三包 period',
    noReasonUntil: 'Last day for a no-reason return',
    lastExchange: 'Latest exchange',
  },
  yuanError: 'Enter an amount in yuan with at most two decimals, e.g. 3999.00, ¥2,599 or 2599元',
  numberError: 'Enter a number',
  rows: { repair: 'Repair {n}', exchange: 'Exchange {n}', offer: 'Other remedy {n}' },
  datePlaceholder: 'e.g. 2026-12-07, 2026/12/7, 2026年12月7日',
  pickDate: 'pick from a calendar',
  shopNote: "To check a decision the shop has made against the statutory floor, choose what it gave and enter the amount and terms; left empty, nothing is checked.",
  shopVerdictMissing: 'Choose what the shop gave',
  check: {
    title: "Check of the shop's decision",
    meets: 'meets the floor',
    below: 'BELOW the floor',
    short: 'Owed and not offered',
    more: 'Where the shop gave more (allowed)',
    offered: 'The shop gave',
    invalid: "The shop's decision cannot be checked: ",
    provisional: 'What was owed is provisional.',
  },
  refuse: {
    tooLarge: 'The file is too large ({size} bytes, at most {most}); not opened.',
    notJson: 'The file is not valid JSON; not opened: ',
    notObject: 'The file should hold one claim (a JSON object) or a record with a claim; not opened.',
    tooManyRows: '{what}: {count}, more than the {most} the format allows; not opened.',
    unknownPolicy: 'The file names the policy "{id}", which this page does not have; not opened. Policies: {known}.',
  },
  faultRows: { charger: 'charger', battery: 'battery', 'wired-headset': 'wired headset', card: 'card' },
};

export const DESK_WORDS: Readonly<Record<Lang, DeskWords>> = { 'zh-CN': zhCN, en };
