import { ZenEngine } from '@gorules/zen-engine';
import { Engine, type NestedCondition } from 'json-rules-engine';
import type { Claim, Verdict } from '../../src/index';
import { type SevenFacts, sevenFacts } from './seven-rules';

/**
 * (d) The seven rules in json-rules-engine, the peer most shops would pick: one rule per outcome,
 * priorities in the order the law applies them; the highest-priority event is the verdict.
 */
export function jsonRulesEngine(): (claim: Claim) => Promise<Verdict> {
  const engine = new Engine([], { allowUndefinedFacts: false });
  const rule = (priority: number, verdict: Verdict, all: NestedCondition[]) => engine.addRule({ priority, conditions: { all }, event: { type: verdict } });
  rule(70, 'paid-repair', [{ any: [{ fact: 'damage', operator: 'equal', value: true }, { fact: 'proof', operator: 'equal', value: false }] }]);
  rule(60, 'refund', [{ fact: 'within', operator: 'equal', value: 'refund' }]);
  rule(50, 'exchange', [{ fact: 'within', operator: 'equal', value: 'exchange' }]);
  rule(40, 'exchange', [{ fact: 'repairs', operator: 'greaterThanInclusive', value: 2 }, { fact: 'within', operator: 'equal', value: 'warranty' }]);
  rule(30, 'free-repair', [{ fact: 'within', operator: 'equal', value: 'warranty' }]);
  rule(10, 'paid-repair', [{ fact: 'always', operator: 'equal', value: true }]);
  return async (claim) => {
    const f = sevenFacts(claim);
    const within = f.day <= f.refundLast ? 'refund' : f.day <= f.exchangeLast ? 'exchange' : f.day <= f.warrantyLast ? 'warranty' : 'none';
    const { events } = await engine.run({ damage: f.damage, proof: f.proof, within, repairs: f.repairs, always: true });
    return (events[0]?.type ?? 'paid-repair') as Verdict;
  };
}

/** (e) The same rules as a first-hit decision table in GoRules' zen-engine. */
export async function zenEngine(): Promise<(claim: Claim) => Promise<Verdict>> {
  const cell = (id: string, value: string) => ({ [id]: value });
  const row = (id: string, damage: string, proof: string, refund: string, exchange: string, repairs: string, warranty: string, verdict: string) => ({
    _id: id,
    ...cell('damage', damage),
    ...cell('proof', proof),
    ...cell('refund', refund),
    ...cell('exchange', exchange),
    ...cell('repairs', repairs),
    ...cell('warranty', warranty),
    ...cell('verdict', `"${verdict}"`),
  });
  const content = {
    nodes: [
      { id: 'in', type: 'inputNode', name: 'claim', position: { x: 0, y: 0 } },
      {
        id: 'table',
        type: 'decisionTableNode',
        name: 'seven rules',
        position: { x: 200, y: 0 },
        content: {
          hitPolicy: 'first',
          inputs: [
            { id: 'damage', name: 'damage', field: 'damage' },
            { id: 'proof', name: 'proof', field: 'proof' },
            { id: 'refund', name: 'refund', field: 'day - refundLast' },
            { id: 'exchange', name: 'exchange', field: 'day - exchangeLast' },
            { id: 'repairs', name: 'repairs', field: 'repairs' },
            { id: 'warranty', name: 'warranty', field: 'day - warrantyLast' },
          ],
          outputs: [{ id: 'verdict', name: 'verdict', field: 'verdict' }],
          rules: [
            row('r1', 'true', '', '', '', '', '', 'paid-repair'),
            row('r2', '', 'false', '', '', '', '', 'paid-repair'),
            row('r3', '', '', '<= 0', '', '', '', 'refund'),
            row('r4', '', '', '', '<= 0', '', '', 'exchange'),
            row('r5', '', '', '', '', '>= 2', '<= 0', 'exchange'),
            row('r6', '', '', '', '', '', '<= 0', 'free-repair'),
            row('r7', '', '', '', '', '', '', 'paid-repair'),
          ],
        },
      },
      { id: 'out', type: 'outputNode', name: 'verdict', position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', sourceId: 'in', targetId: 'table', type: 'edge' },
      { id: 'e2', sourceId: 'table', targetId: 'out', type: 'edge' },
    ],
  };
  const engine = new ZenEngine();
  const decision = engine.createDecision(content as never);
  return async (claim) => {
    const f: SevenFacts = sevenFacts(claim);
    const { result } = (await decision.evaluate({ ...f })) as { result: { verdict: Verdict } };
    return result.verdict;
  };
}
