import { decide, policyById } from '../../src/index';
const show = (c: any, pol?: string) => {
  const d = decide(c, pol ? { policy: policyById(pol)!, counterfactuals: true } : { counterfactuals: true });
  console.log('---', d.verdict, d.status);
  for (const r of d.reasons) console.log(' R', r.code, r.cite.id, '|', r.message.en);
  for (const r of d.warnings) console.log(' W', r.code, r.cite, '|', r.message.en);
  for (const r of d.recourse) console.log(' C', r.message.en);
  for (const r of d.counterfactuals ?? []) console.log(' CF', r.fact, r.to, r.verdict, '|', r.message.en);
};
const base = { item: { kind: 'handset', imei: '860000000000009' }, fault: { codes: ['no-power-on'] } };
show({ ...base, claimDate: '2025-06-20', sale: { date: '2025-01-10', priceFen: 399900 }, request: 'exchange', history: { repairs: [{ handedIn: '2025-06-10', returned: null, delayCause: 'repairer' }] } });
show({ ...base, claimDate: '2025-06-05', sale: { date: '2025-06-01', deliveredDate: '2025-06-03', channel: 'online', priceFen: 399900 }, condition: { activated: true, activationDate: '2025-06-02' } });
show({ claimDate: '2026-01-05', item: { kind: 'handset' }, sale: { date: '2026-01-02', channel: 'store', priceFen: 299900, subsidyFen: 44985 }, fault: { codes: [] }, request: 'no-reason-return' }, 'seed-tiered');
show({ claimDate: '2026-01-05', item: { kind: 'handset' }, sale: { date: '2026-01-02', channel: 'online', priceFen: 299900, madeToOrder: true, noReasonExclusionConfirmed: true }, fault: { codes: [] }, request: 'no-reason-return' });
