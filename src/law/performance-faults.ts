import type { ItemKind } from './catalogue';
import type { Text } from './sources';

/**
 * MP2001 Appendix 3 (《移动电话机商品性能故障表》) as data: the fault codes of the claim format, the
 * item each belongs to, and the table's wording. Reference: legal-reference.md §1.5 ([V]; the two
 * card rows appear only in some copies).
 */

export const FAULT_CODES = [
  'manual-function-failure',
  'display-failure',
  'no-power-on',
  'no-service',
  'no-ring',
  'dialing-error',
  'abnormal-shutdown',
  'sim-contact',
  'key-failure',
  'audio-failure',
  'casing-crack',
  'charger-failure',
  'battery-failure',
  'headset-failure',
  'card-failure',
  'cosmetic',
  'other',
] as const;
export type FaultCode = (typeof FAULT_CODES)[number];

/** The row of the table a code belongs to. */
export type FaultRow = 'main-unit' | 'charger' | 'battery' | 'wired-headset' | 'card';

export interface PerformanceFault {
  readonly code: FaultCode;
  /** The table row it is listed under; `null` for `cosmetic` and `other`, which are not listed. */
  readonly row: FaultRow | null;
  readonly name: Text;
}

const fault = (code: FaultCode, row: FaultRow | null, zh: string, en: string): PerformanceFault => ({
  code,
  row,
  name: { 'zh-CN': zh, en },
});

export const performanceFaults: Readonly<Record<FaultCode, PerformanceFault>> = {
  'manual-function-failure': fault('manual-function-failure', 'main-unit', '说明书所列功能失效', 'a function listed in the manual fails'),
  'display-failure': fault('display-failure', 'main-unit', '屏幕无显示/错字/漏划', 'blank screen, wrong characters or missing segments'),
  'no-power-on': fault('no-power-on', 'main-unit', '无法开机', 'will not power on'),
  'no-service': fault('no-service', 'main-unit', '不能正常登录或通信', 'cannot register or communicate'),
  'no-ring': fault('no-ring', 'main-unit', '无振铃', 'no ring'),
  'dialing-error': fault('dialing-error', 'main-unit', '拨号错误', 'dialling errors'),
  'abnormal-shutdown': fault('abnormal-shutdown', 'main-unit', '非正常关机', 'abnormal shutdown'),
  'sim-contact': fault('sim-contact', 'main-unit', 'SIM卡接触不良', 'poor SIM contact'),
  'key-failure': fault('key-failure', 'main-unit', '按键控制失效', 'keys fail'),
  'audio-failure': fault('audio-failure', 'main-unit', '无声响、单向无声或音量不正常', 'no sound, one-way audio or abnormal volume'),
  'casing-crack': fault('casing-crack', 'main-unit', '因结构或材料因素造成的外壳裂损', 'casing crack from structure or material'),
  'charger-failure': fault('charger-failure', 'charger', '不工作或工作不正常，使用指定充电器无法正常充电', 'does not work, or the specified charger cannot charge normally'),
  'battery-failure': fault('battery-failure', 'battery', '充电后手机仍不能正常工作', 'after charging the phone still does not work normally'),
  'headset-failure': fault('headset-failure', 'wired-headset', '不能正常送受话', 'cannot transmit or receive speech normally'),
  'card-failure': fault('card-failure', 'card', '不能正常工作', 'does not work normally'),
  cosmetic: fault('cosmetic', null, '外观磨损或划痕（非性能故障）', 'wear or marks (not a performance fault)'),
  other: fault('other', null, '性能故障表未列的故障', 'a fault not in the table'),
};

/** The table row that lists faults for an item kind; `null` for an item the table lacks. */
export const FAULT_ROW_OF: Readonly<Record<ItemKind, FaultRow | null>> = {
  handset: 'main-unit',
  'vehicle-phone': 'main-unit',
  'fixed-wireless-phone': 'main-unit',
  battery: 'battery',
  charger: 'charger',
  'wired-headset': 'wired-headset',
  'terminal-card': 'card',
  'data-card': 'card',
  'data-cable': null,
};

/** Battery capacity below this share of rated capacity is a battery fault (I17). */
export const BATTERY_FAULT_BELOW_PCT = 80;
