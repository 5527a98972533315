import type { Claim } from '../claim/schema';
import type { NationalFinding } from './national-rule';
import { nationalRule } from './national-rule';
import { deny, requireFact } from '../engine/findings';

import { addMonths } from '../time/add-months';
import { rollOver } from '../engine/calendar-memo';
import { cpl2013, mp2001 } from './eras';

type DamageKey = 'liquid' | 'impact' | 'unauthorizedOpening';
const DAMAGE: readonly DamageKey[] = ['liquid', 'impact', 'unauthorizedOpening'];

/**
 * **Damage the consumer caused is outside 三包** (exclusions items 4–6; Appendix 3 note 3): use
 * contrary to the manual (liquid, drops, crushing), opening by someone other than the 三包
 * repairer, force majeure. Found and not disputed: no free remedy, paid repair (I9).
 */
export const damageFound = nationalRule({
  id: 'damage.found',
  describes: {
    'zh-CN': '进液、摔压等人为损坏、非三包修理者拆动、不可抗力造成损坏的，不实行三包，可收费修理。',
    en: 'Liquid, drop or crush damage, opening by someone other than the 三包 repairer, and force majeure take the claim outside 三包 (paid repair).',
  },
  interpretations: ['I9'],
  basis: [mp2001('mp2001:exclusions', 'mp2001:appendix3')],
  run: ({ claim }) => {
    // Each kind of damage found is a denial of its own, on its own article.
    const out: NationalFinding[] = [];
    for (const key of DAMAGE) {
      if (claim.condition[key] === 'found') out.push(deny(`damage.${key}`, key === 'unauthorizedOpening' ? 'mp2001:exclusions' : 'mp2001:appendix3', ['all-free']));
    }
    if (claim.condition.forceMajeure) out.push(deny('damage.force-majeure', 'mp2001:exclusions', ['all-free']));
    return out;
  },
});

const disputed = (claim: Claim): DamageKey[] => DAMAGE.filter((key) => claim.condition[key] === 'disputed');

/**
 * **Damage the consumer disputes** (I9). For goods received from 2014-03-15, a defect found within
 * six months of receipt and disputed is for the operator to disprove (消保法 Art. 23 para 3):
 * the remedies stand, provisionally, until the seller proves the damage. The six months end on
 * the corresponding day, moved past rest days like every period (I3). Otherwise the finding
 * stands against the consumer, provisionally, until the consumer proves otherwise.
 * *Interpretation:* Art. 23 names durable goods "等"; phones are read into that list. The version
 * is chosen by the date the phone was received, as Art. 23 counts from receipt.
 */
export const damageDisputed = nationalRule({
  id: 'damage.disputed',
  describes: {
    'zh-CN': '消费者对损坏认定有争议的：收货后六个月内（2014年3月15日起收货）由经营者举证，补救暂时成立；否则补救暂不成立，待消费者举证。',
    en: 'Disputed damage: within six months of receipt (goods received from 2014-03-15) the seller must prove it and the remedies stand for now; otherwise they fall until the consumer proves otherwise.',
  },
  interpretations: ['I9'],
  versionBy: 'delivery',
  basis: [mp2001('mp2001:exclusions'), cpl2013('cpl2013:art23')],
  appliesTo: ({ claim }) => {
    // Damage found takes the claim out of 三包 (the rule above); this rule is for damage only disputed.
    let anyDisputed = false;
    for (const key of DAMAGE) {
      const finding = claim.condition[key];
      if (finding === 'found') return false;
      if (finding === 'disputed') anyDisputed = true;
    }
    return anyDisputed && !claim.condition.forceMajeure;
  },
  run: ({ claim, facts, params, calendar }) => {
    const months = params.burdenOnSellerMonths;
    const until = months === null ? undefined : params.restDayRollOver ? rollOver(addMonths(facts.receiptDate, months), calendar).day : addMonths(facts.receiptDate, months);
    const sellerMustProve = until !== undefined && claim.claimDate <= until;
    return disputed(claim).flatMap((key): NationalFinding[] => {
      const fact = `condition.${key}`;
      if (sellerMustProve) {
        return [requireFact('damage.seller-must-prove', 'cpl2013:art23', fact, { finding: key, receipt: facts.receiptDate, until })];
      }
      return [
        deny('damage.consumer-must-prove', 'mp2001:exclusions', ['all-free'], { finding: key }, { fact, value: 'none' }),
        requireFact('damage.consumer-proof-pending', 'mp2001:exclusions', fact, { finding: key }),
      ];
    });
  },
});
