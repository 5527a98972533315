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

export const restDayCalendar: readonly RestDayYear[] = [
  {
    year: 2004,
    notice: { title: '国务院办公厅关于2004年部分节假日安排的通知' },
    holidays: [
      { name: NEW_YEAR, from: '2004-01-01', to: '2004-01-01' },
      { name: SPRING_FESTIVAL, from: '2004-01-22', to: '2004-01-28' },
      { name: LABOUR_DAY, from: '2004-05-01', to: '2004-05-07' },
      { name: NATIONAL_DAY, from: '2004-10-01', to: '2004-10-07' },
    ],
    makeUpWorkdays: ['2004-01-17', '2004-01-18', '2004-05-08', '2004-05-09', '2004-10-09', '2004-10-10'],
  },
  {
    year: 2005,
    notice: { title: '国务院办公厅关于2005年部分节假日安排的通知' },
    holidays: [
      { name: NEW_YEAR, from: '2005-01-01', to: '2005-01-03' },
      { name: SPRING_FESTIVAL, from: '2005-02-09', to: '2005-02-15' },
      { name: LABOUR_DAY, from: '2005-05-01', to: '2005-05-07' },
      { name: NATIONAL_DAY, from: '2005-10-01', to: '2005-10-07' },
    ],
    makeUpWorkdays: ['2005-02-05', '2005-02-06', '2005-04-30', '2005-05-08', '2005-10-08', '2005-10-09'],
  },
  {
    year: 2006,
    notice: {
      title: '国务院办公厅关于2006年部分节假日安排的通知',
      number: '国办发明电〔2005〕35号',
      issued: '2005-12-16',
    },
    holidays: [
      { name: NEW_YEAR, from: '2006-01-01', to: '2006-01-03' },
      { name: SPRING_FESTIVAL, from: '2006-01-29', to: '2006-02-04' },
      { name: LABOUR_DAY, from: '2006-05-01', to: '2006-05-07' },
      { name: NATIONAL_DAY, from: '2006-10-01', to: '2006-10-07' },
    ],
    makeUpWorkdays: [
      '2005-12-31',
      '2006-01-28',
      '2006-02-05',
      '2006-04-29',
      '2006-04-30',
      '2006-09-30',
      '2006-10-08',
    ],
  },
  {
    year: 2007,
    notice: {
      title: '国务院办公厅关于2007年部分节假日安排的通知',
      number: '国办发明电〔2006〕49号',
      issued: '2006-12-14',
    },
    holidays: [
      { name: NEW_YEAR, from: '2007-01-01', to: '2007-01-03' },
      { name: SPRING_FESTIVAL, from: '2007-02-18', to: '2007-02-24' },
      { name: LABOUR_DAY, from: '2007-05-01', to: '2007-05-07' },
      { name: NATIONAL_DAY, from: '2007-10-01', to: '2007-10-07' },
    ],
    makeUpWorkdays: [
      '2006-12-30',
      '2006-12-31',
      '2007-02-17',
      '2007-02-25',
      '2007-04-28',
      '2007-04-29',
      '2007-09-29',
      '2007-09-30',
    ],
  },
  {
    // First year under the December 2007 revision of 全国年节及纪念日放假办法 (Qingming, Dragon
    // Boat and Mid-Autumn become holidays; Labour Day goes from 3 days to 1).
    year: 2008,
    notice: { title: '国务院办公厅关于2008年部分节假日安排的通知' },
    holidays: [
      { name: NEW_YEAR, from: '2007-12-30', to: '2008-01-01' },
      { name: SPRING_FESTIVAL, from: '2008-02-06', to: '2008-02-12' },
      { name: QINGMING, from: '2008-04-04', to: '2008-04-06' },
      { name: LABOUR_DAY, from: '2008-05-01', to: '2008-05-03' },
      { name: DRAGON_BOAT, from: '2008-06-07', to: '2008-06-09' },
      { name: MID_AUTUMN, from: '2008-09-13', to: '2008-09-15' },
      { name: NATIONAL_DAY, from: '2008-09-29', to: '2008-10-05' },
    ],
    makeUpWorkdays: ['2007-12-29', '2008-02-02', '2008-02-03', '2008-05-04', '2008-09-27', '2008-09-28'],
  },
  {
    year: 2009,
    notice: { title: '国务院办公厅关于2009年部分节假日安排的通知' },
    holidays: [
      { name: NEW_YEAR, from: '2009-01-01', to: '2009-01-03' },
      { name: SPRING_FESTIVAL, from: '2009-01-25', to: '2009-01-31' },
      { name: QINGMING, from: '2009-04-04', to: '2009-04-06' },
      { name: LABOUR_DAY, from: '2009-05-01', to: '2009-05-03' },
      { name: DRAGON_BOAT, from: '2009-05-28', to: '2009-05-30' },
      { name: MID_AUTUMN_NATIONAL_DAY, from: '2009-10-01', to: '2009-10-08' },
    ],
    makeUpWorkdays: ['2009-01-04', '2009-01-24', '2009-02-01', '2009-05-31', '2009-09-27', '2009-10-10'],
  },
  {
    year: 2010,
    notice: {
      title: '国务院办公厅关于2010年部分节假日安排的通知',
      number: '国办发明电〔2009〕27号',
      issued: '2009-12-07',
    },
    holidays: [
      { name: NEW_YEAR, from: '2010-01-01', to: '2010-01-03' },
      { name: SPRING_FESTIVAL, from: '2010-02-13', to: '2010-02-19' },
      { name: QINGMING, from: '2010-04-03', to: '2010-04-05' },
      { name: LABOUR_DAY, from: '2010-05-01', to: '2010-05-03' },
      { name: DRAGON_BOAT, from: '2010-06-14', to: '2010-06-16' },
      { name: MID_AUTUMN, from: '2010-09-22', to: '2010-09-24' },
      { name: NATIONAL_DAY, from: '2010-10-01', to: '2010-10-07' },
    ],
    makeUpWorkdays: [
      '2010-02-20',
      '2010-02-21',
      '2010-06-12',
      '2010-06-13',
      '2010-09-19',
      '2010-09-25',
      '2010-09-26',
      '2010-10-09',
    ],
  },
  {
    year: 2011,
    notice: {
      title: '国务院办公厅关于2011年部分节假日安排的通知',
      number: '国办发明电〔2010〕40号',
      issued: '2010-12-09',
    },
    holidays: [
      { name: NEW_YEAR, from: '2011-01-01', to: '2011-01-03' },
      { name: SPRING_FESTIVAL, from: '2011-02-02', to: '2011-02-08' },
      { name: QINGMING, from: '2011-04-03', to: '2011-04-05' },
      { name: LABOUR_DAY, from: '2011-04-30', to: '2011-05-02' },
      { name: DRAGON_BOAT, from: '2011-06-04', to: '2011-06-06' },
      { name: MID_AUTUMN, from: '2011-09-10', to: '2011-09-12' },
      { name: NATIONAL_DAY, from: '2011-10-01', to: '2011-10-07' },
    ],
    makeUpWorkdays: ['2011-01-30', '2011-02-12', '2011-04-02', '2011-10-08', '2011-10-09'],
  },
  {
    year: 2012,
    notice: {
      title: '国务院办公厅关于2012年部分节假日安排的通知',
      number: '国办发明电〔2011〕45号',
      issued: '2011-12-05',
    },
    holidays: [
      { name: NEW_YEAR, from: '2012-01-01', to: '2012-01-03' },
      { name: SPRING_FESTIVAL, from: '2012-01-22', to: '2012-01-28' },
      { name: QINGMING, from: '2012-04-02', to: '2012-04-04' },
      { name: LABOUR_DAY, from: '2012-04-29', to: '2012-05-01' },
      { name: DRAGON_BOAT, from: '2012-06-22', to: '2012-06-24' },
      { name: MID_AUTUMN_NATIONAL_DAY, from: '2012-09-30', to: '2012-10-07' },
    ],
    makeUpWorkdays: [
      '2011-12-31',
      '2012-01-21',
      '2012-01-29',
      '2012-03-31',
      '2012-04-01',
      '2012-04-28',
      '2012-09-29',
    ],
  },
  {
    year: 2013,
    notice: {
      title: '国务院办公厅关于2013年部分节假日安排的通知',
      number: '国办发明电〔2012〕33号',
      issued: '2012-12-08',
    },
    holidays: [
      { name: NEW_YEAR, from: '2013-01-01', to: '2013-01-03' },
      { name: SPRING_FESTIVAL, from: '2013-02-09', to: '2013-02-15' },
      { name: QINGMING, from: '2013-04-04', to: '2013-04-06' },
      { name: LABOUR_DAY, from: '2013-04-29', to: '2013-05-01' },
      { name: DRAGON_BOAT, from: '2013-06-10', to: '2013-06-12' },
      { name: MID_AUTUMN, from: '2013-09-19', to: '2013-09-21' },
      { name: NATIONAL_DAY, from: '2013-10-01', to: '2013-10-07' },
    ],
    makeUpWorkdays: [
      '2013-01-05',
      '2013-01-06',
      '2013-02-16',
      '2013-02-17',
      '2013-04-07',
      '2013-04-27',
      '2013-04-28',
      '2013-06-08',
      '2013-06-09',
      '2013-09-22',
      '2013-09-29',
      '2013-10-12',
    ],
  },
  {
    year: 2014,
    notice: {
      title: '国务院办公厅关于2014年部分节假日安排的通知',
      number: '国办发明电〔2013〕28号',
      issued: '2013-12-11',
    },
    holidays: [
      { name: NEW_YEAR, from: '2014-01-01', to: '2014-01-01' },
      { name: SPRING_FESTIVAL, from: '2014-01-31', to: '2014-02-06' },
      { name: QINGMING, from: '2014-04-05', to: '2014-04-07' },
      { name: LABOUR_DAY, from: '2014-05-01', to: '2014-05-03' },
      { name: DRAGON_BOAT, from: '2014-06-02', to: '2014-06-02' },
      { name: MID_AUTUMN, from: '2014-09-08', to: '2014-09-08' },
      { name: NATIONAL_DAY, from: '2014-10-01', to: '2014-10-07' },
    ],
    makeUpWorkdays: ['2014-01-26', '2014-02-08', '2014-05-04', '2014-09-28', '2014-10-11'],
  },
  {
    year: 2015,
    notice: {
      title: '国务院办公厅关于2015年部分节假日安排的通知',
      number: '国办发明电〔2014〕28号',
      issued: '2014-12-16',
    },
    holidays: [
      { name: NEW_YEAR, from: '2015-01-01', to: '2015-01-03' },
      { name: SPRING_FESTIVAL, from: '2015-02-18', to: '2015-02-24' },
      { name: QINGMING, from: '2015-04-05', to: '2015-04-06' },
      { name: LABOUR_DAY, from: '2015-05-01', to: '2015-05-01' },
      { name: DRAGON_BOAT, from: '2015-06-20', to: '2015-06-22' },
      // Set by a separate State Council notice, 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年
      // 纪念日调休放假的通知 (国发明电〔2015〕1号, 2015-05-13): "9月3日至5日调休放假，共3天" —
      // 3 September off, 4 September swapped with Sunday 6 September, Saturday 5 September inside.
      { name: VICTORY_70, from: '2015-09-03', to: '2015-09-05' },
      { name: MID_AUTUMN, from: '2015-09-27', to: '2015-09-27' },
      { name: NATIONAL_DAY, from: '2015-10-01', to: '2015-10-07' },
    ],
    makeUpWorkdays: ['2015-01-04', '2015-02-15', '2015-02-28', '2015-09-06', '2015-10-10'],
  },
  {
    year: 2016,
    notice: {
      title: '国务院办公厅关于2016年部分节假日安排的通知',
      number: '国办发明电〔2015〕18号',
      issued: '2015-12-10',
    },
    holidays: [
      { name: NEW_YEAR, from: '2016-01-01', to: '2016-01-01' },
      { name: SPRING_FESTIVAL, from: '2016-02-07', to: '2016-02-13' },
      { name: QINGMING, from: '2016-04-04', to: '2016-04-04' },
      { name: LABOUR_DAY, from: '2016-05-01', to: '2016-05-02' },
      { name: DRAGON_BOAT, from: '2016-06-09', to: '2016-06-11' },
      { name: MID_AUTUMN, from: '2016-09-15', to: '2016-09-17' },
      { name: NATIONAL_DAY, from: '2016-10-01', to: '2016-10-07' },
    ],
    makeUpWorkdays: ['2016-02-06', '2016-02-14', '2016-06-12', '2016-09-18', '2016-10-08', '2016-10-09'],
  },
  {
    year: 2017,
    notice: {
      title: '国务院办公厅关于2017年部分节假日安排的通知',
      number: '国办发明电〔2016〕17号',
      issued: '2016-12-01',
    },
    holidays: [
      { name: NEW_YEAR, from: '2017-01-01', to: '2017-01-02' },
      { name: SPRING_FESTIVAL, from: '2017-01-27', to: '2017-02-02' },
      { name: QINGMING, from: '2017-04-02', to: '2017-04-04' },
      { name: LABOUR_DAY, from: '2017-05-01', to: '2017-05-01' },
      { name: DRAGON_BOAT, from: '2017-05-28', to: '2017-05-30' },
      { name: MID_AUTUMN_NATIONAL_DAY, from: '2017-10-01', to: '2017-10-08' },
    ],
    makeUpWorkdays: ['2017-01-22', '2017-02-04', '2017-04-01', '2017-05-27', '2017-09-30'],
  },
  {
    year: 2018,
    notice: {
      title: '国务院办公厅关于2018年部分节假日安排的通知',
      number: '国办发明电〔2017〕12号',
      issued: '2017-11-30',
    },
    holidays: [
      { name: NEW_YEAR, from: '2018-01-01', to: '2018-01-01' },
      { name: SPRING_FESTIVAL, from: '2018-02-15', to: '2018-02-21' },
      { name: QINGMING, from: '2018-04-05', to: '2018-04-07' },
      { name: LABOUR_DAY, from: '2018-04-29', to: '2018-05-01' },
      { name: DRAGON_BOAT, from: '2018-06-18', to: '2018-06-18' },
      { name: MID_AUTUMN, from: '2018-09-24', to: '2018-09-24' },
      { name: NATIONAL_DAY, from: '2018-10-01', to: '2018-10-07' },
    ],
    makeUpWorkdays: ['2018-02-11', '2018-02-24', '2018-04-08', '2018-04-28', '2018-09-29', '2018-09-30'],
  },
  {
    // Labour Day as changed by 国务院办公厅关于调整2019年劳动节假期安排的通知 (国办发明电〔2019〕3号,
    // 2019-03-22): 1–4 May off, Sundays 28 April and 5 May worked. The December notice gave 1 May only.
    year: 2019,
    notice: {
      title: '国务院办公厅关于2019年部分节假日安排的通知',
      number: '国办发明电〔2018〕15号',
      issued: '2018-12-04',
    },
    holidays: [
      { name: NEW_YEAR, from: '2018-12-30', to: '2019-01-01' },
      { name: SPRING_FESTIVAL, from: '2019-02-04', to: '2019-02-10' },
      { name: QINGMING, from: '2019-04-05', to: '2019-04-05' },
      { name: LABOUR_DAY, from: '2019-05-01', to: '2019-05-04' },
      { name: DRAGON_BOAT, from: '2019-06-07', to: '2019-06-07' },
      { name: MID_AUTUMN, from: '2019-09-13', to: '2019-09-13' },
      { name: NATIONAL_DAY, from: '2019-10-01', to: '2019-10-07' },
    ],
    makeUpWorkdays: [
      '2018-12-29',
      '2019-02-02',
      '2019-02-03',
      '2019-04-28',
      '2019-05-05',
      '2019-09-29',
      '2019-10-12',
    ],
  },
  {
    // Spring Festival as extended for COVID-19 by 国务院办公厅关于延长2020年春节假期的通知
    // (国办发明电〔2020〕1号, 2020-01-26): off to Sunday 2 February, so Saturday 1 February, a make-up
    // workday in the November notice, became a day off.
    year: 2020,
    notice: {
      title: '国务院办公厅关于2020年部分节假日安排的通知',
      number: '国办发明电〔2019〕16号',
      issued: '2019-11-21',
    },
    holidays: [
      { name: NEW_YEAR, from: '2020-01-01', to: '2020-01-01' },
      { name: SPRING_FESTIVAL, from: '2020-01-24', to: '2020-02-02' },
      { name: QINGMING, from: '2020-04-04', to: '2020-04-06' },
      { name: LABOUR_DAY, from: '2020-05-01', to: '2020-05-05' },
      { name: DRAGON_BOAT, from: '2020-06-25', to: '2020-06-27' },
      { name: MID_AUTUMN_NATIONAL_DAY, from: '2020-10-01', to: '2020-10-08' },
    ],
    makeUpWorkdays: ['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
  },
  {
    year: 2021,
    notice: {
      title: '国务院办公厅关于2021年部分节假日安排的通知',
      number: '国办发明电〔2020〕27号',
      issued: '2020-11-25',
    },
    holidays: [
      { name: NEW_YEAR, from: '2021-01-01', to: '2021-01-03' },
      { name: SPRING_FESTIVAL, from: '2021-02-11', to: '2021-02-17' },
      { name: QINGMING, from: '2021-04-03', to: '2021-04-05' },
      { name: LABOUR_DAY, from: '2021-05-01', to: '2021-05-05' },
      { name: DRAGON_BOAT, from: '2021-06-12', to: '2021-06-14' },
      { name: MID_AUTUMN, from: '2021-09-19', to: '2021-09-21' },
      { name: NATIONAL_DAY, from: '2021-10-01', to: '2021-10-07' },
    ],
    makeUpWorkdays: [
      '2021-02-07',
      '2021-02-20',
      '2021-04-25',
      '2021-05-08',
      '2021-09-18',
      '2021-09-26',
      '2021-10-09',
    ],
  },
  {
    year: 2022,
    notice: {
      title: '国务院办公厅关于2022年部分节假日安排的通知',
      number: '国办发明电〔2021〕11号',
      issued: '2021-10-25',
    },
    holidays: [
      { name: NEW_YEAR, from: '2022-01-01', to: '2022-01-03' },
      { name: SPRING_FESTIVAL, from: '2022-01-31', to: '2022-02-06' },
      { name: QINGMING, from: '2022-04-03', to: '2022-04-05' },
      { name: LABOUR_DAY, from: '2022-04-30', to: '2022-05-04' },
      { name: DRAGON_BOAT, from: '2022-06-03', to: '2022-06-05' },
      { name: MID_AUTUMN, from: '2022-09-10', to: '2022-09-12' },
      { name: NATIONAL_DAY, from: '2022-10-01', to: '2022-10-07' },
    ],
    makeUpWorkdays: [
      '2022-01-29',
      '2022-01-30',
      '2022-04-02',
      '2022-04-24',
      '2022-05-07',
      '2022-10-08',
      '2022-10-09',
    ],
  },
  {
    year: 2023,
    notice: {
      title: '国务院办公厅关于2023年部分节假日安排的通知',
      number: '国办发明电〔2022〕16号',
      issued: '2022-12-08',
    },
    holidays: [
      { name: NEW_YEAR, from: '2022-12-31', to: '2023-01-02' },
      { name: SPRING_FESTIVAL, from: '2023-01-21', to: '2023-01-27' },
      { name: QINGMING, from: '2023-04-05', to: '2023-04-05' },
      { name: LABOUR_DAY, from: '2023-04-29', to: '2023-05-03' },
      { name: DRAGON_BOAT, from: '2023-06-22', to: '2023-06-24' },
      { name: MID_AUTUMN_NATIONAL_DAY, from: '2023-09-29', to: '2023-10-06' },
    ],
    makeUpWorkdays: [
      '2023-01-28',
      '2023-01-29',
      '2023-04-23',
      '2023-05-06',
      '2023-06-25',
      '2023-10-07',
      '2023-10-08',
    ],
  },
  {
    year: 2024,
    notice: {
      title: '国务院办公厅关于2024年部分节假日安排的通知',
      number: '国办发明电〔2023〕7号',
      issued: '2023-10-25',
    },
    holidays: [
      { name: NEW_YEAR, from: '2024-01-01', to: '2024-01-01' },
      { name: SPRING_FESTIVAL, from: '2024-02-10', to: '2024-02-17' },
      { name: QINGMING, from: '2024-04-04', to: '2024-04-06' },
      { name: LABOUR_DAY, from: '2024-05-01', to: '2024-05-05' },
      { name: DRAGON_BOAT, from: '2024-06-10', to: '2024-06-10' },
      { name: MID_AUTUMN, from: '2024-09-15', to: '2024-09-17' },
      { name: NATIONAL_DAY, from: '2024-10-01', to: '2024-10-07' },
    ],
    makeUpWorkdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  {
    // First year under the November 2024 revision of 全国年节及纪念日放假办法 (Spring Festival 4
    // days, Labour Day 2 days).
    year: 2025,
    notice: {
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      number: '国办发明电〔2024〕12号',
      issued: '2024-11-12',
    },
    holidays: [
      { name: NEW_YEAR, from: '2025-01-01', to: '2025-01-01' },
      { name: SPRING_FESTIVAL, from: '2025-01-28', to: '2025-02-04' },
      { name: QINGMING, from: '2025-04-04', to: '2025-04-06' },
      { name: LABOUR_DAY, from: '2025-05-01', to: '2025-05-05' },
      { name: DRAGON_BOAT, from: '2025-05-31', to: '2025-06-02' },
      { name: MID_AUTUMN_NATIONAL_DAY, from: '2025-10-01', to: '2025-10-08' },
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    notice: {
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      issued: '2025-11-04',
    },
    holidays: [
      { name: NEW_YEAR, from: '2026-01-01', to: '2026-01-03' },
      { name: SPRING_FESTIVAL, from: '2026-02-15', to: '2026-02-23' },
      { name: QINGMING, from: '2026-04-04', to: '2026-04-06' },
      { name: LABOUR_DAY, from: '2026-05-01', to: '2026-05-05' },
      { name: DRAGON_BOAT, from: '2026-06-19', to: '2026-06-21' },
      { name: MID_AUTUMN, from: '2026-09-25', to: '2026-09-27' },
      { name: NATIONAL_DAY, from: '2026-10-01', to: '2026-10-07' },
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];

/** The date this data was last compared with the notices and the check source. */
export const restDayCalendarLastChecked = '2026-11-22';
