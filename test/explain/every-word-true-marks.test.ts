/**
 * Issue 18's last three items, each with the wrong words it must not show and the right words it
 * must: a reason's date a missing holiday calendar could move is marked provisional (item 5); a
 * reason about a remedy the decision does not give is marked so in the decision itself, and every
 * rendering shows the same words (item 2); a profile's clause the law set aside on the dates, with
 * no floor conflict to say so, is stated once (item 2).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/explain/report';
import { POLICY_IDS } from '../../src/policy/registry';
import { decide, decisionSchema, policyById } from '../support/api';
import { loadFixtures } from '../support/fixtures';
import { decideFixture } from '../support/run';

const IMEI = '860000000000009';

type Decision = ReturnType<typeof decide>;

const reason = (decision: Decision, code: string) => decision.reasons.find((r) => r.code === code)!;
const allWords = (decision: Decision, lang: 'zh-CN' | 'en') => [...decision.reasons, ...decision.warnings].map((r) => r.message[lang]).join('\n');

describe('item 5: a reason’s date a missing holiday calendar could move is marked provisional', () => {
  // Sold 2026-03-02: the 三包 period ends on 2027-03-02, in a year the calendar lacks; the refund window (2026-03-09) does not.
  const claim = { claimDate: '2026-03-05', item: { kind: 'handset' as const, imei: IMEI }, sale: { date: '2026-03-02', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };

  it('marks the date in the reason that states it, in both languages', () => {
    const decision = decide(claim);
    expect(decision.derivation?.windows.find((w) => w.key === 'warranty')?.unknownHolidays).toEqual([2027]);
    const period = reason(decision, 'period.in-warranty');
    expect(period.message.en).toBe('Inside the 三包 period (until 2027-03-02 (provisional: the 2027 holiday calendar is not known yet)): the fault is repaired free.');
    expect(period.message['zh-CN']).toBe('在三包有效期内（至2027-03-02（暂定：2027年的节假日安排尚未收录））：免费修理。');
    expect(period.message['zh-CN']).not.toMatch(/[A-Za-z]/);
    // Never the bare date, and no other date marked.
    expect(allWords(decision, 'en')).not.toContain('until 2027-03-02)');
    expect(allWords(decision, 'en')).toContain('last day 2026-03-09)');
    expect(allWords(decision, 'en')).not.toMatch(/2026-03-09 \(provisional/);
    // The decision-wide warning stays away: the missing year cannot change this verdict.
    expect(decision.status).toBe('final');
    expect(decision.warnings).toEqual([]);
  });

  it('marks nothing in a year the calendar covers', () => {
    const decision = decide({ ...claim, claimDate: '2025-03-06', sale: { date: '2025-03-03', priceFen: 399900 } });
    expect(decision.derivation?.windows.some((w) => w.unknownHolidays !== undefined)).toBe(false);
    expect(allWords(decision, 'en')).not.toMatch(/provisional|holiday calendar/);
    expect(allWords(decision, 'zh-CN')).not.toMatch(/暂定|节假日安排/);
    expect(reason(decision, 'period.in-warranty').message.en).toBe('Inside the 三包 period (until 2026-03-03): the fault is repaired free.');
  });

  it('marks each window end the derivation holds as provisional, and the calendar’s own warning is not marked twice', () => {
    const fixture = loadFixtures().find((f) => f.name === 'closer-law/i28-refund-window-ends-in-2027-provisional.json')!;
    const decision = decideFixture(fixture);
    expect(decision.status).toBe('provisional');
    expect(reason(decision, 'window.exchange').message.en).toContain('(last day 2027-01-14 (provisional: the 2027 holiday calendar is not known yet))');
    expect(reason(decision, 'period.counting-day').message['zh-CN']).toContain('最后一日为2027-01-06（暂定：2027年的节假日安排尚未收录）');
    const calendar = reason(decision, 'calendar.unknown-year');
    expect(calendar.message.en).toContain('ended on 2027-01-06 by weekends only');
    expect(calendar.message.en).not.toContain('(provisional: the 2027');
    // The decision-wide warning: once, since the status is provisional.
    expect(decision.warnings.map((w) => w.code)).toEqual(['calendar.not-covered']);
  });
});

describe('item 5 on claims around a year the calendar lacks, under every shipped profile', () => {
  /** A day `n` days after `from` (both YYYY-MM-DD), counted in UTC. */
  const plus = (from: string, n: number) => new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const around = fc.record({
    sale: fc.integer({ min: 0, max: 540 }),
    delivery: fc.integer({ min: 0, max: 6 }),
    after: fc.integer({ min: 0, max: 420 }),
    channel: fc.constantFrom('store' as const, 'online' as const),
    repairs: fc.constantFrom(0, 0, 1),
  });
  const claimOf = ({ sale, delivery, after, channel, repairs }: { sale: number; delivery: number; after: number; channel: 'store' | 'online'; repairs: number }) => {
    const saleDate = plus('2026-01-01', sale);
    const delivered = plus(saleDate, channel === 'online' ? delivery : 0);
    const claimDate = plus(delivered, after);
    const history = repairs === 0 || after < 40 ? {} : { history: { repairs: [{ handedIn: plus(delivered, 20), returned: plus(delivered, 32), faultCodes: ['no-power-on'] }] } };
    return { claimDate, item: { kind: 'handset' as const, imei: IMEI }, sale: { date: saleDate, ...(channel === 'online' ? { deliveredDate: delivered } : {}), channel, priceFen: 399900 }, fault: { codes: ['no-power-on'] }, ...history };
  };

  it.each(POLICY_IDS)('under %s: a mark only on a window end the derivation marks, and the decision-wide warning only when provisional', (id) => {
    const policy = policyById(id)!;
    fc.assert(
      fc.property(around, (drawn) => {
        const decision = decide(claimOf(drawn), { policy });
        if (decision.warnings.some((w) => w.code === 'calendar.not-covered')) expect(decision.status).toBe('provisional');
        const ends = new Map((decision.derivation?.windows ?? []).filter((w) => w.unknownHolidays !== undefined).map((w) => [w.last, w.unknownHolidays!]));
        for (const r of [...decision.reasons, ...decision.warnings]) {
          for (const match of r.message.en.matchAll(/(\d{4}-\d{2}-\d{2}) \(provisional: the ([\d, ]+) holiday calendars? (?:is|are) not known yet\)/g)) {
            expect(ends.get(match[1]!)?.join(', '), `${r.code}: ${r.message.en}`).toBe(match[2]);
          }
          for (const match of r.message['zh-CN'].matchAll(/(\d{4}-\d{2}-\d{2})（暂定：([\d、]+)年的节假日安排尚未收录）/g)) {
            expect(ends.get(match[1]!)?.join('、'), `${r.code}: ${r.message['zh-CN']}`).toBe(match[2]);
          }
        }
        // The period's reason states its last day: marked exactly when the derivation says a missing year could move it.
        const period = decision.reasons.find((r) => r.code === 'period.in-warranty' && r.under === undefined);
        const until = decision.dates.warrantyUntil;
        if (period !== undefined && until !== undefined && period.message.en.includes(`until ${until}`)) {
          expect(period.message.en.includes(`until ${until} (provisional`), period.message.en).toBe(ends.has(until));
        }
      }),
      { seed: 20261207, numRuns: 40 },
    );
  });
});

describe('item 2: a reason about a remedy the decision does not give is marked in the decision', () => {
  // A no-reason return asked for on a damaged phone: the damage rules out the no-reason return and every free remedy.
  const claim = {
    claimDate: '2025-06-05',
    request: 'no-reason-return' as const,
    item: { kind: 'handset' as const },
    sale: { date: '2025-06-01', deliveredDate: '2025-06-03', channel: 'online' as const, priceFen: 399900 },
    fault: { codes: ['no-power-on'] },
    condition: { impact: 'found', activated: true },
  };

  it('marks the no-reason return reason notGiven, with words in both languages', () => {
    const decision = decide(claim);
    expect(decision.remedies.map((r) => r.type)).toEqual(['paid-repair']);
    const noReason = reason(decision, 'no-reason.in-window');
    expect(noReason.notGiven).toBe(true);
    expect(noReason.message.en).toBe(
      'Bought online and received on 2025-06-03: under the law’s seven-day no-reason return it may be returned without a reason until 2025-06-10; the buyer pays the return shipping. Not given in this decision: a no-reason return; another reason rules it out.',
    );
    expect(noReason.message['zh-CN']).toMatch(/至2025-06-10（含当日）可无理由退货，退货运费由消费者承担。（本决定不给予无理由退货：另有理由排除。）$/);
    expect(reason(decision, 'period.in-warranty').message.en).toBe('Inside the 三包 period (until 2026-06-03): the fault is repaired free. Not given in this decision: a free repair; another reason rules it out.');
    expect(reason(decision, 'window.refund').message['zh-CN']).toMatch(/（本决定不给予退货：另有理由排除。）$/);
    expect(reason(decision, 'period.in-warranty').notGiven).toBe(true);
    // What the decision gives is not marked.
    const paid = reason(decision, 'remedy.paid-repair');
    expect(paid.notGiven).toBeUndefined();
    expect(paid.message.en).not.toContain('Not given');
    expect(() => decisionSchema.parse(decision)).not.toThrow();
  });

  it('marks exactly the grants whose remedy, on its route, the decision does not give', () => {
    for (const fixture of loadFixtures()) {
      const decision = decideFixture(fixture);
      for (const r of decision.reasons) {
        const offered = decision.remedies.some((m) => m.type === r.remedy && (r.route === undefined || (m.route ?? 'sanbao') === r.route));
        const expected = r.effect === 'grant' && r.remedy !== undefined && !offered;
        expect(r.notGiven === true, `${fixture.name}: ${r.code}`).toBe(expected);
        expect(/ Not given in this decision: (a refund|an exchange|a free repair|a paid repair|a no-reason return); another reason rules it out\.$/.test(r.message.en), `${fixture.name}: ${r.code}`).toBe(expected);
        expect(/（本决定不给予(退货|换货|免费修理|收费修理|无理由退货)：另有理由排除。）$/.test(r.message['zh-CN']), `${fixture.name}: ${r.code}`).toBe(expected);
        if (expected && r.route === 'no-reason') expect(r.message.en, fixture.name).toMatch(/a no-reason return; another/);
      }
    }
  });

  it('the reports show the decision’s words once, without a note of their own', () => {
    const decision = decide(claim);
    const marked = reason(decision, 'no-reason.in-window');
    for (const lang of ['en', 'zh-CN'] as const) {
      for (const format of ['text', 'md'] as const) {
        // Lines are wrapped in the text report: compared without white space.
        const report = renderReport(decision, claim, { lang, format }).replace(/\s+/g, '');
        expect(report).toContain(marked.message[lang].replace(/\s+/g, ''));
        expect(report).not.toMatch(/Notgivenhere|本案不给予/);
        const mark = lang === 'en' ? 'Notgiveninthisdecision' : '本决定不给予';
        expect(report.split(mark).length - 1).toBe(decision.reasons.filter((r) => r.notGiven).length);
      }
    }
  });
});

describe('item 2: a clause the law set aside on the dates, with no floor conflict, is stated once', () => {
  // Bought online on 2025-06-02, received 2025-06-06: Huawei's clocks start at the sale, the law's (from 2024-07-01) at delivery.
  const claim = {
    claimDate: '2025-06-07',
    item: { kind: 'handset' as const, imei: IMEI },
    sale: { date: '2025-06-02', deliveredDate: '2025-06-06', channel: 'online' as const, priceFen: 399900 },
    fault: { codes: ['no-power-on'] },
  };
  const huawei = { policy: policyById('huawei')! };

  it('names Huawei’s start-of-the-periods clause and the law’s start that stood', () => {
    const decision = decide(claim, huawei);
    expect(decision.floorConflicts).toEqual([]);
    expect(decision.dates.periodStart).toBe('2025-06-06');
    const setAside = decision.reasons.filter((r) => r.code === 'floor.clause-set-aside');
    expect(setAside).toHaveLength(1);
    expect(setAside[0]!.cite.id).toBe('cplr2024:art18');
    expect(setAside[0]!.message.en).toBe(
      'Set aside: Huawei phone 三包 service, start of the periods, on the day the 三包 clocks start. It gives the sale (invoice) date; the law gives the delivery (sign-for) date, which is better for the consumer and prevails (CPL Regs 2024 Art. 18; MP2001 Art. 3; MP2001 Art. 4). The dates in this decision are the law’s.',
    );
    expect(setAside[0]!.message['zh-CN']).toContain('《华为手机三包服务》三包起算关于三包期间的起算日的约定不予适用：该条款为售出（开票）之日，法定标准为交付（签收）之日');
    expect(setAside[0]!.message['zh-CN']).not.toMatch(/[A-Za-z]/);
    // Before, nothing named the clause: every date and start reason told is the law's.
    expect(decision.reasons.filter((r) => r.code === 'period.start-sale-profile' || r.code === 'period.start-sale')).toEqual([]);
  });

  it('says nothing where the clause changes no date, nor under the floor itself', () => {
    const store = decide({ ...claim, sale: { date: '2025-06-02', channel: 'store', priceFen: 399900 } }, huawei);
    expect(store.reasons.map((r) => r.code)).not.toContain('floor.clause-set-aside');
    expect(decide(claim).reasons.map((r) => r.code)).not.toContain('floor.clause-set-aside');
    // Before 2024-07-01 the law's clocks start at the sale too: nothing was set aside.
    const old = decide({ ...claim, claimDate: '2024-03-07', sale: { date: '2024-03-02', deliveredDate: '2024-03-06', channel: 'online', priceFen: 399900 } }, huawei);
    expect(old.reasons.map((r) => r.code)).not.toContain('floor.clause-set-aside');
  });

  it('is not said a second time where a floor conflict already names the clause', () => {
    // On 2025-06-11 Huawei's refund window (from the sale) has closed and the law's has not: a floor conflict names the clause.
    const decision = decide({ ...claim, claimDate: '2025-06-11' }, huawei);
    expect(decision.floorConflicts.map((c) => c.clause)).toEqual(['policy:huawei:invoice-date']);
    expect(decision.reasons.map((r) => r.code)).not.toContain('floor.clause-set-aside');
  });
});
