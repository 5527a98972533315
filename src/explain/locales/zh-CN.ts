import type { ReasonLocale } from '../reason-locale';
import type { MessageCode } from './en';
import { findingMessagesIn } from '../../rules/finding-codes';
import { FAULT_CODES, performanceFaults } from '../../law/performance-faults';
import { calendarYears } from './calendar-years';

/**
 * 理由的中文表述。`{name}` 为该项认定的参数；以 `Fen` 结尾的金额按元显示；`terms` 中列出的取值
 * 显示为对应的词语。写法以营业员能当面念给消费者听为准。国家规则各认定代码的表述与代码一同声明
 *（src/rules/findings/）；此处为措辞本身的表述（`cf.*`、`audit.*`、`floor.*`、`request.*`）。
 */
export const zhCN = {
  messages: {
    ...findingMessagesIn('zh-CN'),
    'audit.parameter': '{parameter}：本政策为{profileValue}，法定标准为{floorValue}（{from}起的销售）；{clause}低于法定标准，以法定标准为准（{prevails}）。',
    'audit.list-price': '按生产者公布的零售价格而非发票价格退款（{clause}）：低于法定标准，应按发票价格退款（{prevails}）。',
    'audit.exclusion': '法律未规定的除外情形——{exclusion}（{clause}）：不能排除性能故障应得的补救（{prevails}）。',
    'audit.rule': '本政策的规则可能剥夺法律给予的补救——{rule}（{clause}）；以法定标准为准（{prevails}）。',
    'floor.remedy-missing': '单按“{profile}”，不给予{remedy}（其结论为{verdict}）；国家规定给予该项补救，以法定标准为准（{prevails}），{clause}不予适用。',
    'floor.remedy-worse': '单按“{profile}”，{remedy}的条件较差（{terms}；其结论为{verdict}）；以国家规定的条件为准（{prevails}），{clause}不予适用。',
    'cf.claim-earlier': '如在{to}以前（而非{from}）提出，可得{verdict}（{cite}）。',
    'cf.claim-later-stronger': '如自{to}起提出（其他事实不变），可得{verdict}（{cite}）。',
    'cf.claim-later-weaker': '如过了最后一日、于{to}提出，只能{verdict}（{cite}）。',
    'cf.claim-later-none': '如过了最后一日、于{to}提出，则无可获补救（{cite}）。',
    'cf.proof-stronger': '如有{to}（而非{from}），可得{verdict}（{cite}）。',
    'cf.proof-weaker': '如只有{to}（而非{from}），只能{verdict}（{cite}）。',
    'cf.finding-stronger': '如{fact}为“{to}”而非“{from}”，可得{verdict}（{cite}）。',
    'cf.finding-weaker': '如{fact}为“{to}”而非“{from}”，只能{verdict}（{cite}）。',
    'cf.inspection': '如检测结果为{to}，结论为{verdict}（{cite}）。',
    'cf.request': '如消费者要求{to}（而非{from}），结论为{verdict}（{cite}）。',
    'cf.repair-record': '如维修记录中{fact}为{to}，可得{verdict}（{cite}）。',
    'cf.invoice-imei': '如发票注明本机IMEI（{to}），可得{verdict}（{cite}）。',
    'cf.stock-available-true': '如销售者有同型号同规格的手机，结论为{verdict}（{cite}）。',
    'cf.stock-available-false': '如销售者没有同型号同规格的手机，结论为{verdict}（{cite}）。',
    'cf.accepts-other-true': '如消费者同意调换其他型号，结论为{verdict}（{cite}）。',
    'cf.accepts-other-false': '如消费者不愿调换其他型号，结论为{verdict}（{cite}）。',
    'request.not-met': '消费者要求{request}，依本案事实不能成立，决定为{verdict}。',
    // 第18号问题的最后几项（一组）：节假日日历缺失可能改变的日期、本决定不给予的理由、不予适用的条款。
    'reason.date-provisional': '{date}（暂定：{years}年的节假日安排尚未收录）',
    'reason.date-provisional-years': '{date}（暂定：{years}年的节假日安排尚未收录）',
    'reason.not-given': '（本决定不给予{remedy}：另有理由排除。）',
    'reason.not-given-no-reason': '（本决定不给予无理由退货：另有理由排除。）',
    'floor.clause-set-aside': '{clause}关于{parameter}的约定不予适用：该条款为{profileValue}，法定标准为{floorValue}，对消费者更有利，以法定标准为准（{prevails}）；本决定中的日期按法定标准确定。',
  },
  terms: {
    story: { floor: '法定标准：', profile: '{profile}：' },
    fact: {
      ...calendarYears((year) => `${year}年的节假日安排`),
      'proof.invoice': '发票',
      'proof.warrantyCard': '三包凭证',
      'proof.invoiceImei': '发票上的IMEI',
      'condition.liquid': '进液认定',
      'condition.impact': '外力损坏认定',
      'condition.unauthorizedOpening': '私自拆修认定',
      'fault.inspection': '检测结果',
      'stock.sameModelAvailable': '有同型号现货',
      'stock.consumerAcceptsOtherModel': '消费者接受其他型号',
      'history.repairs[].delayCause': '第#次维修的延误原因',
    },
    invoice: { original: '发票原件', electronic: '电子发票', copy: '发票底联或复印件', none: '无发票' },
    card: { complete: '完整的三包凭证', incomplete: '不完整的三包凭证', altered: '有涂改的三包凭证', none: '无三包凭证' },
    'finding-value': { none: '未发现', found: '已发现', disputed: '有争议' },
    inspection: { confirmed: '确认故障', 'not-found': '未发现故障', pending: '待定' },
    'yes-no': { true: '是', false: '否' },
    'delay-cause': { repairer: '修理者自身原因', parts: '等待零配件', none: '未记录' },
    codes: Object.fromEntries(FAULT_CODES.map((code) => [code, performanceFaults[code].name['zh-CN']])),
    window: { refund: '7日退货期', exchange: '换货期', warranty: '三包有效期', 'no-reason': '无理由退货期' },
    windows: { refund: '7日退货期', exchange: '换货期', warranty: '三包有效期', 'no-reason': '无理由退货期' },
    finding: { liquid: '进液', impact: '外力损坏', unauthorizedOpening: '私自拆修' },
    cause: { network: '网络因素', 'sim-data': '手机卡数据不正常' },
    proof: { 'invoice-copy': '发票底联或复印件', 'order-record': '订单记录', 'carrier-record': '运营商记录' },
    payer: { seller: '销售者', consumer: '消费者' },
    channel: { store: '在门店', online: '在网上', tv: '通过电视', phone: '通过电话', mail: '通过邮购' },
    request: { best: '最有利的补救', refund: '退货', exchange: '换货', repair: '修理', 'no-reason-return': '无理由退货' },
    terms: { amount: '金额', conditions: '附加条件', shipping: '运费由谁承担', 'shipping-cap': '运费上限', performer: '由谁办理', model: '机型' },
    remedy: { refund: '退货', exchange: '换货', 'free-repair': '免费修理', 'paid-repair': '收费修理' },
    verdict: { refund: '退货', exchange: '换货', 'free-repair': '免费修理', 'paid-repair': '收费修理', 'no-remedy': '无补救' },
  },
} satisfies ReasonLocale & { readonly messages: Readonly<Record<MessageCode, string>> };
