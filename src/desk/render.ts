import { type Claim, citationText, type Decision, formatYuan, type Lang, type Policy, renderTimelineSvg } from '../index';
import type { CheckResult } from '../entries/dispute';
import { catalogue } from '../entries/policy';
import { htmlText } from '../explain/escape/html';
import { fieldId } from './fields';
import { DESK_WORDS, type DeskWords } from './i18n';

/**
 * The decision as the desk shows it, from the decision alone (and the parsed claim, for the
 * timeline): the verdict, each remedy with its amount and who performs it, the reasons with
 * their articles, the key dates, the timeline, what is missing and what would change the
 * outcome. Every value a test compares with `decide()` is also carried as a `data-` attribute.
 */

/**
 * Text made safe for HTML: the library's one HTML escaper (`src/explain/escape/html.ts`), so the
 * desk shows hidden and bidi characters as the reports do.
 *
 * @example
 * escapeHtml('<b>"A&B"</b>') //=> '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'
 */
export const escapeHtml = htmlText;

/** A citation in brackets after a sentence: full-width in Chinese. */
const bracketed = (html: string, lang: Lang) => (lang === 'zh-CN' ? `（${html}）` : ` (${html})`);

const cite = (id: string, lang: Lang, policy: Policy) => `<span class="cite" data-cite="${escapeHtml(id)}">${escapeHtml(citationText(id, lang, policy))}</span>`;
const cites = (ids: readonly string[], lang: Lang, policy: Policy) => ids.map((id) => cite(id, lang, policy)).join(lang === 'zh-CN' ? '；' : '; ');

function remedyRows(decision: Decision, words: DeskWords, lang: Lang, policy: Policy): string {
  return decision.remedies
    .map((remedy) => {
      const name = words.options.verdict![remedy.type]!;
      const notes: string[] = [];
      if (remedy.route === 'no-reason') notes.push(words.options.route!['no-reason']!);
      if (remedy.otherModel === true) notes.push(words.out.otherModel);
      if ((remedy.conditions ?? []).includes('consumer-declines-exchange')) notes.push(words.out.onlyIf);
      if (remedy.depreciationFen !== undefined && remedy.depreciationFen > 0) {
        notes.push(`${words.out.depreciation} ${formatYuan(remedy.depreciationFen, lang)}${remedy.depreciationDays === undefined ? '' : ` (${remedy.depreciationDays}${lang === 'zh-CN' ? '日' : ' days'})`}`);
      }
      const attrs = [
        `data-remedy="${remedy.type}"`,
        remedy.route === undefined ? '' : `data-route="${remedy.route}"`,
        remedy.amountFen === undefined ? '' : `data-amount-fen="${remedy.amountFen}"`,
        `data-performed-by="${remedy.performedBy}"`,
        remedy.shippingPaidBy === undefined ? '' : `data-shipping="${remedy.shippingPaidBy}"`,
      ].filter((attr) => attr !== '');
      return `<tr ${attrs.join(' ')}><th scope="row">${escapeHtml(name)}${notes.length === 0 ? '' : `<br><small>${escapeHtml(notes.join(lang === 'zh-CN' ? '；' : '; '))}</small>`}</th><td class="amount">${remedy.amountFen === undefined ? '—' : escapeHtml(formatYuan(remedy.amountFen, lang))}</td><td class="party">${escapeHtml(words.options.party![remedy.performedBy]!)}</td><td class="party">${remedy.shippingPaidBy === undefined ? '—' : escapeHtml(words.options.party![remedy.shippingPaidBy]!)}</td><td>${cites(remedy.cites, lang, policy)}</td></tr>`;
    })
    .join('');
}

function list(title: string, id: string, items: readonly string[], printed: boolean): string {
  if (items.length === 0) return '';
  return `<section id="${id}" class="${printed ? '' : 'no-print'}"><h3>${escapeHtml(title)}</h3><ul>${items.join('')}</ul></section>`;
}

/** What a missing fact is called: the label of the form field it fills. */
function factLabel(fact: string, words: DeskWords): string {
  const path = fact.replace(/\[(\d+)\]/g, '.$1');
  const row = /^history\.repairs\.(\d+)\.(\w+)$/.exec(path);
  if (row !== null) return `${words.rows.repair.replace('{n}', String(Number(row[1]) + 1))}: ${words.fields[`repair.${row[2]}`] ?? row[2]}`;
  return words.fields[path] ?? fact;
}

/** The decision panel's HTML. */
export function renderDecision(decision: Decision, claim: Claim, lang: Lang, policy: Policy, check = ''): string {
  const words = DESK_WORDS[lang];
  const out: string[] = [];
  const verdict = words.options.verdict![decision.verdict]!;
  const status = decision.status === 'provisional' ? words.out.provisional : words.out.final;
  out.push(
    `<section id="verdict" data-verdict="${decision.verdict}" data-status="${decision.status}"><h2>${escapeHtml(words.out.decision)}</h2><p class="verdict"><span class="verdict-name">${escapeHtml(verdict)}</span> <span class="status status-${decision.status}">${escapeHtml(status)}</span></p><p class="profile">${escapeHtml(words.out.profile)}: ${escapeHtml(policy.title[lang])}</p></section>`,
  );
  // On paper the consumer needs to see which phone and which sale the decision is about.
  const item = [catalogue[claim.item.kind].name[lang], claim.item.brand, claim.item.model].filter((part) => part !== undefined).join(' ');
  const facts = [
    `${words.out.item}: ${item}${claim.item.imei === undefined ? '' : ` (IMEI ${claim.item.imei})`}`,
    `${words.out.bought}: ${claim.sale.date}`,
    `${words.out.price}: ${formatYuan(claim.sale.priceFen, lang)}`,
  ];
  out.push(`<p class="print-only claim-facts">${escapeHtml(facts.join(lang === 'zh-CN' ? '；' : '; '))}</p>`);
  // The check of the shop's decision, when one was entered: right under the verdict it is held against.
  if (check !== '') out.push(check);
  if (decision.remedies.length > 0) {
    out.push(
      `<section id="remedies"><h3>${escapeHtml(words.out.remedies)}</h3><table><thead><tr><th scope="col">${escapeHtml(words.out.remedy)}</th><th scope="col">${escapeHtml(words.out.amount)}</th><th scope="col" class="party">${escapeHtml(words.out.performedBy)}</th><th scope="col" class="party">${escapeHtml(words.out.shipping)}</th><th scope="col">${escapeHtml(words.out.cites)}</th></tr></thead><tbody>${remedyRows(decision, words, lang, policy)}</tbody></table></section>`,
    );
  }
  const reasons = decision.reasons.map(
    (reason) => `<li data-rule="${escapeHtml(reason.rule)}" data-effect="${reason.effect}">${escapeHtml(reason.message[lang])}<span class="basis">${bracketed(cite(reason.cite.id, lang, policy), lang)}</span></li>`,
  );
  out.push(list(words.out.reasons, 'reasons', reasons, true));
  const dates = Object.entries(decision.dates).map(([key, day]) => `<div data-date="${key}"><dt>${escapeHtml(words.dates[key] ?? key)}</dt><dd>${escapeHtml(day)}</dd></div>`);
  out.push(`<section id="dates"><h3>${escapeHtml(words.out.dates)}</h3><dl>${dates.join('')}</dl></section>`);
  out.push(`<section id="timeline" class="timeline"><h3>${escapeHtml(words.out.timeline)}</h3>${renderTimelineSvg(decision, claim, { lang })}</section>`);
  const missing = decision.missing.map(
    (entry) =>
      `<li data-fact="${escapeHtml(entry.fact)}"><a href="#${fieldId(entry.fact.replace(/\[(\d+)\]/g, '.$1'))}">${escapeHtml(factLabel(entry.fact, words))}</a>${entry.value === undefined ? '' : `: ${escapeHtml(String(entry.value))}`} → ${escapeHtml(words.out.wouldGive)} ${escapeHtml(words.options.verdict![entry.would]!)}</li>`,
  );
  out.push(list(words.out.missing, 'missing', missing, false));
  const changes = (decision.counterfactuals ?? []).map((change) => `<li data-fact="${escapeHtml(change.fact)}" data-verdict="${change.verdict}">${escapeHtml(change.message[lang])}</li>`);
  out.push(list(words.out.changes, 'changes', changes, false));
  out.push(list(words.out.warnings, 'warnings', decision.warnings.map((warning) => `<li>${escapeHtml(warning.message[lang])}${bracketed(cite(warning.cite, lang, policy), lang)}</li>`), true));
  out.push(list(words.out.floor, 'floor', decision.floorConflicts.map((conflict) => `<li>${escapeHtml(conflict.message[lang])}${bracketed(cites(conflict.prevails, lang, policy), lang)}</li>`), true));
  out.push(list(words.out.recourse, 'recourse', decision.recourse.map((entry) => `<li>${escapeHtml(entry.message[lang])}</li>`), false));
  out.push(list(words.out.obligations, 'obligations', decision.obligations.map((entry) => `<li>${escapeHtml(entry.message[lang])}${bracketed(cite(entry.cite, lang, policy), lang)}</li>`), true));
  const engine = (decision as Decision & { readonly engine?: { readonly version: string; readonly digest: string } }).engine;
  if (engine !== undefined) {
    out.push(`<p class="engine" data-engine-digest="${escapeHtml(engine.digest)}">${escapeHtml(words.out.engine)}: sanbao ${escapeHtml(engine.version)} · ${escapeHtml(engine.digest.slice(0, 12))}</p>`);
  }
  return out.join('\n');
}

/** The list of problems with the claim, for the decision panel when there is no decision. */
export function renderProblems(problems: readonly { readonly path: string; readonly label: string; readonly message: string }[], lang: Lang): string {
  const words = DESK_WORDS[lang];
  const items = problems.map((problem) => `<li><a href="#${escapeHtml(fieldId(problem.path))}">${escapeHtml(problem.label)}</a>: ${escapeHtml(problem.message)}</li>`);
  return `<section id="invalid" role="alert"><h2>${escapeHtml(words.out.invalid)}</h2><ul>${items.join('')}</ul></section>`;
}

/**
 * The check of the shop's decision, as `sanbao check` reports it (`renderCheck`): whether it meets
 * the floor, the finding, each remedy owed and not offered (its amount short and its articles, in
 * the message), where the shop gave more, and the engine note. Printed with the decision.
 */
export function renderCheckSection(result: CheckResult, lang: Lang): string {
  const words = DESK_WORDS[lang].check;
  const status = result.meetsFloor ? words.meets : words.below;
  const out = [
    `<section id="check" data-meets-floor="${String(result.meetsFloor)}"><h3>${escapeHtml(words.title)}${result.id === undefined ? '' : ` · ${escapeHtml(String(result.id))}`}: <span class="check-status ${result.meetsFloor ? 'meets' : 'below'}">${escapeHtml(status)}</span></h3>`,
    `<p class="check-message">${escapeHtml(result.message[lang])}${result.owed.status === 'provisional' ? ` ${escapeHtml(words.provisional)}` : ''}</p>`,
  ];
  if (result.shortfalls.length > 0) {
    const items = result.shortfalls.map((shortfall) => {
      const short = shortfall.kind === 'amount' && shortfall.owed.amountFen !== undefined && shortfall.offered?.amountFen !== undefined ? shortfall.owed.amountFen - shortfall.offered.amountFen : undefined;
      const attrs = [`data-kind="${escapeHtml(shortfall.kind)}"`, `data-remedy="${escapeHtml(shortfall.remedy)}"`, `data-cites="${escapeHtml(shortfall.cites.join(' '))}"`, short === undefined ? '' : `data-short-fen="${short}"`];
      return `<li ${attrs.filter((attr) => attr !== '').join(' ')}>${escapeHtml(shortfall.message[lang])}</li>`;
    });
    out.push(`<h4>${escapeHtml(words.short)}</h4><ul class="shortfalls">${items.join('')}</ul>`);
  }
  if (result.more.length > 0) {
    out.push(`<h4>${escapeHtml(words.more)}</h4><ul class="more">${result.more.map((surplus) => `<li data-kind="${escapeHtml(surplus.kind)}" data-remedy="${escapeHtml(surplus.remedy)}">${escapeHtml(surplus.message[lang])}</li>`).join('')}</ul>`);
  }
  if (result.engine.message !== undefined) out.push(`<p class="engine-note">${escapeHtml(result.engine.message[lang])}</p>`);
  out.push('</section>');
  return out.join('');
}

/** Why the shop's decision cannot be checked: its problems, each with a link to its field. */
export function renderCheckProblems(problems: readonly { readonly path: string; readonly label: string; readonly message: string }[], lang: Lang): string {
  const items = problems.map((problem) => `<li><a href="#${escapeHtml(fieldId(problem.path))}">${escapeHtml(problem.label)}</a>: ${escapeHtml(problem.message)}</li>`);
  return `<section id="check" data-meets-floor="unknown" role="alert"><h3>${escapeHtml(DESK_WORDS[lang].check.title)}</h3><p class="error">${escapeHtml(DESK_WORDS[lang].check.invalid)}</p><ul>${items.join('')}</ul></section>`;
}
