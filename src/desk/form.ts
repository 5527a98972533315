/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { catalogue, type Lang, performanceFaults, shippedPolicies } from '../index';
import { FAULT_CODES, type FieldSpec, fenToYuan, fieldId, REPAIR_FIELDS, SECTIONS, yuanToFen } from './fields';
import { DESK_WORDS, type DeskWords } from './i18n';

/**
 * The desk form in the DOM: built from {@link SECTIONS}, read into a claim, filled from one. Every
 * control has a visible `<label for>` (the fault codes a `<fieldset>` with a `<legend>`), an error
 * slot tied to it by `aria-describedby`, and is a native control, so the form works by keyboard
 * alone.
 */

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function optionWords(spec: FieldSpec & { kind: 'select' }, value: string, words: DeskWords, lang: Lang): string {
  if (spec.words === 'item') return catalogue[value as keyof typeof catalogue]?.name[lang] ?? value;
  return words.options[spec.words]?.[value] ?? value;
}

/** A fault's name from the fault table, with its row for an accessory's (「充电器：不工作或工作不正常…」). */
function faultName(code: (typeof FAULT_CODES)[number], words: DeskWords, lang: Lang): string {
  const { name, row } = performanceFaults[code];
  const text = lang === 'zh-CN' ? name['zh-CN'] : `${name.en} (${name['zh-CN']})`;
  return row === null || row === 'main-unit' ? text : `${words.faultRows[row]}${lang === 'zh-CN' ? '：' : ': '}${text}`;
}

/** One field: its label, its control, its error slot. `path` is the full claim path. */
function fieldNode(spec: FieldSpec, path: string, words: DeskWords, lang: Lang, labelKey: string): HTMLElement {
  const id = fieldId(path);
  const wrap = el('div', { class: `field field-${spec.kind}`, 'data-field': path });
  const error = el('p', { class: 'error', id: `${id}-error`, 'data-error-for': path, 'aria-live': 'polite' });
  const label = words.fields[labelKey] ?? labelKey;
  if (spec.kind === 'codes') {
    const set = el('fieldset', { id, 'data-path': path, 'aria-describedby': `${id}-error` });
    set.append(el('legend', {}, label));
    for (const code of FAULT_CODES) {
      const box = el('input', { type: 'checkbox', id: `${id}-${code}`, value: code, 'data-code': code });
      const text = faultName(code, words, lang);
      const line = el('label', { for: `${id}-${code}`, class: 'code' });
      line.append(box, document.createTextNode(` ${text}`));
      set.append(line);
    }
    wrap.append(set, error);
    return wrap;
  }
  if (spec.kind === 'check') {
    const box = el('input', { type: 'checkbox', id, 'data-path': path, 'aria-describedby': `${id}-error` });
    if (spec.fallback) box.setAttribute('checked', '');
    const line = el('label', { for: id });
    line.append(box, document.createTextNode(` ${label}`));
    wrap.append(line, error);
    return wrap;
  }
  wrap.append(el('label', { for: id }, label));
  if (spec.kind === 'select') {
    const select = el('select', { id, 'data-path': path, 'aria-describedby': `${id}-error` });
    for (const value of spec.values) {
      const option = el('option', { value }, optionWords(spec, value, words, lang));
      if (value === spec.fallback) option.setAttribute('selected', '');
      select.append(option);
    }
    wrap.append(select, error);
    return wrap;
  }
  const input = el('input', { type: 'text', id, 'data-path': path, 'aria-describedby': `${id}-error`, autocomplete: 'off' });
  if (spec.kind === 'date') input.setAttribute('placeholder', 'YYYY-MM-DD');
  if (spec.kind === 'yuan') input.setAttribute('inputmode', 'decimal');
  if (spec.kind === 'number') input.setAttribute('inputmode', 'numeric');
  wrap.append(input, error);
  return wrap;
}

/** A repair row's controls. */
function repairRow(index: number, words: DeskWords, lang: Lang): HTMLElement {
  const row = el('fieldset', { class: 'row repair', 'data-row': 'repair' });
  row.append(el('legend', {}, words.repairRow.replace('{n}', String(index + 1))));
  for (const spec of REPAIR_FIELDS) {
    const node = fieldNode(spec, `history.repairs.${index}.${spec.path}`, words, lang, `repair.${spec.path}`);
    if (spec.kind === 'codes') {
      // A repair usually concerns one or two faults: the codes as a multiple select keep the row short.
      const id = fieldId(`history.repairs.${index}.${spec.path}`);
      const select = el('select', { id, multiple: '', size: '3', 'data-path': `history.repairs.${index}.${spec.path}`, 'aria-describedby': `${id}-error` });
      for (const code of FAULT_CODES) select.append(el('option', { value: code }, faultName(code, words, lang)));
      node.replaceChildren(el('label', { for: id }, words.fields['repair.faultCodes']!), select, node.querySelector('.error')!);
    }
    row.append(node);
  }
  row.append(el('button', { type: 'button', class: 'remove', 'data-action': 'remove-repair' }, words.buttons.removeRepair));
  return row;
}

function exchangeRow(index: number, words: DeskWords, lang: Lang): HTMLElement {
  const row = el('fieldset', { class: 'row exchange', 'data-row': 'exchange' });
  row.append(el('legend', {}, words.exchangeRow.replace('{n}', String(index + 1))));
  row.append(fieldNode({ path: 'date', kind: 'date' }, `history.exchanges.${index}.date`, words, lang, 'exchange.date'));
  row.append(el('button', { type: 'button', class: 'remove', 'data-action': 'remove-exchange' }, words.buttons.removeExchange));
  return row;
}

/** Builds the whole form in `form`, in one language, holding `claim`'s values (or the defaults). */
export function buildForm(form: HTMLFormElement, lang: Lang, claim: Json, policyId: string): void {
  const words = DESK_WORDS[lang];
  form.replaceChildren();
  const policy = fieldNode({ path: 'policy', kind: 'select', values: shippedPolicies.map((p) => p.id), words: 'policy', fallback: 'cn-national' }, 'policy', words, lang, 'policy');
  const policySelect = policy.querySelector('select')!;
  for (const option of policySelect.querySelectorAll('option')) {
    const found = shippedPolicies.find((p) => p.id === option.value);
    if (found !== undefined) option.textContent = `${found.title[lang]} (${found.id})`;
  }
  for (const section of SECTIONS) {
    const set = el('fieldset', { class: `section section-${section.key}` });
    set.append(el('legend', {}, words.sections[section.key]));
    if (section.key === 'claim') set.append(policy);
    for (const spec of section.fields) set.append(fieldNode(spec, spec.path, words, lang, spec.path));
    if (section.key === 'history') {
      const repairs = el('div', { class: 'rows', id: 'repairs', role: 'group', 'aria-label': words.fields['history.repairs']! });
      const exchanges = el('div', { class: 'rows', id: 'exchanges', role: 'group', 'aria-label': words.fields['history.exchanges']! });
      set.append(
        el('h3', {}, words.fields['history.repairs']!),
        repairs,
        el('button', { type: 'button', 'data-action': 'add-repair' }, words.buttons.addRepair),
        el('h3', {}, words.fields['history.exchanges']!),
        exchanges,
        el('button', { type: 'button', 'data-action': 'add-exchange' }, words.buttons.addExchange),
      );
    }
    form.append(set);
  }
  fillForm(form, claim, policyId, lang);
}

/** Adds an empty repair or exchange row. */
export function addRow(form: HTMLFormElement, kind: 'repair' | 'exchange', lang: Lang): HTMLElement {
  const words = DESK_WORDS[lang];
  const holder = form.querySelector<HTMLElement>(kind === 'repair' ? '#repairs' : '#exchanges')!;
  const row = kind === 'repair' ? repairRow(holder.children.length, words, lang) : exchangeRow(holder.children.length, words, lang);
  holder.append(row);
  return row;
}

function getAt(root: unknown, path: string): unknown {
  let current = root;
  for (const key of path.split('.')) {
    if (!isRecord(current) && !Array.isArray(current)) return undefined;
    current = (current as Json)[key];
  }
  return current;
}

function setAt(root: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let current: Json = root;
  for (const key of keys.slice(0, -1)) {
    if (!isRecord(current[key])) current[key] = {};
    current = current[key] as Json;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete current[last];
  else current[last] = value;
}

/** A control's value as the claim wants it, or a problem in the page's own terms (an amount that is not one). */
function valueOf(spec: FieldSpec, control: HTMLElement, words: DeskWords): { value: unknown; problem?: string } {
  if (spec.kind === 'codes') {
    if (control instanceof HTMLSelectElement) return { value: [...control.selectedOptions].map((option) => option.value) };
    return { value: [...control.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((box) => box.checked).map((box) => box.value) };
  }
  if (spec.kind === 'check') return { value: (control as HTMLInputElement).checked };
  const text = (control as HTMLInputElement | HTMLSelectElement).value.trim();
  if (spec.kind === 'select') return { value: spec.path === 'fixed' ? (text === '' ? undefined : text === 'true') : text };
  if (text === '') return { value: undefined };
  if (spec.kind === 'yuan') {
    const fen = yuanToFen(text);
    return fen === undefined ? { value: text, problem: words.yuanError } : { value: fen };
  }
  if (spec.kind === 'number') {
    const number = Number(text);
    return Number.isFinite(number) ? { value: number } : { value: text, problem: words.numberError };
  }
  return { value: text };
}

/** What the form says: the claim (on top of what was loaded, so fields the form lacks survive), the profile, and the page's own field problems. */
export function readForm(form: HTMLFormElement, base: Json, lang: Lang): { claim: Json; policyId: string; problems: Map<string, string> } {
  const words = DESK_WORDS[lang];
  const claim = structuredClone(base);
  const problems = new Map<string, string>();
  const read = (spec: FieldSpec, control: HTMLElement | null, path: string, target: Json, key: string) => {
    if (control === null) return;
    const { value, problem } = valueOf(spec, control, words);
    if (problem !== undefined) problems.set(path, problem);
    setAt(target, key, value);
  };
  for (const section of SECTIONS) {
    for (const spec of section.fields) read(spec, form.querySelector<HTMLElement>(`#${fieldId(spec.path)}`), spec.path, claim, spec.path);
  }
  // Rows are read by position, not by their ids, which keep the numbering they were built with.
  const control = (row: Element, key: string) => row.querySelector<HTMLElement>(`[data-path$=".${key}"]`);
  const repairs = [...form.querySelectorAll('#repairs > [data-row=repair]')].map((row, index) => {
    const out: Json = {};
    for (const spec of REPAIR_FIELDS) read(spec, control(row, spec.path), `history.repairs.${index}.${spec.path}`, out, spec.path);
    if (out.returned === undefined) out.returned = null;
    return out;
  });
  const exchanges = [...form.querySelectorAll('#exchanges > [data-row=exchange]')].map((row, index) => {
    const out: Json = {};
    read({ path: 'date', kind: 'date' }, control(row, 'date'), `history.exchanges.${index}.date`, out, 'date');
    return out;
  });
  setAt(claim, 'history.repairs', repairs);
  setAt(claim, 'history.exchanges', exchanges);
  const policyId = form.querySelector<HTMLSelectElement>('#f-policy')?.value ?? 'cn-national';
  return { claim, policyId, problems };
}

function writeControl(spec: FieldSpec, control: HTMLElement, value: unknown): void {
  if (spec.kind === 'codes') {
    const codes = Array.isArray(value) ? value.map(String) : [];
    if (control instanceof HTMLSelectElement) for (const option of control.options) option.selected = codes.includes(option.value);
    else for (const box of control.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = codes.includes(box.value);
  } else if (spec.kind === 'check') (control as HTMLInputElement).checked = typeof value === 'boolean' ? value : spec.fallback;
  else if (spec.kind === 'select') (control as HTMLSelectElement).value = value === undefined || value === null ? spec.fallback : String(value);
  else if (spec.kind === 'yuan') (control as HTMLInputElement).value = typeof value === 'number' && Number.isInteger(value) && value >= 0 ? fenToYuan(value) : value === undefined ? '' : String(value);
  else (control as HTMLInputElement).value = value === undefined || value === null ? '' : String(value);
}

/** Fills the form from a claim (a loaded file, or the one shown before a language switch). */
export function fillForm(form: HTMLFormElement, claim: Json, policyId: string, lang: Lang): void {
  for (const section of SECTIONS) {
    for (const spec of section.fields) {
      const control = form.querySelector<HTMLElement>(`#${fieldId(spec.path)}`);
      if (control !== null) writeControl(spec, control, getAt(claim, spec.path));
    }
  }
  const policy = form.querySelector<HTMLSelectElement>('#f-policy');
  if (policy !== null) policy.value = shippedPolicies.some((p) => p.id === policyId) ? policyId : 'cn-national';
  form.querySelector('#repairs')?.replaceChildren();
  form.querySelector('#exchanges')?.replaceChildren();
  const repairs = getAt(claim, 'history.repairs');
  if (Array.isArray(repairs)) {
    repairs.forEach((repair, index) => {
      const row = addRow(form, 'repair', lang);
      for (const spec of REPAIR_FIELDS) {
        const control = row.querySelector<HTMLElement>(`#${fieldId(`history.repairs.${index}.${spec.path}`)}`);
        if (control !== null) writeControl(spec, control, isRecord(repair) ? repair[spec.path] : undefined);
      }
    });
  }
  const exchanges = getAt(claim, 'history.exchanges');
  if (Array.isArray(exchanges)) {
    exchanges.forEach((exchange, index) => {
      const row = addRow(form, 'exchange', lang);
      const control = row.querySelector<HTMLElement>(`#${fieldId(`history.exchanges.${index}.date`)}`);
      if (control !== null) writeControl({ path: 'date', kind: 'date' }, control, isRecord(exchange) ? exchange.date : undefined);
    });
  }
}

/** Renumbers rows after one is removed, keeping what they hold. */
export function removeRow(form: HTMLFormElement, row: Element, base: Json, lang: Lang): Json {
  row.remove();
  const { claim, policyId } = readForm(form, base, lang);
  fillForm(form, claim, policyId, lang);
  return claim;
}
