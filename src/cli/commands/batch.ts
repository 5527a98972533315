import type { Command } from '../command';

/** `sanbao batch`; its work is loaded when it runs (see decide.ts for why). */
export const batchCommand: Command = {
  name: 'batch',
  usage: `  sanbao batch  [FILE|-] [--policy ID] [--jobs N] [--compact | --fields F,…]
                [--first-line N] [--progress | --quiet]
                                            JSON Lines in, one decision (or the line's errors)
                                            a line out, in order, on every core (docs/scale.md)
  sanbao batch  --rule-table [--policy ID]  the rule table a --compact trace is read against`,
  valueOptions: ['policy', 'jobs', 'fields', 'first-line', 'calendar'],
  flagOptions: ['compact', 'progress', 'quiet', 'rule-table', 'calendar-override'],
  run: async (args, io) => (await import('./batch-run')).runBatchCommand(args, io),
};
