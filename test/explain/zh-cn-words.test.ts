/**
 * Chinese output is Chinese throughout (issue 10): no English words, parameter names, raw values
 * or internal references in a zh-CN report of any fixture, in `policies` or in `audit`. Latin
 * letters that belong in Chinese text are allowed: the claim's own strings (brand, model), the
 * profiles' ids and the Latin in their Chinese titles (OPPO, vivo, Apple), and IMEI / SIM.
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run';
import { loadFixtures } from '../support/fixtures';
import { auditPolicy, decide, policyById, renderReport, shippedPolicies } from '../support/api';

// Words: two letters or more (a single `x` is the strip's exchange mark, explained in its legend).
const LATIN = /[A-Za-z][A-Za-z'-]+/g;
const ALWAYS = new Set(['IMEI', 'SIM']);
const PROFILE_WORDS = new Set(shippedPolicies.flatMap((policy) => [policy.id, ...(policy.title['zh-CN'].match(LATIN) ?? []), ...(policy.source.name?.['zh-CN'].match(LATIN) ?? [])]));

function english(text: string, allowed: ReadonlySet<string>): string[] {
  return [...new Set((text.match(LATIN) ?? []).filter((word) => !ALWAYS.has(word) && !PROFILE_WORDS.has(word) && !allowed.has(word)))];
}

describe('zh-CN output has no English words', () => {
  it('in the text and Markdown reports of every fixture', () => {
    const found: string[] = [];
    for (const fixture of loadFixtures()) {
      const policy = fixture.policy === undefined ? undefined : policyById(fixture.policy);
      const decision = decide(fixture.claim, { ...(policy === undefined ? {} : { policy }), counterfactuals: true });
      const item = (fixture.claim as { item?: { brand?: string; model?: string } }).item;
      const allowed = new Set(`${item?.brand ?? ''} ${item?.model ?? ''}`.match(LATIN) ?? []);
      for (const format of ['text', 'md'] as const) {
        const report = renderReport(decision, fixture.claim, { lang: 'zh-CN', format, ...(policy === undefined ? {} : { policy }) });
        // A Markdown code fence names its language (```text): syntax, not words.
        for (const word of english(report.replace(/^```\w*$/gm, ''), allowed)) found.push(`${fixture.name} (${format}): ${word}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('in every audit finding of every shipped profile', () => {
    const found = shippedPolicies.flatMap((policy) => auditPolicy(policy).flatMap((finding) => english(`${finding.message['zh-CN']} ${finding.subject['zh-CN']}`, new Set()).map((word) => `${policy.id}: ${word}`)));
    expect(found).toEqual([]);
  });

  it('in `sanbao policies` and `sanbao audit ID`', async () => {
    const outputs = [await cli(['policies']), ...(await Promise.all(shippedPolicies.map((policy) => cli(['audit', policy.id]))))];
    const found = outputs.flatMap((output) => english(output.stdout.replace(/<https?:[^>]+>/g, ''), new Set()));
    expect(found).toEqual([]);
  });
});
