import type { Command } from '../command';

/**
 * `sanbao decide`. Its work (the parser, the engine, the reports) is loaded when it runs, so that
 * `sanbao --help` and `--version`, which only list commands, start without the engine.
 */
export const decideCommand: Command = {
  name: 'decide',
  usage: `  sanbao decide [FILE|-] [--policy ID] [--lang zh-CN|en] [--format json|text|md|svg] [--at POINTER]
                [--calendar FILE [--calendar-override]]
                                            json: the decision; text: a report for an 80-column
                                            terminal; md: the report as Markdown; svg: the
                                            claim's timeline (--lang: zh-CN by default)
                                            --at: the claim inside a larger JSON document,
                                            as a JSON Pointer (a fixture's claim: --at /claim)`,
  options: { policy: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string' }, at: { type: 'string' }, calendar: { type: 'string' }, 'calendar-override': { type: 'boolean' } },
  run: async (args, io) => (await import('./decide-run')).runDecide(args, io),
};
