import type { Command } from '../command';

/** `sanbao audit`; its work (the profiles and their audit) is loaded when it runs (see decide.ts). */
export const auditCommand: Command = {
  name: 'audit',
  usage: `  sanbao audit ID [--format json|text] [--lang zh-CN|en]
                                            where a profile, as written, gives less than the law`,
  options: { format: { type: 'string' }, lang: { type: 'string' } },
  run: async (args, io) => (await import('./audit-run')).runAudit(args, io),
};
