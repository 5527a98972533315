/**
 * The timeline (`src/explain/timeline.ts`): the events of a claim in calendar order, the text
 * strip, and the SVG — well-formed, self-contained, showing every date the decision reports,
 * every repair and the claim date — and the example in `docs/` kept up to date
 * (`UPDATE_GOLDEN=1` rewrites it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { displayWidth, eventText, renderTimelineSvg, timelineOf, timelineStrip } from '../../src/explain/timeline';
import { type Decision, LANGS } from '../support/api';
import { loadFixtures } from '../support/fixtures';
import { type Case, caseOf } from '../support/explain-case';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const EXAMPLE = 'explain/two-repairs-period-rolled-over-national-day.json';
const DOCS = { 'zh-CN': '../../docs/timeline-example.svg', en: '../../docs/timeline-example.en.svg' } as const;


const fixtures = loadFixtures();
const cases = [
  ...fixtures.map((fixture) => caseOf(fixture.name, fixture.claim, fixture.policy)),
  caseOf(
    'seed-tiered (free repair limited to 6 months)',
    { claimDate: '2025-11-10', item: { kind: 'handset' }, sale: { date: '2025-03-03', priceFen: 249900 }, fault: { codes: ['no-power-on'] } },
    'seed-tiered',
  ),
  caseOf(
    'dealer-handbook (open repair after an exchange)',
    {
      claimDate: '2025-06-20',
      item: { kind: 'handset', brand: 'Nokia' },
      sale: { date: '2025-03-03', deliveredDate: '2025-03-05', channel: 'online', priceFen: 249900 },
      fault: { codes: ['no-power-on'] },
      history: { exchanges: [{ date: '2025-03-12' }], repairs: [{ handedIn: '2025-06-01', returned: null }] },
    },
    'dealer-handbook',
  ),
];

/**
 * A small XML well-formedness check: tags balanced and properly nested, attributes quoted and
 * not repeated, entities known, one root element, nothing but white space outside it.
 */
function xmlProblems(source: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let index = 0;
  const text = (chunk: string) => {
    if (stack.length === 0 && chunk.trim() !== '') problems.push(`text outside the root: ${chunk.trim().slice(0, 20)}`);
    for (const match of chunk.matchAll(/&([^;\s]*);?/g)) {
      if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(match[0])) problems.push(`bad entity ${match[0]}`);
    }
  };
  while (index < source.length) {
    const open = source.indexOf('<', index);
    if (open === -1) {
      text(source.slice(index));
      break;
    }
    text(source.slice(index, open));
    if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open);
      if (end === -1) return [...problems, 'unclosed comment'];
      index = end + 3;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(source.slice(open));
    if (tag === null) return [...problems, `bad tag at ${open}: ${source.slice(open, open + 40)}`];
    const [whole, closing, name, attributes, selfClosing] = tag;
    const names = [...attributes!.matchAll(/([A-Za-z_][\w:.-]*)\s*=/g)].map((m) => m[1]!);
    if (new Set(names).size !== names.length) problems.push(`repeated attribute in <${name}>`);
    for (const value of attributes!.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) text2(value[1] ?? value[2] ?? '');
    if (closing === '/') {
      if (stack.pop() !== name) problems.push(`</${name}> does not close the open element`);
    } else {
      if (stack.length === 0) roots += 1;
      if (selfClosing !== '/') stack.push(name!);
    }
    index = open + whole.length;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;

  function text2(value: string) {
    for (const match of value.matchAll(/&([^;\s]*);?/g)) {
      if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(match[0])) problems.push(`bad entity in attribute ${match[0]}`);
    }
  }
}

/** The text content of an SVG, entities decoded. */
function textOf(svg: string): string {
  return svg
    .replace(/<[^>]*>/g, ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

const svgOf = (c: Case, lang: (typeof LANGS)[number]) =>
  renderTimelineSvg(c.decision, c.claim, { lang, ...(c.policy === undefined ? {} : { policy: c.policy }) });

describe('the XML check itself', () => {
  it('accepts a well-formed document and finds what is wrong in others', () => {
    expect(xmlProblems('<svg a="1"><g><text>x &amp; y</text></g><rect/></svg>')).toEqual([]);
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg a="1" a="2"/>')).not.toEqual([]);
    expect(xmlProblems('<svg><text>a & b</text></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg/><svg/>')).not.toEqual([]);
    expect(xmlProblems('<svg a=1/>')).not.toEqual([]);
  });
});

describe.each(cases)('the timeline of $name', (c) => {
  for (const lang of LANGS) {
    it(`is a well-formed, self-contained SVG in ${lang} with every date that matters`, () => {
      const svg = svgOf(c, lang);
      expect(xmlProblems(svg)).toEqual([]);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).not.toMatch(/<script|<foreignObject|<image|@import|url\((?!#)|href=/i);
      expect(svg.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:/);
      expect(svg).not.toMatch(/undefined|NaN|\{[\w:.-]+\}/);
      const shown = textOf(svg);
      // The windows' dates and the claim's; the dates a reason states besides them (the seller's
      // burden of proof, an exchange for a delay falling due) are said in the reasons, not drawn.
      const { sellerProvesUntil: _proves, delayExchangeFrom: _due, ...drawn } = c.decision.dates;
      for (const day of Object.values(drawn)) expect(shown, day).toContain(day);
      for (const repair of c.claim.history.repairs) {
        expect(shown).toContain(repair.handedIn);
        if (repair.returned !== null) expect(shown).toContain(repair.returned);
      }
      expect(shown).toContain(c.claim.claimDate);
    });

    it(`has a text strip in ${lang} no wider than asked, one row per window and repair`, () => {
      const timeline = timelineOf(c.decision, c.claim);
      const strip = timelineStrip(timeline, lang, 78);
      for (const line of strip) expect(displayWidth(line), line).toBeLessThanOrEqual(78);
      // The axis, then a row per window, per repair, one for the exchanges if any, the claim; then the legend.
      const windows = strip.slice(1, 1 + timeline.windows.length);
      const repairs = strip.slice(1 + windows.length, 1 + windows.length + timeline.repairs.length);
      const claimRow = strip[1 + windows.length + repairs.length + (timeline.exchanges.length > 0 ? 1 : 0)]!;
      timeline.windows.forEach((window, index) => expect(windows[index]).toMatch(new RegExp(`\\[[=+>]*\\] +${window.last}$`)));
      for (const row of repairs) expect(row).toMatch(/#+ +\S+$/);
      expect(claimRow).toMatch(new RegExp(`\\^ +${c.claim.claimDate}$`));
    });
  }

  it('lists its events in date order, ending on or after the claim', () => {
    const timeline = timelineOf(c.decision, c.claim);
    const days = timeline.events.map((event) => event.day);
    expect(days).toEqual([...days].sort());
    expect(timeline.days).toEqual([...new Set(days)]);
    expect(timeline.events.some((event) => event.kind === 'claim' && event.day === c.claim.claimDate)).toBe(true);
    for (const window of timeline.windows) {
      const key = { refund: 'refundUntil', exchange: 'exchangeUntil', 'no-reason': 'noReasonUntil', warranty: 'warrantyUntil', 'free-repair': undefined }[window.key];
      if (key !== undefined) expect(window.last).toBe(c.decision.dates[key as keyof Decision['dates']]);
    }
  });
});

describe('the example: two repairs move the period into National Day', () => {
  const example = cases.find((c) => c.name === EXAMPLE)!;

  it('has the events worked out by hand, in order', () => {
    // Sale Friday 2024-09-20. Refund window: +7 = Friday 09-27. Exchange window: +15 = Saturday
    // 10-05 in the 2024 National Day holiday (10-01..10-07): Tuesday 10-08. Repairs 01-06..01-10
    // (4 days) and 05-12..05-19 (7 days). Period: 2025-09-20 + 11 = Wednesday 10-01, in the 2025
    // holiday (10-01..10-08): Thursday 10-09, the claim date, day 384 after the sale.
    const timeline = timelineOf(example.decision, example.claim);
    expect(timeline.events.map((event) => `${event.day} ${event.kind}${'window' in event ? `:${event.window}` : ''}${'n' in event ? `:${event.n}` : ''}`)).toEqual([
      '2024-09-20 sale',
      '2024-09-20 period-start',
      '2024-09-27 window-end:refund',
      '2024-10-05 window-nominal:exchange',
      '2024-10-08 window-end:exchange',
      '2025-01-06 repair-in:1',
      '2025-01-10 repair-out:1',
      '2025-05-12 repair-in:2',
      '2025-05-19 repair-out:2',
      '2025-09-20 window-nominal:warranty',
      '2025-10-01 window-extended:warranty',
      '2025-10-09 window-end:warranty',
      '2025-10-09 claim',
    ]);
    const warranty = timeline.windows.find((window) => window.key === 'warranty')!;
    expect(warranty).toMatchObject({ from: '2024-09-20', nominal: '2025-09-20', extended: '2025-10-01', repairDays: 11, last: '2025-10-09' });
    expect(warranty.skipped.map((day) => day.day)).toEqual(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08']);
    const exchange = timeline.windows.find((window) => window.key === 'exchange')!;
    expect(exchange.skipped.map((day) => day.day)).toEqual(['2024-10-05', '2024-10-06', '2024-10-07']);
    const claim = timeline.events.at(-1)!;
    // The day number says where it counts from: the clocks' start, the sale (issue 18).
    expect(claim).toEqual({ kind: 'claim', day: '2025-10-09', dayNumber: 384, from: '2024-09-20' });
  });

  it('says the events in both languages', () => {
    const timeline = timelineOf(example.decision, example.claim);
    const extended = timeline.events.find((event) => event.kind === 'window-extended')!;
    expect(eventText(extended, 'zh-CN')).toBe('三包有效期加上修理占用的11天到此日，适逢中秋节、国庆节假期');
    expect(eventText(extended, 'en')).toBe('the 三包 period with 11 days in repair added ends here, on the Mid-Autumn Festival and National Day holiday');
    const repair = timeline.events.find((event) => event.kind === 'repair-out')!;
    expect(eventText(repair, 'zh-CN')).toBe('第1次修理取回，共4天');
    expect(eventText(repair, 'en')).toBe('repair 1: returned after 4 days');
  });

  it('draws the axis gaps and the roll-overs', () => {
    const zh = textOf(svgOf(example, 'zh-CN'));
    expect(zh).toContain('+124天');
    expect(zh).toContain('10-01适逢中秋节、国庆节假期，顺延至10-09');
    expect(zh).toContain('2024-10-05适逢国庆节假期，顺延至2024-10-08');
    const english = textOf(svgOf(example, 'en'));
    expect(english).toContain('+124 days');
    expect(english).toContain('09-20 + 11 days in repair = 10-01');
  });

  for (const lang of LANGS) {
    it(`is the SVG checked in as ${DOCS[lang].slice(6)}`, () => {
      const path = fileURLToPath(new URL(DOCS[lang], import.meta.url));
      const svg = svgOf(example, lang);
      if (UPDATE) writeFileSync(path, svg);
      expect(svg, 'docs/ is stale: run the tests with UPDATE_GOLDEN=1 and look at the result').toBe(readFileSync(path, 'utf8'));
    });
  }
});
