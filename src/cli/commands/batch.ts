import type { Command } from '../command';

/** `sanbao batch`; its work is loaded when it runs (see decide.ts for why). */
export const batchCommand: Command = {
  name: 'batch',
  usage: `  sanbao batch  [FILE|-] [--policy ID] [--jobs N] [--compact | --fields F,…]
                [--first-line N] [--progress | --quiet]
                                            JSON Lines in, one decision (or the line's errors)
                                            a line out, in order, on every core (docs/scale.md)
  sanbao batch  --rule-table [--policy ID]  the rule table a --compact trace is read against`,
  options: { policy: { type: 'string' }, jobs: { type: 'string' }, fields: { type: 'string' }, 'first-line': { type: 'string' }, calendar: { type: 'string' }, compact: { type: 'boolean' }, progress: { type: 'boolean' }, quiet: { type: 'boolean' }, 'rule-table': { type: 'boolean' }, 'calendar-override': { type: 'boolean' } },
  run: async (args, io) => (await import('./batch-run')).runBatchCommand(args, io),
};
