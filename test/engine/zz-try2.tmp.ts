import { nationalPolicy } from '../../src/index';
for (const r of nationalPolicy.rules.filter(r => r.id === 'refund.subsidy')) console.log(r.version, r.effective, r.cites);
