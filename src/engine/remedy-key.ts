import type { RemedyType, Route } from './types';

/**
 * What makes two remedies the same remedy: its type, and for a refund its route (a 三包 refund
 * and a no-reason return are two remedies). The resolver keeps the best grant per key; the floor
 * merge compares an offer with the law's remedy of the same key. The keys are constant strings,
 * so none is built per grant (a route no rule of the library grants is named as given).
 *
 * @example
 * remedyKey({ type: 'refund' }) //=> 'refund:sanbao'
 * remedyKey({ type: 'refund', route: 'no-reason' }) //=> 'refund:no-reason'
 * remedyKey({ type: 'exchange' }) //=> 'exchange'
 */
export function remedyKey(remedy: { readonly type: RemedyType; readonly route?: Route | undefined }): string {
  if (remedy.type !== 'refund') return remedy.type;
  if (remedy.route === undefined || remedy.route === 'sanbao') return 'refund:sanbao';
  return remedy.route === 'no-reason' ? 'refund:no-reason' : `refund:${remedy.route as string}`;
}
