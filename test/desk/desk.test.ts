import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_FIXTURES } from './cases';
import { loadFile, openDesk, ROOT, settled, startDesk } from './browser';
import { fillClaim } from './fill';
import { citationText, type Decision, decide, formatYuan, parseClaim, policyById } from '../support/api';
import type { Fixture } from '../support/fixtures';

const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, 'fixtures', name), 'utf8')) as Fixture;

/** What the page shows of a decision, read from the DOM: the values staff see, and the data the page attaches to them. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const all = (selector: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(selector)];
    const verdict = document.querySelector<HTMLElement>('#verdict')!;
    return {
      verdict: verdict.dataset.verdict,
      status: verdict.dataset.status,
      verdictText: verdict.querySelector('.verdict-name')?.textContent,
      remedies: all('#remedies tbody tr').map((row) => ({
        type: row.dataset.remedy,
        route: row.dataset.route,
        amountFen: row.dataset.amountFen === undefined ? undefined : Number(row.dataset.amountFen),
        amountText: row.querySelector('td.amount')?.textContent,
        performedBy: row.dataset.performedBy,
        shippingPaidBy: row.dataset.shipping,
        cites: all('[data-cite]', row).map((cite) => cite.dataset.cite),
        citeTexts: all('[data-cite]', row).map((cite) => cite.textContent),
      })),
      reasons: all('#reasons li').map((item) => ({ rule: item.dataset.rule, cite: item.querySelector<HTMLElement>('[data-cite]')?.dataset.cite, text: item.textContent })),
      dates: Object.fromEntries(all('[data-date]').map((item) => [item.dataset.date, item.querySelector('dd')?.textContent])),
      changes: all('#changes li').map((item) => item.textContent),
      timeline: document.querySelector('#timeline svg') !== null,
    };
  });
}

/** The decision, as `decide()` gives it, in the form the page is checked against. */
function expected(decision: Decision, lang: 'zh-CN' | 'en', policyId: string) {
  const policy = policyById(policyId)!;
  return {
    verdict: decision.verdict,
    status: decision.status,
    remedies: decision.remedies.map((remedy) => ({
      type: remedy.type,
      route: remedy.route,
      amountFen: remedy.amountFen,
      amountText: remedy.amountFen === undefined ? '—' : formatYuan(remedy.amountFen, lang),
      performedBy: remedy.performedBy,
      shippingPaidBy: remedy.shippingPaidBy,
      cites: remedy.cites,
      citeTexts: remedy.cites.map((id) => citationText(id, lang, policy)),
    })),
    // A warning the decision lists under warnings is shown there, not also among the reasons.
    reasons: decision.reasons.filter((reason) => reason.effect !== 'warn' || !decision.warnings.some((warning) => warning.message[lang] === reason.message[lang])).map((reason) => ({ rule: reason.rule, cite: reason.cite.id, text: `${reason.message[lang]}${lang === 'zh-CN' ? '（' : ' ('}${citationText(reason.cite.id, lang, policy)}${lang === 'zh-CN' ? '）' : ')'}` })),
    dates: decision.dates,
    changes: (decision.counterfactuals ?? []).map((change) => change.message[lang]),
    timeline: true,
  };
}

/** Writes `value` as a JSON file in the test's directory and returns its path. */
function file(name: string, value: unknown): string {
  const path = join(desk.dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

let desk: Awaited<ReturnType<typeof startDesk>>;
let browser: Browser;

beforeAll(async () => {
  desk = await startDesk();
  browser = desk.browser;
}, 120_000);

afterAll(async () => {
  await desk?.close();
});

describe('the desk page in Chromium', () => {
  for (const { name, kind } of FIELD_FIXTURES) {
    it(`shows what decide() gives for ${kind} (${name}), filled in by hand, making no request`, async () => {
      const { claim, policy: policyId = 'cn-national', expect: hand } = fixture(name);
      const { page, requests, errors } = await openDesk(browser, desk.pageUrl);
      await fillClaim(page, claim, policyId);
      await settled(page);
      const decision = decide(claim, { policy: policyById(policyId)!, counterfactuals: true });
      const seen = await shown(page);
      const { verdictText: _text, ...rest } = seen;
      expect(rest).toEqual(expected(decision, 'zh-CN', policyId));
      // And what a person worked out for the fixture: the page agrees with the hand-worked verdict too.
      expect(seen.verdict).toBe(hand.verdict);
      // The claim the form holds is the fixture's claim, field for field, once the defaults are filled in.
      const held = await page.evaluate(async () => {
        const link = new Promise<string>((resolve) => {
          const original = URL.createObjectURL;
          URL.createObjectURL = (blob: Blob) => {
            void (blob as Blob).text().then(resolve);
            return original.call(URL, blob);
          };
        });
        document.querySelector<HTMLButtonElement>('#save')!.click();
        return link;
      });
      expect(parseClaim(JSON.parse(held))).toEqual(parseClaim(claim));
      expect(errors).toEqual([]);
      expect(requests).toEqual([desk.pageUrl]);
      await page.close();
    });
  }

  it('loads a claim file (a fixture, with its profile) and decides it as the library does', async () => {
    const { page, requests } = await openDesk(browser, desk.pageUrl);
    const name = 'policies/oppo/exchange-day-20-thirty-day-window.json';
    await loadFile(page, join(ROOT, 'fixtures', name));
    const { claim, policy } = fixture(name);
    expect(await page.$eval('#f-policy', (select) => (select as HTMLSelectElement).value)).toBe('oppo');
    const seen = await shown(page);
    expect(seen.verdict).toBe(decide(claim, { policy: policyById(policy!)! }).verdict);
    expect(requests).toEqual([desk.pageUrl]);
    await page.close();
  });

  it('shows each warning once, in the 提示 box, not again as a reason (issue 18); under a profile, the stamp is the library\'s (SHA-256 in the page)', async () => {
    for (const [name, policyId] of [
      ['closer-law/i25-consumed-refund-best-gives-exchange-warns.json', 'cn-national'],
      ['closer-law/i25-consumed-refund-best-gives-exchange-warns.json', 'meizu'],
    ] as const) {
      const { claim } = fixture(name);
      const decision = decide(claim, { policy: policyById(policyId)!, counterfactuals: true });
      expect(decision.warnings.length, name).toBeGreaterThan(0);
      const { page } = await openDesk(browser, desk.pageUrl);
      await loadFile(page, file('warns.json', { claim, policy: policyId }));
      const seen = await page.evaluate(() => ({
        decision: document.querySelector('#decision')!.textContent!,
        warnings: [...document.querySelectorAll('#warnings li')].map((item) => item.textContent!),
        reasons: [...document.querySelectorAll('#reasons li')].map((item) => item.textContent!),
        digest: document.querySelector<HTMLElement>('[data-engine-digest]')?.dataset.engineDigest,
      }));
      for (const warning of decision.warnings) {
        const text = warning.message['zh-CN'];
        expect(seen.decision.split(text).length - 1, `${policyId}: ${text}`).toBe(1);
        expect(seen.warnings.filter((item) => item.startsWith(text))).toHaveLength(1);
        expect(seen.reasons.filter((item) => item.includes(text))).toEqual([]);
      }
      // Every other reason is still shown: only the warnings' repeats are gone (with the box's words,
      // or with them under a run's label where both runs gave the rule).
      const repeats = decision.reasons.filter((reason) => reason.effect === 'warn' && decision.warnings.some((warning) => warning.rule === reason.rule && reason.message['zh-CN'].endsWith(warning.message['zh-CN'])));
      expect(repeats.length, policyId).toBeGreaterThan(0);
      expect(seen.reasons).toHaveLength(decision.reasons.length - repeats.length);
      expect(seen.digest).toBe((decision as { engine?: { digest: string } }).engine?.digest);
      await page.close();
    }
  });

  it('marks a reason about a remedy the decision does not give with the decision\'s own words (issue 18)', async () => {
    // A no-reason return asked for on a damaged phone: the damage rules out the no-reason return and the free remedies.
    const claim = {
      claimDate: '2025-06-05',
      request: 'no-reason-return',
      item: { kind: 'handset' },
      sale: { date: '2025-06-01', deliveredDate: '2025-06-03', channel: 'online', priceFen: 399900 },
      fault: { codes: ['no-power-on'] },
      condition: { impact: 'found', activated: true },
    } as const;
    const decision = decide(claim, { policy: policyById('cn-national')! });
    const marked = decision.reasons.filter((reason) => reason.notGiven === true);
    expect(marked.map((reason) => reason.code)).toEqual(['window.refund', 'period.in-warranty', 'no-reason.in-window']);
    const { page } = await openDesk(browser, desk.pageUrl);
    await loadFile(page, file('not-given.json', { claim, policy: 'cn-national' }));
    const seen = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#reasons li[data-not-given]')].map((item) => ({ rule: item.dataset.rule, text: item.textContent! })));
    expect(seen.map((item) => item.rule)).toEqual(marked.map((reason) => reason.rule));
    for (const [index, reason] of marked.entries()) expect(seen[index]!.text.startsWith(reason.message['zh-CN'])).toBe(true);
    expect(seen.map((item) => item.text).join('')).toContain('（本决定不给予无理由退货：另有理由排除。）');
    await page.close();
  });

  it('shows markup and hidden characters a claim holds as text: no element made from them, U+202E shown as an escape', async () => {
    const claim = fixture('national/refund-day-7.json').claim as { readonly item: object };
    const hostile = { ...claim, item: { ...claim.item, brand: '<img src=x onerror="document.title=1">', model: '<script>document.title=2</script>Mate\u202e60' } };
    const { page, errors, requests } = await openDesk(browser, desk.pageUrl);
    await loadFile(page, file('hostile.json', hostile));
    const seen = await page.evaluate(() => ({
      facts: document.querySelector('.claim-facts')?.textContent,
      made: document.querySelectorAll('#decision img, #decision script').length,
      title: document.title,
    }));
    expect(seen.facts).toContain('<img src=x onerror="document.title=1"> <script>document.title=2</script>Mate\\u202e60');
    expect(seen.made).toBe(0);
    expect(seen.title).not.toMatch(/^[12]$/);
    expect(errors).toEqual([]);
    expect(requests).toEqual([desk.pageUrl]);
    await page.close();
  });

  it('switches to English and back, keeping the claim, and says field errors next to the field in the language shown', async () => {
    const { page } = await openDesk(browser, desk.pageUrl);
    await fillClaim(page, fixture('national/refund-day-7.json').claim);
    await settled(page);
    expect(await page.$eval('#verdict .verdict-name', (node) => node.textContent)).toBe('退货');
    await page.click('#f-claimDate', { clickCount: 3 });
    await page.keyboard.press('Backspace');
    await page.type('#f-claimDate', '2025-13-14');
    await page.click('#f-sale-priceFen', { clickCount: 3 });
    await page.type('#f-sale-priceFen', '39.999');
    await settled(page);
    const zh = await page.evaluate(() => ({
      date: document.querySelector('[data-error-for="claimDate"]')?.textContent,
      price: document.querySelector('[data-error-for="sale.priceFen"]')?.textContent,
      invalid: document.querySelector('#f-claimDate')?.getAttribute('aria-invalid'),
      described: document.querySelector('#f-claimDate')?.getAttribute('aria-describedby'),
      state: document.querySelector<HTMLElement>('#decision')?.dataset.state,
    }));
    expect(zh).toEqual({
      date: '取值无效，应为真实存在的日期（YYYY-MM-DD，1980-01-01 至 2099-12-31），实际为 "2025-13-14"。',
      price: '请输入金额（元），最多两位小数，如 3999.00、¥2,599、2599元',
      invalid: 'true',
      described: 'f-claimDate-error',
      state: 'invalid',
    });
    await page.click('#lang-switch');
    await settled(page);
    const en = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      date: document.querySelector('[data-error-for="claimDate"]')?.textContent,
      price: document.querySelector('[data-error-for="sale.priceFen"]')?.textContent,
      label: document.querySelector('label[for="f-claimDate"]')?.textContent,
      kept: (document.querySelector('#f-item-imei') as HTMLInputElement).value,
    }));
    expect(en).toEqual({
      lang: 'en',
      date: 'expected a real calendar date YYYY-MM-DD between 1980-01-01 and 2099-12-31, received "2025-13-14".',
      price: 'Enter an amount in yuan with at most two decimals, e.g. 3999.00, ¥2,599 or 2599元',
      label: 'Claim date',
      kept: '860000000000009',
    });
    await page.click('#lang-switch');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.close();
  });

  it('has a label for every control and reaches each one with the Tab key; rows are added from the keyboard', async () => {
    const { page } = await openDesk(browser, desk.pageUrl);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')]
        .filter((control) => control.type !== 'file' && (control.labels?.length ?? 0) === 0 && !control.hasAttribute('aria-label'))
        .map((control) => control.id),
    );
    expect(unlabelled).toEqual([]);
    // A date's calendar is for the mouse (tabindex -1): the keyboard types the date into its field.
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('#claim-form input:not([tabindex="-1"]), #claim-form select, #claim-form button')].map((node) => node.id || node.getAttribute('data-action')),
    );
    const reached = new Set<string>();
    for (let step = 0; step < controls.length + 12; step += 1) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-action') || ''));
    }
    expect(controls.filter((id) => !reached.has(id!))).toEqual([]);
    await page.focus('button[data-action=add-repair]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-history-repairs-0-handedIn');
    await page.close();
  });
});
