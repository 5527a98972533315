import type { Args, OptionsConfig } from './args';
import type { CliIo } from './io';

/** One `sanbao` sub-command: its name, its help text, the options it takes, and what it does. */
export interface Command {
  readonly name: string;
  /** The lines of `sanbao --help` for this command (its usage line and what it does). */
  readonly usage: string;
  /**
   * The options it takes, as `node:util` `parseArgs` declares them: `string` for one followed by
   * a value (`--policy huawei`), `boolean` for one that stands alone (`--quiet`).
   */
  readonly options: OptionsConfig;
  run(args: Args, io: CliIo): Promise<number>;
}

/**
 * Exit statuses (spec: 0 decided; 1 the input was not a valid claim; 2 wrong usage), and 74 when
 * the output could not be written (EX_IOERR of sysexits.h; output-error.ts says why).
 */
export const EXIT = { decided: 0, invalid: 1, usage: 2, outputFailed: 74 } as const;
