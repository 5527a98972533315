import type { Page } from 'puppeteer-core';
import { type FieldSpec, fenToYuan, fieldId, REPAIR_FIELDS, SECTIONS } from '../../src/desk/fields';

type Json = Record<string, unknown>;
const at = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Json)[key] : undefined), root);

/** Sets one control as a person would: typing into text fields, choosing options, ticking boxes. */
async function setControl(page: Page, spec: FieldSpec, path: string, value: unknown): Promise<void> {
  const selector = `#${fieldId(path)}`;
  switch (spec.kind) {
    case 'date':
    case 'text':
    case 'imei':
    case 'number':
    case 'yuan': {
      const text = value === undefined || value === null ? '' : spec.kind === 'yuan' ? fenToYuan(value as number) : String(value);
      await page.click(selector, { clickCount: 3 });
      await page.keyboard.press('Backspace');
      if (text !== '') await page.type(selector, text);
      return;
    }
    case 'select': {
      const chosen = value === undefined ? spec.fallback : String(value);
      await page.select(selector, chosen);
      return;
    }
    case 'check': {
      const want = typeof value === 'boolean' ? value : spec.fallback;
      const has = await page.$eval(selector, (box) => (box as HTMLInputElement).checked);
      if (has !== want) await page.click(selector);
      return;
    }
    case 'codes': {
      const codes = Array.isArray(value) ? (value as string[]) : [];
      const isSelect = await page.$eval(selector, (node) => node.tagName === 'SELECT');
      if (isSelect) await page.select(selector, ...codes);
      else for (const code of codes) await page.click(`${selector}-${code}`);
    }
  }
}

/**
 * Fills the desk form with a claim through the page's controls (never through its script): every
 * field of every section, the policy, then each repair and exchange row added with its button.
 */
export async function fillClaim(page: Page, claim: Json, policy = 'cn-national'): Promise<void> {
  await page.select('#f-policy', policy);
  for (const section of SECTIONS) for (const spec of section.fields) await setControl(page, spec, spec.path, at(claim, spec.path));
  const repairs = (at(claim, 'history.repairs') as Json[] | undefined) ?? [];
  for (const [index, repair] of repairs.entries()) {
    await page.click('button[data-action=add-repair]');
    for (const spec of REPAIR_FIELDS) {
      const value = spec.path === 'fixed' && typeof repair.fixed === 'boolean' ? String(repair.fixed) : repair[spec.path];
      await setControl(page, spec, `history.repairs.${index}.${spec.path}`, value);
    }
  }
  const exchanges = (at(claim, 'history.exchanges') as Json[] | undefined) ?? [];
  for (const [index, exchange] of exchanges.entries()) {
    await page.click('button[data-action=add-exchange]');
    await setControl(page, { path: 'date', kind: 'date' }, `history.exchanges.${index}.date`, exchange.date);
  }
}
