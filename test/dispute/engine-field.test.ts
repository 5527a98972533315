import { describe, expect, it } from 'vitest';
import { engineStamp } from '../../src/stamp/stamp';
import { decide, nationalPolicy, policyById } from '../support/api';
import { claimOn } from './support';

/** Every decision names the engine that made it: the façade (src/facade/decide.ts) stamps it. */
describe('the engine a decision names', () => {
  const engineOf = (decision: object) => (decision as { readonly engine?: unknown }).engine;

  it('is the same for two decisions of the same claim by the same build, and is engineStamp(policy)', () => {
    const claim = claimOn('2025-03-12');
    expect(engineOf(decide(claim))).toEqual(engineStamp(nationalPolicy));
    expect(engineOf(decide(claim))).toEqual(engineOf(decide(claim)));
    const oppo = policyById('oppo')!;
    expect(engineOf(decide(claim, { policy: oppo }))).toEqual(engineStamp(oppo));
    expect(engineOf(decide(claim, { policy: oppo }))).not.toEqual(engineOf(decide(claim)));
  });
});
