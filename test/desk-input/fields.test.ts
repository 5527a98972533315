import { describe, expect, it } from 'vitest';
import { fenToYuan, fieldId, formPathOf, REPAIR_FIELDS, SECTIONS, SHOP_FIELDS, SHOP_OFFER_FIELDS, SHOP_VERDICTS, yuanToFen } from '../../src/desk/fields';
import { DESK_WORDS } from '../../src/desk/i18n';
import { visibleText } from '../../src/desk/dom';
import { faultSchema, repairSchema, shopDecisionSchema, shopRemedySchema } from '../support/api';

describe('the desk form as data', () => {
  it('reads amounts typed in yuan as integer fen, without floating point, and refuses anything else', () => {
    expect(yuanToFen('3999')).toBe(399900);
    expect(yuanToFen('3999.9')).toBe(399990);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('1,299.05')).toBe(129905);
    // 0.29 × 100 is 28.999999999999996 in floating point; read as text it is 29 fen.
    expect(yuanToFen('0.29')).toBe(29);
    for (const bad of ['', '12.345', '-1', '1e3', 'abc', '3999.']) expect(yuanToFen(bad), bad).toBeUndefined();
    for (const fen of [0, 5, 29, 399900, 129905]) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });

  it('points an input error at the field it is about', () => {
    expect(formPathOf('$.claimDate')).toBe('claimDate');
    expect(formPathOf('$.sale.priceFen')).toBe('sale.priceFen');
    expect(formPathOf('$.history.repairs[2].returned')).toBe('history.repairs.2.returned');
    expect(formPathOf('$.fault.codes[3]')).toBe('fault.codes');
    expect(formPathOf('$.history.repairs[0].faultCodes[1]')).toBe('history.repairs.0.faultCodes');
    // A key with a quote in it, as the library writes its path: read back to the key itself.
    expect(formPathOf('$["a\\"b"]')).toBe('a"b');
    expect(formPathOf('$.sale["x\\"]; y"]')).toBe('sale.x"]; y');
    expect(fieldId('history.repairs.2.returned')).toBe('f-history-repairs-2-returned');
  });

  it('has a label for every field in both languages, and offers every value the claim format allows for the fault and repair rows', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const section of SECTIONS) for (const spec of section.fields) expect(DESK_WORDS[lang].fields[spec.path], `${lang} ${spec.path}`).toBeTruthy();
      for (const spec of REPAIR_FIELDS) expect(DESK_WORDS[lang].fields[`repair.${spec.path}`], `${lang} repair.${spec.path}`).toBeTruthy();
    }
    const inspection = SECTIONS.flatMap((s) => s.fields).find((spec) => spec.path === 'fault.inspection');
    expect(inspection?.kind === 'select' && inspection.values).toEqual(faultSchema.shape.inspection.def.innerType.options);
    const delay = REPAIR_FIELDS.find((spec) => spec.path === 'delayCause');
    expect(delay?.kind === 'select' && delay.values).toEqual(repairSchema.shape.delayCause.def.innerType.options);
  });

  it("asks for the shop's decision in the terms of the check record, labelled in both languages", () => {
    expect([...SHOP_VERDICTS]).toEqual(shopDecisionSchema.shape.verdict.options);
    const verdict = SHOP_FIELDS.find((spec) => spec.path === 'shop.verdict');
    expect(verdict?.kind === 'select' && verdict.values).toEqual(['', ...shopDecisionSchema.shape.verdict.options]);
    const type = SHOP_OFFER_FIELDS.find((spec) => spec.path === 'type');
    expect(type?.kind === 'select' && type.values).toEqual(['', ...shopRemedySchema.shape.type.options]);
    const shipping = SHOP_OFFER_FIELDS.find((spec) => spec.path === 'shippingPaidBy');
    expect(shipping?.kind === 'select' && shipping.values).toEqual(['', ...shopRemedySchema.shape.shippingPaidBy.def.innerType.options]);
    for (const lang of ['zh-CN', 'en'] as const) {
      const words = DESK_WORDS[lang];
      for (const spec of SHOP_FIELDS) expect(words.fields[spec.path], `${lang} ${spec.path}`).toBeTruthy();
      for (const spec of SHOP_OFFER_FIELDS) expect(words.fields[`offer.${spec.path}`], `${lang} offer.${spec.path}`).toBeTruthy();
      for (const spec of [...SHOP_FIELDS, ...SHOP_OFFER_FIELDS]) {
        if (spec.kind === 'select') for (const value of spec.values) expect(words.options[spec.words]?.[value], `${lang} ${spec.words} ${value}`).toBeTruthy();
      }
    }
  });

  it('shows hidden characters in text as escapes (the page puts text in text nodes, so markup needs none)', () => {
    expect(visibleText('Mate\u202e60\u0007\u001b[31m')).toBe('Mate\\u202e60\\u0007\\u001b[31m');
    expect(visibleText(`<img src=x onerror="a('&')">\n`)).toBe(`<img src=x onerror="a('&')">\n`);
  });
});
