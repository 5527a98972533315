/**
 * The days the governing texts took effect: the boundaries of the law's versions. A sale (or
 * delivery) on or after a date is governed by the text that took effect on it.
 */
export const IN_FORCE = {
  /** 民法通则 (1987-01-01) governs the counting of periods until 民法总则. */
  gpcl1986: '1987-01-01',
  /** 移动电话机商品修理更换退货责任规定 (MP2001). */
  mp2001: '2001-11-15',
  /** 消费者权益保护法 (2013 revision): no-reason returns, burden of proof, transport costs. */
  cpl2013: '2014-03-15',
  /** 网络购买商品七日无理由退货暂行办法. */
  nr2017: '2017-03-15',
  /** 民法总则: Arts. 200–204 on periods. */
  gpcl2017: '2017-10-01',
  /** 民法典 replaces 民法总则 and 民法通则. */
  cc2020: '2021-01-01',
  /** 最高人民法院 online consumer disputes interpretation (一). */
  spc2022: '2022-03-15',
  /** 消费者权益保护法实施条例. */
  cplr2024: '2024-07-01',
} as const;
