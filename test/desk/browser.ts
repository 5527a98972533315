import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { version } from '../../package.json';
import { buildDeskPage } from '../../src/cli/build-desk-page';
import { engineDigest } from '../../src/stamp/stamp';

/** The system's Chromium (Debian package `chromium`); the driver never downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the desk page from the sources (as `npm run build` does for dist/desk.html) into a fresh
 * directory under `.tmp/`, and starts Chromium headless with a fresh profile and everything that
 * would make it talk to the network on its own switched off.
 */
export async function startDesk(): Promise<{ browser: Browser; pageUrl: string; html: string; dir: string; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'desk-'));
  const html = await buildDeskPage({ version, digest: engineDigest() });
  const file = join(dir, 'desk.html');
  writeFileSync(file, html);
  const profile = join(dir, 'profile');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    pageUrl: pathToFileURL(file).href,
    html,
    dir,
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the page with every request intercepted: the page file itself is let through (and data:
 * URLs, which never leave the browser), anything else is recorded and refused. `requests` lists
 * every other URL the page asked for.
 */
export async function openDesk(
  browser: Browser,
  pageUrl: string,
  lang: 'zh-CN' | 'en' = 'zh-CN',
  before?: (page: Page) => Promise<void>,
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage();
  if (before !== undefined) await before(page);
  await page.setViewport({ width: 1400, height: 1000 });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // A data: URL is the browser's own (the date field's calendar icon): nothing leaves the machine.
    if (request.url().startsWith('data:')) {
      void request.continue();
      return;
    }
    requests.push(request.url());
    if (request.url() === pageUrl || request.url() === `${pageUrl}#en`) void request.continue();
    else void request.abort();
  });
  await page.goto(lang === 'en' ? `${pageUrl}#en` : pageUrl);
  await page.waitForSelector('body[data-ready=true]');
  return { page, requests, errors };
}

/** Waits until the decision on show is the one for what the form now holds. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const output = document.querySelector<HTMLElement>('#decision');
    return output !== null && output.dataset.pending === undefined && output.dataset.state !== undefined;
  });
}

/**
 * Opens a claim file with the page's own "open" control (a file input, as a person picking the
 * file would), and waits for the page to show `state`: `decided`, `invalid` (the claim's errors)
 * or `refused` (the file was not opened).
 */
export async function loadFile(page: Page, path: string, state: 'decided' | 'invalid' | 'refused' = 'decided'): Promise<void> {
  const input = await page.$('input#load-file');
  if (input === null) throw new Error('the page has no file input');
  await page.evaluate(() => document.querySelector('#decision')?.removeAttribute('data-state'));
  await input.uploadFile(path);
  await page.waitForSelector(`#decision[data-state=${state}]`);
  await settled(page);
}

/** The JSON the page's "save" button writes (a claim, or a `{ id, claim, shop }` record). */
export async function savedJson(page: Page): Promise<unknown> {
  const text = await page.evaluate(async () => {
    const link = new Promise<string>((resolve) => {
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        URL.createObjectURL = original;
        void (blob as Blob).text().then(resolve);
        return original.call(URL, blob);
      };
    });
    document.querySelector<HTMLButtonElement>('#save')!.click();
    return link;
  });
  return JSON.parse(text) as unknown;
}

/** How many pages the page prints on A4 (Chromium's own PDF, as the print button gives). */
export async function printedPages(page: Page): Promise<number> {
  const pdf = Buffer.from(await page.pdf({ format: 'A4' }));
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
