/**
 * One evaluation, rendered once (issue 9): the report, the timeline and the SVG are pure
 * functions of the decision (and the claim), never worked out again from the claim.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define-policy';
import { loadFixtures } from '../support/fixtures';
import { shop as shopChanges } from '../support/shop';
import { decide, nationalPolicy, policyById, renderReport, renderTimelineSvg, timelineOf } from '../support/api';

const DATE_OF = { refund: 'refundUntil', exchange: 'exchangeUntil', 'no-reason': 'noReasonUntil', warranty: 'warrantyUntil' } as const;

describe('a shop with a 30-day exchange window (the reproduction)', () => {
  const shop = definePolicy(
    nationalPolicy,
    shopChanges(
      { exchange: { label: { 'zh-CN': '30天包换', en: '30-day exchange' }, text: { 'zh-CN': '30天内包换。', en: 'Exchange within 30 days.' }, confidence: 'A' } },
      { id: 'thirty-days', title: { 'zh-CN': '三十天包换', en: 'Thirty-day exchange' }, parameters: { exchangeWindow: { value: { days: 30 }, clause: 'exchange' } } },
    ),
  );
  // Store sale Monday 2025-03-03; day 20 (2025-03-23): past the law's 15 days (2025-03-18), inside
  // the shop's 30 (2025-04-02, a Wednesday, no roll-over).
  const claim = {
    claimDate: '2025-03-23',
    item: { kind: 'handset', imei: '860000000000009' },
    sale: { date: '2025-03-03', priceFen: 299900 },
    fault: { codes: ['display-failure'] },
  };
  const decision = decide(claim, { policy: shop });

  it('reports the shop’s exchange window, day 30, in the dates, the timeline and the report alike', () => {
    expect(decision.verdict).toBe('exchange');
    expect(decision.dates.exchangeUntil).toBe('2025-04-02');
    const exchange = timelineOf(decision, claim).windows.find((window) => window.key === 'exchange');
    expect(exchange).toMatchObject({ from: '2025-03-03', nominal: '2025-04-02', last: '2025-04-02' });
    const report = renderReport(decision, claim, { lang: 'en', format: 'text', policy: shop });
    expect(report).toContain('2025-04-02');
    expect(report).not.toContain('2025-03-18');
  });
});

describe('every fixture, rendered from its decision alone', () => {
  const fixtures = loadFixtures();

  it('has a key date in the timeline for every window the decision dates, equal to the decision’s', () => {
    for (const fixture of fixtures) {
      const policy = fixture.policy === undefined ? undefined : policyById(fixture.policy);
      const decision = decide(fixture.claim, policy === undefined ? {} : { policy });
      const windows = timelineOf(decision, fixture.claim).windows;
      for (const [key, dateKey] of Object.entries(DATE_OF)) {
        const window = windows.find((entry) => entry.key === key);
        expect(window?.last, `${fixture.name}: ${key}`).toBe(decision.dates[dateKey]);
      }
    }
  });

  it('renders the same bytes after a JSON round trip of the decision, and from the claim as sent or parsed', () => {
    for (const fixture of fixtures) {
      const policy = fixture.policy === undefined ? undefined : policyById(fixture.policy);
      const decision = decide(fixture.claim, policy === undefined ? {} : { policy });
      const roundTripped = JSON.parse(JSON.stringify(decision)) as typeof decision;
      const options = { lang: 'zh-CN' as const, format: 'md' as const, ...(policy === undefined ? {} : { policy }) };
      expect(renderReport(roundTripped, fixture.claim, options), fixture.name).toBe(renderReport(decision, fixture.claim, options));
      expect(renderTimelineSvg(roundTripped, JSON.parse(JSON.stringify(fixture.claim)), { lang: 'en' })).toBe(renderTimelineSvg(decision, fixture.claim, { lang: 'en' }));
    }
  });
});

describe('explain/ renders, it does not decide', () => {
  const dir = fileURLToPath(new URL('../../src/explain', import.meta.url));
  const files = (root: string): string[] =>
    readdirSync(root, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(root, entry.name)) : entry.name.endsWith('.ts') ? [join(root, entry.name)] : []));

  it('never derives facts, looks a profile up by id, or de-duplicates by English text', () => {
    for (const file of files(dir)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\bfactsOf\b|\bpolicyById\b|policy\/registry|message\.en\b.*(Set|Map|key)/);
    }
  });
});
