import type { DisputeLocale } from './codes';

/** The dispute messages in English: for a shop's auditor or a consumer association, naming the gap and the article. */
export const en: DisputeLocale = {
  messages: {
    'check.meets': "The shop's decision ({offered}) meets the statutory floor (owed: {owed}).",
    'check.below': "The shop's decision ({offered}) falls below the statutory floor: the consumer was owed {owed}.",
    'check.provisional': 'What is owed depends on an inspection result or on proof still to come: the finding is provisional.',
    'shortfall.not-offered': 'Owed {remedy}, not offered ({cite}).',
    'shortfall.amount': '{remedy} owed at {owedFen}, offered at {offeredFen}: {shortFen} short ({cite}).',
    'shortfall.amount-declined': '{remedy} owed at {owedFen} if the consumer declines the exchange (the price less {depreciationFen} depreciation), offered at {offeredFen}: {shortFen} short ({cite}).',
    'shortfall.amount-instead': '{remedy} in place of {owed} must pay at least the price, {owedFen}; offered at {offeredFen}: {shortFen} short ({cite}).',
    'shortfall.shipping': '{remedy}: the transport costs fall on the {owedParty}, but the shop put them on the {offeredParty} ({cite}).',
    'shortfall.condition': '{remedy} is owed without conditions, but the shop attached one ({cite}).',
    'shortfall.other-model': '{remedy} is owed for the same model, but the shop offered another model only ({cite}).',
    'shortfall.condition-instead': '{remedy} in place of {owed} may carry no condition, but the shop attached one ({cite}).',
    'shortfall.shipping-instead': '{remedy} in place of {owed}: the transport costs fall on the seller, but the shop put them on the consumer ({cite}).',
    'shortfall.other-model-instead': '{remedy} in place of {owed} must be for the same model, but the shop offered another model only ({cite}).',
    'more.stronger': 'The shop gave {remedy} where the law requires {owed}: more than owed (fine).',
    'more.not-owed': 'The shop also offered {remedy}, which the law does not require (fine).',
    'more.amount': '{remedy} at {offeredFen}, more than the {owedFen} the law requires (fine).',
    'more.shipping': '{remedy}: the shop bears the transport costs, which the law does not require (fine).',
    'engine.different': 'The recorded decision came from another engine ({recorded}), not the one checking it now ({current}); in a dispute, re-run it on the original engine.',
    'engine.same': 'The recorded decision came from the same engine as this check ({current}).',
    'engine.unknown': 'The recorded decision does not name its engine.',
    'words.remedy-amount': '{remedy} of {fen}',
    'words.owed-or-declined': '{owed}, or, if the consumer declines it, {instead} (the price less {depreciationFen} depreciation, {cite})',
  },
  verdict: { refund: 'a refund', exchange: 'an exchange', 'free-repair': 'a free repair', 'paid-repair': 'a paid repair', 'no-remedy': 'no remedy' },
  party: { seller: 'seller', repairer: 'repairer', consumer: 'consumer' },
};
