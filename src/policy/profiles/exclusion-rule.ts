import type { Text } from '../../law/sources';
import type { Claim } from '../../claim/schema';
import { defineRule } from '../../rules/claim-rule';
import { deny } from '../../engine/findings';
import type { RuleContext } from '../../rules/claim-rule';
import type { ProfileRuleId } from '../../rules/rule-ids';
import { profileEra } from './clause';

/** The 三包 remedies a maker's exclusion takes away: the fault refund, the exchange and the free repair (a paid repair stays). */
const FREE_REMEDIES = ['all-free'] as const;

/** Whether the profile's run so far offers any remedy an exclusion could take away. */
const offersFreeRemedy = (context: RuleContext) =>
  context.entitled('refund', 'sanbao') || context.entitled('exchange') || context.entitled('free-repair');

/**
 * A maker's exclusion that the law does not have (MP2001's exclusions do not include it), as a
 * rule of the profile: when the claim shows the excluded condition and the profile's run offers a
 * 三包 remedy, the rule denies the fault refund, the exchange and the free repair, as the maker's
 * clause says (a paid repair is left). It declares that it can take away what the law gives
 * (`lowersFloor`), so `auditPolicy` reports it without a claim, and on a claim the floor check
 * restores the law's remedies with a floor conflict naming the clause: the decision says the
 * clause applied and was set aside (issue 17, reproduction 11). One rule per exclusion, with the
 * one message code `profile.exclusion`, filled from the exclusion's own words.
 */
export function exclusionRule(options: {
  /** `policy.<profile>.<name>`, written out where the rule is made (docs/rules.md finds it there). */
  readonly id: ProfileRuleId;
  readonly profile: string;
  readonly clause: string;
  readonly describes: Text;
  /** The exclusion as the maker words it, for the message and the audit. */
  readonly exclusion: Text;
  /** Whether the claim shows the condition the clause excludes (an unknown fact does not). */
  readonly shows: (claim: Claim) => boolean;
}) {
  const cite = `policy:${options.profile}:${options.clause}` as const;
  return defineRule<ProfileRuleId>({
    id: options.id,
    describes: options.describes,
    basis: [profileEra(options.profile, cite)],
    lowersFloor: { clause: cite, describes: options.exclusion },
    appliesTo: (context) => options.shows(context.claim),
    run: (context) =>
      offersFreeRemedy(context)
        ? [deny('profile.exclusion', cite, FREE_REMEDIES, { 'exclusion:zh-CN': options.exclusion['zh-CN'], 'exclusion:en': options.exclusion.en })]
        : [],
  });
}
