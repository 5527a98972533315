/** The parsed command line. */
export interface Args {
  readonly command: string | undefined;
  readonly positional: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

/**
 * Parses `sanbao <command> [FILE|-] [--option value] [--flag]`; the options in `withValue` take
 * the next argument as their value. Throws a `UsageError` on an
 * option that needs a value and has none.
 *
 * @example
 * parseArgs(['decide', 'claim.json', '--format', 'text']).options.format //=> 'text'
 */
export function parseArgs(argv: readonly string[], withValue: ReadonlySet<string> = new Set(['policy', 'lang', 'format', 'at'])): Args {
  const positional: string[] = [];
  // No prototype: an option named `--__proto__` must be an option like any other (and refused).
  const options: Record<string, string | true> = Object.create(null) as Record<string, string | true>;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (eq !== -1) options[name] = arg.slice(eq + 1);
      else if (withValue.has(name)) {
        const value = argv[index + 1];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        options[name] = value;
        index += 1;
      } else options[name] = true;
    } else if (arg === '-h') options.help = true;
    else positional.push(arg);
  }
  const [command, ...rest] = positional;
  return { command, positional: rest, options };
}

/** Wrong usage of the command line: exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
