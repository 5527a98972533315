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
 * Opens the page with every request intercepted: the page file itself is let through, anything
 * else is recorded and refused. `requests` lists every URL the page asked for.
 */
export async function openDesk(browser: Browser, pageUrl: string, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
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

/** Opens a claim file with the page's own "open" control (a file input, as a person picking the file would). */
export async function loadFile(page: Page, path: string): Promise<void> {
  const input = await page.$('input#load-file');
  if (input === null) throw new Error('the page has no file input');
  await input.uploadFile(path);
  await page.waitForSelector('#decision[data-state=decided]');
  await settled(page);
}
