import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadFile, openDesk, printedPages, ROOT, savedJson, settled, startDesk } from './browser';
import { PRINT_FIXTURES } from './cases';
import { fillClaim } from './fill';
import { checkShopDecision, citationText, decide, parseClaim, policyById } from '../support/api';
import type { Fixture } from '../support/fixtures';

/**
 * The desk at the counter (issue 19): it checks a shop's decision as `sanbao check` does, takes
 * dates, amounts and IMEIs as people type them, prints a realistic claim on one A4 page, honours
 * or refuses a file's profile, and refuses what the format refuses when a file is opened.
 */

const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, 'fixtures', name), 'utf8')) as Fixture;
const built = inject('builtDir');

let desk: Awaited<ReturnType<typeof startDesk>>;
let browser: Browser;

beforeAll(async () => {
  desk = await startDesk();
  browser = desk.browser;
}, 120_000);

afterAll(async () => {
  await desk?.close();
});

/** Writes `value` as a JSON file in the test's directory and returns its path. */
function file(name: string, value: unknown): string {
  const path = join(desk.dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

/** Replaces what a text field holds with `text`, typed key by key. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { clickCount: 3 });
  await page.keyboard.press('Backspace');
  if (text !== '') await page.type(selector, text);
}

/** What the page shows of the check of the shop's decision. */
async function shownCheck(page: Page) {
  return page.evaluate(() => {
    const check = document.querySelector<HTMLElement>('#check');
    if (check === null) return undefined;
    return {
      meetsFloor: check.dataset.meetsFloor,
      status: check.querySelector('.check-status')?.textContent,
      message: check.querySelector('.check-message')?.textContent,
      shortfalls: [...check.querySelectorAll<HTMLElement>('ul.shortfalls li')].map((item) => ({
        kind: item.dataset.kind,
        remedy: item.dataset.remedy,
        cites: item.dataset.cites,
        shortFen: item.dataset.shortFen === undefined ? undefined : Number(item.dataset.shortFen),
        text: item.textContent,
      })),
      more: [...check.querySelectorAll('ul.more li')].map((item) => item.textContent),
    };
  });
}

/** `sanbao check --format text --lang zh-CN` on a record, run as a process: its exit status and report. */
function cliCheck(record: unknown): { status: number | null; stdout: string } {
  const path = file('cli-record.json', record);
  const run = spawnSync(process.execPath, [join(built, 'cli.js'), 'check', path, '--format', 'text', '--lang', 'zh-CN'], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { status: run.status, stdout: run.stdout };
}

/**
 * A store sale of a ¥2,599.00 phone on Friday 2025-03-07 that will not power on, brought back on
 * Wednesday 2025-03-12 (day 5, inside the Art. 11 refund window, which ends on 2025-03-14). The
 * shop refunded ¥2,000.00. By hand: a refund of the whole price is owed, 259,900 − 200,000 =
 * 59,900 fen, ¥599.00 short, under MP2001 Art. 11.
 */
const DAY_5 = { claimDate: '2025-03-12', item: { kind: 'handset', brand: 'Acme', model: 'A1' }, sale: { date: '2025-03-07', priceFen: 259_900 }, fault: { codes: ['no-power-on'] } };

describe("the desk checks a shop's decision", () => {
  it('enters a recorded decision below the floor and shows the amount short and the article, as `sanbao check` reports it, on screen and in print', async () => {
    const { page, errors, requests } = await openDesk(browser, desk.pageUrl);
    await fillClaim(page, DAY_5);
    await page.select('#f-shop-verdict', 'refund');
    await typeInto(page, '#f-shop-terms-amountFen', '¥2,000');
    await typeInto(page, '#f-id', 'RMA-2025-0412');
    await settled(page);
    const check = await shownCheck(page);
    // By hand: short by ¥599.00 on the refund, under Art. 11.
    expect(check?.meetsFloor).toBe('false');
    expect(check?.status).toBe('低于法定标准');
    const amount = check?.shortfalls.find((shortfall) => shortfall.kind === 'amount');
    expect(amount).toMatchObject({ remedy: 'refund', shortFen: 59_900, cites: 'mp2001:art11' });
    expect(amount?.text).toContain('599.00元');
    expect(amount?.text).toContain('2,000.00元');
    expect(amount?.text).toContain('第十一条');
    expect(amount?.text).toContain(citationText('mp2001:art11', 'zh-CN'));
    // The same result as the library's check and as `sanbao check` on the record the page saves.
    const record = await savedJson(page);
    expect(record).toEqual({ id: 'RMA-2025-0412', claim: expect.objectContaining({ claimDate: '2025-03-12' }), shop: { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 200_000 }] } });
    const parsed = parseClaim(DAY_5);
    if (!parsed.ok) throw new Error('the claim does not parse');
    const library = checkShopDecision(parsed.claim, { verdict: 'refund', remedies: [{ type: 'refund', amountFen: 200_000 }] }, { id: 'RMA-2025-0412' });
    expect(check?.meetsFloor).toBe(String(library.meetsFloor));
    expect(check?.message).toBe(library.message['zh-CN']);
    expect(check?.shortfalls.map((shortfall) => shortfall.text)).toEqual(library.shortfalls.map((shortfall) => shortfall.message['zh-CN']));
    const cli = cliCheck(record);
    expect(cli.status).toBe(3);
    expect(cli.stdout).toContain('RMA-2025-0412');
    expect(cli.stdout).toContain('低于法定标准');
    for (const shortfall of check!.shortfalls) expect(cli.stdout).toContain(shortfall.text);
    // On paper: the check prints with the decision, on one A4 page.
    expect(await printedPages(page)).toBe(1);
    await page.emulateMediaType('print');
    expect(await page.$eval('#check', (node) => getComputedStyle(node).display !== 'none' && (node as HTMLElement).offsetParent !== null)).toBe(true);
    expect(errors).toEqual([]);
    expect(requests).toEqual([desk.pageUrl]);
    await page.close();
  });

  it('opens a `{ id, claim, shop }` record into both the claim and the shop section, and saves it back as it was', async () => {
    const record = {
      id: 'RMA-2025-0413',
      claim: { ...DAY_5, claimDate: '2025-03-17' },
      shop: {
        verdict: 'exchange',
        remedies: [
          { type: 'exchange', shippingPaidBy: 'consumer' },
          { type: 'free-repair', shippingPaidBy: 'seller' },
        ],
      },
    };
    const { page, errors } = await openDesk(browser, desk.pageUrl);
    await loadFile(page, file('record.json', record));
    const form = await page.evaluate(() => {
      const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null)?.value;
      return {
        claimDate: value('f-claimDate'),
        price: value('f-sale-priceFen'),
        id: value('f-id'),
        verdict: value('f-shop-verdict'),
        shipping: value('f-shop-terms-shippingPaidBy'),
        offers: document.querySelectorAll('#offers > [data-row=offer]').length,
        offerType: value('f-shop-offers-0-type'),
        offerShipping: value('f-shop-offers-0-shippingPaidBy'),
      };
    });
    expect(form).toEqual({ claimDate: '2025-03-17', price: '2599.00', id: 'RMA-2025-0413', verdict: 'exchange', shipping: 'consumer', offers: 1, offerType: 'free-repair', offerShipping: 'seller' });
    // Day 10 (2025-03-07 to 2025-03-17): an exchange is owed with the transport on the seller (CPL Art. 24); the shop put it on the consumer.
    const check = await shownCheck(page);
    expect(check?.meetsFloor).toBe('false');
    expect(check?.shortfalls.map((shortfall) => shortfall.kind)).toContain('shipping');
    const cli = cliCheck(record);
    expect(cli.status).toBe(3);
    for (const shortfall of check!.shortfalls) expect(cli.stdout).toContain(shortfall.text);
    const saved = (await savedJson(page)) as { claim: unknown };
    expect({ ...saved, claim: parseClaim(saved.claim) }).toEqual({ ...record, claim: parseClaim(record.claim) });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the desk accepts what people type', () => {
  it('takes dates typed as 2026/12/07, 2026-12-7 and 2026年12月7日 (or picked from the calendar), and shows the date it read', async () => {
    const { page, errors } = await openDesk(browser, desk.pageUrl);
    await fillClaim(page, { ...DAY_5, claimDate: '2026-12-07', sale: { date: '2026-12-01', priceFen: 259_900 } });
    await settled(page);
    for (const typed of ['2026/12/07', '2026-12-7', '2026年12月7日', '２０２６年１２月７日']) {
      await typeInto(page, '#f-claimDate', typed);
      await settled(page);
      const seen = await page.evaluate(() => ({
        reading: document.getElementById('f-claimDate-reading')?.textContent,
        error: document.querySelector('[data-error-for="claimDate"]')?.textContent,
        picker: document.querySelector<HTMLInputElement>('input.picker[data-picker-for="f-claimDate"]')?.value,
        state: document.querySelector<HTMLElement>('#decision')?.dataset.state,
        claimDate: document.querySelector<HTMLElement>('[data-date=claimDate] dd')?.textContent,
      }));
      expect(seen, typed).toEqual({ reading: '= 2026-12-07', error: '', picker: '2026-12-07', state: 'decided', claimDate: '2026-12-07' });
    }
    expect(((await savedJson(page)) as { claimDate: string }).claimDate).toBe('2026-12-07');
    // The calendar writes its date into the field, as if typed.
    await page.$eval('input.picker[data-picker-for="f-sale-date"]', (picker) => {
      (picker as HTMLInputElement).value = '2026-11-30';
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settled(page);
    expect(await page.$eval('#f-sale-date', (input) => (input as HTMLInputElement).value)).toBe('2026-11-30');
    expect(await page.$eval('[data-date=periodStart] dd', (node) => node.textContent)).toBe('2026-11-30');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes amounts typed as ¥2599, 2599元, 2,599, 2,599.50 and ２５９９, and an IMEI with spaces, showing the value read', async () => {
    const { page, errors } = await openDesk(browser, desk.pageUrl);
    await fillClaim(page, DAY_5);
    const amounts: [string, number, string][] = [
      ['¥2599', 259_900, '= 2,599.00元'],
      ['2599元', 259_900, '= 2,599.00元'],
      ['2,599', 259_900, '= 2,599.00元'],
      ['2,599.50', 259_950, '= 2,599.50元'],
      ['２５９９', 259_900, '= 2,599.00元'],
    ];
    for (const [typed, fen, reading] of amounts) {
      await typeInto(page, '#f-sale-priceFen', typed);
      await settled(page);
      const seen = await page.evaluate(() => ({
        reading: document.getElementById('f-sale-priceFen-reading')?.textContent,
        error: document.querySelector('[data-error-for="sale.priceFen"]')?.textContent,
        state: document.querySelector<HTMLElement>('#decision')?.dataset.state,
        refund: document.querySelector<HTMLElement>('#remedies tr[data-remedy=refund]')?.dataset.amountFen,
      }));
      expect(seen, typed).toEqual({ reading, error: '', state: 'decided', refund: String(fen) });
      expect(((await savedJson(page)) as { sale: { priceFen: number } }).sale.priceFen, typed).toBe(fen);
    }
    await typeInto(page, '#f-item-imei', '86 801207 345612 7');
    await settled(page);
    expect(await page.$eval('#f-item-imei-reading', (node) => node.textContent)).toBe('= 868012073456127');
    expect(await page.$eval('[data-error-for="item.imei"]', (node) => node.textContent)).toBe('');
    expect(((await savedJson(page)) as { item: { imei: string } }).item.imei).toBe('868012073456127');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a new claim dated today in China, read from the page's clock (whatever the computer's time zone)", async () => {
    // 17:00 UTC on 6 December is 01:00 on 7 December in China, and still 6 December in Los Angeles.
    const { page } = await openDesk(browser, desk.pageUrl, 'zh-CN', async (fresh) => {
      await fresh.emulateTimezone('America/Los_Angeles');
      await fresh.evaluateOnNewDocument(() => {
        const fixed = Date.parse('2026-12-06T17:00:00Z');
        const RealDate = Date;
        class FixedDate extends RealDate {
          constructor(...args: unknown[]) {
            super(...((args.length === 0 ? [fixed] : args) as [number]));
          }
          static override now() {
            return fixed;
          }
        }
        globalThis.Date = FixedDate as DateConstructor;
      });
    });
    expect(await page.$eval('#f-claimDate', (input) => (input as HTMLInputElement).value)).toBe('2026-12-07');
    await page.click('#reset');
    expect(await page.$eval('#f-claimDate', (input) => (input as HTMLInputElement).value)).toBe('2026-12-07');
    await page.close();
  });

  it('ignores an empty repair row until it is filled, and puts a filled row’s error in that row', async () => {
    const { page, errors } = await openDesk(browser, desk.pageUrl);
    const { claim } = fixture('national/refund-day-7.json');
    await fillClaim(page, claim);
    await settled(page);
    const before = await page.$eval('#verdict', (node) => (node as HTMLElement).dataset.verdict);
    await page.click('button[data-action=add-repair]');
    await page.click('button[data-action=add-repair]');
    await settled(page);
    const empty = await page.evaluate(() => ({
      state: document.querySelector<HTMLElement>('#decision')?.dataset.state,
      verdict: document.querySelector<HTMLElement>('#verdict')?.dataset.verdict,
      text: document.querySelector('#decision')?.textContent,
    }));
    expect(empty.state).toBe('decided');
    expect(empty.verdict).toBe(before);
    expect(empty.text).not.toContain('null');
    expect(((await savedJson(page)) as { history: { repairs: unknown[] } }).history.repairs).toEqual([]);
    // The second row filled, the first left empty: the claim has one repair, and its error is shown in the second row.
    await typeInto(page, '#f-history-repairs-1-handedIn', '2025-13-01');
    await settled(page);
    const wrong = await page.evaluate(() => ({
      first: document.querySelector('[data-error-for="history.repairs.0.handedIn"]')?.textContent,
      second: document.querySelector('[data-error-for="history.repairs.1.handedIn"]')?.textContent,
    }));
    expect(wrong.first).toBe('');
    expect(wrong.second).toContain('2025-13-01');
    await typeInto(page, '#f-history-repairs-1-handedIn', '2025/3/10');
    await settled(page);
    expect(((await savedJson(page)) as { history: { repairs: unknown[] } }).history.repairs).toEqual([{ handedIn: '2025-03-10', returned: null, faultCodes: [], delayCause: 'none' }]);
    expect(await page.$eval('#decision', (node) => (node as HTMLElement).dataset.state)).toBe('decided');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the desk prints a realistic claim on one A4 page', () => {
  it('prints six of the longest fixture decisions (and the longest under a maker profile), each with a check of a shop decision below the floor, on one A4 page each', async () => {
    // And the longest print found over every fixture under every profile: depreciation capped at the price, under Xiaomi's terms (floor conflicts listed too).
    for (const [name, profile] of [...PRINT_FIXTURES.map((each) => [each, undefined] as const), ['statute/art19-depreciation-capped-at-price.json', 'xiaomi'] as const]) {
      const { claim, policy: named } = fixture(name);
      const policy = profile ?? named;
      const record = { claim, ...(policy === undefined ? {} : { policy }), id: 'RMA-2026-000123', shop: { verdict: 'paid-repair', remedies: [{ type: 'paid-repair', amountFen: 35_000, shippingPaidBy: 'consumer' }] } };
      const { page } = await openDesk(browser, desk.pageUrl);
      await loadFile(page, file('print.json', record));
      const reasons = await page.$$eval('#reasons li', (items) => items.length);
      expect(reasons, name).toBeGreaterThan(5);
      expect(await printedPages(page), name).toBe(1);
      await page.emulateMediaType('print');
      const printed = await page.evaluate(() => {
        const visible = (selector: string) => {
          const node = document.querySelector<HTMLElement>(selector);
          return node !== null && getComputedStyle(node).display !== 'none' && node.offsetParent !== null;
        };
        return { form: visible('#claim-form'), verdict: visible('#verdict'), check: visible('#check'), remedies: visible('#remedies'), reasons: visible('#reasons'), dates: visible('#dates') };
      });
      expect(printed, name).toEqual({ form: false, verdict: true, check: true, remedies: true, reasons: true, dates: true });
      await page.close();
    }
  });
});

describe('the desk opens a file as the format and its profile say, or says why not', () => {
  it('opens a fixture that names a profile under that profile', async () => {
    const name = 'policies/oppo/exchange-day-20-thirty-day-window.json';
    const { claim, policy } = fixture(name);
    expect(policy).toBe('oppo');
    const { page } = await openDesk(browser, desk.pageUrl);
    await loadFile(page, join(ROOT, 'fixtures', name));
    const oppo = policyById('oppo')!;
    expect(await page.$eval('#f-policy', (select) => (select as HTMLSelectElement).value)).toBe('oppo');
    expect(await page.$eval('#verdict .profile', (node) => node.textContent)).toContain(oppo.title['zh-CN']);
    // Under the national floor alone, day 20 is past the exchange window: the profile is what gives the exchange.
    expect(decide(claim).verdict).not.toBe('exchange');
    expect(await page.$eval('#verdict', (node) => (node as HTMLElement).dataset.verdict)).toBe('exchange');
    // Named in capitals, the same profile.
    await loadFile(page, file('upper.json', { claim, policy: 'OPPO' }));
    expect(await page.$eval('#f-policy', (select) => (select as HTMLSelectElement).value)).toBe('oppo');
    // A fixture that names no profile is the national floor's, whatever profile the page last showed.
    await loadFile(page, join(ROOT, 'fixtures', 'national/refund-day-7.json'));
    expect(await page.$eval('#f-policy', (select) => (select as HTMLSelectElement).value)).toBe('cn-national');
    await page.close();
  });

  it('refuses a fixture naming a profile it does not have, naming it, and keeps the claim it held', async () => {
    const { page } = await openDesk(browser, desk.pageUrl);
    await loadFile(page, join(ROOT, 'fixtures', 'national/refund-day-7.json'));
    const { claim } = fixture('statute/art13-two-repairs-exchange.json');
    await loadFile(page, file('unknown-profile.json', { claim, policy: 'samsung-cn' }), 'refused');
    const refusal = await page.$eval('#refusal', (node) => node.textContent);
    expect(refusal).toContain('“samsung-cn”');
    expect(refusal).toContain('未打开');
    expect(await page.$eval('#f-claimDate', (input) => (input as HTMLInputElement).value)).toBe(fixture('national/refund-day-7.json').claim.claimDate);
    await page.close();
  });

  it('opens a claim with a key containing `"`, and says what is wrong with it, not that the file cannot be read', async () => {
    const { page, errors } = await openDesk(browser, desk.pageUrl);
    const { claim } = fixture('national/refund-day-7.json');
    const sale = claim.sale as Record<string, unknown>;
    await loadFile(page, file('quote.json', { ...claim, 'a"b': 1, sale: { ...sale, 'x"]; y': 2 } }), 'invalid');
    const shown = await page.evaluate(() => ({
      text: document.querySelector('#decision')?.textContent ?? '',
      links: [...document.querySelectorAll<HTMLAnchorElement>('#invalid a')].map((link) => link.getAttribute('href')),
      items: document.querySelectorAll('#invalid li').length,
    }));
    expect(shown.text).not.toContain('无法读取');
    expect(shown.text).toContain('a"b');
    expect(shown.text).toContain('x"]; y');
    expect(shown.items).toBe(2);
    // The key stays text: the link's target is the escaped path, not broken markup.
    expect(shown.links).toContain('#f-a"b');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a claim with 1,000 repair rows (the format takes 50) when it is opened, building none', async () => {
    const { page } = await openDesk(browser, desk.pageUrl);
    const { claim } = fixture('national/refund-day-7.json');
    const repairs = Array.from({ length: 1000 }, () => ({ handedIn: '2025-03-10', returned: null }));
    await loadFile(page, file('many-repairs.json', { ...claim, history: { repairs } }), 'refused');
    expect(await page.$eval('#refusal', (node) => node.textContent)).toBe('修理记录有1000条，超过格式允许的最多50条，未打开。');
    expect(await page.$$eval('#repairs > [data-row]', (rows) => rows.length)).toBe(0);
    // One over the limit is refused too; at the limit the claim opens.
    await loadFile(page, file('fifty-one.json', { ...claim, history: { repairs: repairs.slice(0, 51) } }), 'refused');
    expect(await page.$eval('#refusal', (node) => node.textContent)).toContain('51条');
    await loadFile(page, file('fifty.json', { ...claim, history: { repairs: repairs.slice(0, 50) } }), 'invalid');
    expect(await page.$$eval('#repairs > [data-row]', (rows) => rows.length)).toBe(50);
    await page.close();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { page } = await openDesk(browser, desk.pageUrl);
    await loadFile(page, file('large.json', `{"claimDate":"2025-03-14","pad":"${'x'.repeat(100_000)}"}`), 'refused');
    expect(await page.$eval('#refusal', (node) => node.textContent)).toMatch(/^文件过大（100\d{3}字节，最多81920字节），未打开。$/);
    await page.close();
  });
});
