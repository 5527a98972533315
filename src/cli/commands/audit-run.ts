import { auditPolicy } from '../../facade/audit-policy';
import { policyById, shippedPolicies } from '../../policy/registry';
import { type Args, UsageError } from '../args';
import { EXIT } from '../command';
import { type CliIo, writeAll } from '../io';
import { choice } from '../options';

/** What `sanbao audit` does (loaded on use by audit.ts). */
export async function runAudit(args: Args, io: CliIo): Promise<number> {
  const id = args.positional[0];
  if (id === undefined || args.positional.length > 1) throw new UsageError('audit takes one profile id');
  const policy = policyById(id);
  if (policy === undefined) throw new UsageError(`unknown policy ${JSON.stringify(id)}; known: ${shippedPolicies.map((p) => p.id).join(', ')}`);
  const format = choice(args, 'format', ['json', 'text'] as const, 'text');
  const lang = choice(args, 'lang', ['zh-CN', 'en'] as const, 'zh-CN');
  const findings = auditPolicy(policy);
  if (format === 'json') {
    await writeAll(io.stdout, `${JSON.stringify(findings, null, 2)}\n`);
  } else if (findings.length === 0) {
    await writeAll(io.stdout, lang === 'zh-CN' ? `${policy.id}：未发现低于法定标准之处。\n` : `${policy.id}: nothing below the statutory floor.\n`);
  } else {
    await writeAll(io.stdout, `${findings.map((finding) => `- ${finding.message[lang]}`).join('\n')}\n`);
  }
  return EXIT.decided;
}
