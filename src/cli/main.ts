import { version } from '../../package.json';
import { MAX_CLAIM_BYTES } from '../claim/read-json';
import { parseArgs, UsageError } from './args';
import { type Command, EXIT } from './command';
import { COMMANDS } from './commands/index';
import { type CliIo, writeAll } from './io';
import { errorText, InvalidCalendarError } from './options';
import { terminalLines } from '../explain/escape/terminal';
import { fileErrorText } from './file-error';

export { EXIT } from './command';

function usage(): string {
  return `sanbao ${version}: decides China mobile-phone 三包 claims

Usage:
${COMMANDS.filter((command) => command.usage !== '').map((command) => command.usage).join('\n')}
  sanbao COMMAND --help                      one command's usage
  sanbao --version | --help

-- ends the options: what follows is a file or an argument, even one that starts with a dash
(sanbao decide -- --lang reads a file named --lang).

decide, batch, test and check take --calendar FILE: statutory holidays of years the library
lacks, added or replaced from JSON (docs/calendar.md).

Exit status: 0 decided; 1 the input was not valid (errors on stderr); 2 wrong usage or a file
             that cannot be read; 3 check: a shop's decision below the floor; 74 the output
             could not be written (a full disk). A reader that stops early (| head) is no error.
Limits: a claim (or a batch line) of at most ${MAX_CLAIM_BYTES} bytes.
`;
}

function commandNamed(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  return command;
}

/**
 * Every option that takes a value, of any command: the command is the first positional argument,
 * known only once the line is read, and `sanbao --policy oppo decide` names it after an option.
 */
const VALUE_OPTIONS: ReadonlySet<string> = new Set(COMMANDS.flatMap((command) => Object.keys(command.options).filter((name) => command.options[name]!.type === 'string')));

function checkOptions(args: { readonly options: Readonly<Record<string, string | true>> }, command: Command): void {
  for (const name of Object.keys(args.options)) {
    if (!Object.hasOwn(command.options, name)) {
      throw new UsageError(`unknown option --${name} for ${command.name}`);
    }
  }
}

/**
 * Runs the `sanbao` command line against the given I/O and returns the exit status.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // The file the command reads, for errors that do not name it (a read of a directory).
  const named = argv.slice(1).find((arg) => !arg.startsWith('-'));
  try {
    const args = parseArgs(argv, VALUE_OPTIONS);
    if (args.options.version === true) {
      await writeAll(io.stdout, `${version}\n`);
      return EXIT.decided;
    }
    if (args.options.help === true && args.command !== undefined && args.command !== 'help') {
      await writeAll(io.stdout, commandUsage(commandNamed(args.command)));
      return EXIT.decided;
    }
    if (args.options.help === true || args.command === undefined || args.command === 'help') {
      await writeAll(args.command === undefined && args.options.help !== true ? io.stderr : io.stdout, usage());
      return args.command === undefined && args.options.help !== true ? EXIT.usage : EXIT.decided;
    }
    const command = commandNamed(args.command);
    checkOptions(args, command);
    return await command.run(args, io);
  } catch (error) {
    const unreadable = fileErrorText(error, named);
    if (unreadable !== undefined) {
      await writeAll(io.stderr, `sanbao: ${unreadable}\n`);
      return EXIT.usage;
    }
    if (error instanceof InvalidCalendarError) {
      await writeAll(io.stderr, `sanbao: ${terminalLines(error.message)}\n${errorText(error.errors, 'both', error.omittedErrors)}`);
      return EXIT.invalid;
    }
    if (error instanceof UsageError) {
      await writeAll(io.stderr, `sanbao: ${terminalLines(error.message)}\n\n${usage()}`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** One command's usage, as `sanbao COMMAND --help` prints it. */
function commandUsage(command: Command): string {
  return `sanbao ${version}\n\nUsage:\n${command.usage}\n\nExit status: 0 done; 1 the input was not valid (errors on stderr); 2 wrong usage.\n`;
}
