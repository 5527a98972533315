import type * as PolicyEntry from '../../src/entries/policy';
import { shop } from '../support/shop';

/**
 * A shop's profile with one rule of its own, as a shop writes one: it grants a same-model exchange
 * with the seller paying transport when the consumer asks for an exchange (a note otherwise).
 * Made with the library given, so that an A/B harness can make it with either tree's.
 */
export function oneRuleProfile(library: Pick<typeof PolicyEntry, 'defineRule' | 'definePolicy' | 'grant' | 'nationalPolicy'>): PolicyEntry.Policy {
  const { defineRule, definePolicy, grant, nationalPolicy } = library;
  const rules = defineRule({
    id: 'my-shop.exchange-on-request',
    describes: { 'zh-CN': '顾客要求换货的，予以换货', en: 'an exchange when the consumer asks for one' },
    basis: [[{ from: '2001-11-15', tag: 'my-shop', cites: ['policy:my-shop:exchange'] }]],
    run: (context) => (context.claim.request === 'exchange' ? [grant('window.exchange', 'policy:my-shop:exchange', [{ type: 'exchange', shippingPaidBy: 'seller' }])] : []),
  });
  return definePolicy(
    nationalPolicy,
    shop({ exchange: { label: { 'zh-CN': '换货', en: 'exchange' }, text: { 'zh-CN': '顾客要求换货的，予以换货。', en: 'An exchange on request.' }, confidence: 'A' } }, { rules }),
  );
}
