import { type Claim, citationText, type Decision, formatYuan, type Lang, type Policy, renderTimelineSvg } from '../index';
import type { CheckResult } from '../entries/dispute';
import { catalogue } from '../entries/policy';
import { type Child, fragment, h, svgNode } from './dom';
import { fillTemplate } from '../claim/fill-template';
import { fieldId } from './fields';
import { DESK_WORDS, type DeskWords } from './i18n';

/**
 * The decision as the desk shows it, from the decision alone (and the parsed claim, for the
 * timeline): the verdict, each remedy with its amount and who performs it, the reasons with
 * their articles, the key dates, the timeline, what is missing and what would change the
 * outcome. Every value a test compares with `decide()` is also carried as a `data-` attribute.
 * Built as DOM nodes ({@link h}): every string is a text node or an attribute value, never markup.
 */

/** A citation in brackets after a sentence: full-width in Chinese. */
const bracketed = (node: Child, lang: Lang): Child => (lang === 'zh-CN' ? ['（', node, '）'] : [' (', node, ')']);

const cite = (id: string, lang: Lang, policy: Policy) => h('span', { class: 'cite', 'data-cite': id }, citationText(id, lang, policy));
const cites = (ids: readonly string[], lang: Lang, policy: Policy): Child =>
  ids.map((id, index) => (index === 0 ? cite(id, lang, policy) : [lang === 'zh-CN' ? '；' : '; ', cite(id, lang, policy)]));

function remedyRows(decision: Decision, words: DeskWords, lang: Lang, policy: Policy): HTMLElement[] {
  return decision.remedies.map((remedy) => {
    const name = words.options.verdict![remedy.type]!;
    const notes: string[] = [];
    if (remedy.route === 'no-reason') notes.push(words.options.route!['no-reason']!);
    if (remedy.otherModel === true) notes.push(words.out.otherModel);
    if ((remedy.conditions ?? []).includes('consumer-declines-exchange')) notes.push(words.out.onlyIf);
    if (remedy.depreciationFen !== undefined && remedy.depreciationFen > 0) {
      notes.push(`${words.out.depreciation} ${formatYuan(remedy.depreciationFen, lang)}${remedy.depreciationDays === undefined ? '' : ` (${remedy.depreciationDays}${lang === 'zh-CN' ? '日' : ' days'})`}`);
    }
    return h(
      'tr',
      { 'data-remedy': remedy.type, 'data-route': remedy.route, 'data-amount-fen': remedy.amountFen, 'data-performed-by': remedy.performedBy, 'data-shipping': remedy.shippingPaidBy },
      h('th', { scope: 'row' }, name, notes.length > 0 && [h('br'), h('small', {}, notes.join(lang === 'zh-CN' ? '；' : '; '))]),
      h('td', { class: 'amount' }, remedy.amountFen === undefined ? '—' : formatYuan(remedy.amountFen, lang)),
      h('td', { class: 'party' }, words.options.party![remedy.performedBy]!),
      h('td', { class: 'party' }, remedy.shippingPaidBy === undefined ? '—' : words.options.party![remedy.shippingPaidBy]!),
      h('td', {}, cites(remedy.cites, lang, policy)),
    );
  });
}

/** A titled list of the decision's, or nothing when it is empty; `printed`: on the consumer's printout too. */
function list(title: string, id: string, items: readonly HTMLElement[], printed: boolean): HTMLElement | undefined {
  if (items.length === 0) return undefined;
  return h('section', { id, class: printed ? '' : 'no-print' }, h('h3', {}, title), h('ul', {}, items));
}

/** What a missing fact is called: the label of the form field it fills. */
function factLabel(fact: string, words: DeskWords): string {
  const path = fact.replace(/\[(\d+)\]/g, '.$1');
  const row = /^history\.repairs\.(\d+)\.(\w+)$/.exec(path);
  if (row !== null) return `${fillTemplate(words.rows.repair, { n: Number(row[1]) + 1 })}: ${words.fields[`repair.${row[2]}`] ?? row[2]}`;
  return words.fields[path] ?? fact;
}

/** The decision panel: its sections, in order. */
export function renderDecision(decision: Decision, claim: Claim, lang: Lang, policy: Policy, check?: HTMLElement): DocumentFragment {
  const words = DESK_WORDS[lang];
  const verdict = words.options.verdict![decision.verdict]!;
  const status = decision.status === 'provisional' ? words.out.provisional : words.out.final;
  // On paper the consumer needs to see which phone and which sale the decision is about.
  const item = [catalogue[claim.item.kind].name[lang], claim.item.brand, claim.item.model].filter((part) => part !== undefined).join(' ');
  const facts = [
    `${words.out.item}: ${item}${claim.item.imei === undefined ? '' : ` (IMEI ${claim.item.imei})`}`,
    `${words.out.bought}: ${claim.sale.date}`,
    `${words.out.price}: ${formatYuan(claim.sale.priceFen, lang)}`,
  ];
  // A warning is shown once, in its own box (提示, printed), not again as a reason (issue 18): a
  // warning reason with the box's words, or with them under its run's label (法定标准：… / the
  // profile's title, where both runs of a decision under a profile gave the rule), is left out. A
  // warning reason the box does not hold (the other run's, with its own numbers) stays a reason.
  const inBox = (reason: Decision['reasons'][number]) =>
    reason.effect === 'warn' &&
    decision.warnings.some((warning) => warning.rule === reason.rule && reason.message['zh-CN'].endsWith(warning.message['zh-CN']) && reason.message.en.endsWith(warning.message.en));
  const reasons = decision.reasons
    .filter((reason) => !inBox(reason))
    .map((reason) => h('li', { 'data-rule': reason.rule, 'data-effect': reason.effect, 'data-not-given': reason.notGiven }, reason.message[lang], h('span', { class: 'basis' }, bracketed(cite(reason.cite.id, lang, policy), lang))));
  const dates = Object.entries(decision.dates).map(([key, day]) => h('div', { 'data-date': key }, h('dt', {}, words.dates[key] ?? key), h('dd', {}, day)));
  const missing = decision.missing.map((entry) =>
    h(
      'li',
      { 'data-fact': entry.fact },
      h('a', { href: `#${fieldId(entry.fact.replace(/\[(\d+)\]/g, '.$1'))}` }, factLabel(entry.fact, words)),
      entry.value === undefined ? '' : `: ${String(entry.value)}`,
      ` → ${words.out.wouldGive} ${words.options.verdict![entry.would]!}`,
    ),
  );
  const changes = (decision.counterfactuals ?? []).map((change) => h('li', { 'data-fact': change.fact, 'data-verdict': change.verdict }, change.message[lang]));
  const engine = (decision as Decision & { readonly engine?: { readonly version: string; readonly digest: string } }).engine;
  return fragment(
    h(
      'section',
      { id: 'verdict', 'data-verdict': decision.verdict, 'data-status': decision.status },
      h('h2', {}, words.out.decision),
      h('p', { class: 'verdict' }, h('span', { class: 'verdict-name' }, verdict), ' ', h('span', { class: `status status-${decision.status}` }, status)),
      h('p', { class: 'profile' }, `${words.out.profile}: ${policy.title[lang]}`),
    ),
    h('p', { class: 'print-only claim-facts' }, facts.join(lang === 'zh-CN' ? '；' : '; ')),
    // The check of the shop's decision, when one was entered: right under the verdict it is held against.
    check,
    decision.remedies.length > 0 &&
      h(
        'section',
        { id: 'remedies' },
        h('h3', {}, words.out.remedies),
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, words.out.remedy),
              h('th', { scope: 'col' }, words.out.amount),
              h('th', { scope: 'col', class: 'party' }, words.out.performedBy),
              h('th', { scope: 'col', class: 'party' }, words.out.shipping),
              h('th', { scope: 'col' }, words.out.cites),
            ),
          ),
          h('tbody', {}, remedyRows(decision, words, lang, policy)),
        ),
      ),
    list(words.out.reasons, 'reasons', reasons, true),
    h('section', { id: 'dates' }, h('h3', {}, words.out.dates), h('dl', {}, dates)),
    h('section', { id: 'timeline', class: 'timeline' }, h('h3', {}, words.out.timeline), svgNode(renderTimelineSvg(decision, claim, { lang }))),
    list(words.out.missing, 'missing', missing, false),
    list(words.out.changes, 'changes', changes, false),
    list(words.out.warnings, 'warnings', decision.warnings.map((warning) => h('li', {}, warning.message[lang], bracketed(cite(warning.cite, lang, policy), lang))), true),
    list(words.out.floor, 'floor', decision.floorConflicts.map((conflict) => h('li', {}, conflict.message[lang], bracketed(cites(conflict.prevails, lang, policy), lang))), true),
    list(words.out.recourse, 'recourse', decision.recourse.map((entry) => h('li', {}, entry.message[lang])), false),
    list(words.out.obligations, 'obligations', decision.obligations.map((entry) => h('li', {}, entry.message[lang], bracketed(cite(entry.cite, lang, policy), lang))), true),
    engine !== undefined && h('p', { class: 'engine', 'data-engine-digest': engine.digest }, `${words.out.engine}: sanbao ${engine.version} · ${engine.digest.slice(0, 12)}`),
  );
}

/** A list of problems, each linked to its field. */
const problemItems = (problems: readonly { readonly path: string; readonly label: string; readonly message: string }[]) =>
  problems.map((problem) => h('li', {}, h('a', { href: `#${fieldId(problem.path)}` }, problem.label), `: ${problem.message}`));

/** The list of problems with the claim, for the decision panel when there is no decision. */
export function renderProblems(problems: readonly { readonly path: string; readonly label: string; readonly message: string }[], lang: Lang): HTMLElement {
  return h('section', { id: 'invalid', role: 'alert' }, h('h2', {}, DESK_WORDS[lang].out.invalid), h('ul', {}, problemItems(problems)));
}

/**
 * The check of the shop's decision, as `sanbao check` reports it (`renderCheck`): whether it meets
 * the floor, the finding, each remedy owed and not offered (its amount short and its articles, in
 * the message), where the shop gave more, and the engine note. Printed with the decision.
 */
export function renderCheckSection(result: CheckResult, lang: Lang): HTMLElement {
  const words = DESK_WORDS[lang].check;
  const status = result.meetsFloor ? words.meets : words.below;
  const shortfalls = result.shortfalls.map((shortfall) => {
    const short = shortfall.kind === 'amount' && shortfall.owed.amountFen !== undefined && shortfall.offered?.amountFen !== undefined ? shortfall.owed.amountFen - shortfall.offered.amountFen : undefined;
    return h('li', { 'data-kind': shortfall.kind, 'data-remedy': shortfall.remedy, 'data-cites': shortfall.cites.join(' '), 'data-short-fen': short }, shortfall.message[lang]);
  });
  return h(
    'section',
    { id: 'check', 'data-meets-floor': String(result.meetsFloor) },
    h('h3', {}, words.title, result.id === undefined ? '' : ` · ${String(result.id)}`, ': ', h('span', { class: `check-status ${result.meetsFloor ? 'meets' : 'below'}` }, status)),
    h('p', { class: 'check-message' }, result.message[lang], result.owed.status === 'provisional' ? ` ${words.provisional}` : ''),
    shortfalls.length > 0 && [h('h4', {}, words.short), h('ul', { class: 'shortfalls' }, shortfalls)],
    result.more.length > 0 && [
      h('h4', {}, words.more),
      h(
        'ul',
        { class: 'more' },
        result.more.map((surplus) => h('li', { 'data-kind': surplus.kind, 'data-remedy': surplus.remedy }, surplus.message[lang])),
      ),
    ],
    result.engine.message !== undefined && h('p', { class: 'engine-note' }, result.engine.message[lang]),
  );
}

/** Why the shop's decision cannot be checked: its problems, each with a link to its field. */
export function renderCheckProblems(problems: readonly { readonly path: string; readonly label: string; readonly message: string }[], lang: Lang): HTMLElement {
  const words = DESK_WORDS[lang].check;
  return h('section', { id: 'check', 'data-meets-floor': 'unknown', role: 'alert' }, h('h3', {}, words.title), h('p', { class: 'error' }, words.invalid), h('ul', {}, problemItems(problems)));
}
