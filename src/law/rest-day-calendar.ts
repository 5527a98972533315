/**
 * China's statutory rest-day calendar, 2004–2026: every 放假 span and every 调休 make-up working
 * day, one entry per year's notice of the General Office of the State Council
 * (国务院办公厅关于YYYY年部分节假日安排的通知), with the later notices that changed a year folded
 * in (2015 anniversary holiday, 2019 Labour Day, 2020 Spring Festival extension; see the comments
 * on those years).
 *
 * Source: written by hand from the notices' texts, not generated from any library. Notice numbers
 * and issue dates are given only where the notice text was confirmed; otherwise they are left out.
 *
 * Check: `test/law/rest-day-calendar.test.ts` checks internal consistency and compares every date,
 * year by year, with the independent `chinese-days` data set; the few dates where that data set
 * departs from the notices are listed there, each with its reason.
 *
 * Span convention: a span runs from the first to the last day the notice names as off (放假,
 * 补休 or 调休), so it includes any Saturday or Sunday inside that range. Where the notice says
 * only "X日放假，与周末连休" (day X off, joined to the weekend), the span is X alone: the weekend
 * next to it is an ordinary rest day that the notice does not set. A span belongs to the notice
 * that sets it even when it starts in the previous calendar year (New Year 2008, 2019 and 2023).
 *
 * Pure data: no runtime imports.
 */

/** One statutory holiday span as the notice sets it (inclusive dates, YYYY-MM-DD). */
export interface HolidaySpan {
  readonly name: { readonly 'zh-CN': string; readonly en: string };
  readonly from: string;
  readonly to: string;
}

/** What one year's notice (国务院办公厅关于YYYY年部分节假日安排的通知) sets. */
export interface RestDayYear {
  readonly year: number;
  readonly notice: { readonly title: string; readonly number?: string; readonly issued?: string };
  /** Every 放假 span, including the Saturdays and Sundays inside it. */
  readonly holidays: readonly HolidaySpan[];
  /** 调休: Saturdays or Sundays declared working days. May fall in the previous or next calendar year (e.g. 2011-12-31 for the 2012 New Year). */
  readonly makeUpWorkdays: readonly string[];
}

const NEW_YEAR = { 'zh-CN': '元旦', en: "New Year's Day" } as const;
const SPRING_FESTIVAL = { 'zh-CN': '春节', en: 'Spring Festival' } as const;
const QINGMING = { 'zh-CN': '清明节', en: 'Qingming Festival' } as const;
const LABOUR_DAY = { 'zh-CN': '劳动节', en: 'Labour Day' } as const;
const DRAGON_BOAT = { 'zh-CN': '端午节', en: 'Dragon Boat Festival' } as const;
const MID_AUTUMN = { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' } as const;
const NATIONAL_DAY = { 'zh-CN': '国庆节', en: 'National Day' } as const;
const MID_AUTUMN_NATIONAL_DAY = {
  'zh-CN': '中秋节、国庆节',
  en: 'Mid-Autumn Festival and National Day',
} as const;
const VICTORY_70 = {
  'zh-CN': '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
  en: "70th Anniversary of the Victory of the Chinese People's War of Resistance against Japanese Aggression and the World Anti-Fascist War",
} as const;

/**
 * One year's notice, written compactly: its spans as [name, first day, last day] and its make-up
 * working days, each date as MM-DD when it falls in the notice's year and as YYYY-MM-DD when it
 * does not (a New Year span from the December before, a make-up day in that December). Every
 * notice has the same title, 国务院办公厅关于YYYY年部分节假日安排的通知; its number and issue date
 * are given where the notice text was confirmed.
 */
function notice(
  year: number,
  facts: { readonly number?: string; readonly issued?: string },
  holidays: readonly (readonly [HolidaySpan['name'], string, string])[],
  makeUpWorkdays: readonly string[],
): RestDayYear {
  const day = (date: string) => (date.length === 5 ? `${year}-${date}` : date);
  return {
    year,
    notice: { title: `国务院办公厅关于${year}年部分节假日安排的通知`, ...facts },
    holidays: holidays.map(([name, from, to]) => ({ name, from: day(from), to: day(to) })),
    makeUpWorkdays: makeUpWorkdays.map(day),
  };
}

export const restDayCalendar: readonly RestDayYear[] = [
  notice(
    2004,
    {},
    [
      [NEW_YEAR, '01-01', '01-01'],
      [SPRING_FESTIVAL, '01-22', '01-28'],
      [LABOUR_DAY, '05-01', '05-07'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['01-17', '01-18', '05-08', '05-09', '10-09', '10-10'],
  ),
  notice(
    2005,
    {},
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '02-09', '02-15'],
      [LABOUR_DAY, '05-01', '05-07'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['02-05', '02-06', '04-30', '05-08', '10-08', '10-09'],
  ),
  notice(
    2006,
    { number: '国办发明电〔2005〕35号', issued: '2005-12-16' },
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '01-29', '02-04'],
      [LABOUR_DAY, '05-01', '05-07'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['2005-12-31', '01-28', '02-05', '04-29', '04-30', '09-30', '10-08'],
  ),
  notice(
    2007,
    { number: '国办发明电〔2006〕49号', issued: '2006-12-14' },
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '02-18', '02-24'],
      [LABOUR_DAY, '05-01', '05-07'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['2006-12-30', '2006-12-31', '02-17', '02-25', '04-28', '04-29', '09-29', '09-30'],
  ),
  // First year under the December 2007 revision of 全国年节及纪念日放假办法 (Qingming, Dragon
  // Boat and Mid-Autumn become holidays; Labour Day goes from 3 days to 1).
  notice(
    2008,
    {},
    [
      [NEW_YEAR, '2007-12-30', '01-01'],
      [SPRING_FESTIVAL, '02-06', '02-12'],
      [QINGMING, '04-04', '04-06'],
      [LABOUR_DAY, '05-01', '05-03'],
      [DRAGON_BOAT, '06-07', '06-09'],
      [MID_AUTUMN, '09-13', '09-15'],
      [NATIONAL_DAY, '09-29', '10-05'],
    ],
    ['2007-12-29', '02-02', '02-03', '05-04', '09-27', '09-28'],
  ),
  notice(
    2009,
    {},
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '01-25', '01-31'],
      [QINGMING, '04-04', '04-06'],
      [LABOUR_DAY, '05-01', '05-03'],
      [DRAGON_BOAT, '05-28', '05-30'],
      [MID_AUTUMN_NATIONAL_DAY, '10-01', '10-08'],
    ],
    ['01-04', '01-24', '02-01', '05-31', '09-27', '10-10'],
  ),
  notice(
    2010,
    { number: '国办发明电〔2009〕27号', issued: '2009-12-07' },
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '02-13', '02-19'],
      [QINGMING, '04-03', '04-05'],
      [LABOUR_DAY, '05-01', '05-03'],
      [DRAGON_BOAT, '06-14', '06-16'],
      [MID_AUTUMN, '09-22', '09-24'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['02-20', '02-21', '06-12', '06-13', '09-19', '09-25', '09-26', '10-09'],
  ),
  notice(
    2011,
    { number: '国办发明电〔2010〕40号', issued: '2010-12-09' },
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '02-02', '02-08'],
      [QINGMING, '04-03', '04-05'],
      [LABOUR_DAY, '04-30', '05-02'],
      [DRAGON_BOAT, '06-04', '06-06'],
      [MID_AUTUMN, '09-10', '09-12'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['01-30', '02-12', '04-02', '10-08', '10-09'],
  ),
  notice(
    2012,
    { number: '国办发明电〔2011〕45号', issued: '2011-12-05' },
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '01-22', '01-28'],
      [QINGMING, '04-02', '04-04'],
      [LABOUR_DAY, '04-29', '05-01'],
      [DRAGON_BOAT, '06-22', '06-24'],
      [MID_AUTUMN_NATIONAL_DAY, '09-30', '10-07'],
    ],
    ['2011-12-31', '01-21', '01-29', '03-31', '04-01', '04-28', '09-29'],
  ),
  notice(
    2013,
    { number: '国办发明电〔2012〕33号', issued: '2012-12-08' },
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '02-09', '02-15'],
      [QINGMING, '04-04', '04-06'],
      [LABOUR_DAY, '04-29', '05-01'],
      [DRAGON_BOAT, '06-10', '06-12'],
      [MID_AUTUMN, '09-19', '09-21'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['01-05', '01-06', '02-16', '02-17', '04-07', '04-27', '04-28', '06-08', '06-09', '09-22', '09-29', '10-12'],
  ),
  notice(
    2014,
    { number: '国办发明电〔2013〕28号', issued: '2013-12-11' },
    [
      [NEW_YEAR, '01-01', '01-01'],
      [SPRING_FESTIVAL, '01-31', '02-06'],
      [QINGMING, '04-05', '04-07'],
      [LABOUR_DAY, '05-01', '05-03'],
      [DRAGON_BOAT, '06-02', '06-02'],
      [MID_AUTUMN, '09-08', '09-08'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['01-26', '02-08', '05-04', '09-28', '10-11'],
  ),
  notice(
    2015,
    { number: '国办发明电〔2014〕28号', issued: '2014-12-16' },
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '02-18', '02-24'],
      [QINGMING, '04-05', '04-06'],
      [LABOUR_DAY, '05-01', '05-01'],
      [DRAGON_BOAT, '06-20', '06-22'],
    // Set by a separate State Council notice, 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年
    // 纪念日调休放假的通知 (国发明电〔2015〕1号, 2015-05-13): "9月3日至5日调休放假，共3天" —
    // 3 September off, 4 September swapped with Sunday 6 September, Saturday 5 September inside.
      [VICTORY_70, '09-03', '09-05'],
      [MID_AUTUMN, '09-27', '09-27'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['01-04', '02-15', '02-28', '09-06', '10-10'],
  ),
  notice(
    2016,
    { number: '国办发明电〔2015〕18号', issued: '2015-12-10' },
    [
      [NEW_YEAR, '01-01', '01-01'],
      [SPRING_FESTIVAL, '02-07', '02-13'],
      [QINGMING, '04-04', '04-04'],
      [LABOUR_DAY, '05-01', '05-02'],
      [DRAGON_BOAT, '06-09', '06-11'],
      [MID_AUTUMN, '09-15', '09-17'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['02-06', '02-14', '06-12', '09-18', '10-08', '10-09'],
  ),
  notice(
    2017,
    { number: '国办发明电〔2016〕17号', issued: '2016-12-01' },
    [
      [NEW_YEAR, '01-01', '01-02'],
      [SPRING_FESTIVAL, '01-27', '02-02'],
      [QINGMING, '04-02', '04-04'],
      [LABOUR_DAY, '05-01', '05-01'],
      [DRAGON_BOAT, '05-28', '05-30'],
      [MID_AUTUMN_NATIONAL_DAY, '10-01', '10-08'],
    ],
    ['01-22', '02-04', '04-01', '05-27', '09-30'],
  ),
  notice(
    2018,
    { number: '国办发明电〔2017〕12号', issued: '2017-11-30' },
    [
      [NEW_YEAR, '01-01', '01-01'],
      [SPRING_FESTIVAL, '02-15', '02-21'],
      [QINGMING, '04-05', '04-07'],
      [LABOUR_DAY, '04-29', '05-01'],
      [DRAGON_BOAT, '06-18', '06-18'],
      [MID_AUTUMN, '09-24', '09-24'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['02-11', '02-24', '04-08', '04-28', '09-29', '09-30'],
  ),
  // Labour Day as changed by 国务院办公厅关于调整2019年劳动节假期安排的通知 (国办发明电〔2019〕3号,
  // 2019-03-22): 1–4 May off, Sundays 28 April and 5 May worked. The December notice gave 1 May only.
  notice(
    2019,
    { number: '国办发明电〔2018〕15号', issued: '2018-12-04' },
    [
      [NEW_YEAR, '2018-12-30', '01-01'],
      [SPRING_FESTIVAL, '02-04', '02-10'],
      [QINGMING, '04-05', '04-05'],
      [LABOUR_DAY, '05-01', '05-04'],
      [DRAGON_BOAT, '06-07', '06-07'],
      [MID_AUTUMN, '09-13', '09-13'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['2018-12-29', '02-02', '02-03', '04-28', '05-05', '09-29', '10-12'],
  ),
  // Spring Festival as extended for COVID-19 by 国务院办公厅关于延长2020年春节假期的通知
  // (国办发明电〔2020〕1号, 2020-01-26): off to Sunday 2 February, so Saturday 1 February, a make-up
  // workday in the November notice, became a day off.
  notice(
    2020,
    { number: '国办发明电〔2019〕16号', issued: '2019-11-21' },
    [
      [NEW_YEAR, '01-01', '01-01'],
      [SPRING_FESTIVAL, '01-24', '02-02'],
      [QINGMING, '04-04', '04-06'],
      [LABOUR_DAY, '05-01', '05-05'],
      [DRAGON_BOAT, '06-25', '06-27'],
      [MID_AUTUMN_NATIONAL_DAY, '10-01', '10-08'],
    ],
    ['01-19', '04-26', '05-09', '06-28', '09-27', '10-10'],
  ),
  notice(
    2021,
    { number: '国办发明电〔2020〕27号', issued: '2020-11-25' },
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '02-11', '02-17'],
      [QINGMING, '04-03', '04-05'],
      [LABOUR_DAY, '05-01', '05-05'],
      [DRAGON_BOAT, '06-12', '06-14'],
      [MID_AUTUMN, '09-19', '09-21'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['02-07', '02-20', '04-25', '05-08', '09-18', '09-26', '10-09'],
  ),
  notice(
    2022,
    { number: '国办发明电〔2021〕11号', issued: '2021-10-25' },
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '01-31', '02-06'],
      [QINGMING, '04-03', '04-05'],
      [LABOUR_DAY, '04-30', '05-04'],
      [DRAGON_BOAT, '06-03', '06-05'],
      [MID_AUTUMN, '09-10', '09-12'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['01-29', '01-30', '04-02', '04-24', '05-07', '10-08', '10-09'],
  ),
  notice(
    2023,
    { number: '国办发明电〔2022〕16号', issued: '2022-12-08' },
    [
      [NEW_YEAR, '2022-12-31', '01-02'],
      [SPRING_FESTIVAL, '01-21', '01-27'],
      [QINGMING, '04-05', '04-05'],
      [LABOUR_DAY, '04-29', '05-03'],
      [DRAGON_BOAT, '06-22', '06-24'],
      [MID_AUTUMN_NATIONAL_DAY, '09-29', '10-06'],
    ],
    ['01-28', '01-29', '04-23', '05-06', '06-25', '10-07', '10-08'],
  ),
  notice(
    2024,
    { number: '国办发明电〔2023〕7号', issued: '2023-10-25' },
    [
      [NEW_YEAR, '01-01', '01-01'],
      [SPRING_FESTIVAL, '02-10', '02-17'],
      [QINGMING, '04-04', '04-06'],
      [LABOUR_DAY, '05-01', '05-05'],
      [DRAGON_BOAT, '06-10', '06-10'],
      [MID_AUTUMN, '09-15', '09-17'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
  ),
  // First year under the November 2024 revision of 全国年节及纪念日放假办法 (Spring Festival 4
  // days, Labour Day 2 days).
  notice(
    2025,
    { number: '国办发明电〔2024〕12号', issued: '2024-11-12' },
    [
      [NEW_YEAR, '01-01', '01-01'],
      [SPRING_FESTIVAL, '01-28', '02-04'],
      [QINGMING, '04-04', '04-06'],
      [LABOUR_DAY, '05-01', '05-05'],
      [DRAGON_BOAT, '05-31', '06-02'],
      [MID_AUTUMN_NATIONAL_DAY, '10-01', '10-08'],
    ],
    ['01-26', '02-08', '04-27', '09-28', '10-11'],
  ),
  notice(
    2026,
    { issued: '2025-11-04' },
    [
      [NEW_YEAR, '01-01', '01-03'],
      [SPRING_FESTIVAL, '02-15', '02-23'],
      [QINGMING, '04-04', '04-06'],
      [LABOUR_DAY, '05-01', '05-05'],
      [DRAGON_BOAT, '06-19', '06-21'],
      [MID_AUTUMN, '09-25', '09-27'],
      [NATIONAL_DAY, '10-01', '10-07'],
    ],
    ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  ),
];

/** The date this data was last compared with the notices and the check source. */
export const restDayCalendarLastChecked = '2026-11-22';
