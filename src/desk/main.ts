/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { fillTemplate } from '../claim/fill-template';
import { type Lang, MAX_CLAIM_BYTES, parseClaim, POLICY_IDS, safeDecide } from '../index';
import { checkShopDecision, parseCheckInput } from '../entries/dispute';
import { policyById } from '../entries/policy';
import { addRow, buildForm, readForm, removeRow, type RowKind, showReadings } from './form';
import { fieldId, formPathOf, MOST_ROWS } from './fields';
import { DESK_WORDS } from './i18n';
import { h } from './dom';
import { renderCheckProblems, renderCheckSection, renderDecision, renderProblems } from './render';

/**
 * The desk page's controller: it keeps the claim on show, decides it again whenever the form
 * changes (with `counterfactuals`, so the page can say what would change the outcome), checks
 * the shop's decision against it when one is entered (as `sanbao check` does), places every
 * input error next to its field in the language shown, and loads and saves the claim (or the
 * `{ id, claim, shop }` record) as JSON. Everything runs in the page: no request leaves it.
 */

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The largest file opened: a claim at the format's limit, with room for the shop's record (as `sanbao check` allows). */
const MOST_FILE_BYTES = MAX_CLAIM_BYTES + 16 * 1024;

const state: { lang: Lang; base: Json; shopBase: Json; policyId: string; pristine: boolean } = { lang: 'zh-CN', base: {}, shopBase: {}, policyId: 'cn-national', pristine: true };

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

/** The message without the JSON path it starts with: next to the field, the field says where. */
const bare = (message: string) => message.replace(/^\$(?:[^\s:："]|"(?:[^"\\]|\\.)*")*[:：]\s*/, '');

/**
 * Today at the counter, as the claim date of a new claim: handed to {@link start} by the page's
 * entry (src/cli/desk-page.ts), the one place that reads the clock; the library is given the date.
 */
let today: () => string = () => {
  throw new Error('the desk was not started');
};

function setTexts(): void {
  const words = DESK_WORDS[state.lang];
  document.documentElement.lang = state.lang;
  document.title = words.title;
  $('#title').textContent = words.title;
  $('#subtitle').textContent = words.subtitle;
  $('#lang-switch').textContent = words.langSwitch;
  $('#lang-switch').setAttribute('lang', state.lang === 'zh-CN' ? 'en' : 'zh-CN');
  $('#load').textContent = words.buttons.load;
  $('#save').textContent = words.buttons.save;
  $('#print').textContent = words.buttons.print;
  $('#reset').textContent = words.buttons.reset;
  $('#load-file').setAttribute('aria-label', words.buttons.load);
  $('#form-heading').textContent = words.sections.claim;
  $('#print-title').textContent = words.title;
}

/**
 * The error slots by the path they are for. Looked up in a map, never through a selector built
 * from the path: a path holds whatever keys the file had (a `"` in one is no selector).
 */
function slots(): Map<string, HTMLElement> {
  return new Map([...document.querySelectorAll<HTMLElement>('[data-error-for]')].map((slot) => [slot.dataset.errorFor!, slot]));
}

/** Where an error goes: the field its path names, or the nearest enclosing field. */
function slotFor(path: string, all: Map<string, HTMLElement>): HTMLElement | undefined {
  const parts = path.split('.');
  while (parts.length > 0) {
    const slot = all.get(parts.join('.'));
    if (slot !== undefined) return slot;
    parts.pop();
  }
  return undefined;
}

function labelOf(path: string): string {
  const control = document.getElementById(fieldId(path));
  if (control === null) return path;
  if (control.tagName === 'FIELDSET') return control.querySelector('legend')?.textContent?.trim() ?? path;
  return (control as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? path;
}

function showErrors(errors: readonly { readonly path: string; readonly message: string }[]): void {
  const all = slots();
  for (const slot of all.values()) slot.textContent = '';
  for (const control of document.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  for (const error of errors) {
    const slot = slotFor(error.path, all);
    if (slot === undefined) continue;
    slot.textContent = slot.textContent === '' ? error.message : `${slot.textContent} ${error.message}`;
    document.getElementById(fieldId(slot.dataset.errorFor!))?.setAttribute('aria-invalid', 'true');
  }
}

/** A claim path (from the library) as the form's path: rows left empty are not in the claim, so its row numbers are not the form's. */
function claimPathToForm(path: string, rowOf: Readonly<Record<'repairs' | 'exchanges', readonly number[]>>): string {
  return path.replace(/^history\.(repairs|exchanges)\.(\d+)/, (whole, kind: 'repairs' | 'exchanges', index: string) => {
    const row = rowOf[kind][Number(index)];
    return row === undefined ? whole : `history.${kind}.${row}`;
  });
}

/** A check record's path as the form's: `shop.remedies.N…` is the verdict's terms or one of the rows. */
function recordPathToForm(path: string, remedyPaths: readonly string[], rowOf: Readonly<Record<'repairs' | 'exchanges', readonly number[]>>): string {
  if (path.startsWith('claim.')) return claimPathToForm(path.slice('claim.'.length), rowOf);
  const remedy = /^shop\.remedies\.(\d+)(?:\.(\w+))?/.exec(path);
  if (remedy !== null) {
    const at = remedyPaths[Number(remedy[1])] ?? 'shop.verdict';
    return remedy[2] === undefined || at === 'shop.verdict' ? at : `${at}.${remedy[2] === 'conditions' ? 'conditional' : remedy[2]}`;
  }
  return path.startsWith('shop.') && path !== 'shop.verdict' ? 'shop.verdict' : path;
}

/** Decides the claim the form shows and renders the answer (or what to correct), with the check of the shop's decision when one is entered. */
function update(): void {
  const form = $<HTMLFormElement>('#claim-form');
  const output = $('#decision');
  const { claim, policyId, problems, rowOf, shop } = readForm(form, state.base, state.lang, state.shopBase);
  showReadings(form, state.lang);
  state.policyId = policyId;
  delete output.dataset.pending;
  const policy = policyById(policyId) ?? policyById('cn-national')!;
  if (state.pristine) {
    showErrors([]);
    output.replaceChildren(h('p', { class: 'hint' }, DESK_WORDS[state.lang].subtitle));
    output.dataset.state = 'empty';
    return;
  }
  const result = safeDecide(claim, { policy, counterfactuals: true });
  const schemaErrors = result.ok ? [] : result.errors;
  const errors = [
    ...[...problems].map(([path, message]) => ({ path, message })),
    ...schemaErrors.map((error) => ({ path: claimPathToForm(formPathOf(error.path), rowOf), message: bare(error.message[state.lang]) })).filter((error) => !problems.has(error.path)),
  ];
  const parsed = result.ok ? parseClaim(claim) : undefined;
  let check: HTMLElement | undefined;
  if (errors.length === 0 && parsed?.ok === true && shop.record !== undefined) {
    const input = parseCheckInput({ ...shop.record, claim });
    if (input.ok) {
      const { id, shop: decided } = input.input;
      check = renderCheckSection(checkShopDecision(parsed.claim, decided, { policy, ...(id === undefined ? {} : { id }) }), state.lang);
    } else {
      const shopErrors = input.errors.map((error) => ({ path: recordPathToForm(formPathOf(error.path), shop.remedyPaths, rowOf), message: bare(error.message[state.lang]) }));
      errors.push(...shopErrors.filter((error) => !problems.has(error.path)));
      check = renderCheckProblems(shopErrors.map((error) => ({ ...error, label: labelOf(error.path) })), state.lang);
    }
  }
  // The shop's fields are checked only once the claim is valid; their own problems (an amount that is no amount) hold back the check, not the decision.
  const claimErrors = errors.filter((error) => !(error.path === 'id' || error.path.startsWith('shop.')));
  const shopProblems = errors.filter((error) => error.path === 'id' || error.path.startsWith('shop.'));
  showErrors(errors);
  if (claimErrors.length === 0 && result.ok && parsed?.ok === true) {
    if (check === undefined && shopProblems.length > 0) check = renderCheckProblems(shopProblems.map((error) => ({ ...error, label: labelOf(error.path) })), state.lang);
    output.replaceChildren(renderDecision(result.decision, parsed.claim, state.lang, policy, check));
    output.dataset.state = 'decided';
  } else {
    output.replaceChildren(renderProblems(errors.map((error) => ({ ...error, label: labelOf(error.path) })), state.lang));
    output.dataset.state = 'invalid';
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  state.pristine = false;
  // Marked until the answer on show is the form's again (a test or a screen reader can wait for it).
  $('#decision').dataset.pending = 'true';
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(update, 120);
}

function rebuild(claim: Json, policyId: string, record: Json = {}): void {
  buildForm($<HTMLFormElement>('#claim-form'), state.lang, claim, policyId, record);
  update();
}

/** Says why a file was not opened, in place of the decision; the form keeps what it held. */
function refuse(message: string): void {
  if (timer !== undefined) clearTimeout(timer);
  const output = $('#decision');
  delete output.dataset.pending;
  output.dataset.state = 'refused';
  output.replaceChildren(h('p', { role: 'alert', class: 'error', id: 'refusal' }, message));
}

/**
 * What a file holds, or why it is not opened: a claim; a fixture (`{ claim, policy, … }`),
 * decided under the profile it names; or a check record (`{ id, claim, shop }`), whose shop
 * decision fills the shop's section. The format's limits are applied before anything is built:
 * a file over the size limit, or with more rows than the format takes, is refused at once.
 */
function opened(text: string): { claim: Json; policyId: string; record: Json } | string {
  const words = DESK_WORDS[state.lang];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `${words.refuse.notJson}${error instanceof Error ? error.message : String(error)}`;
  }
  if (!isRecord(value)) return words.refuse.notObject;
  const wrapped = value.claimDate === undefined && isRecord(value.claim);
  const claim = wrapped ? (value.claim as Json) : value;
  // A fixture or a check record without a profile is decided under the national floor (as the
  // fixture runner and `sanbao check` decide it); a bare claim, under the profile chosen on the page.
  let policyId = wrapped ? 'cn-national' : state.policyId;
  if (wrapped && value.policy !== undefined) {
    const named = typeof value.policy === 'string' ? policyById(value.policy) : undefined;
    if (named === undefined) return fillTemplate(words.refuse.unknownPolicy, { id: typeof value.policy === 'string' ? value.policy : JSON.stringify(value.policy), known: POLICY_IDS.join(', ') });
    policyId = named.id;
  }
  const record: Json = wrapped && (value.shop !== undefined || value.id !== undefined) ? { ...(value.id === undefined ? {} : { id: value.id }), ...(value.shop === undefined ? {} : { shop: value.shop }) } : {};
  const history = isRecord(claim.history) ? claim.history : {};
  const counts: [string, unknown, number][] = [
    [words.fields['history.repairs']!, history.repairs, MOST_ROWS.repairs],
    [words.fields['history.exchanges']!, history.exchanges, MOST_ROWS.exchanges],
    [words.fields['shop.offers']!, isRecord(record.shop) ? record.shop.remedies : undefined, MOST_ROWS.offers],
  ];
  for (const [what, rows, most] of counts) {
    if (Array.isArray(rows) && rows.length > most) return fillTemplate(words.refuse.tooManyRows, { what, count: rows.length, most });
  }
  return { claim, policyId, record };
}

function load(file: File): void {
  const words = DESK_WORDS[state.lang];
  if (file.size > MOST_FILE_BYTES) {
    refuse(fillTemplate(words.refuse.tooLarge, { size: file.size, most: MOST_FILE_BYTES }));
    return;
  }
  file.text().then(
    (text) => {
      const found = opened(text);
      if (typeof found === 'string') {
        refuse(found);
        return;
      }
      state.base = structuredClone(found.claim);
      state.shopBase = structuredClone(found.record);
      state.pristine = false;
      rebuild(found.claim, found.policyId, found.record);
    },
  ).catch((error: unknown) => refuse(`${words.out.loadError}${error instanceof Error ? error.message : String(error)}`));
}

function save(): void {
  const { claim, shop } = readForm($<HTMLFormElement>('#claim-form'), state.base, state.lang, state.shopBase);
  // With a shop decision entered, the record `sanbao check` reads; otherwise the claim alone.
  const saved = shop.record === undefined ? claim : { ...(shop.record.id === undefined ? {} : { id: shop.record.id }), claim, shop: shop.record.shop };
  const blob = new Blob([`${JSON.stringify(saved, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${shop.record === undefined ? 'claim' : 'check'}-${typeof claim.claimDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(claim.claimDate) ? claim.claimDate : 'new'}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Starts the page: its texts, its form and a new claim dated `clock.today()`. */
export function start(clock: { readonly today: () => string }): void {
  today = clock.today;
  const hash = location.hash.replace('#', '');
  if (hash === 'en') state.lang = 'en';
  setTexts();
  const form = $<HTMLFormElement>('#claim-form');
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', schedule);
  form.addEventListener('change', (event) => {
    // A date picked from the calendar is written into its field, as if typed.
    const picker = event.target as HTMLElement;
    if (picker instanceof HTMLInputElement && picker.classList.contains('picker') && picker.value !== '') {
      const field = document.getElementById(picker.dataset.pickerFor!) as HTMLInputElement | null;
      if (field !== null) field.value = picker.value;
    }
    schedule();
  });
  form.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (button === null) return;
    const [verb, kind] = button.dataset.action!.split('-') as ['add' | 'remove', RowKind];
    if (verb === 'add') addRow(form, kind, state.lang).querySelector<HTMLElement>('input, select')?.focus();
    else {
      const row = button.closest('[data-row]');
      if (row !== null) removeRow(form, row, state.lang);
    }
    schedule();
  });
  $('#lang-switch').addEventListener('click', () => {
    const { claim, policyId, shop } = readForm(form, state.base, state.lang, state.shopBase);
    state.lang = state.lang === 'zh-CN' ? 'en' : 'zh-CN';
    setTexts();
    rebuild(claim, policyId, shop.record ?? {});
  });
  $('#load').addEventListener('click', () => $('#load-file').click());
  $<HTMLInputElement>('#load-file').addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file !== undefined) load(file);
    (event.target as HTMLInputElement).value = '';
  });
  $('#save').addEventListener('click', save);
  $('#print').addEventListener('click', () => window.print());
  $('#reset').addEventListener('click', () => {
    state.base = {};
    state.shopBase = {};
    state.pristine = true;
    rebuild({ claimDate: today() }, 'cn-national');
  });
  rebuild({ claimDate: today() }, 'cn-national');
  document.body.dataset.ready = 'true';
}
