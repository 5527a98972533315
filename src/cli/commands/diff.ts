import type { Command } from '../command';

/** `sanbao diff`; its work is loaded when it runs (see decide.ts for why). */
export const diffCommand: Command = {
  name: 'diff',
  usage: `  sanbao diff   BEFORE AFTER [--lang zh-CN|en] [--format text|md|json]
                                            two files of decisions (JSON Lines, the same claims
                                            in the same order): verdict changes, the rules whose
                                            outcome changed (with their articles), the changed
                                            lines; a profile change told from an engine change`,
  options: { format: { type: 'string' }, lang: { type: 'string' } },
  run: async (args, io) => (await import('./diff-run')).runDiff(args, io),
};
