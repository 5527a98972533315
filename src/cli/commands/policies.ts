import type { Command } from '../command';

/** `sanbao policies`; its work (the profiles and their audit) is loaded when it runs (see decide.ts). */
export const policiesCommand: Command = {
  name: 'policies',
  usage: `  sanbao policies [--lang zh-CN|en]         the profiles shipped, with their source and audit`,
  options: { lang: { type: 'string' } },
  run: async (args, io) => (await import('./policies-run')).runPolicies(args, io),
};
