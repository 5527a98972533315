/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { type Lang, parseClaim, policyById, safeDecide } from '../index';
import { addRow, buildForm, readForm, removeRow } from './form';
import { fieldId, formPathOf } from './fields';
import { DESK_WORDS } from './i18n';
import { renderDecision, renderProblems } from './render';

/**
 * The desk page's controller: it keeps the claim on show, decides it again whenever the form
 * changes (with `counterfactuals`, so the page can say what would change the outcome), places
 * every input error next to its field in the language shown, and loads and saves the claim as
 * JSON. Everything runs in the page: no request leaves it.
 */

type Json = Record<string, unknown>;

const state: { lang: Lang; base: Json; policyId: string; pristine: boolean } = { lang: 'zh-CN', base: {}, policyId: 'cn-national', pristine: true };

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

/** The message without the JSON path it starts with: next to the field, the field says where. */
const bare = (message: string) => message.replace(/^\$[^\s:：]*[:：]\s*/, '');

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

/** Where an error goes: the field its path names, or the nearest enclosing field. */
function slotFor(path: string): HTMLElement | null {
  const parts = path.split('.');
  while (parts.length > 0) {
    const slot = document.querySelector<HTMLElement>(`[data-error-for="${parts.join('.')}"]`);
    if (slot !== null) return slot;
    parts.pop();
  }
  return null;
}

function labelOf(path: string): string {
  const control = document.getElementById(fieldId(path));
  if (control === null) return path;
  const legend = control.tagName === 'FIELDSET' ? control.querySelector('legend') : null;
  return (legend ?? document.querySelector(`label[for="${control.id}"]`))?.textContent?.trim() ?? path;
}

function showErrors(errors: readonly { readonly path: string; readonly message: string }[]): void {
  for (const slot of document.querySelectorAll<HTMLElement>('[data-error-for]')) slot.textContent = '';
  for (const control of document.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  for (const error of errors) {
    const slot = slotFor(error.path);
    if (slot === null) continue;
    slot.textContent = slot.textContent === '' ? error.message : `${slot.textContent} ${error.message}`;
    document.getElementById(fieldId(slot.dataset.errorFor!))?.setAttribute('aria-invalid', 'true');
  }
}

/** Decides the claim the form shows and renders the answer (or what to correct). */
function update(): void {
  const form = $<HTMLFormElement>('#claim-form');
  const output = $('#decision');
  const { claim, policyId, problems } = readForm(form, state.base, state.lang);
  state.policyId = policyId;
  delete output.dataset.pending;
  const policy = policyById(policyId);
  if (state.pristine) {
    showErrors([]);
    output.innerHTML = `<p class="hint">${DESK_WORDS[state.lang].subtitle}</p>`;
    output.dataset.state = 'empty';
    return;
  }
  const result = safeDecide(claim, { policy, counterfactuals: true });
  const schemaErrors = result.ok ? [] : result.errors;
  const errors = [
    ...[...problems].map(([path, message]) => ({ path, message })),
    ...schemaErrors.map((error) => ({ path: formPathOf(error.path), message: bare(error.message[state.lang]) })).filter((error) => !problems.has(error.path)),
  ];
  showErrors(errors);
  const parsed = result.ok ? parseClaim(claim) : undefined;
  if (errors.length === 0 && result.ok && parsed?.ok === true) {
    output.innerHTML = renderDecision(result.decision, parsed.claim, state.lang, policy ?? policyById('cn-national')!);
    output.dataset.state = 'decided';
  } else {
    output.innerHTML = renderProblems(errors.map((error) => ({ ...error, label: labelOf(error.path) })), state.lang);
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

function rebuild(claim: Json, policyId: string): void {
  buildForm($<HTMLFormElement>('#claim-form'), state.lang, claim, policyId);
  update();
}

function load(file: File): void {
  file.text().then(
    (text) => {
      const value: unknown = JSON.parse(text);
      const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
      // A fixture file holds its claim under `claim`, with the profile it is decided under.
      const isFixture = record.claimDate === undefined && typeof record.claim === 'object' && record.claim !== null;
      const claim = (isFixture ? record.claim : record) as Json;
      state.base = structuredClone(claim);
      state.pristine = false;
      rebuild(claim, isFixture && typeof record.policy === 'string' ? record.policy : state.policyId);
    },
  ).catch((error: unknown) => {
    $('#decision').innerHTML = `<p role="alert" class="error">${DESK_WORDS[state.lang].out.loadError}${String(error instanceof Error ? error.message : error).replace(/[<>&]/g, '')}</p>`;
  });
}

function save(): void {
  const { claim } = readForm($<HTMLFormElement>('#claim-form'), state.base, state.lang);
  const blob = new Blob([`${JSON.stringify(claim, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `claim-${typeof claim.claimDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(claim.claimDate) ? claim.claimDate : 'new'}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function start(): void {
  const hash = location.hash.replace('#', '');
  if (hash === 'en') state.lang = 'en';
  setTexts();
  const form = $<HTMLFormElement>('#claim-form');
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (button === null) return;
    const action = button.dataset.action;
    if (action === 'add-repair' || action === 'add-exchange') {
      const row = addRow(form, action === 'add-repair' ? 'repair' : 'exchange', state.lang);
      row.querySelector<HTMLElement>('input, select')?.focus();
    } else {
      const row = button.closest('[data-row]');
      if (row !== null) state.base = removeRow(form, row, state.base, state.lang);
    }
    schedule();
  });
  $('#lang-switch').addEventListener('click', () => {
    const { claim, policyId } = readForm(form, state.base, state.lang);
    state.lang = state.lang === 'zh-CN' ? 'en' : 'zh-CN';
    setTexts();
    rebuild(claim, policyId);
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
    state.pristine = true;
    rebuild({}, 'cn-national');
  });
  rebuild({}, 'cn-national');
  document.body.dataset.ready = 'true';
}

start();
