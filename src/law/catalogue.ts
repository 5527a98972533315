import type { Text } from './sources';

/**
 * MP2001 Appendix 1 (《实施三包的移动电话机商品目录》): the products under 三包, their periods, and
 * the depreciation rate, as data. Reference: legal-reference.md §1.3 (periods [V] in many copies;
 * the 0.5%-a-day rate from secondary sources only, no copy of the appendix showed its column).
 */

/** What a claim can be about (spec: `item.kind`). */
export const ITEM_KINDS = [
  'handset',
  'vehicle-phone',
  'fixed-wireless-phone',
  'battery',
  'charger',
  'wired-headset',
  'terminal-card',
  'data-card',
  'data-cable',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** A main unit (主机), an accessory (附件) listed in Appendix 1, or an item the appendix lacks. */
export type ItemClass = 'main-unit' | 'accessory' | 'not-listed';

export interface CatalogueEntry {
  readonly kind: ItemKind;
  readonly class: ItemClass;
  readonly name: Text;
  /** The national 三包 period in months, `null` for an item not in the appendix. */
  readonly periodMonths: number | null;
}

export const catalogue: Readonly<Record<ItemKind, CatalogueEntry>> = {
  handset: { kind: 'handset', class: 'main-unit', name: { 'zh-CN': '手持移动电话机', en: 'handheld mobile phone' }, periodMonths: 12 },
  'vehicle-phone': { kind: 'vehicle-phone', class: 'main-unit', name: { 'zh-CN': '车载移动电话机', en: 'vehicle mobile phone' }, periodMonths: 12 },
  'fixed-wireless-phone': {
    kind: 'fixed-wireless-phone',
    class: 'main-unit',
    name: { 'zh-CN': '固定台站电话机', en: 'fixed-station wireless phone' },
    periodMonths: 12,
  },
  battery: { kind: 'battery', class: 'accessory', name: { 'zh-CN': '电池', en: 'battery' }, periodMonths: 6 },
  // Two outlying copies give the charger 6 or 3 months; every other source gives 1 year (legal-reference §1.3).
  charger: { kind: 'charger', class: 'accessory', name: { 'zh-CN': '充电器（充电座）', en: 'charger (charging dock)' }, periodMonths: 12 },
  'wired-headset': { kind: 'wired-headset', class: 'accessory', name: { 'zh-CN': '外接有线耳机', en: 'wired headset' }, periodMonths: 3 },
  'terminal-card': { kind: 'terminal-card', class: 'accessory', name: { 'zh-CN': '移动终端卡', en: 'mobile terminal card' }, periodMonths: 12 },
  'data-card': { kind: 'data-card', class: 'accessory', name: { 'zh-CN': '数据接口卡', en: 'data interface card' }, periodMonths: 12 },
  'data-cable': { kind: 'data-cable', class: 'not-listed', name: { 'zh-CN': '数据线', en: 'data cable' }, periodMonths: null },
};

/**
 * The depreciation rate for a refund that replaces a due exchange (Art. 19): 0.5% of the price a
 * day, as an exact fraction so that money stays in integer fen.
 */
export const DEPRECIATION_PER_DAY = { numerator: 5, denominator: 1000 } as const;
