import type { DenyTarget, RemedyGrant } from './types';

/**
 * Whether a denial takes away a granted remedy.
 *
 * @example
 * denies('all-free', { type: 'exchange' })                      //=> true
 * denies('all-free', { type: 'refund', route: 'no-reason' })    //=> false (the no-reason return has its own tests)
 * denies('same-model-exchange', { type: 'exchange', otherModel: true }) //=> false
 */
export function denies(target: DenyTarget, grant: RemedyGrant): boolean {
  const noReason = grant.type === 'refund' && grant.route === 'no-reason';
  switch (target) {
    case 'all':
      return true;
    case 'no-reason':
      return noReason;
    case 'all-sanbao':
      return !noReason;
    case 'all-free':
      return !noReason && grant.type !== 'paid-repair';
    case 'same-model-exchange':
      return grant.type === 'exchange' && grant.otherModel !== true;
    case 'refund':
      return grant.type === 'refund' && !noReason && grant.replacesExchange !== true;
    default:
      return grant.type === target;
  }
}
