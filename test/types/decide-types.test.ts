/**
 * The typed signature of `decide` (issue 10): JSON from the wire passes as `unknown`; a claim
 * written in code is checked against the claim format, and a shipped profile's id is a literal.
 * The `@ts-expect-error` lines are the test: `npm run typecheck` fails if any of them compiles.
 */
import { describe, expect, it } from 'vitest';
import { type CitationId, type ClaimInput, decide, type PolicyId, type Remedy, safeDecide, UnknownPolicyError, type Verdict } from '../../src/index';

const claim = {
  claimDate: '2025-03-08',
  item: { kind: 'handset' },
  sale: { date: '2025-03-01', priceFen: 399900 },
  fault: { codes: ['no-power-on'] },
} satisfies ClaimInput;

function typeChecksOnly(wire: unknown, parsed: any, record: Record<string, unknown>): void {
  decide(wire);
  decide(parsed);
  decide(record);
  decide(claim, { policy: 'huawei' });
  // @ts-expect-error a misspelt key is a compile error
  decide({ claimdate: '2025-03-08', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: 399900 } });
  // @ts-expect-error an item kind the format does not know
  decide({ ...claim, item: { kind: 'tablet' } });
  // @ts-expect-error an unknown profile id is a compile error
  decide(claim, { policy: 'huawai' });
  // @ts-expect-error safeDecide is typed the same way
  safeDecide({ claimDate: '2025-03-08' });
  const id: PolicyId = 'oppo';
  decide(claim, { policy: id });
  const cite: CitationId = 'mp2001:art11';
  const clause: CitationId = 'policy:oppo:exchange-window';
  // @ts-expect-error a misspelt article is not a citation id
  const typo: CitationId = 'mp2001:art111';
  const verdict: Verdict = 'no-remedy';
  // @ts-expect-error a verdict the format does not have
  const wrong: Verdict = 'replacement';
  void [cite, clause, typo, verdict, wrong];
}

/** A remedy narrows by its type. */
function amountOf(remedy: Remedy): number | undefined {
  if (remedy.type === 'refund') return remedy.amountFen;
  // @ts-expect-error a remedy type the format does not have
  if (remedy.type === 'replacement') return 0;
  return undefined;
}

describe('decide, typed', () => {
  it('takes a profile by id, in any case', () => {
    expect(typeChecksOnly).toBeTypeOf('function');
    expect(decide(claim).remedies.map(amountOf)).toEqual([399900, undefined, undefined, undefined]);
    expect(decide(claim, { policy: 'huawei' }).policy.id).toBe('huawei');
    expect(decide(claim, { policy: 'HUAWEI' as PolicyId }).policy.id).toBe('huawei');
  });

  it('refuses an unknown id, naming the known ones, and never falls back to the floor', () => {
    expect(() => decide(claim, { policy: 'nokia' as PolicyId })).toThrow(UnknownPolicyError);
    expect(() => decide(claim, { policy: 'nokia' as PolicyId })).toThrow(/known: cn-national, dealer-handbook/);
    const result = safeDecide(claim, { policy: 'nokia' as PolicyId });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: 'options.policy', code: 'policy', received: 'nokia' });
  });

  it('never throws from safeDecide, whatever the options are', () => {
    for (const options of [null, {}, { policy: null }, { policy: 42 }, { calendar: 'x' }]) {
      const result = safeDecide(claim, options as never);
      expect(typeof result.ok).toBe('boolean');
    }
    expect(safeDecide(claim, null as never).ok).toBe(true);
    expect(safeDecide(claim, {}).ok).toBe(true);
  });
});
