/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { formatYuan, type Lang } from '../index';
import { catalogue, performanceFaults, policyById, shippedPolicies } from '../entries/policy';
import { FAULT_CODES, type FieldSpec, fieldId, REPAIR_FIELDS, SECTIONS, SHOP_FIELDS, SHOP_OFFER_FIELDS } from './fields';
import { h } from './dom';
import { fillTemplate } from '../claim/fill-template';
import { DESK_WORDS, type DeskWords } from './i18n';
import { fenToYuan, normaliseDate, normaliseImei, parseNumber, yuanToFen } from './normalise';

/**
 * The desk form in the DOM: built from {@link SECTIONS} (the claim) and {@link SHOP_FIELDS} (what
 * the shop offered), read into a claim and a shop decision, filled from them. Every control has a
 * visible `<label for>` (the fault codes a `<fieldset>` with a `<legend>`), an error slot tied to
 * it by `aria-describedby`, and is a native control, so the form works by keyboard alone. What a
 * person types is read leniently (see normalise.ts), and the value read is shown beside the field.
 */

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The rows the form adds and removes: where they are held, and the path prefix of their fields. */
export type RowKind = 'repair' | 'exchange' | 'offer';
const ROWS: Readonly<Record<RowKind, { readonly holder: string; readonly prefix: string }>> = {
  repair: { holder: 'repairs', prefix: 'history.repairs' },
  exchange: { holder: 'exchanges', prefix: 'history.exchanges' },
  offer: { holder: 'offers', prefix: 'shop.offers' },
};
const EXCHANGE_FIELDS: readonly FieldSpec[] = [{ path: 'date', kind: 'date' }];
const ROW_FIELDS: Readonly<Record<RowKind, readonly FieldSpec[]>> = { repair: REPAIR_FIELDS, exchange: EXCHANGE_FIELDS, offer: SHOP_OFFER_FIELDS };

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
  const wrap = h('div', { class: `field field-${spec.kind}`, 'data-field': path });
  const error = h('p', { class: 'error', id: `${id}-error`, 'data-error-for': path, 'aria-live': 'polite' });
  const label = words.fields[labelKey] ?? labelKey;
  if (spec.kind === 'codes') {
    const set = h('fieldset', { id, 'data-path': path, 'aria-describedby': `${id}-error` });
    set.append(h('legend', {}, label));
    for (const code of FAULT_CODES) {
      const box = h('input', { type: 'checkbox', id: `${id}-${code}`, value: code, 'data-code': code });
      const text = faultName(code, words, lang);
      const line = h('label', { for: `${id}-${code}`, class: 'code' });
      line.append(box, document.createTextNode(` ${text}`));
      set.append(line);
    }
    wrap.append(set, error);
    return wrap;
  }
  if (spec.kind === 'check') {
    const box = h('input', { type: 'checkbox', id, 'data-path': path, 'aria-describedby': `${id}-error` });
    if (spec.fallback) box.setAttribute('checked', '');
    const line = h('label', { for: id });
    line.append(box, document.createTextNode(` ${label}`));
    wrap.append(line, error);
    return wrap;
  }
  wrap.append(h('label', { for: id }, label));
  if (spec.kind === 'select') {
    const select = h('select', { id, 'data-path': path, 'aria-describedby': `${id}-error` });
    for (const value of spec.values) {
      const option = h('option', { value }, optionWords(spec, value, words, lang));
      if (value === spec.fallback) option.setAttribute('selected', '');
      select.append(option);
    }
    wrap.append(select, error);
    return wrap;
  }
  const input = h('input', { type: 'text', id, 'data-path': path, 'data-kind': spec.kind, 'aria-describedby': `${id}-error`, autocomplete: 'off' });
  if (spec.kind === 'date') input.setAttribute('placeholder', words.datePlaceholder);
  if (spec.kind === 'yuan') input.setAttribute('inputmode', 'decimal');
  if (spec.kind === 'number') input.setAttribute('inputmode', 'numeric');
  if (spec.kind === 'text') {
    wrap.append(input, error);
    return wrap;
  }
  const line = h('div', { class: 'typed' });
  line.append(input);
  if (spec.kind === 'date') {
    // The calendar is for the mouse; the keyboard types the date (in any of the common forms).
    line.append(h('input', { type: 'date', class: 'picker', tabindex: '-1', min: '1980-01-01', max: '2099-12-31', 'data-picker-for': id, 'aria-label': `${label}: ${words.pickDate}` }));
  }
  // The value as read, with the field: what the library is given.
  wrap.append(line, h('output', { class: 'reading', id: `${id}-reading`, for: id }), error);
  return wrap;
}

function rowNode(kind: RowKind, index: number, words: DeskWords, lang: Lang): HTMLElement {
  const row = h('fieldset', { class: `row ${kind}`, 'data-row': kind });
  row.append(h('legend', {}, fillTemplate(words.rows[kind], { n: index + 1 })));
  const prefix = `${ROWS[kind].prefix}.${index}`;
  for (const spec of ROW_FIELDS[kind]) {
    const path = `${prefix}.${spec.path}`;
    const node = fieldNode(spec, path, words, lang, `${kind}.${spec.path}`);
    if (spec.kind === 'codes') {
      // A repair usually concerns one or two faults: the codes as a multiple select keep the row short.
      const id = fieldId(path);
      const select = h('select', { id, multiple: '', size: '3', 'data-path': path, 'aria-describedby': `${id}-error` });
      for (const code of FAULT_CODES) select.append(h('option', { value: code }, faultName(code, words, lang)));
      node.replaceChildren(h('label', { for: id }, words.fields[`${kind}.${spec.path}`]!), select, node.querySelector('.error')!);
    }
    row.append(node);
  }
  row.append(h('button', { type: 'button', class: 'remove', 'data-action': `remove-${kind}` }, words.buttons.removeRow));
  return row;
}

/** The rows' group: a heading, the rows, the button that adds one. */
function rowGroup(kind: RowKind, words: DeskWords): HTMLElement[] {
  const title = words.fields[ROWS[kind].prefix]!;
  return [h('h3', {}, title), h('div', { class: 'rows', id: ROWS[kind].holder, role: 'group', 'aria-label': title }), h('button', { type: 'button', 'data-action': `add-${kind}` }, words.buttons.add[kind])];
}

/** Builds the whole form in `form`, in one language, holding `claim`'s values (or the defaults) and the shop's record. */
export function buildForm(form: HTMLFormElement, lang: Lang, claim: Json, policyId: string, record: Json = {}): void {
  const words = DESK_WORDS[lang];
  form.replaceChildren();
  const policy = fieldNode({ path: 'policy', kind: 'select', values: shippedPolicies.map((p) => p.id), words: 'policy', fallback: 'cn-national' }, 'policy', words, lang, 'policy');
  const policySelect = policy.querySelector('select')!;
  for (const option of policySelect.querySelectorAll('option')) {
    const found = shippedPolicies.find((p) => p.id === option.value);
    if (found !== undefined) option.textContent = `${found.title[lang]} (${found.id})`;
  }
  for (const section of SECTIONS) {
    const set = h('fieldset', { class: `section section-${section.key}` });
    set.append(h('legend', {}, words.sections[section.key]));
    if (section.key === 'claim') set.append(policy);
    for (const spec of section.fields) set.append(fieldNode(spec, spec.path, words, lang, spec.path));
    if (section.key === 'history') set.append(...rowGroup('repair', words), ...rowGroup('exchange', words));
    form.append(set);
  }
  const shop = h('fieldset', { class: 'section section-shop', id: 'shop' });
  shop.append(h('legend', {}, words.sections.shop), h('p', { class: 'note' }, words.shopNote));
  for (const spec of SHOP_FIELDS) shop.append(fieldNode(spec, spec.path, words, lang, spec.path));
  shop.append(...rowGroup('offer', words));
  form.append(shop);
  fillForm(form, claim, policyId, lang, record);
}

/** Adds an empty row. */
export function addRow(form: HTMLFormElement, kind: RowKind, lang: Lang): HTMLElement {
  const holder = form.querySelector<HTMLElement>(`#${ROWS[kind].holder}`)!;
  const row = rowNode(kind, holder.children.length, DESK_WORDS[lang], lang);
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
  if (spec.kind === 'select') return { value: spec.path === 'fixed' ? (text === '' ? undefined : text === 'true') : text === '' && spec.fallback === '' ? undefined : text };
  if (text === '') return { value: undefined };
  if (spec.kind === 'date') return { value: normaliseDate(text) };
  if (spec.kind === 'imei') return { value: normaliseImei(text) };
  if (spec.kind === 'yuan') {
    const fen = yuanToFen(text);
    return fen === undefined ? { value: text, problem: words.yuanError } : { value: fen };
  }
  if (spec.kind === 'number') {
    const number = parseNumber(text);
    return number === undefined ? { value: text, problem: words.numberError } : { value: number };
  }
  return { value: text };
}

/** What the form says of the shop's decision, before it is checked. */
export interface ShopRead {
  /** The `{ id?, shop }` part of a check record, or undefined when no shop decision is entered. */
  readonly record: { readonly id?: string | number; readonly shop: Json } | undefined;
  /** The form path of each remedy in `shop.remedies`, to place its errors. */
  readonly remedyPaths: readonly string[];
}

/** What the form says: the claim (on top of `base`, so fields the form lacks survive), the profile, the shop's decision, and the page's own field problems. */
export function readForm(
  form: HTMLFormElement,
  base: Json,
  lang: Lang,
  shopBase: Json = {},
): { claim: Json; policyId: string; problems: Map<string, string>; rowOf: Readonly<Record<'repairs' | 'exchanges', readonly number[]>>; shop: ShopRead } {
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
  // Rows are read by position, not by their ids; a row left empty is not part of the claim (yet).
  const rowsOf = (kind: RowKind) => {
    const out: { value: Json; row: number }[] = [];
    [...form.querySelectorAll(`#${ROWS[kind].holder} > [data-row=${kind}]`)].forEach((row, index) => {
      const value: Json = {};
      for (const spec of ROW_FIELDS[kind]) read(spec, row.querySelector<HTMLElement>(`[data-path$=".${spec.path}"]`), `${ROWS[kind].prefix}.${index}.${spec.path}`, value, spec.path);
      if (!isEmptyRow(kind, value)) out.push({ value, row: index });
    });
    return out;
  };
  const repairs = rowsOf('repair');
  const exchanges = rowsOf('exchange');
  setAt(
    claim,
    'history.repairs',
    repairs.map(({ value }) => (value.returned === undefined ? { ...value, returned: null } : value)),
  );
  setAt(
    claim,
    'history.exchanges',
    exchanges.map(({ value }) => value),
  );
  const policyId = form.querySelector<HTMLSelectElement>('#f-policy')?.value ?? 'cn-national';
  const shop = readShop(form, shopBase, read, rowsOf('offer'), problems, words);
  return { claim, policyId, problems, rowOf: { repairs: repairs.map(({ row }) => row), exchanges: exchanges.map(({ row }) => row) }, shop };
}

/** A row with nothing in it but its defaults: a repair with no date, fault, cause or result; an exchange with no date; an offer with no type. */
function isEmptyRow(kind: RowKind, value: Json): boolean {
  if (kind === 'repair') {
    return value.handedIn === undefined && value.returned === undefined && (value.faultCodes as unknown[]).length === 0 && value.delayCause === 'none' && value.fixed === undefined;
  }
  if (kind === 'exchange') return value.date === undefined;
  return Object.entries(value).every(([key, entry]) => entry === undefined || entry === false || (key === 'type' && entry === ''));
}

/** A remedy's terms as the shop's record holds them (`conditions` from the condition box; an unticked box says nothing). */
function termsOf(value: Json): Json {
  const out: Json = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry === undefined || entry === false) continue;
    if (key === 'conditional') out.conditions = ['consumer-declines-exchange'];
    else out[key] = entry;
  }
  return out;
}

function readShop(
  form: HTMLFormElement,
  shopBase: Json,
  read: (spec: FieldSpec, control: HTMLElement | null, path: string, target: Json, key: string) => void,
  offers: readonly { value: Json; row: number }[],
  problems: Map<string, string>,
  words: DeskWords,
): ShopRead {
  const fields: Json = {};
  for (const spec of SHOP_FIELDS) read(spec, form.querySelector<HTMLElement>(`#${fieldId(spec.path)}`), spec.path, fields, spec.path);
  const typedId = fields.id as string | undefined;
  // A numeric reference stays a number when it is the one the record came with.
  const id = typedId !== undefined && typeof shopBase.id === 'number' && String(shopBase.id) === typedId ? shopBase.id : typedId;
  const shopFields = (fields.shop ?? {}) as Json;
  const verdict = shopFields.verdict as string | undefined;
  const terms = termsOf((shopFields.terms ?? {}) as Json);
  if (verdict === undefined) {
    if (Object.keys(terms).length > 0 || offers.length > 0) problems.set('shop.verdict', words.shopVerdictMissing);
    return { record: undefined, remedyPaths: [] };
  }
  const remedies: Json[] = [];
  const remedyPaths: string[] = [];
  if (Object.keys(terms).length > 0 && verdict !== 'no-remedy') {
    remedies.push({ type: verdict, ...terms });
    remedyPaths.push('shop.terms');
  }
  for (const { value, row } of offers) {
    const { type, ...rest } = value;
    remedies.push({ ...(type === undefined ? {} : { type }), ...termsOf(rest) });
    remedyPaths.push(`shop.offers.${row}`);
  }
  const { verdict: _verdict, remedies: _remedies, ...kept } = isRecord(shopBase.shop) ? shopBase.shop : {};
  const shop = { ...kept, verdict, ...(remedies.length === 0 ? {} : { remedies }) };
  return { record: { ...(id === undefined ? {} : { id: id as string | number }), shop }, remedyPaths };
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

/** A shop remedy's value for a field of the form (`conditional` is whether it has the condition). */
const termValue = (remedy: Json, key: string): unknown => (key === 'conditional' ? Array.isArray(remedy.conditions) && remedy.conditions.length > 0 : remedy[key]);

/** Fills the form from a claim (a loaded file, or the one shown before a language switch) and a shop's record (`{ id, shop }`). */
export function fillForm(form: HTMLFormElement, claim: Json, policyId: string, lang: Lang, record: Json = {}): void {
  // The paths here are the form's own (constants), so their ids make safe selectors.
  const byId = (path: string) => form.querySelector<HTMLElement>(`#${fieldId(path)}`);
  for (const section of SECTIONS) {
    for (const spec of section.fields) {
      const control = byId(spec.path);
      if (control !== null) writeControl(spec, control, getAt(claim, spec.path));
    }
  }
  const policy = form.querySelector<HTMLSelectElement>('#f-policy');
  const chosen = policyById(policyId);
  if (policy !== null) {
    // A profile the list leaves out by default is still honoured when a file names it.
    if (chosen !== undefined && ![...policy.options].some((option) => option.value === chosen.id)) policy.append(h('option', { value: chosen.id }, `${chosen.title[lang]} (${chosen.id})`));
    policy.value = chosen?.id ?? 'cn-national';
  }
  const shop = isRecord(record.shop) ? record.shop : {};
  const remedies = Array.isArray(shop.remedies) ? shop.remedies.filter(isRecord) : [];
  const own = remedies.findIndex((remedy) => remedy.type === shop.verdict);
  for (const spec of SHOP_FIELDS) {
    const control = byId(spec.path);
    if (control === null) continue;
    if (spec.path === 'id') writeControl(spec, control, record.id);
    else if (spec.path === 'shop.verdict') writeControl(spec, control, shop.verdict);
    else writeControl(spec, control, own < 0 ? undefined : termValue(remedies[own]!, spec.path.slice('shop.terms.'.length)));
  }
  const fill = (kind: RowKind, values: readonly unknown[]) => {
    form.querySelector(`#${ROWS[kind].holder}`)?.replaceChildren();
    values.forEach((value) => {
      const row = addRow(form, kind, lang);
      for (const spec of ROW_FIELDS[kind]) {
        const control = row.querySelector<HTMLElement>(`[data-path$=".${spec.path}"]`);
        if (control !== null) writeControl(spec, control, isRecord(value) ? termValue(value, spec.path) : undefined);
      }
    });
  };
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  fill('repair', list(getAt(claim, 'history.repairs')));
  fill('exchange', list(getAt(claim, 'history.exchanges')));
  fill(
    'offer',
    remedies.filter((_remedy, index) => index !== own),
  );
  showReadings(form, lang);
}

/** Renumbers the rows of a kind after one is removed, keeping what each holds (an empty row too). */
export function removeRow(form: HTMLFormElement, row: Element, lang: Lang): void {
  const kind = (row as HTMLElement).dataset.row as RowKind;
  row.remove();
  const words = DESK_WORDS[lang];
  const { prefix, holder } = ROWS[kind];
  const pathPattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.\\d+`);
  const idPattern = new RegExp(`^${fieldId(prefix)}-\\d+`);
  [...form.querySelectorAll(`#${holder} > [data-row=${kind}]`)].forEach((each, index) => {
    each.querySelector('legend')!.textContent = fillTemplate(words.rows[kind], { n: index + 1 });
    for (const node of each.querySelectorAll<HTMLElement>('*')) {
      for (const name of ['id', 'for', 'aria-describedby', 'data-path', 'data-error-for', 'data-field', 'data-picker-for']) {
        const value = node.getAttribute(name);
        if (value === null) continue;
        const renamed = value
          .split(' ')
          .map((part) => part.replace(pathPattern, `${prefix}.${index}`).replace(idPattern, `${fieldId(prefix)}-${index}`))
          .join(' ');
        if (renamed !== value) node.setAttribute(name, renamed);
      }
    }
  });
}

/**
 * The value read from what was typed, for the note beside the field, or '' when it is what was
 * typed (or nothing could be read: the field's error says so).
 */
export function readingOf(kind: string, text: string, lang: Lang): string {
  const typed = text.trim();
  if (typed === '') return '';
  if (kind === 'date') {
    const date = normaliseDate(typed);
    return date !== typed && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `= ${date}` : '';
  }
  if (kind === 'yuan') {
    const fen = yuanToFen(typed);
    return fen === undefined || fenToYuan(fen) === typed ? '' : `= ${formatYuan(fen, lang)}`;
  }
  if (kind === 'imei') {
    const imei = normaliseImei(typed);
    return imei === typed ? '' : `= ${imei}`;
  }
  if (kind === 'number') {
    const number = parseNumber(typed);
    return number === undefined || String(number) === typed ? '' : `= ${number}`;
  }
  return '';
}

/** Shows beside each typed field the value read from it, and keeps each date's calendar on the date typed. */
export function showReadings(form: HTMLFormElement, lang: Lang): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[data-kind]')) {
    const output = document.getElementById(`${input.id}-reading`);
    if (output instanceof HTMLOutputElement) {
      const reading = readingOf(input.dataset.kind!, input.value, lang);
      if (output.textContent !== reading) output.textContent = reading;
    }
    const picker = input.parentElement?.querySelector<HTMLInputElement>('input.picker');
    if (picker !== null && picker !== undefined && input.dataset.kind === 'date') {
      const date = normaliseDate(input.value);
      const wanted = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
      if (picker.value !== wanted) picker.value = wanted;
    }
  }
}
