import { parseArgs as parseWithNode, type ParseArgsConfig } from 'node:util';

/** The parsed command line. */
export interface Args {
  readonly command: string | undefined;
  readonly positional: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

/** How a command declares its options: `node:util`'s own config (`--policy ID` a string, `--quiet` a boolean). */
export type OptionsConfig = Readonly<Record<string, { readonly type: 'string' | 'boolean' }>>;

/** The value options every command shares when none are named (tests, the serve query). */
const DEFAULT_VALUE_OPTIONS: ReadonlySet<string> = new Set(['policy', 'lang', 'format', 'at']);

/**
 * Parses `sanbao <command> [FILE|-] [--option value] [--flag] [-- ARGUMENT…]` with `node:util`'s `parseArgs`;
 * the options in `withValue` take the next argument as their value. Throws a `UsageError` on an
 * option that needs a value and has none.
 *
 * `parseArgs` reads the arguments (long options, `--name=value`, `-h`); what it reads is then
 * taken from its tokens, not its `values`, because the command line has always said more than
 * `parseArgs`'s strict mode allows, and must say it the same way:
 * - a value may start with one dash (`--jobs -1` is refused by `--jobs`'s own check, not as an
 *   option; `--at -` is a pointer), but a value starting with `--` is a missing value;
 * - an unknown option is refused by the command that does not take it, naming the command
 *   (`unknown option --colour for decide`), and a flag given a value (`--quiet=yes`) is kept as
 *   that string, as before;
 * - an argument starting with one dash other than `-h` (`-1`, `-x`) is a positional argument, not
 *   a group of short options: `sanbao` has no short option but `-h`;
 * - `--` ends the options, as POSIX and `parseArgs` have it: what follows is read as arguments,
 *   even one that starts with dashes (a file named `--lang`);
 * - an option named `__proto__` is kept, to be refused like any unknown option (parseArgs drops it).
 * The options are kept in an object without a prototype, last value winning. What a value must be
 * (one of a set, a whole number in a range) is each command's own check (options.ts `choice`,
 * serve-run.ts `wholeOption`): `parseArgs` checks no value.
 *
 * @example
 * parseArgs(['decide', 'claim.json', '--format', 'text']).options.format //=> 'text'
 * parseArgs(['batch', '--jobs', '-1'], new Set(['jobs'])).options.jobs //=> '-1'
 * parseArgs(['decide', '-1']).positional //=> ['-1']
 * parseArgs(['decide', '--lang', 'en', '--', '--lang']).positional //=> ['--lang']
 */
export function parseArgs(argv: readonly string[], withValue: ReadonlySet<string> = DEFAULT_VALUE_OPTIONS): Args {
  const config: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
  for (const name of withValue) config[name] = { type: 'string' };
  const positional: string[] = [];
  // No prototype: an option named `--__proto__` must be an option like any other (and refused).
  const options: Record<string, string | true> = Object.create(null) as Record<string, string | true>;
  let shortGroupAt = -1;
  for (const token of parseWithNode({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true }).tokens) {
    // After `--`, parseArgs gives every argument as a positional one.
    if (token.kind === 'positional') positional.push(token.value);
    else if (token.kind === 'option-terminator') continue;
    else if (!token.rawName.startsWith('--') && argv[token.index] !== '-h') {
      // One argument read as short options (`-1`, `-xy`): kept whole, once.
      if (token.index !== shortGroupAt) positional.push(argv[token.index]!);
      shortGroupAt = token.index;
    } else if (token.inlineValue === true) options[token.name] = token.value!;
    else if (withValue.has(token.name)) {
      if (token.value === undefined || token.value.startsWith('--')) throw new UsageError(`--${token.name} needs a value`);
      options[token.name] = token.value;
    } else options[token.name] = true;
  }
  const [command, ...others] = positional;
  return { command, positional: others, options };
}

/** Wrong usage of the command line: exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
