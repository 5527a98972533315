import { MOST_EXCHANGES, MOST_REPAIRS } from '../claim/schema';
import { CARD_STATES, CHANNELS, FAULT_CODES, ITEM_KINDS, REQUESTS } from '../index';

/**
 * The desk form as data: every field with the claim path it fills (`sale.priceFen`), its kind
 * and, for a choice, its values. The same list builds the form, reads it into a claim, fills it
 * from a loaded claim, and places each input error next to its field (the error's JSON path
 * names the claim path).
 */
export type FieldSpec =
  | { readonly path: string; readonly kind: 'date' | 'text' | 'imei' }
  | { readonly path: string; readonly kind: 'select'; readonly values: readonly string[]; readonly words: string; readonly fallback: string }
  | { readonly path: string; readonly kind: 'yuan' | 'number' }
  | { readonly path: string; readonly kind: 'check'; readonly fallback: boolean }
  | { readonly path: string; readonly kind: 'codes' };

export type SectionKey = 'claim' | 'item' | 'sale' | 'proof' | 'fault' | 'condition' | 'history' | 'stock';

const FINDING_VALUES = ['none', 'found', 'disputed'] as const;
const finding = (path: string): FieldSpec => ({ path, kind: 'select', values: FINDING_VALUES, words: 'finding', fallback: 'none' });

/** The sections of the form, in the order staff meet the facts: the claim, the item, the sale, its proof, the fault, the findings, the history, the stock. */
export const SECTIONS: readonly { readonly key: SectionKey; readonly fields: readonly FieldSpec[] }[] = [
  {
    key: 'claim',
    fields: [
      { path: 'claimDate', kind: 'date' },
      { path: 'request', kind: 'select', values: REQUESTS, words: 'request', fallback: 'best' },
    ],
  },
  {
    key: 'item',
    fields: [
      { path: 'item.kind', kind: 'select', values: ITEM_KINDS, words: 'item', fallback: 'handset' },
      { path: 'item.brand', kind: 'text' },
      { path: 'item.model', kind: 'text' },
      { path: 'item.imei', kind: 'imei' },
      { path: 'item.boughtWith', kind: 'select', values: ['handset', 'separately'], words: 'boughtWith', fallback: 'handset' },
      { path: 'item.standaloneFen', kind: 'yuan' },
    ],
  },
  {
    key: 'sale',
    fields: [
      { path: 'sale.date', kind: 'date' },
      { path: 'sale.deliveredDate', kind: 'date' },
      { path: 'sale.channel', kind: 'select', values: CHANNELS, words: 'channel', fallback: 'store' },
      { path: 'sale.priceFen', kind: 'yuan' },
      { path: 'sale.paidFen', kind: 'yuan' },
      { path: 'sale.carrierContract', kind: 'check', fallback: false },
      { path: 'sale.noReasonExclusionConfirmed', kind: 'check', fallback: false },
    ],
  },
  {
    key: 'proof',
    fields: [
      { path: 'proof.invoice', kind: 'select', values: ['original', 'electronic', 'copy', 'none'], words: 'invoice', fallback: 'original' },
      { path: 'proof.invoiceImei', kind: 'imei' },
      { path: 'proof.warrantyCard', kind: 'select', values: CARD_STATES, words: 'card', fallback: 'complete' },
      { path: 'proof.warrantyCardImei', kind: 'imei' },
      { path: 'proof.otherDateProof', kind: 'select', values: ['none', 'order-record', 'carrier-record'], words: 'otherDateProof', fallback: 'none' },
    ],
  },
  {
    key: 'fault',
    fields: [
      { path: 'fault.inspection', kind: 'select', values: ['confirmed', 'not-found', 'pending'], words: 'inspection', fallback: 'confirmed' },
      { path: 'fault.codes', kind: 'codes' },
      { path: 'fault.cause', kind: 'select', values: ['product', 'network', 'sim-data', 'unknown'], words: 'cause', fallback: 'product' },
      { path: 'fault.batteryCapacityPct', kind: 'number' },
    ],
  },
  {
    key: 'condition',
    fields: [
      finding('condition.liquid'),
      finding('condition.impact'),
      finding('condition.unauthorizedOpening'),
      { path: 'condition.forceMajeure', kind: 'check', fallback: false },
      { path: 'condition.cosmeticWear', kind: 'check', fallback: false },
      { path: 'condition.labelsIntact', kind: 'check', fallback: true },
      { path: 'condition.activated', kind: 'check', fallback: false },
      { path: 'condition.activationDate', kind: 'date' },
      { path: 'condition.accessoriesComplete', kind: 'check', fallback: true },
      { path: 'condition.giftsMissingFen', kind: 'yuan' },
    ],
  },
  { key: 'history', fields: [{ path: 'history.replacements', kind: 'number' }] },
  {
    key: 'stock',
    fields: [
      { path: 'stock.sameModelAvailable', kind: 'check', fallback: true },
      { path: 'stock.consumerAcceptsOtherModel', kind: 'check', fallback: false },
    ],
  },
];

/** A repair row's fields (paths below `history.repairs[n]`). */
export const REPAIR_FIELDS: readonly FieldSpec[] = [
  { path: 'handedIn', kind: 'date' },
  { path: 'returned', kind: 'date' },
  { path: 'faultCodes', kind: 'codes' },
  { path: 'delayCause', kind: 'select', values: ['none', 'repairer', 'parts'], words: 'delayCause', fallback: 'none' },
  { path: 'fixed', kind: 'select', values: ['', 'true', 'false'], words: 'fixed', fallback: '' },
];

export { FAULT_CODES };

/** The remedies a shop may have given, as its recorded decision names them (`shop.verdict`). */
export const SHOP_VERDICTS = ['refund', 'exchange', 'free-repair', 'paid-repair', 'no-remedy'] as const;

/**
 * What the shop offered, as the desk asks for it: the case reference, the shop's verdict and that
 * remedy's terms (amount, route, transport, model, condition), in the `{ id, claim, shop }` record
 * `sanbao check` reads. Other remedies the shop also offered are rows of {@link SHOP_OFFER_FIELDS}.
 * An empty verdict means no shop decision is being checked.
 */
export const SHOP_FIELDS: readonly FieldSpec[] = [
  { path: 'id', kind: 'text' },
  { path: 'shop.verdict', kind: 'select', values: ['', ...SHOP_VERDICTS], words: 'shopVerdict', fallback: '' },
  { path: 'shop.terms.amountFen', kind: 'yuan' },
  { path: 'shop.terms.route', kind: 'select', values: ['', 'sanbao', 'no-reason'], words: 'shopRoute', fallback: '' },
  { path: 'shop.terms.shippingPaidBy', kind: 'select', values: ['', 'seller', 'repairer', 'consumer'], words: 'shopParty', fallback: '' },
  { path: 'shop.terms.otherModel', kind: 'check', fallback: false },
  { path: 'shop.terms.conditional', kind: 'check', fallback: false },
];

/** One more remedy the shop offered (paths below `shop.offers[n]`): its type, then the same terms. */
export const SHOP_OFFER_FIELDS: readonly FieldSpec[] = [
  { path: 'type', kind: 'select', values: ['', ...SHOP_VERDICTS.filter((verdict) => verdict !== 'no-remedy')], words: 'shopVerdict', fallback: '' },
  { path: 'amountFen', kind: 'yuan' },
  { path: 'route', kind: 'select', values: ['', 'sanbao', 'no-reason'], words: 'shopRoute', fallback: '' },
  { path: 'shippingPaidBy', kind: 'select', values: ['', 'seller', 'repairer', 'consumer'], words: 'shopParty', fallback: '' },
  { path: 'otherModel', kind: 'check', fallback: false },
  { path: 'conditional', kind: 'check', fallback: false },
];

/**
 * The most rows the claim format takes (repairs, exchanges) and a shop record (offers): a file
 * with more is refused when it is opened, before any row is built.
 */
export const MOST_ROWS = { repairs: MOST_REPAIRS, exchanges: MOST_EXCHANGES, offers: SHOP_VERDICTS.length } as const;

/**
 * The id of a field's control: `f-sale-priceFen`, `f-history-repairs-0-returned`.
 *
 * @example
 * fieldId('history.repairs.0.returned') //=> 'f-history-repairs-0-returned'
 */
export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}

/**
 * The form path an input error's JSON path points at: array indexes become path segments, and a
 * fault code's index is dropped (the codes are one field).
 *
 * @example
 * formPathOf('$.history.repairs[0].returned') //=> 'history.repairs.0.returned'
 * formPathOf('$.fault.codes[1]')              //=> 'fault.codes'
 * formPathOf('$.sale["a\\"b"]')                //=> 'sale.a"b'
 * formPathOf('$["a\\"b"]')                     //=> 'a"b'
 */
export function formPathOf(jsonPath: string): string {
  const path = jsonPath
    .replace(/^\$\.?/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\[("(?:[^"\\]|\\.)*")\]/g, (_whole, quoted: string) => `.${JSON.parse(quoted) as string}`)
    .replace(/^\./, '');
  return path.replace(/(codes|faultCodes)\.\d+$/, '$1');
}

export { fenToYuan, yuanToFen } from './normalise';
