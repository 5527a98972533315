import { version } from '../../package.json';
import { MAX_CLAIM_BYTES } from '../claim/read-json';
import { parseArgs, UsageError } from './args';
import { type Command, EXIT } from './command';
import { COMMANDS } from './commands/index';
import { type CliIo, writeAll } from './io';

export { EXIT } from './command';

function usage(): string {
  return `sanbao ${version}: decides China mobile-phone 三包 claims

Usage:
${COMMANDS.filter((command) => command.usage !== '').map((command) => command.usage).join('\n')}
  sanbao --version | --help

Exit status: 0 decided; 1 the input was not a valid claim (errors on stderr); 2 wrong usage.
Limits: a claim (or a batch line) of at most ${MAX_CLAIM_BYTES} bytes.
`;
}

function commandNamed(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  return command;
}

const VALUE_OPTIONS: ReadonlySet<string> = new Set(COMMANDS.flatMap((command) => command.valueOptions));

function checkOptions(args: { readonly options: Readonly<Record<string, string | true>> }, command: Command): void {
  for (const name of Object.keys(args.options)) {
    if (!command.valueOptions.includes(name) && !command.flagOptions.includes(name)) {
      throw new UsageError(`unknown option --${name} for ${command.name}`);
    }
  }
}

/**
 * Runs the `sanbao` command line against the given I/O and returns the exit status.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv, VALUE_OPTIONS);
    if (args.options.version === true) {
      await writeAll(io.stdout, `${version}\n`);
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
    if (error instanceof UsageError || isMissingFile(error)) {
      await writeAll(io.stderr, `sanbao: ${error instanceof Error ? error.message : String(error)}\n\n${usage()}`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isMissingFile(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'EACCES');
}
