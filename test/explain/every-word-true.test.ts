/**
 * Issue 18 ("every word true"), items 1–5, 7 and 8: each case the issue reports, with the wrong
 * words it must not show and the right words it must. Item 1's property over every fixture and
 * random claims under every profile is test/property/words-in-decision.property.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { citationLegend, citationText } from '../../src/explain/citation-text';
import { renderReport } from '../../src/explain/report';
import { citations, decide, definePolicy, policyById, sources } from '../support/api';
import { loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';

const IMEI = '860000000000009';
const OTHER_IMEI = '358990071234561';

type Decision = ReturnType<typeof decide>;

/** Every message a decision carries, in one language. */
function words(decision: Decision, lang: 'zh-CN' | 'en'): string {
  return [
    ...decision.reasons.map((r) => r.message[lang]),
    ...decision.warnings.map((r) => r.message[lang]),
    ...decision.recourse.map((r) => r.message[lang]),
    ...decision.obligations.map((r) => r.message[lang]),
    ...decision.floorConflicts.map((r) => r.message[lang]),
    ...(decision.counterfactuals ?? []).map((r) => r.message[lang]),
  ].join('\n');
}

const under = (id: string) => ({ policy: policyById(id)! });

/** Every fixture decided once, with its counterfactuals, for the checks that go through them all. */
let decided: { readonly name: string; readonly decision: Decision }[] | undefined;
const fixtureDecisions = () => (decided ??= loadFixtures().map((fixture) => ({ name: fixture.name, decision: decideFixture(fixture, { counterfactuals: true }) })));

describe('item 3: facts worded as they are', () => {
  it('an activation after the order and before delivery is not "activated before the sale"', () => {
    const decision = decide({
      claimDate: '2025-06-05',
      item: { kind: 'handset', imei: IMEI },
      sale: { date: '2025-06-01', deliveredDate: '2025-06-03', channel: 'online', priceFen: 399900 },
      fault: { codes: ['no-power-on'] },
      condition: { activated: true, activationDate: '2025-06-02' },
    });
    expect(words(decision, 'en')).not.toMatch(/before the sale/);
    expect(words(decision, 'zh-CN')).not.toMatch(/售前/);
    expect(words(decision, 'en')).toContain('activated on 2025-06-02, after the sale (the order) on 2025-06-01 but before the consumer received it on 2025-06-03');
    expect(words(decision, 'zh-CN')).toContain('在2025-06-01售出（下单）之后、消费者2025-06-03收货之前');
    expect(decision.recourse.map((r) => r.message.en)).toEqual(['The maker may refuse to reimburse the seller because the phone was activated before delivery; the seller still owes the consumer.']);
  });

  it('an activation before the sale still says so, with the sale date', () => {
    const decision = decide({
      claimDate: '2025-06-05',
      item: { kind: 'handset', imei: IMEI },
      sale: { date: '2025-06-01', deliveredDate: '2025-06-03', channel: 'online', priceFen: 399900 },
      fault: { codes: ['no-power-on'] },
      condition: { activated: true, activationDate: '2025-05-20' },
    });
    expect(words(decision, 'en')).toContain('activated on 2025-05-20, before the sale on 2025-06-01; the consumer received it on 2025-06-03');
    expect(words(decision, 'zh-CN')).toContain('售前激活');
  });

  it('a card naming another IMEI is not "no 三包 card"', () => {
    const decision = decide({
      claimDate: '2025-06-12',
      item: { kind: 'handset', imei: IMEI },
      sale: { date: '2025-06-02', priceFen: 399900 },
      proof: { invoice: 'none', warrantyCard: 'complete', warrantyCardImei: OTHER_IMEI },
      fault: { codes: ['no-power-on'] },
    });
    expect(decision.verdict).toBe('paid-repair');
    expect(words(decision, 'en')).not.toMatch(/No 三包 card/);
    expect(words(decision, 'zh-CN')).not.toMatch(/既无三包凭证/);
    expect(words(decision, 'en')).toContain('The 三包 card names another IMEI than this phone’s, and there is no valid invoice');
    expect(words(decision, 'zh-CN')).toContain('三包凭证上的IMEI与本机不符，又无有效发票');
  });

  it('a store sale under the seed-tiered profile is not "bought at a distance", and its 1-month return is the profile’s', () => {
    const decision = decide(
      { claimDate: '2026-01-05', request: 'no-reason-return', item: { kind: 'handset' }, sale: { date: '2026-01-02', channel: 'store', priceFen: 299900 } },
      under('seed-tiered'),
    );
    expect(words(decision, 'en')).not.toMatch(/at a distance/);
    expect(words(decision, 'zh-CN')).not.toMatch(/远程购买|七日无理由/);
    const grant = decision.reasons.find((r) => r.code === 'no-reason.in-window-profile')!;
    expect(grant.message.en).toBe(
      'Bought in a store and received on 2026-01-02: under this profile’s own promise of a 1-month return, beyond what the law gives, it may be returned without a reason until 2026-02-02; the seller pays the return shipping.',
    );
    expect(grant.message['zh-CN']).toContain('在门店购买');
    expect(grant.message['zh-CN']).toContain('按本政策自行承诺、超出法定范围的1个月无理由退货');
  });

  it('Apple’s 14-day return is a 14-day return, not 七日无理由退货, in the reasons and in the report', () => {
    const claim = { claimDate: '2025-06-13', request: 'no-reason-return', item: { kind: 'handset' }, sale: { date: '2025-06-01', deliveredDate: '2025-06-03', channel: 'online', priceFen: 599900 } };
    const policy = policyById('apple-cn')!;
    const decision = decide(claim, { policy });
    expect(decision.verdict).toBe('refund');
    expect(words(decision, 'zh-CN')).not.toMatch(/七日无理由/);
    expect(words(decision, 'en')).toContain('this profile’s own promise of a 14-day return');
    const zh = renderReport(decision, claim, { lang: 'zh-CN', format: 'text', policy });
    const en = renderReport(decision, claim, { lang: 'en', format: 'md', policy });
    // The measures' own title (网络购买商品七日无理由退货暂行办法) may be cited; no return is called so.
    expect(zh.replaceAll('《网络购买商品七日无理由退货暂行办法》', '')).not.toContain('七日无理由退货');
    expect(zh).toContain('14日无理由退货（本政策自行承诺）');
    expect(en).toContain('No-reason return (14 days, the profile’s own promise)');
  });

  it('the law’s seven-day return says it is the law’s, by its channel', () => {
    const claim = { claimDate: '2025-06-05', request: 'no-reason-return', item: { kind: 'handset' }, sale: { date: '2025-06-01', deliveredDate: '2025-06-03', channel: 'tv', priceFen: 199900 } };
    const decision = decide(claim);
    expect(decision.reasons.find((r) => r.code === 'no-reason.in-window')?.message.en).toBe(
      'Bought by TV and received on 2025-06-03: under the law’s seven-day no-reason return it may be returned without a reason until 2025-06-10; the buyer pays the return shipping.',
    );
    expect(renderReport(decision, claim, { lang: 'zh-CN', format: 'text' })).toContain('7日无理由退货（法定）');
  });

  it('a claim with no invoice at all is not told "this one does not" name the model and IMEI', () => {
    const decision = decide(
      { claimDate: '2025-06-12', item: { kind: 'handset', brand: 'Samsung', imei: IMEI }, sale: { date: '2025-06-02', priceFen: 399900 }, proof: { invoice: 'none', warrantyCard: 'complete' }, fault: { codes: ['no-power-on'] } },
      under('dealer-handbook'),
    );
    const recourse = decision.recourse.map((r) => r.message.en).join('\n');
    expect(recourse).not.toContain('this one does not');
    expect(recourse).toContain('The dealer’s handbook wants an invoice naming the model and the IMEI; no such invoice was shown.');
  });

  it('the claim’s day in the key dates says where it counts from', () => {
    const claim = { claimDate: '2025-06-12', item: { kind: 'handset', imei: IMEI }, sale: { date: '2025-06-02', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
    const decision = decide(claim);
    expect(renderReport(decision, claim, { lang: 'en', format: 'text' })).toContain('claim (day 10 counted from 2025-06-02)');
    expect(renderReport(decision, claim, { lang: 'zh-CN', format: 'text' })).toContain('申请日（自2025-06-02起第10日）');
  });

  it('an engraved phone (made to order) gets no no-reason return; the flag for activation alone does not refuse it', () => {
    const base = { claimDate: '2025-03-07', request: 'no-reason-return', item: { kind: 'handset' }, sale: { date: '2025-03-03', deliveredDate: '2025-03-05', channel: 'online', priceFen: 299900 } };
    const made = decide({ ...base, sale: { ...base.sale, madeToOrder: true } });
    expect(made.verdict).toBe('no-remedy');
    expect(words(made, 'zh-CN')).toContain('定作商品不适用无理由退货');
    expect(made.reasons.find((r) => r.code === 'request.not-met')?.cite).toMatchObject({ id: 'cpl2013:art25-1', article: '第二十五条第一款第（一）项' });
    const flagged = decide({ ...base, sale: { ...base.sale, noReasonExclusionConfirmed: true } });
    expect(flagged.verdict).toBe('refund');
  });
});

describe('item 4: the article of the real ground', () => {
  const handset = { item: { kind: 'handset', imei: IMEI }, fault: { codes: ['no-power-on'] } };

  it('an exchange asked for after the period cites the exclusions, not Art. 12', () => {
    const decision = decide({ ...handset, claimDate: '2026-08-01', request: 'exchange', sale: { date: '2025-06-02', priceFen: 399900 } });
    expect(decision.verdict).toBe('paid-repair');
    expect(decision.reasons.find((r) => r.code === 'request.not-met')?.cite.id).toBe('mp2001:exclusions');
  });

  it('an exchange asked for on day 20 cites Art. 12’s closed window', () => {
    const decision = decide({ ...handset, claimDate: '2025-06-22', request: 'exchange', sale: { date: '2025-06-02', priceFen: 399900 } });
    expect(decision.reasons.find((r) => r.code === 'request.not-met')?.cite.id).toBe('mp2001:art12');
  });

  it('a refund asked for a battery cites Art. 14', () => {
    const decision = decide({ claimDate: '2025-06-22', request: 'refund', item: { kind: 'battery' }, sale: { date: '2025-06-02', priceFen: 19900 }, fault: { codes: ['battery-failure'] } });
    expect(decision.verdict).not.toBe('refund');
    expect(decision.reasons.find((r) => r.code === 'request.not-met')?.cite.id).toBe('mp2001:art14');
  });

  it('a card naming another IMEI is denied on the exclusions list, not Appendix 2', () => {
    const decision = decide({ ...handset, claimDate: '2025-06-12', sale: { date: '2025-06-02', priceFen: 399900 }, proof: { warrantyCard: 'complete', warrantyCardImei: OTHER_IMEI, invoice: 'none' } });
    const denial = decision.reasons.find((r) => r.code === 'proof.card-mismatch')!;
    expect(denial.cite.id).toBe('mp2001:exclusions');
    expect(decision.reasons.some((r) => r.cite.id === 'mp2001:appendix2')).toBe(false);
  });

  it.each([
    ['2025-06-02', 'tradein2025', '商务部等5部门办公厅（商办流通函2025年第7号，2025年1月13日）'],
    ['2026-03-02', 'tradein2026', '国家发展改革委、财政部（发改环资〔2025〕1745号，2025年12月30日）'],
    ['2024-09-02', 'cplr2024:art18', undefined],
  ] as const)('the subsidy duty on a sale of %s cites %s', (date, cite, issuer) => {
    const decision = decide({ ...handset, claimDate: addDaysText(date, 3), sale: { date, priceFen: 399900, subsidyFen: 50000 } });
    const duty = decision.obligations.find((o) => o.type === 'subsidy-return')!;
    expect(duty.cite).toBe(cite);
    if (issuer !== undefined) {
      const citation = citations[cite as 'tradein2025'];
      expect(sources[citation.source].issuer['zh-CN']).toContain(issuer);
      expect(citation.summary.en).toMatch(/15% of the final price, at most ¥500/);
      expect(citation.summary.en).toMatch(/¥6,000/);
    }
  });
});

/** A date a few days on, for the cases above (no library call: the expected values stand alone). */
function addDaysText(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return next.toISOString().slice(0, 10);
}

describe('item 1: the decision holds every amount and date its words state', () => {
  const handset = { item: { kind: 'handset', imei: IMEI }, fault: { codes: ['no-power-on'] } };

  it('a gift charged on a no-reason return the decision does not give is not worded (nubia, damaged phone)', () => {
    const decision = decide(
      { ...handset, claimDate: '2025-05-15', sale: { date: '2025-05-10', channel: 'online', priceFen: 329900 }, condition: { giftsMissingFen: 19900, impact: 'found' } },
      under('nubia'),
    );
    expect(decision.remedies.some((remedy) => remedy.route === 'no-reason')).toBe(false);
    expect(words(decision, 'en')).not.toContain('¥3,100.00');
    expect(words(decision, 'zh-CN')).not.toContain('3,100.00元');
    expect(decision.reasons.some((reason) => reason.code === 'no-reason.gifts-charged')).toBe(false);
  });

  it('the refund for want of stock, with a subsidy, is not "the full price"; what the consumer paid is a field', () => {
    const decision = decide({ ...handset, claimDate: '2025-06-12', request: 'exchange', sale: { date: '2025-06-02', priceFen: 299900, subsidyFen: 44985 }, stock: { sameModelAvailable: false } });
    expect(decision.remedies[0]).toMatchObject({ type: 'refund', amountFen: 254915 });
    expect(words(decision, 'en')).not.toMatch(/full price/);
    expect(words(decision, 'zh-CN')).not.toMatch(/全价/);
    expect(decision.reasons.find((r) => r.code === 'substitution.no-stock-refund')?.message.en).toBe(
      'With no same model in stock and the consumer declining another, the seller takes the phone back and refunds ¥2,549.15, with no depreciation.',
    );
    expect(decision.obligations.find((o) => o.type === 'subsidy-return')).toMatchObject({ amountFen: 44985, consumerFen: 254915 });
  });

  it('the consumer’s share a depreciated refund is taken from is the decision’s (obligations[].consumerFen)', () => {
    const decision = decide({ ...handset, claimDate: '2025-06-12', request: 'refund', sale: { date: '2025-06-02', priceFen: 409900, subsidyFen: 50000 } });
    const reason = decision.reasons.find((r) => r.code === 'substitution.refund-instead-subsidy')!;
    expect(reason.message.en).toContain('taken from the ¥3,599.00 the consumer paid');
    expect(decision.obligations.find((o) => o.type === 'subsidy-return')?.consumerFen).toBe(359900);
  });

  it('six months after receipt, and the day a delayed repair’s exchange falls due, are dates of the decision', () => {
    const disputed = decide({ ...handset, claimDate: '2025-06-12', sale: { date: '2025-06-02', priceFen: 399900 }, condition: { liquid: 'disputed' } });
    expect(disputed.dates.sellerProvesUntil).toBe('2025-12-02');
    expect(disputed.reasons.find((r) => r.code === 'damage.seller-must-prove')?.message.en).toContain('(until 2025-12-02)');
    const waiting = decide({
      ...handset,
      claimDate: '2025-06-20',
      request: 'exchange',
      sale: { date: '2025-01-06', priceFen: 399900 },
      history: { repairs: [{ handedIn: '2025-06-10', returned: null, delayCause: 'repairer', faultCodes: ['no-power-on'] }] },
    });
    expect(waiting.dates.delayExchangeFrom).toBe('2025-07-11');
    expect(waiting.reasons.find((r) => r.code === 'repairs.delay-not-yet')?.message.en).toContain('from 2025-07-11');
  });
});

describe('item 2: one story per decision', () => {
  const online = { item: { kind: 'handset', imei: IMEI }, fault: { codes: ['no-power-on'] }, sale: { date: '2025-05-06', deliveredDate: '2025-05-13', channel: 'online', priceFen: 399900 } };

  it('under huawei with the floor prevailing, the period and the start of the clocks are told once, the law’s', () => {
    const decision = decide({ ...online, claimDate: '2025-05-20' }, under('huawei'));
    expect(decision.dates.warrantyUntil).toBe('2026-05-13');
    const en = words(decision, 'en');
    expect(en).not.toContain('2026-05-06');
    expect(en).not.toContain('2025-05-21');
    expect(decision.reasons.filter((r) => r.code.startsWith('period.start'))).toHaveLength(1);
    expect(decision.reasons.find((r) => r.code.startsWith('period.start'))?.code).toBe('period.start-delivery');
    expect(decision.reasons.filter((r) => r.code === 'period.in-warranty').map((r) => r.message.en)).toEqual(['Inside the 三包 period (until 2026-05-13): the fault is repaired free.']);
    expect(decision.floorConflicts.map((c) => c.message.en).join('\n')).toContain('start of the periods');
  });

  it('under oppo the no-reason line is told once', () => {
    const decision = decide({ ...online, claimDate: '2025-05-15' }, under('oppo'));
    const lines = decision.reasons.map((r) => r.message.en).filter((line) => line.startsWith('Bought online'));
    expect(lines).toHaveLength(1);
    expect(new Set(decision.reasons.map((r) => r.message.en)).size).toBe(decision.reasons.length);
  });

  it('no reason appears twice in any fixture’s decision', () => {
    for (const { name, decision } of fixtureDecisions()) {
      const lines = decision.reasons.map((r) => r.message.en);
      expect(lines.filter((line, index) => lines.indexOf(line) !== index), name).toEqual([]);
    }
  });

  it('a warning of the run that did not prevail is not given (meizu’s refund consumed by depreciation; the law’s refund pays)', () => {
    // Found by the words property's 20,000-claim run under meizu.
    const claim = {"claimDate": "2002-05-12", "request": "best", "item": {"kind": "handset", "imei": "860000000000009", "boughtWith": "handset", "builtIn": false}, "sale": {"date": "2001-11-15", "channel": "store", "carrierContract": false, "priceFen": 183446, "noReasonExclusionConfirmed": false, "subsidyFen": 20179}, "proof": {"invoice": "original", "warrantyCard": "complete", "otherDateProof": "none"}, "fault": {"inspection": "confirmed", "codes": ["manual-function-failure"], "cause": "product"}, "condition": {"liquid": "none", "impact": "none", "unauthorizedOpening": "none", "forceMajeure": false, "cosmeticWear": false, "labelsIntact": false, "activated": false, "accessoriesComplete": false, "giftsMissingFen": 5000}, "history": {"repairs": [{"handedIn": "2001-11-16", "returned": null, "faultCodes": ["manual-function-failure"], "delayCause": "parts"}], "exchanges": [], "replacements": 0}, "stock": {"sameModelAvailable": true, "consumerAcceptsOtherModel": false}};
    const decision = decide(claim, under('meizu'));
    const refund = decision.remedies.find((r) => r.type === 'refund')!;
    expect(refund.amountFen).toBeGreaterThan(0);
    expect(decision.warnings.map((w) => w.code)).not.toContain('substitution.refund-consumed');
    expect(words(decision, 'en')).not.toContain('¥0.00');
  });

  it('where both regimes are shown, each is labelled (seed-tiered’s shorter free repair and the law’s period)', () => {
    const decision = decide(
      { claimDate: '2025-12-01', item: { kind: 'handset' }, sale: { date: '2025-03-04', priceFen: 299900 }, fault: { codes: ['no-power-on'] } },
      under('seed-tiered'),
    );
    const warranty = decision.reasons.filter((r) => r.rule === 'period.warranty' || r.code === 'period.in-warranty');
    expect(warranty.some((r) => r.message.en.startsWith('The law: Inside the 三包 period'))).toBe(true);
    expect(warranty.some((r) => r.message['zh-CN'].startsWith('法定标准：'))).toBe(true);
    expect(decision.reasons.some((r) => r.message.en.startsWith('Generic tiered after-sales policy: '))).toBe(true);
  });

  it('a profile’s title is told as written in its label, `$` patterns and all', () => {
    const shop = definePolicy(policyById('seed-tiered')!, {
      id: 'dollar-shop',
      title: { 'zh-CN': "$&店$'", en: '$& shop $`' },
      source: { title: 'counter notice' },
      asOf: '2026-01-01',
      confidence: 'A',
    });
    const decision = decide({ claimDate: '2025-12-01', item: { kind: 'handset' }, sale: { date: '2025-03-04', priceFen: 299900 }, fault: { codes: ['no-power-on'] } }, { policy: shop });
    expect(decision.reasons.some((r) => r.message.en.startsWith('$& shop $`: '))).toBe(true);
    expect(decision.reasons.some((r) => r.message['zh-CN'].startsWith("$&店$'："))).toBe(true);
  });
});

describe('item 5: warnings only where they can matter', () => {
  it('a day-3 refund of a 2026 sale carries no missing-calendar warning', () => {
    const decision = decide({ claimDate: '2026-03-05', item: { kind: 'handset', imei: IMEI }, sale: { date: '2026-03-02', priceFen: 399900 }, fault: { codes: ['no-power-on'] } });
    expect(decision.verdict).toBe('refund');
    expect(decision.status).toBe('final');
    expect(decision.warnings).toEqual([]);
    // The only words about the missing calendar are the mark on the one date it could move (2027-03-02).
    expect(words(decision, 'en').match(/holiday calendar/g)).toEqual(['holiday calendar']);
    expect(words(decision, 'en')).toContain('2027-03-02 (provisional: the 2027 holiday calendar is not known yet)');
  });

  it('a single date the missing year could move is marked provisional where it is shown, and only that date', () => {
    const claim = { claimDate: '2026-03-05', item: { kind: 'handset', imei: IMEI }, sale: { date: '2026-03-02', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
    const decision = decide(claim);
    expect(decision.status).toBe('final');
    const windows = Object.fromEntries((decision.derivation?.windows ?? []).map((w) => [w.key, w.unknownHolidays]));
    // The period ends on 2027-03-02, in a year the calendar lacks; the refund and exchange windows end in 2026.
    expect(windows).toEqual({ refund: undefined, exchange: undefined, warranty: [2027] });
    const en = renderReport(decision, claim, { lang: 'en', format: 'text' });
    const zh = renderReport(decision, claim, { lang: 'zh-CN', format: 'md' });
    expect(en).toMatch(/2027-03-02 +last day of the 三包 period \(provisional: the holiday calendar for\s+2027 is not known yet/);
    expect(zh).toContain('三包有效期最后一日（暂定：2027年的节假日安排尚未收录');
    expect(en).not.toMatch(/2026-03-09 +last day of the refund window \(provisional/);
    expect(en.match(/provisional: the holiday/g)).toHaveLength(1);
  });

  it('a decision the missing year can change is provisional, and warns once', () => {
    const fixture = loadFixtures().find((f) => f.name === 'closer-law/i28-refund-window-ends-in-2027-provisional.json')!;
    const decision = decideFixture(fixture);
    expect(decision.status).toBe('provisional');
    expect(decision.warnings.filter((w) => w.code === 'calendar.not-covered')).toHaveLength(1);
  });

  it('every decision of the fixtures that warns of the calendar is provisional', () => {
    for (const { name, decision } of fixtureDecisions()) {
      if (decision.warnings.some((w) => w.code === 'calendar.not-covered')) expect(decision.status, name).toBe('provisional');
    }
  });

  it('I26: the waiver warning appears once the phone was accepted back, whatever the fault', () => {
    const decision = decide({
      claimDate: '2025-09-10',
      item: { kind: 'handset', imei: IMEI },
      sale: { date: '2025-03-03', priceFen: 399900 },
      fault: { codes: ['no-power-on'] },
      history: { repairs: [{ handedIn: '2025-06-02', returned: '2025-07-15', faultCodes: ['no-power-on'], delayCause: 'repairer' }] },
    });
    expect(decision.verdict).toBe('exchange');
    const warning = decision.warnings.find((w) => w.code === 'repairs.delay-waiver-disputed')!;
    expect(warning.message.en).toBe(
      'The consumer took the phone back on 2025-07-15 after the 43-day repair. The rule sets no time limit on the exchange that delay gave, so it is listed; whether accepting the repaired phone gave it up is disputed.',
    );
    expect(warning.message.en).not.toContain('another fault');
  });

  it('a no-reason return refused for damage does not also say inspection does not defeat it', () => {
    const decision = decide({
      claimDate: '2025-06-05',
      request: 'no-reason-return',
      item: { kind: 'handset' },
      sale: { date: '2025-06-01', deliveredDate: '2025-06-03', channel: 'online', priceFen: 399900 },
      condition: { impact: 'found', activated: true },
    });
    expect(decision.reasons.map((r) => r.code)).toContain('no-reason.damaged');
    expect(decision.reasons.map((r) => r.code)).not.toContain('no-reason.inspection-allowed');
    expect(words(decision, 'en')).not.toContain('does not defeat the no-reason return');
  });

  it('an intact phone opened to inspect still hears that inspection does not defeat the return', () => {
    const decision = decide({
      claimDate: '2025-06-05',
      request: 'no-reason-return',
      item: { kind: 'handset' },
      sale: { date: '2025-06-01', deliveredDate: '2025-06-03', channel: 'online', priceFen: 399900 },
      condition: { activated: true },
    });
    expect(decision.reasons.map((r) => r.code)).toContain('no-reason.inspection-allowed');
  });
});

describe('item 7: printed citations', () => {
  it('names an unverified article by its subject, never a guessed range of numbers', () => {
    expect(citationText('mp2001:period', 'zh-CN')).toBe('《移动电话机商品修理更换退货责任规定》关于三包有效期的规定');
    expect(citationText('mp2001:exclusions', 'zh-CN')).toBe('《移动电话机商品修理更换退货责任规定》关于不实行三包的情形的规定');
    expect(citationText('mp2001:period', 'en')).toBe('MP2001, the provision on the 三包 period');
    for (const citation of Object.values(citations)) {
      const text = `${citationText(citation.id, 'zh-CN')} ${citationText(citation.id, 'en')}`;
      expect(text, citation.id).not.toMatch(/未核实|位于第|unverified|between Arts/);
    }
  });

  it('keeps the status in the JSON and in the staff legend', () => {
    const claim = { claimDate: '2025-06-12', item: { kind: 'handset', imei: IMEI }, sale: { date: '2025-06-02', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
    const decision = decide(claim);
    const period = decision.reasons.find((r) => r.cite.id === 'mp2001:period')!;
    expect(period.cite).toMatchObject({ article: '关于三包有效期的规定', verified: false });
    expect(citationLegend(['mp2001:art11', 'mp2001:period'], 'zh-CN')).toEqual(['《移动电话机商品修理更换退货责任规定》关于三包有效期的规定：按内容引用，条文内容已核实，条号未核实。']);
    const consumers = renderReport(decision, claim, { lang: 'zh-CN', format: 'text' });
    const staff = renderReport(decision, claim, { lang: 'zh-CN', format: 'text', legend: true });
    expect(consumers).not.toMatch(/未核实/);
    expect(staff).toContain('供工作人员参考：按内容引用的条文');
    expect(staff).toContain('条号未核实');
  });

  it('no fixture’s decision or report prints an unverified number', () => {
    for (const { name, decision } of fixtureDecisions()) {
      const text = [words(decision, 'zh-CN'), words(decision, 'en'), ...decision.reasons.map((r) => r.cite.article)].join('\n');
      expect(text, name).not.toMatch(/未核实|位于第七条|unverified|between Arts/);
    }
  });
});

describe('item 8: English', () => {
  it('says "1 day" and "10 days", never "day(s)"', () => {
    const late = (claimDate: string) =>
      decide({ claimDate, item: { kind: 'handset', imei: IMEI }, sale: { date: '2024-06-03', priceFen: 399900 }, fault: { codes: ['no-power-on'] } }).reasons.find((r) => r.code === 'period.expired')!.message.en;
    expect(late('2025-06-04')).toContain('this claim came 1 day later');
    expect(late('2025-06-13')).toContain('this claim came 10 days later');
    for (const { name, decision } of fixtureDecisions()) {
      expect(words(decision, 'en'), name).not.toMatch(/\(s\)|\b1 days\b|\b1 times\b|\b1 months\b/);
    }
  });

  it('keeps the Chinese free of English words (brand names, IMEI, CCC and SIM aside)', () => {
    for (const { name, decision } of fixtureDecisions()) {
      const zh = words(decision, 'zh-CN')
        .replace(/IMEI|CCC|SIM|S\/N/g, '')
        .replace(/Apple Store|Apple|OPPO|vivo|Samsung|Nokia|Motorola|Xiaomi|Huawei|HUAWEI|nubia|Meizu|Acme/g, '');
      expect(zh, name).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});

/** An item exchanged on 2025-04-01 (sold 2025-03-01), claimed on 2025-05-20 for a listed fault. */
const exchanged = (item: Record<string, unknown>, priceFen: number) =>
  decide({
    claimDate: '2025-05-20',
    item,
    sale: { date: '2025-03-01', priceFen },
    fault: { codes: ['no-power-on'] },
    history: { exchanges: [{ date: '2025-04-01' }] },
  });

describe('what an exchange restarts, said with the dates the item has', () => {
  it('a data cable exchanged (no 三包 period of its own): no "the period runs anew" reason, and no message with an empty date', () => {
    const decision = exchanged({ kind: 'data-cable' }, 9_900);
    expect(decision.reasons.map((reason) => reason.code)).not.toContain('period.restart');
    for (const reason of decision.reasons) {
      expect(reason.message.en).not.toMatch(/until ,|until \)/);
      expect(reason.message['zh-CN']).not.toMatch(/至，|至）/);
    }
  });

  it('a charger exchanged: its period runs anew, said with its one date (it has no exchange window of its own)', () => {
    const decision = exchanged({ kind: 'charger', boughtWith: 'handset' }, 9_900);
    const restart = decision.reasons.find((reason) => reason.code === 'period.restart-period');
    expect(restart?.message.en).toMatch(/^The item was exchanged on 2025-04-01: its 三包 period runs anew from that day \(until 2026-04-01\)\.$/);
    expect(restart?.message['zh-CN']).toContain('至2026-04-01');
    expect(decision.reasons.map((reason) => reason.code)).not.toContain('period.restart');
  });

  it('a phone exchanged: the period runs anew, with both dates', () => {
    const restart = exchanged({ kind: 'handset' }, 399_900).reasons.find((reason) => reason.code === 'period.restart');
    expect(restart?.message.en).toMatch(/exchanged on 2025-04-01: .*exchange until 2025-04-16, period until 2026-04-01/);
  });
});
