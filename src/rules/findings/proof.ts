import type { FindingDeclarations } from '../declare-finding';

/** The finding codes of what the documents prove (the rules in src/rules/proof.ts). */
export const proofFindings = {
  'proof.card-altered': {
    message: {
      'zh-CN': '三包凭证有涂改，不实行三包，只能收费修理。',
      en: 'The 三包 card has been altered: the claim is outside 三包 and only a paid repair is open.',
    },
    cites: ['mp2001:exclusions'],
    effect: { denies: ['all-free'] },
  },
  'proof.card-mismatch': {
    message: {
      'zh-CN': '三包凭证上的IMEI为{cardImei}，与本机{imei}不符，凭证与实物不符，不实行三包，只能收费修理。',
      en: 'The 三包 card names IMEI {cardImei}, not this phone’s {imei}: the card does not match the goods, so the claim is outside 三包 (paid repair only).',
    },
    cites: ['mp2001:exclusions'],
    effect: { denies: ['all-free'] },
  },
  'proof.invoice-mismatch': {
    message: {
      'zh-CN': '发票上的IMEI为{invoiceImei}，与本机{imei}不符，该发票不能证明本机的购买，只能依其他凭证认定。',
      en: 'The invoice names IMEI {invoiceImei}, not this phone’s {imei}: it proves nothing for this phone, and the claim rests on the other proof given.',
    },
    cites: ['mp2001:exclusions'],
    effect: 'informs',
  },
  'proof.secondary': {
    message: {
      'zh-CN': '仅有{proof}证明购买：仍可免费修理和换货，但不能退货。',
      en: 'The sale is proven only by {proof}: free repair and exchange remain open, but not the refund.',
    },
    cites: ['mp2001:lost-proof'],
    clauseOf: ['secondaryProofDenies'],
    effect: { denies: ['refund', 'exchange'] },
  },
  'proof.factory-date': {
    message: {
      'zh-CN': '无发票、凭证及底联：三包有效期自出厂日期{factoryDate}后第{days}日（{start}）起计算，只能免费修理。',
      en: 'No invoice, card or copy: the period starts {days|day} after the factory date {factoryDate}, on {start}, and only a free repair is owed.',
    },
    cites: ['mp2001:lost-proof'],
    clauseOf: ['factoryFallbackDays', 'factoryProofDenies'],
    effect: { denies: ['refund', 'exchange'] },
  },
  'proof.none': {
    message: {
      'zh-CN': '既无三包凭证，也无有效发票或其他购买日期证明：不实行三包，只能收费修理。',
      en: 'No 三包 card, no valid invoice and no other proof of the date: the claim is outside 三包 and only a paid repair is open.',
    },
    cites: ['mp2001:exclusions'],
    effect: { denies: ['all-free'] },
  },
  'proof.none-card-mismatch': {
    message: {
      'zh-CN': '三包凭证上的IMEI与本机不符，又无有效发票或其他购买日期证明：不实行三包，只能收费修理。',
      en: 'The 三包 card names another IMEI than this phone’s, and there is no valid invoice or other proof of the date: the claim is outside 三包 and only a paid repair is open.',
    },
    cites: ['mp2001:exclusions'],
    effect: { denies: ['all-free'] },
  },
  'proof.none-card-altered': {
    message: {
      'zh-CN': '三包凭证有涂改，又无有效发票或其他购买日期证明：不实行三包，只能收费修理。',
      en: 'The 三包 card has been altered, and there is no valid invoice or other proof of the date: the claim is outside 三包 and only a paid repair is open.',
    },
    cites: ['mp2001:exclusions'],
    effect: { denies: ['all-free'] },
  },
} as const satisfies FindingDeclarations;
