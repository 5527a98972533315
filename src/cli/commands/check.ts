import type { Command } from '../command';

/** `sanbao check`; its work is loaded when it runs (see decide.ts for why). */
export const checkCommand: Command = {
  name: 'check',
  usage: `  sanbao check  [FILE|-] [--policy ID] [--lang zh-CN|en] [--format json|text|md]
                                            a claim and the shop's decision ({claim, shop}), one
                                            object or JSON Lines: does the decision meet the
                                            floor; what was owed and not offered, by article.
                                            Exit 3 when one falls below the floor`,
  options: { policy: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string' }, calendar: { type: 'string' }, 'calendar-override': { type: 'boolean' } },
  run: async (args, io) => (await import('./check-run')).runCheck(args, io),
};
