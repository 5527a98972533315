/** The child of ic-shapes.ts: national decisions, then (IC_MIX f or g) decisions under a profile, then national again. */
import { decide } from '../../src/index';
import * as policyTools from '../../src/entries/policy';
import { benchClaims } from './claims';
import { oneRuleProfile } from './one-rule-profile';

const inputs = benchClaims(300);
const mix = process.env.IC_MIX;
const options = mix === 'g' ? { policy: oneRuleProfile(policyTools) } : mix === 'f' ? { policy: 'huawei' as const } : undefined;
for (let round = 0; round < 3; round += 1) for (const input of inputs) decide(input);
if (options !== undefined) for (let round = 0; round < 3; round += 1) for (const input of inputs) decide(input, options);
for (let round = 0; round < 2; round += 1) for (const input of inputs) decide(input);
