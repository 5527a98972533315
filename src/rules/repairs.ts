import type { Repair } from '../claim/schema';
import { type NationalFinding, nationalRule } from './national-rule';
import { grant, note, SILENT, warn } from '../engine/findings';
import type { RuleContext } from './claim-rule';
import { performanceFaults } from '../law/performance-faults';
import { addDays } from '../time/add-days';
import { daysInRepair } from '../time/repair-days';
import { mp2001 } from './eras';
import { qualityShipping } from './shipping';

const mainUnit = ({ facts }: RuleContext) => facts.item.class === 'main-unit';

const NO_REPAIRS: readonly { repair: Repair; index: number }[] = Object.freeze([]);

/** The 三包 repairs of the current unit: handed in since its start and inside its period (I6). */
function unitRepairs({ claim, facts }: RuleContext): readonly { repair: Repair; index: number }[] {
  if (claim.history.repairs.length === 0) return NO_REPAIRS; // most claims: nothing to copy or filter
  return claim.history.repairs
    .map((repair, index) => ({ repair, index }))
    .filter(({ repair }) => repair.handedIn >= facts.unitStart && (facts.warranty === undefined || repair.handedIn <= facts.warranty.last));
}

/**
 * **Art. 13: two failed repairs.** Inside the period, a main unit with a listed fault that still
 * cannot be used normally after two repairs is exchanged free by the seller against the repair
 * records. *Interpretation (I11):* any listed faults count, not only the same one (the article
 * does not say 同一故障); a firmware re-flash recorded as a repair counts; repairs made before the
 * latest exchange belong to the old unit and do not count (I6).
 */
export const twoRepairs = nationalRule({
  id: 'repairs.two-repairs',
  describes: {
    'zh-CN': '三包有效期内主机经两次修理仍不能正常使用的，由销售者免费更换。',
    en: 'A main unit that still fails after two repairs inside the period is exchanged free by the seller.',
  },
  interpretations: ['I11', 'I6'],
  basis: [mp2001('mp2001:art13')],
  reads: ['repairsBeforeExchange', 'twoRepairsGivesExchange'],
  appliesTo: mainUnit,
  run: (context) => {
    const { claim, facts, params } = context;
    if (!facts.fault.hasListed || facts.warranty === undefined || claim.claimDate > facts.warranty.last) return SILENT;
    // Most claims have no repair: none done, nothing to say (unless a profile needs none).
    if (claim.history.repairs.length === 0 && params.repairsBeforeExchange > 0) return SILENT;
    const done = unitRepairs(context).filter(
      ({ repair }) => repair.returned !== null && repair.faultCodes.some((code) => performanceFaults[code].row === 'main-unit'),
    );
    const values = { count: done.length, needed: params.repairsBeforeExchange, dates: done.map(({ repair }) => repair.handedIn) };
    if (done.length >= params.repairsBeforeExchange) {
      if (!params.twoRepairsGivesExchange) {
        return [note('repairs.exchange-discretionary', context.citeOf('twoRepairsGivesExchange', 'mp2001:art13'), values)];
      }
      const shipping = qualityShipping(params);
      return [grant('repairs.two-repairs', context.citeOf('repairsBeforeExchange', 'mp2001:art13'), [{ type: 'exchange', ...shipping }], values)];
    }
    return done.length > 0 ? [note('repairs.fewer-than-needed', 'mp2001:art13', values)] : SILENT;
  },
});

/** A repair still open, or closed, that has run past a limit of days (hand-in day not counted). */
function overdue(context: RuleContext, cause: 'repairer' | 'parts', limit: number): { repair: Repair; index: number; days: number }[] {
  const out: { repair: Repair; index: number; days: number }[] = [];
  for (const { repair, index } of unitRepairs(context)) if (repair.delayCause === cause) out.push({ repair, index, days: daysInRepair(repair, context.claim.claimDate) });
  return out.filter(({ days }) => days > limit);
}

/**
 * Whether the consumer accepted the repaired phone back before the claim (I26): the repair ended
 * before the claim date and was not left unfixed, whatever fault the claim is now about.
 */
function accepted(repair: Repair, context: RuleContext): boolean {
  return repair.returned !== null && repair.returned < context.claim.claimDate && repair.fixed !== false;
}

/**
 * The findings for repairs over a delay limit (Arts. 16–17, I12, I26): the exchange, worded for
 * a repair still open or one that ended; for a phone accepted back (whatever the fault now),
 * the exchange still stands (the rule sets no lapse) with a warning that waiver is disputed — or,
 * under a profile that lets the right lapse, a note instead of the exchange.
 */
function delayFindings(context: RuleContext, cause: 'repairer' | 'parts', limit: number, cite: 'mp2001:art17' | 'mp2001:art16'): readonly NationalFinding[] {
  if (context.claim.history.repairs.length === 0) return SILENT; // most claims: no repair to be late
  const out: NationalFinding[] = [];
  const shipping = qualityShipping(context.params);
  const survives = context.params.delayExchangeSurvivesHandBack;
  const code = cause === 'repairer' ? 'repairs.repairer-delay' : 'repairs.parts-delay';
  for (const { repair, days } of overdue(context, cause, limit)) {
    const stale = accepted(repair, context);
    if (repair.returned === null) {
      out.push(grant(code, cite, [{ type: 'exchange', ...shipping }], { handedIn: repair.handedIn, days, limit }));
      continue;
    }
    const values = { handedIn: repair.handedIn, returned: repair.returned, days, limit };
    if (stale && !survives) {
      // The lapse is the profile's doing (the law keeps the exchange, I26): its clause is cited.
      out.push(note('repairs.delay-lapsed', context.citeOf('delayExchangeSurvivesHandBack', cite), values));
      continue;
    }
    out.push(grant(`${code}-ended`, cite, [{ type: 'exchange', ...shipping }], values));
    if (stale) out.push(warn('repairs.delay-waiver-disputed', cite, values));
  }
  return out;
}

/**
 * **Art. 17: more than 30 days in repair for the repairer's own reasons** → the seller exchanges
 * the main unit free. *Interpretation (I12):* days are counted from the hand-in day (not counted)
 * to the hand-back or, while the repair is open, the claim date. A repair over the limit whose
 * delay cause is not recorded is pointed out as the missing fact. *Interpretation (I26):* the
 * exchange stands once the phone is handed back; once the consumer accepted the repaired phone
 * back, whatever fault the claim is now about, it still stands (the rule sets no lapse), with a
 * warning that waiver by accepting the repaired phone is disputed. An exchange asked for while the
 * repair is open and not yet over the limit is refused on this article, saying from which day it
 * is due.
 */
export const repairerDelay = nationalRule({
  id: 'repairs.repairer-delay',
  reads: ['delayExchangeSurvivesHandBack'],
  describes: {
    'zh-CN': '因修理者自身原因修理超过30日的，由销售者免费更换主机。',
    en: 'A repair taking more than 30 days for the repairer’s own reasons: the seller exchanges the main unit free.',
  },
  interpretations: ['I12', 'I26'],
  basis: [mp2001('mp2001:art17')],
  appliesTo: mainUnit,
  run: (context) => {
    const { params, claim } = context;
    const delayed = delayFindings(context, 'repairer', params.repairerDelayDays, 'mp2001:art17');
    if (delayed.length > 0 || claim.history.repairs.length === 0) return delayed;
    const out: NationalFinding[] = [];
    for (const { repair, index } of unitRepairs(context)) {
      const days = daysInRepair(repair, claim.claimDate);
      // An exchange asked for while the repair is open but not yet over the limit: the ground that
      // denies it, and the day from which it is due if the repair stays open.
      if (repair.returned === null && repair.delayCause === 'repairer' && days <= params.repairerDelayDays && claim.request === 'exchange') {
        out.push(note('repairs.delay-not-yet', 'mp2001:art17', { handedIn: repair.handedIn, days, limit: params.repairerDelayDays, due: addDays(repair.handedIn, params.repairerDelayDays + 1) }));
      }
      if (repair.delayCause === 'none' && days > params.repairerDelayDays) {
        out.push(
          note('repairs.delay-cause-unknown', 'mp2001:art17', { handedIn: repair.handedIn, days, limit: params.repairerDelayDays }, {
            missing: { fact: `history.repairs[${index}].delayCause`, value: 'repairer', would: 'exchange' },
          }),
        );
      }
    }
    return out;
  },
});

/**
 * **Art. 16: more than 60 days in repair because the producer did not supply parts** → the
 * seller exchanges the main unit free, against the invoice and the repair record (I12); once the
 * phone was accepted back, as for Art. 17 (I26).
 */
export const partsDelay = nationalRule({
  id: 'repairs.parts-delay',
  reads: ['delayExchangeSurvivesHandBack'],
  describes: {
    'zh-CN': '因生产者未供应零配件，自送修之日起超过60日未修好的，由销售者免费更换主机。',
    en: 'Not fixed more than 60 days after hand-in because the producer supplied no parts: the seller exchanges the main unit free.',
  },
  interpretations: ['I12', 'I26'],
  basis: [mp2001('mp2001:art16')],
  appliesTo: mainUnit,
  run: (context) => delayFindings(context, 'parts', context.params.partsDelayDays, 'mp2001:art16'),
});

/**
 * **Art. 15: a loaner after 7 days.** A main unit in 三包 repair not fixed within 7 days: the
 * repairer lends a phone free until it comes back. An obligation, not a remedy (I18); it is owed
 * while the repair is open.
 */
export const loaner = nationalRule({
  id: 'repairs.loaner',
  describes: {
    'zh-CN': '主机送修7日内未修好的，修理者应免费提供备用机。',
    en: 'A main unit not fixed within 7 days of hand-in: the repairer lends a phone free.',
  },
  interpretations: ['I18'],
  basis: [mp2001('mp2001:art15')],
  appliesTo: mainUnit,
  run: (context) => {
    const { claim, params } = context;
    if (!context.entitled('free-repair')) return SILENT;
    const open = unitRepairs(context).find(({ repair }) => repair.returned === null);
    if (open === undefined) return SILENT;
    const days = daysInRepair(open.repair, claim.claimDate);
    if (days <= params.loanerAfterDays) return SILENT;
    const since = addDays(open.repair.handedIn, params.loanerAfterDays + 1);
    return [
      note('repairs.loaner', 'mp2001:art15', { handedIn: open.repair.handedIn, days, since }, {
        obligation: { type: 'loaner-phone', owedBy: params.performers['free-repair'] === 'seller' ? 'seller' : 'repairer', since },
      }),
    ];
  },
});
