import type { Lang } from '../claim/input-error';
import { catalogue, type ItemKind } from '../law/catalogue';
import type { Params } from '../rules/national-parameters';
import type { ParameterUnit } from '../rules/declare-parameter';
import type { PeriodLength } from '../time/period-end';
import { counted } from './messages';
import { formatYuan } from './money';

type Words = Readonly<Record<Lang, string>>;

const WORDS = {
  yes: { 'zh-CN': '是', en: 'yes' },
  no: { 'zh-CN': '否', en: 'no' },
  none: { 'zh-CN': '无', en: 'none' },
  sale: { 'zh-CN': '售出（开票）之日', en: 'the sale (invoice) date' },
  delivery: { 'zh-CN': '交付（签收）之日', en: 'the delivery (sign-for) date' },
  refund: { 'zh-CN': '退货', en: 'refund' },
  exchange: { 'zh-CN': '换货', en: 'exchange' },
  seller: { 'zh-CN': '销售者', en: 'the seller' },
  repairer: { 'zh-CN': '修理者', en: 'the repairer' },
  consumer: { 'zh-CN': '消费者', en: 'the consumer' },
  store: { 'zh-CN': '门店', en: 'store' },
  online: { 'zh-CN': '网络', en: 'online' },
  tv: { 'zh-CN': '电视', en: 'TV' },
  phone: { 'zh-CN': '电话', en: 'phone' },
  mail: { 'zh-CN': '邮购', en: 'mail order' },
} as const satisfies Readonly<Record<string, Words>>;

const word = (key: string, lang: Lang): string => (WORDS as Readonly<Record<string, Words>>)[key]?.[lang] ?? key;
const days = (n: number, lang: Lang) => (lang === 'zh-CN' ? `${n}日` : counted(n, 'day', lang));
const months = (n: number, lang: Lang) => (lang === 'zh-CN' ? `${n}个月` : counted(n, 'month', lang));
const length = (value: PeriodLength, lang: Lang) => ('days' in value ? days(value.days, lang) : months(value.months, lang));
const list = (items: readonly string[], lang: Lang) => (items.length === 0 ? word('none', lang) : items.join(lang === 'zh-CN' ? '、' : ', '));

/**
 * A parameter's value as a reader says it, in one language, by the unit its declaration gives
 * (src/rules/national-parameters.ts): days and months with their units, yes or no, who, which
 * date, money in yuan; for a record, only the entries that differ from `other` (the value it is
 * compared with). No parameter names, no raw JSON.
 *
 * @example
 * valueWords('period', { days: 30 }, { days: 15 }, 'zh-CN') //=> '30日'
 * valueWords('term', 'sale', 'delivery', 'en') //=> 'the sale (invoice) date'
 */
export function valueWords(unit: ParameterUnit, value: unknown, other: unknown, lang: Lang): string {
  if (value === null) return word('none', lang);
  switch (unit) {
    case 'period':
      return length(value as PeriodLength, lang);
    case 'months':
      return months(value as number, lang);
    case 'days':
      return days(value as number, lang);
    case 'count':
      return lang === 'zh-CN' ? `${value as number}次` : counted(value as number, 'time', lang);
    case 'percent':
      return `${value as number}%`;
    case 'fen':
      return formatYuan(value as number, lang);
    case 'rate': {
      const { numerator, denominator } = value as Params['depreciationPerDay'];
      const percent = `${Number(((numerator / denominator) * 100).toFixed(4))}%`;
      return lang === 'zh-CN' ? `每日${percent}` : `${percent} a day`;
    }
    case 'remedies':
      return list((value as readonly string[]).map((item) => word(item, lang)), lang);
    case 'item-months': {
      const mine = value as Params['periodMonths'];
      const theirs = (other ?? {}) as Partial<Params['periodMonths']>;
      const kinds = (Object.keys(mine) as ItemKind[]).filter((kind) => mine[kind] !== theirs[kind]);
      return list(kinds.map((kind) => `${catalogue[kind].name[lang]}${lang === 'zh-CN' ? '' : ' '}${mine[kind] === null ? word('none', lang) : months(mine[kind]!, lang)}`), lang);
    }
    case 'no-reason': {
      const terms = value as NonNullable<Params['noReason']>;
      const channels = list(terms.channels.map((channel) => word(channel, lang)), lang);
      return lang === 'zh-CN'
        ? `${length(terms.length, lang)}（${channels}），退货运费由${word(terms.shippingPaidBy, lang)}承担`
        : `${length(terms.length, lang)} (${channels}), return shipping paid by ${word(terms.shippingPaidBy, lang)}`;
    }
    case 'performers': {
      const mine = value as Params['performers'];
      return lang === 'zh-CN'
        ? `退货由${word(mine.refund, lang)}、换货由${word(mine.exchange, lang)}负责`
        : `refunds by ${word(mine.refund, lang)}, exchanges by ${word(mine.exchange, lang)}`;
    }
    case 'yes-no':
      return word(value === true ? 'yes' : 'no', lang);
    case 'term':
      return word(String(value), lang);
    default:
      return unit satisfies never;
  }
}
