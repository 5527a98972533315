/**
 * What counter staff type, read as the claim format wants it: dates in the common Chinese forms,
 * amounts with ¥, 元, commas or full-width digits, IMEIs with spaces. Each function is pure and
 * small; the desk shows the value it read beside the field, so a misreading is seen before it
 * counts. A text that is not one of the forms comes back as typed (trimmed), for the claim's own
 * validation to name what is wrong with it.
 */

/**
 * Full-width digits, letters and punctuation (U+FF01–U+FF5E), the full-width yuan sign and the
 * ideographic space as their ASCII (or ¥) forms: what a Chinese input method types in full-width mode.
 *
 * @example
 * halfWidth('２５９９．５０') //=> '2599.50'
 * halfWidth('２０２６／１２／７') //=> '2026/12/7'
 * halfWidth('￥２５９９') //=> '¥2599'
 */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\uFFE5/g, '¥')
    .replace(/\u3000/g, ' ');
}

const DATE_FORMS = [
  // 2026-12-07, 2026/12/7, 2026.12.7, 2026 - 12 - 07
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/,
  // 2026年12月7日, 2026年12月7号, 2026年12月7
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
  // 20261207
  /^(\d{4})(\d{2})(\d{2})$/,
];

/**
 * A date as typed, written `YYYY-MM-DD`: `2026/12/07`, `2026-12-7`, `2026年12月7日`,
 * `2026.12.7`, `20261207`, in half- or full-width digits. Whether the day exists is the claim's
 * check (`2026-02-30` is read, then refused there with its own message); anything else is
 * returned trimmed, as typed.
 *
 * @example
 * normaliseDate('2026/12/07')     //=> '2026-12-07'
 * normaliseDate('2026-12-7')      //=> '2026-12-07'
 * normaliseDate('2026年12月7日')  //=> '2026-12-07'
 * normaliseDate(' ２０２６．１２．７ ') //=> '2026-12-07'
 * normaliseDate('7/12/2026')      //=> '7/12/2026'
 */
export function normaliseDate(text: string): string {
  const plain = halfWidth(text).trim();
  for (const form of DATE_FORMS) {
    const match = form.exec(plain);
    if (match !== null) return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  }
  return plain;
}

/**
 * An amount typed in yuan as integer fen, or `undefined` when it is not one. It takes what people
 * write around the number: `¥`/`￥`, `元`, `RMB`, thousands commas (`,` or `，`), spaces and
 * full-width digits. No floats: the digits are read as text.
 *
 * @example
 * yuanToFen('3999')      //=> 399900
 * yuanToFen('¥2599')     //=> 259900
 * yuanToFen('2599元')    //=> 259900
 * yuanToFen('2,599.50')  //=> 259950
 * yuanToFen('２５９９')  //=> 259900
 * yuanToFen('19.9')      //=> 1990
 * yuanToFen('12.345')    //=> undefined
 * yuanToFen('-5')        //=> undefined
 */
export function yuanToFen(text: string): number | undefined {
  const plain = halfWidth(text)
    .trim()
    .replace(/^(?:¥|RMB|CNY)\s*/i, '')
    .replace(/\s*(?:元整?|RMB|CNY)$/i, '')
    .replace(/[,\s]/g, '');
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(plain);
  if (match === null) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/**
 * Fen as the yuan a person types: `3999.00`.
 *
 * @example
 * fenToYuan(399900) //=> '3999.00'
 * fenToYuan(5)      //=> '0.05'
 */
export function fenToYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/**
 * An IMEI as typed, without the spaces, hyphens and slashes it is often grouped with (and in
 * half-width digits). Whether it is a valid IMEI is the claim's check.
 *
 * @example
 * normaliseImei('86 801207 345612 7')  //=> '868012073456127'
 * normaliseImei('86-801207-345612-7')  //=> '868012073456127'
 * normaliseImei('８６８０１２０７３４５６１２７') //=> '868012073456127'
 */
export function normaliseImei(text: string): string {
  return halfWidth(text).replace(/[\s\-/]/g, '');
}

/**
 * A number as typed (full-width digits, a trailing `%` or `次` allowed), or `undefined`.
 *
 * @example
 * parseNumber('85')    //=> 85
 * parseNumber('８５％') //=> 85
 * parseNumber('2次')   //=> 2
 * parseNumber('many')  //=> undefined
 */
export function parseNumber(text: string): number | undefined {
  const plain = halfWidth(text).trim().replace(/\s*[%次]$/, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(plain)) return undefined;
  return Number(plain);
}

/** China has kept one offset, UTC+8, with no daylight saving, since 1991. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The calendar date in China at an instant, `YYYY-MM-DD`, whatever the host's time zone: the
 * desk's default claim date is today's date at the counter, read from the clock by the page and
 * handed to the library as this explicit date.
 *
 * @example
 * chinaDate(new Date('2026-12-06T16:00:00Z')) //=> '2026-12-07'
 * chinaDate(new Date('2026-12-06T15:59:59Z')) //=> '2026-12-06'
 */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
