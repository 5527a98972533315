import type { Counterfactual } from '../engine/counterfactuals';
import type { Policy } from '../policy/policy';
import { citationText } from './citation-text';
import type { Lang } from '../law/lang';
import { bilingual, reasonLocales } from './messages';

/** The message code for a counterfactual: by the kind of fact changed and the direction. */
function codeOf(counterfactual: Counterfactual): string {
  const { fact, direction } = counterfactual;
  if (fact === 'claimDate') {
    if (String(counterfactual.to) < String(counterfactual.from)) return 'cf.claim-earlier';
    return counterfactual.verdict === 'no-remedy' ? 'cf.claim-later-none' : `cf.claim-later-${direction}`;
  }
  if (fact === 'proof.invoiceImei') return 'cf.invoice-imei';
  if (fact.startsWith('proof.')) return `cf.proof-${direction}`;
  if (fact.startsWith('condition.')) return `cf.finding-${direction}`;
  if (fact === 'fault.inspection') return 'cf.inspection';
  if (fact === 'stock.sameModelAvailable') return `cf.stock-available-${String(counterfactual.to)}`;
  if (fact === 'stock.consumerAcceptsOtherModel') return `cf.accepts-other-${String(counterfactual.to)}`;
  if (fact === 'request') return 'cf.request';
  return 'cf.repair-record';
}

/** The vocabulary (locale `terms`) a fact's values are said in. */
export function vocabularyOf(fact: string): string | undefined {
  if (fact === 'proof.invoice') return 'invoice';
  if (fact === 'proof.warrantyCard') return 'card';
  if (fact.startsWith('condition.')) return 'finding-value';
  if (fact === 'fault.inspection') return 'inspection';
  if (fact.startsWith('stock.')) return 'yes-no';
  if (fact === 'request') return 'request';
  if (fact.endsWith('.delayCause')) return 'delay-cause';
  return undefined;
}

/** A fact's name for a reader: `proof.invoice` → 发票 / the invoice; repairs by their number. */
export function factWords(fact: string, lang: Lang): string {
  const generic = fact.replace(/\[\d+\]/, '[]');
  const word = reasonLocales[lang].terms.fact?.[generic];
  const repair = /\[(\d+)\]/.exec(fact);
  if (word === undefined) return fact;
  return repair === null ? word : word.replace('#', String(Number(repair[1]) + 1));
}

/**
 * A counterfactual said in both languages: "A claim by 2025-06-09 would have been a refund
 * (MP2001 Art. 11)."
 */
export function counterfactualMessage(counterfactual: Counterfactual, policy?: Policy): { readonly 'zh-CN': string; readonly en: string } {
  const vocabulary = vocabularyOf(counterfactual.fact);
  const words = (v: Counterfactual['to'], lang: Lang) => {
    const raw = v === null ? 'null' : String(v);
    return (vocabulary === undefined ? undefined : reasonLocales[lang].terms[vocabulary]?.[raw]) ?? raw;
  };
  return bilingual(codeOf(counterfactual), {
    'fact:zh-CN': factWords(counterfactual.fact, 'zh-CN'),
    'fact:en': factWords(counterfactual.fact, 'en'),
    'from:zh-CN': words(counterfactual.from, 'zh-CN'),
    'from:en': words(counterfactual.from, 'en'),
    'to:zh-CN': words(counterfactual.to, 'zh-CN'),
    'to:en': words(counterfactual.to, 'en'),
    verdict: counterfactual.verdict,
    'cite:zh-CN': citationText(counterfactual.cite, 'zh-CN', policy),
    'cite:en': citationText(counterfactual.cite, 'en', policy),
  });
}
