import { auditPolicy } from '../../explain/audit';
import { policyById, shippedPolicies } from '../../policy/registry';
import { UsageError } from '../args';
import type { Command } from '../command';
import { EXIT } from '../command';
import { writeAll } from '../io';
import { choice } from '../options';

export const auditCommand: Command = {
  name: 'audit',
  usage: `  sanbao audit ID [--format json|text] [--lang zh-CN|en]
                                            where a profile, as written, gives less than the law`,
  valueOptions: ['format', 'lang'],
  flagOptions: [],
  async run(args, io) {
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
  },
};
