import type { Lang } from '../law/lang';

/**
 * An amount in fen as yuan, for a reader: `¥3,999.00` in English, `3,999.00元` in Chinese.
 * Integer arithmetic only.
 *
 * @example
 * formatYuan(389_902, 'en')    //=> '¥3,899.02'
 * formatYuan(389_902, 'zh-CN') //=> '3,899.02元'
 * formatYuan(5, 'en')          //=> '¥0.05'
 */
export function formatYuan(fen: number, lang: Lang): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const digits = String(Math.floor(abs / 100));
  // Groups of three from the right, cut as slices (a money message is worded for most claims).
  const head = digits.length % 3 === 0 ? 3 : digits.length % 3;
  let yuan = digits.slice(0, head);
  for (let index = head; index < digits.length; index += 3) yuan += `,${digits.slice(index, index + 3)}`;
  const cents = abs % 100 < 10 ? `0${abs % 100}` : String(abs % 100);
  const number = `${negative ? '-' : ''}${yuan}.${cents}`;
  return lang === 'zh-CN' ? `${number}元` : `¥${number}`;
}
