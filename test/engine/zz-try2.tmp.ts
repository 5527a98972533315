import { decide, policyById } from '../../src/index';
import { renderReport } from '../../src/explain/report';
const claim = { claimDate: '2025-06-13', request: 'no-reason-return', item: { kind: 'handset' }, sale: { date: '2025-06-01', deliveredDate: '2025-06-03', channel: 'online', priceFen: 599900 } };
const policy = policyById('apple-cn')!;
const d = decide(claim as any, { policy });
const zh = renderReport(d, claim as any, { lang: 'zh-CN', format: 'text', policy });
console.log(zh.split('\n').filter(l => /七日/.test(l)).join('\n'));
