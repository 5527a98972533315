import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args';
import { cli, cliWithFiles } from '../support/run';

const VALUES = new Set(['policy', 'lang', 'format', 'at', 'jobs', 'out']);
const parsed = (argv: string[]) => {
  const args = parseArgs(argv, VALUES);
  return { command: args.command, positional: args.positional, options: { ...args.options } };
};

/**
 * The command line is read by `node:util` `parseArgs`; these hold what the thin layer over it
 * keeps as the command line always said it (src/cli/args.ts says why each one differs from
 * `parseArgs`'s own strict mode).
 */
describe('parseArgs over node:util', () => {
  it('reads the command, its file and its options, in any order, the last value winning', () => {
    expect(parsed(['--policy', 'oppo', 'decide', 'claim.json', '--format=text', '--policy', 'vivo'])).toEqual({
      command: 'decide',
      positional: ['claim.json'],
      options: { policy: 'vivo', format: 'text' },
    });
  });

  it('takes a value starting with one dash (a negative number, standard input), never one starting with two', () => {
    expect(parsed(['batch', '--jobs', '-1']).options).toEqual({ jobs: '-1' });
    expect(parsed(['decide', '--at', '-']).options).toEqual({ at: '-' });
    expect(() => parseArgs(['decide', '--format', '--lang', 'en'], VALUES)).toThrow(new UsageError('--format needs a value'));
    expect(() => parseArgs(['decide', '--format', '--'], VALUES)).toThrow(new UsageError('--format needs a value'));
    expect(() => parseArgs(['decide', '--format'], VALUES)).toThrow(new UsageError('--format needs a value'));
    expect(parsed(['decide', '--format=']).options).toEqual({ format: '' });
  });

  it('keeps an argument with one dash as an argument (no short options but -h), whole', () => {
    expect(parsed(['decide', '-1', '-xy', '-hh', '-'])).toEqual({ command: 'decide', positional: ['-1', '-xy', '-hh', '-'], options: {} });
    expect(parsed(['decide', '-h']).options).toEqual({ help: true });
  });

  it('ends the options at `--`: what follows is an argument, even when it looks like an option', () => {
    expect(parsed(['decide', '--', 'claim.json', '--lang', 'en'])).toEqual({ command: 'decide', positional: ['claim.json', '--lang', 'en'], options: {} });
    expect(parsed(['decide', '--format', 'text', '--', '--lang'])).toEqual({ command: 'decide', positional: ['--lang'], options: { format: 'text' } });
    expect(parsed(['decide', '--', '-h', '--', '-1', '--quiet=yes'])).toEqual({ command: 'decide', positional: ['-h', '--', '-1', '--quiet=yes'], options: {} });
    expect(parsed(['--', 'decide', 'x.json'])).toEqual({ command: 'decide', positional: ['x.json'], options: {} });
  });

  it('keeps unknown options (a flag, or the string given with =), __proto__ among them, for the command to refuse', () => {
    const args = parseArgs(['decide', '--colour', '--quiet=yes', '--__proto__', '--constructor'], VALUES);
    expect(Object.getPrototypeOf(args.options)).toBeNull();
    expect(Object.entries(args.options)).toEqual([
      ['colour', true],
      ['quiet', 'yes'],
      ['__proto__', true],
      ['constructor', true],
    ]);
  });
});

describe('usage errors through the command line', () => {
  it('refuses an unknown option naming the command, exit 2, with the usage', async () => {
    const run = await cli(['decide', '--colour']);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('sanbao: unknown option --colour for decide');
    expect(run.stderr).toContain('\nUsage:\n');
  });

  it('refuses an option of another command (batch --port): its value is read, then the option refused', async () => {
    const run = await cli(['batch', '--port', '8080', '--quiet'], '');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('sanbao: unknown option --port for batch');
  });

  it('refuses a negative --jobs by its own check, not as an unknown option', async () => {
    const run = await cli(['batch', '--jobs', '-1'], '');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('sanbao: --jobs takes a whole number from 1 to 256');
  });

  it('-h and --help after a command print its usage, exit 0', async () => {
    for (const flag of ['-h', '--help']) {
      const run = await cli(['audit', flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^sanbao \d+\.\d+\.\d+\n\nUsage:\n {2}sanbao audit ID /);
    }
  });

  it('decides a file named `--lang` given after `--`, with the options before it', async () => {
    const claim = JSON.stringify({ claimDate: '2025-03-14', item: { kind: 'handset' }, sale: { date: '2025-03-07', priceFen: 399_900 }, fault: { codes: ['no-power-on'] } });
    const run = await cliWithFiles(['decide', '--format', 'json', '--', '--lang'], { '--lang': claim });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Sold Friday 2025-03-07, no power on day 7: inside the 7-day refund window (MP2001 Art. 11).
    expect(JSON.parse(run.stdout).remedies[0]).toMatchObject({ type: 'refund', amountFen: 399_900 });
    // Without `--`, the same word is the option, missing its value.
    const option = await cliWithFiles(['decide', '--format', 'json', '--lang'], { '--lang': claim });
    expect(option.status).toBe(2);
    expect(option.stderr.split('\n')[0]).toBe('sanbao: --lang needs a value');
  });

  it('--version before an unknown option still answers the version', async () => {
    const run = await cli(['--version', 'decide', '--colour']);
    expect(run).toEqual({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/), stderr: '' });
  });
});
